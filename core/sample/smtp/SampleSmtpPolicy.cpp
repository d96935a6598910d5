#include "sample/smtp/SampleSmtpPolicy.h"

#include "sample/data/SmtpAuthTruth.h"
#include "sample/data/TenantModel.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::SampleSmtpPolicy {

namespace {

const SampleUser* mailboxUser(const TenantModel& model, const QString& userPrincipalName)
{
    const int index = model.userIndexByUpn(userPrincipalName);
    if (index < 0)
        return nullptr;
    const SampleUser& user = model.users.at(static_cast<std::size_t>(index));
    return user.hasMailbox() ? &user : nullptr;
}

// Step 1 of the effective-SMTP-AUTH rules (SmtpAuthTruth::resolve): the protocol setting, which Exchange
// applies to every SMTP AUTH sign-in, Basic or OAuth (microsoft-apis.md section 4 and 6).
std::optional<SmtpAuthReply> protocolSetting(const SmtpAuthVerdict& truth)
{
    if (truth.effective != u"disabled"_s)
        return std::nullopt;
    return truth.reasons.contains(u"mailbox-disabled"_s) ? SmtpAuthReply::MailboxDisabled
                                                         : SmtpAuthReply::TenantDisabled;
}

SmtpAuthReply basicAuthBlocker(const QString& blocker)
{
    if (blocker == u"auth-policy-blocks-basic"_s)
        return SmtpAuthReply::BasicAuthBlockedByPolicy;
    if (blocker == u"security-defaults"_s)
        return SmtpAuthReply::SecurityDefaultsBlocked;
    // ca-blocks-legacy and per-user-mfa-enforced: a requirement the client cannot meet; the Dynamics
    // troubleshooting doc quoted in microsoft-apis.md section 6 names MFA for this text.
    return SmtpAuthReply::ConditionalAccessBlocked;
}

} // namespace

QByteArray mailboxPassword(const TenantModel& model, const QString& userPrincipalName)
{
    const QByteArray material =
        "smtpaudit-sample-mailbox|" + model.tenantId.toUtf8() + '|' + userPrincipalName.toLower().toUtf8();
    const QByteArray digest = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    // Upper, lower, digit and symbol: looks like a password a tenant's policy would accept.
    return "Sm1!" + digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(16);
}

SmtpAuthPolicy authPolicy(std::shared_ptr<const TenantModel> model)
{
    return [model](const SmtpAuthAttempt& attempt) -> SmtpAuthReply {
        const SampleUser* user = mailboxUser(*model, attempt.user);
        if (!user || !user->accountEnabled)
            return SmtpAuthReply::BadCredentials;
        if (!attempt.token) {
            // Constant-time comparison is not needed for a loopback sample, but costs nothing.
            const QByteArray expected = mailboxPassword(*model, user->userPrincipalName);
            int difference = expected.size() ^ attempt.password.size();
            for (qsizetype i = 0; i < std::min(expected.size(), attempt.password.size()); ++i)
                difference |= expected.at(i) ^ attempt.password.at(i);
            if (difference != 0)
                return SmtpAuthReply::BadCredentials;
        }
        const SmtpAuthVerdict truth = SmtpAuthTruth::resolve(*model, *user);
        if (const auto disabled = protocolSetting(truth))
            return *disabled;
        if (attempt.token) // OAuth is not Basic authentication: its blockers do not apply
            return SmtpAuthReply::Success;
        QStringList blockers = SmtpAuthTruth::basicAuthBlockers(*model, *user);
        blockers.removeAll(u"account-disabled"_s); // answered above
        return blockers.isEmpty() ? SmtpAuthReply::Success : basicAuthBlocker(blockers.constFirst());
    };
}

SmtpSendAsPolicy sendAsPolicy(std::shared_ptr<const TenantModel> model)
{
    return [model](const QString& authenticated, const QString& from) {
        if (authenticated.compare(from, Qt::CaseInsensitive) == 0)
            return true;
        const SampleUser* user = mailboxUser(*model, authenticated);
        return user && !user->mail.isEmpty() && user->mail.compare(from, Qt::CaseInsensitive) == 0;
    };
}

} // namespace smtpaudit::sample::SampleSmtpPolicy
