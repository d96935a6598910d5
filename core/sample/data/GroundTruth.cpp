#include "sample/data/GroundTruth.h"

#include "sample/data/SmtpAuthTruth.h"
#include "sample/data/TenantModel.h"

#include <QJsonArray>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {
namespace {

struct SmtpUsage
{
    int success = 0;
    int failure = 0;
    qint64 lastSuccess = -1;
    std::set<quint32> ips;
};

// Authenticated SMTP sign-ins per user inside the window. The log keys events by user index, which is the
// user's UPN compared case-insensitively (devices that type capitals land on the same user).
std::vector<SmtpUsage> smtpUsage(const TenantModel& model, qint64 windowStart)
{
    std::vector<SmtpUsage> usage(model.users.size());
    const SignInLog& log = model.signIns;
    for (std::size_t position = log.lowerBound(windowStart); position < log.size(); ++position) {
        const SignInRecord& record = log.at(position);
        if (record.clientApp != SignInLog::AuthenticatedSmtp || record.user >= usage.size())
            continue;
        SmtpUsage& entry = usage[record.user];
        if (SignInLog::statuses()[record.status].errorCode == 0) {
            ++entry.success;
            entry.lastSuccess = std::max(entry.lastSuccess, log.timeOf(record));
        } else {
            ++entry.failure;
        }
        entry.ips.insert(record.ip);
    }
    return usage;
}

QJsonValue optionalBool(const std::optional<bool>& value)
{
    return value.has_value() ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject groundTruth(const TenantModel& model, int signInDays)
{
    const qint64 windowStart = model.now - static_cast<qint64>(signInDays) * 86400;
    const bool signInLogAvailable = model.options.premium; // no Entra ID P1: signIns answers 403
    const std::vector<SmtpUsage> usage = signInLogAvailable ? smtpUsage(model, windowStart) : std::vector<SmtpUsage>();

    std::vector<int> mailboxes;
    for (std::size_t i = 0; i < model.users.size(); ++i)
        if (model.users[i].hasMailbox())
            mailboxes.push_back(static_cast<int>(i));
    std::sort(mailboxes.begin(), mailboxes.end(), [&](int a, int b) {
        return model.users[static_cast<std::size_t>(a)].userPrincipalName.toLower() <
               model.users[static_cast<std::size_t>(b)].userPrincipalName.toLower();
    });

    QJsonArray rows;
    for (int index : mailboxes) {
        const SampleUser& user = model.users[static_cast<std::size_t>(index)];
        const SmtpAuthVerdict verdict = SmtpAuthTruth::resolve(model, user);
        QJsonObject row;
        row.insert(u"userPrincipalName"_s, user.userPrincipalName);
        row.insert(u"displayName"_s, user.displayName);
        row.insert(u"lastPasswordChangeDateTime"_s, user.lastPasswordChangeAt > 0
                                                        ? QJsonValue(isoUtc(user.lastPasswordChangeAt))
                                                        : QJsonValue(QJsonValue::Null));
        row.insert(u"type"_s, recipientTypeName(user.recipientType));
        row.insert(u"accountEnabled"_s, user.accountEnabled);
        row.insert(u"smtpClientAuthenticationDisabled"_s, optionalBool(user.smtpClientAuthenticationDisabled));
        row.insert(u"effectiveSmtpAuth"_s, verdict.effective);
        row.insert(u"reasons"_s, QJsonArray::fromStringList(verdict.reasons));
        // userRegistrationDetails (MFA registration, methods, admin roles) needs Entra ID P1 as well: without it
        // the audit cannot know, and says so with null (methodsRegistered: an empty list).
        const auto premiumOnly = [&model](bool value) {
            return model.options.premium ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
        };
        row.insert(u"mfaRegistered"_s, premiumOnly(user.mfaRegistered));
        row.insert(u"methodsRegistered"_s,
                   QJsonArray::fromStringList(model.options.premium ? user.methodsRegistered : QStringList()));
        row.insert(u"perUserMfaState"_s, perUserMfaStateName(user.perUserMfa));
        row.insert(u"isAdmin"_s, premiumOnly(user.isAdmin));
        if (signInLogAvailable) {
            const SmtpUsage& entry = usage[static_cast<std::size_t>(index)];
            QStringList ips;
            for (quint32 ip : entry.ips)
                ips << SignInLog::ipToString(ip);
            ips.sort();
            QJsonObject smtp;
            smtp.insert(u"success"_s, entry.success);
            smtp.insert(u"failure"_s, entry.failure);
            smtp.insert(u"lastSuccess"_s,
                        entry.lastSuccess >= 0 ? QJsonValue(isoUtc(entry.lastSuccess)) : QJsonValue(QJsonValue::Null));
            smtp.insert(u"sourceIps"_s, QJsonArray::fromStringList(ips));
            row.insert(u"smtpSignIns"_s, smtp);
        } else {
            row.insert(u"smtpSignIns"_s, QJsonValue(QJsonValue::Null));
        }
        rows.append(row);
    }

    QJsonObject organization;
    organization.insert(u"smtpClientAuthenticationDisabled"_s, model.orgSmtpClientAuthenticationDisabled);
    organization.insert(u"securityDefaultsEnabled"_s, model.securityDefaultsEnabled);
    organization.insert(
        u"defaultAuthenticationPolicy"_s,
        model.defaultAuthenticationPolicy >= 0
            ? QJsonValue(model.authenticationPolicies[static_cast<std::size_t>(model.defaultAuthenticationPolicy)].name)
            : QJsonValue(QJsonValue::Null));

    QJsonObject truth;
    truth.insert(u"schemaVersion"_s, 1);
    truth.insert(u"tenantId"_s, model.tenantId);
    truth.insert(u"generatedAt"_s, isoUtc(model.now));
    truth.insert(u"signInDays"_s, signInDays);
    truth.insert(u"premium"_s, model.options.premium);
    truth.insert(u"organization"_s, organization);
    truth.insert(u"mailboxes"_s, rows);
    return truth;
}

} // namespace smtpaudit::sample
