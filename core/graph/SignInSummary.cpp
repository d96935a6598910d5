#include "graph/SignInSummary.h"

#include "signins/SignInAggregations.h"
#include "signins/SprayDetector.h"
#include "signins/UserSignInSummaries.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace smtpaudit {
namespace {

// What smtpUsageByUser() does not say: last failure, countries, legacy use over other protocols.
struct UserExtras
{
    qint64 lastFailureMs = -1;
    QSet<QString> countries;
    int legacyOther = 0;
    QSet<QString> legacyApps;
};

QStringList sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

SignInData summariseSignIns(const SignInStore& store, const QDateTime& now, int days)
{
    SignInData data;
    data.window.days = days;
    data.window.to = now.toUTC();
    data.window.from = data.window.to.addDays(-days);

    const SignInView window = SignInView::filtered(store, SignInFilter::lastDays(now, days));
    SignInFilter smtpFilter = SignInFilter::lastDays(now, days);
    smtpFilter.protocol = ProtocolScope::AuthenticatedSmtp;
    const SignInView smtp = SignInView::filtered(store, smtpFilter);
    SignInFilter legacyFilter = SignInFilter::lastDays(now, days);
    legacyFilter.protocol = ProtocolScope::Legacy;
    const SignInView legacy = SignInView::filtered(store, legacyFilter);

    // Extras per user (keyed by the store's case-insensitive user index).
    QHash<std::uint32_t, UserExtras> extras;
    legacy.forEach([&](std::size_t i) {
        UserExtras& entry = extras[store.userIndex(i)];
        if (store.clientApp(i) == ClientApp::AuthenticatedSmtp) {
            if (!store.isSuccess(i) && store.hasCreated(i))
                entry.lastFailureMs = std::max(entry.lastFailureMs, store.createdMs(i));
            const QString country = store.countries().at(store.countryIndex(i));
            if (!country.isEmpty())
                entry.countries.insert(country);
        } else {
            ++entry.legacyOther;
            entry.legacyApps.insert(store.clientApps().at(store.clientAppIndex(i)));
        }
    });

    QHash<QString, qsizetype> rowByUpn;
    const UserSignInSummaries smtpUsage = smtpUsageByUser(store, now, days);
    for (const UserSignInSummary& summary : smtpUsage.rows()) {
        UserSignInUsage row;
        row.userPrincipalName = summary.userPrincipalName;
        row.smtpSuccess = static_cast<int>(summary.success);
        row.smtpFailure = static_cast<int>(summary.failure);
        row.smtpLastSuccess = summary.lastSuccess();
        row.smtpSourceIps = summary.sourceIps;
        row.smtpBasicAuth = static_cast<int>(summary.basic);
        row.smtpOAuth = static_cast<int>(summary.oauth);
        rowByUpn.insert(summary.userPrincipalName.toLower(), data.perUser.size());
        data.perUser << row;
        data.tenant.smtpSuccess += row.smtpSuccess;
        data.tenant.smtpFailure += row.smtpFailure;
        data.tenant.smtpBasicAuth += row.smtpBasicAuth;
        data.tenant.smtpOAuth += row.smtpOAuth;
    }
    data.tenant.distinctSmtpUsers = static_cast<int>(data.perUser.size());
    for (auto it = extras.cbegin(); it != extras.cend(); ++it) {
        const QString upn = store.users().at(it.key());
        if (upn.isEmpty())
            continue;
        auto row = rowByUpn.constFind(upn.toLower());
        if (row == rowByUpn.constEnd()) {
            UserSignInUsage usage;
            usage.userPrincipalName = upn;
            row = rowByUpn.insert(upn.toLower(), data.perUser.size());
            data.perUser << usage;
        }
        UserSignInUsage& usage = data.perUser[*row];
        if (it->lastFailureMs >= 0)
            usage.smtpLastFailure = QDateTime::fromMSecsSinceEpoch(it->lastFailureMs, Qt::UTC);
        usage.smtpCountries = sorted(it->countries);
        usage.legacyOtherSignIns = it->legacyOther;
        usage.legacyClientApps = sorted(it->legacyApps);
    }
    std::sort(data.perUser.begin(), data.perUser.end(), [](const UserSignInUsage& a, const UserSignInUsage& b) {
        return a.userPrincipalName.toLower() < b.userPrincipalName.toLower();
    });

    QSet<std::uint32_t> smtpIps;
    smtp.forEach([&](std::size_t i) { smtpIps.insert(store.ipIndex(i)); });
    smtpIps.remove(0); // index 0 is the empty string in the store's dictionaries
    data.tenant.distinctSmtpSourceIps = static_cast<int>(smtpIps.size());
    data.tenant.eventsScanned = static_cast<qint64>(window.size());
    for (const SignInDayCount& day : signInsPerDay(smtp))
        data.tenant.smtpPerDay << DailySmtpCount{day.day, static_cast<int>(day.success), static_cast<int>(day.failure)};
    for (const SignInAppCount& app : signInsPerClientApp(legacy))
        data.tenant.legacyClientApps << ClientAppCount{app.clientAppUsed, static_cast<int>(app.total())};
    for (const SprayBurst& burst : detectPasswordSpray(legacy)) {
        PasswordSprayPattern pattern;
        pattern.ipAddress = burst.ipAddress;
        pattern.windowStart = burst.start();
        pattern.windowEnd = burst.end();
        pattern.distinctUsers = static_cast<int>(burst.distinctUsers);
        pattern.failures = static_cast<int>(burst.failures);
        data.tenant.sprayPatterns << pattern;
    }
    return data;
}

} // namespace smtpaudit
