// BP05 TLS (from a test send), BP06 monitoring, BP08 restricting by IP, BP15 dedicated IPs.
#include "audit/CidrRange.h"
#include "audit/PowerShell.h"
#include "audit/RuleSupport.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit {

using namespace rulesupport;

namespace {

bool tlsAtLeast12(const QString& protocol)
{
    const QString p = protocol.toLower().remove(u' ');
    return p.contains(u"1.2"_s) || p.contains(u"1.3"_s);
}

bool coversLegacyClients(const ConditionalAccessPolicy& policy)
{
    for (const QString& type : policy.clientAppTypes)
        if (type.compare(u"all"_s, Qt::CaseInsensitive) == 0 || type.compare(u"other"_s, Qt::CaseInsensitive) == 0 ||
            type.compare(u"exchangeActiveSync"_s, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString namedLocationCommand(const QString& displayName, const QStringList& cidrs)
{
    QStringList ranges;
    for (const QString& cidr : cidrs) {
        const QString type =
            cidr.contains(u':') ? u"#microsoft.graph.iPv6CidrRange"_s : u"#microsoft.graph.iPv4CidrRange"_s;
        ranges << u"@{ '@odata.type' = "_s + powershell::quote(type) + u"; cidrAddress = "_s + powershell::quote(cidr) +
                      u" }"_s;
    }
    return u"New-MgIdentityConditionalAccessNamedLocation -BodyParameter @{ '@odata.type' = "
           "'#microsoft.graph.ipNamedLocation'; displayName = "_s +
           powershell::quote(displayName) + u"; isTrusted = $false; ipRanges = @("_s + ranges.join(u", "_s) + u") }"_s;
}

QString hostRoute(const QString& ip)
{
    return ip + (ip.contains(u':') ? u"/128"_s : u"/32"_s);
}

} // namespace

QList<Finding> Rules::bp05Tls(const RuleInput& input)
{
    const auto& probe = input.snapshot.transportProbe;
    if (!probe) {
        Finding f = makeFinding(u"BP05-tls-not-tested"_s, u"BP05"_s, Severity::Info, FindingKind::NotChecked,
                                tr("Could not be checked: TLS on the SMTP connection"),
                                tr("TLS is checked by a test send (smtp.office365.com:587, STARTTLS, TLS 1.2 or "
                                   "later, a certificate valid for the host). Run one from the SMTP test page or "
                                   "with smtpaudit-cli."));
        return {f};
    }
    QList<Finding> findings;
    const Evidence evidence{tr("%1:%2, STARTTLS %3, %4, certificate %5")
                                .arg(probe->host)
                                .arg(probe->port)
                                .arg(probe->startTlsOffered ? tr("offered") : tr("not offered"),
                                     probe->tlsProtocol.isEmpty() ? tr("no TLS") : probe->tlsProtocol,
                                     probe->certificateValid ? tr("valid") : tr("not valid")),
                            tr("SMTP test send"), probe->testedAt};
    auto add = [&](const QString& id, const QString& title, const QString& description) {
        Finding f = makeFinding(id, u"BP05"_s, Severity::High, FindingKind::Issue, title, description);
        f.affectedObjects << probe->host;
        f.evidence << evidence;
        findings << f;
    };
    if (!probe->startTlsOffered || !probe->tlsEstablished)
        add(u"BP05-no-starttls"_s, tr("The SMTP connection was not encrypted"),
            tr("STARTTLS was not offered or the TLS handshake failed; credentials and mail would travel in clear."));
    else if (!tlsAtLeast12(probe->tlsProtocol))
        add(u"BP05-old-tls"_s, tr("The SMTP connection used a TLS version older than 1.2"),
            tr("Microsoft 365 requires TLS 1.2 or later for SMTP client submission."));
    if (probe->tlsEstablished && !probe->certificateValid)
        add(u"BP05-certificate-invalid"_s, tr("The SMTP server certificate was not valid for the host"),
            tr("A client that accepts this certificate could be talking to an interceptor."));
    return findings;
}

QList<Finding> Rules::bp06Monitoring(const RuleInput& input)
{
    const TenantSnapshot& s = input.snapshot;
    const CollectorStatus status = s.status(CollectorId::SignIns);
    if (status.state == CollectorStatus::State::Failed && status.error &&
        (status.error->category == Error::Category::LicenceMissing ||
         status.error->category == Error::Category::PermissionMissing)) {
        const bool licence = status.error->category == Error::Category::LicenceMissing;
        Finding f = makeFinding(
            u"BP06-signin-log-unavailable"_s, u"BP06"_s, Severity::Medium, FindingKind::Issue,
            licence ? tr("Sign-in logs are unavailable: licence missing")
                    : tr("Sign-in logs are unavailable: permission missing"),
            licence ? tr("Reading sign-in logs needs a Microsoft Entra ID P1 or P2 licence (%1). "
                         "Without them SMTP AUTH use, failures and password spraying cannot be "
                         "monitored.")
                          .arg(status.error->subject.isEmpty() ? u"Entra ID P1"_s : status.error->subject)
                    : tr("The audit's identity lacks %1 to read sign-in logs; grant it to monitor "
                         "SMTP AUTH use.")
                          .arg(status.error->subject.isEmpty() ? u"AuditLog.Read.All"_s : status.error->subject));
        f.affectedObjects << s.organization.tenantId;
        f.evidence << evidenceFrom(s, CollectorId::SignIns, status.error->message);
        return {f};
    }
    if (auto missing = notCheckedIfMissing(input, u"BP06-monitoring"_s, u"BP06"_s, {CollectorId::SignIns},
                                           tr("SMTP sign-in volume, failures and spraying")))
        return {*missing};

    QList<Finding> findings;
    const SignInAggregates& t = s.signIns.tenant;
    const int days = s.signIns.window.days;
    Finding activity = makeFinding(
        u"BP06-smtp-activity"_s, u"BP06"_s, Severity::Info, FindingKind::Informational,
        tr("SMTP AUTH activity: %1 successful and %2 failed sign-ins in %n day(s)", nullptr, days)
            .arg(t.smtpSuccess)
            .arg(t.smtpFailure),
        tr("%n account(s) used SMTP AUTH in the window.", nullptr, int(t.distinctSmtpUsers)) + u' ' +
            tr("Their sign-ins came from %n distinct source address(es).", nullptr, int(t.distinctSmtpSourceIps)));
    activity.evidence << evidenceFrom(s, CollectorId::SignIns, tr("%1 sign-in events scanned").arg(t.eventsScanned));
    findings << activity;

    if (!t.sprayPatterns.isEmpty()) {
        QStringList ips, points;
        for (const PasswordSprayPattern& p : t.sprayPatterns) {
            if (!ips.contains(p.ipAddress))
                ips << p.ipAddress;
            points << tr("%1: %2 failures against %3 accounts between %4 and %5")
                          .arg(p.ipAddress)
                          .arg(p.failures)
                          .arg(p.distinctUsers)
                          .arg(p.windowStart.toUTC().toString(Qt::ISODate), p.windowEnd.toUTC().toString(Qt::ISODate));
        }
        Finding f = makeFinding(u"BP06-password-spray"_s, u"BP06"_s, Severity::High, FindingKind::Issue,
                                tr("Password spraying from %n address(es)", nullptr, int(ips.size())),
                                tr("Failed sign-ins against many accounts from one address in a short time. Block "
                                   "the addresses with a named location and a Conditional Access policy, and check "
                                   "the targeted accounts for successful sign-ins."));
        f.affectedObjects = ips;
        addCappedEvidence(f, s, CollectorId::SignIns, points);
        QStringList routes;
        for (const QString& ip : ips)
            routes << hostRoute(ip);
        f.remediation << namedLocationCommand(u"smtpaudit: password spray sources"_s, routes);
        findings << f;
    }

    // A day with at least failureSpikeMinimum failures and three times the median day.
    if (!t.smtpPerDay.isEmpty()) {
        QList<int> failures;
        for (const DailySmtpCount& day : t.smtpPerDay)
            failures << day.failure;
        while (failures.size() < days)
            failures << 0; // days without SMTP events are not listed
        std::sort(failures.begin(), failures.end());
        const int median = failures.at(failures.size() / 2);
        QStringList spikes;
        for (const DailySmtpCount& day : t.smtpPerDay)
            if (day.failure >= failureSpikeMinimum && day.failure >= 3 * std::max(median, 1))
                spikes << tr("%1: %2 failed SMTP sign-ins (median day: %3)")
                              .arg(day.date.toString(Qt::ISODate))
                              .arg(day.failure)
                              .arg(median);
        if (!spikes.isEmpty()) {
            Finding f = makeFinding(u"BP06-smtp-failure-spike"_s, u"BP06"_s, Severity::Medium, FindingKind::Issue,
                                    tr("Spikes of failed SMTP sign-ins on %n day(s)", nullptr, int(spikes.size())),
                                    tr("Sudden bursts of SMTP AUTH failures point at a misconfigured device after a "
                                       "password change, or at an attack."));
            addCappedEvidence(f, s, CollectorId::SignIns, spikes);
            f.affectedObjects << s.organization.tenantId;
            findings << f;
        }
    }
    return findings;
}

QList<Finding> Rules::bp08RestrictByIp(const RuleInput& input)
{
    QList<Finding> findings;
    const TenantSnapshot& s = input.snapshot;

    // SMTP sign-ins from outside the declared sending ranges.
    QStringList invalid;
    const QList<CidrRange> ranges = parseCidrRanges(s.declaredSendingRanges, &invalid);
    if (ranges.isEmpty()) {
        Finding f =
            makeFinding(u"BP08-sending-ranges-not-declared"_s, u"BP08"_s, Severity::Info, FindingKind::NotChecked,
                        tr("Could not be checked: SMTP sign-ins from unexpected addresses"),
                        tr("Declare the public address ranges your devices send from in the connection "
                           "profile; the audit then flags SMTP sign-ins from anywhere else."));
        if (!invalid.isEmpty())
            f.evidence << Evidence{tr("ranges that do not parse: %1").arg(invalid.join(u", "_s)),
                                   tr("connection profile"), input.now};
        findings << f;
    } else if (auto missing =
                   notCheckedIfMissing(input, u"BP08-outside-sending-ranges"_s, u"BP08"_s, {CollectorId::SignIns},
                                       tr("SMTP sign-ins from outside the declared ranges"))) {
        findings << *missing;
    } else {
        QStringList users, points;
        for (const UserSignInUsage& usage : s.signIns.perUser) {
            QStringList outside;
            for (const QString& ip : usage.smtpSourceIps)
                if (!anyRangeContains(ranges, ip))
                    outside << ip;
            if (outside.isEmpty())
                continue;
            users << usage.userPrincipalName;
            points << tr("%1: SMTP sign-ins from %2").arg(usage.userPrincipalName, outside.join(u", "_s));
        }
        if (!users.isEmpty()) {
            Finding f = makeFinding(u"BP08-outside-sending-ranges"_s, u"BP08"_s, Severity::High, FindingKind::Issue,
                                    tr("%n account(s) authenticated over SMTP from outside the declared ranges",
                                       nullptr, int(users.size())),
                                    tr("Declared ranges: %1. An SMTP sign-in from elsewhere is either an undeclared "
                                       "device or stolen credentials in use.")
                                        .arg(s.declaredSendingRanges.join(u", "_s)));
            f.affectedObjects = users;
            addCappedEvidence(f, s, CollectorId::SignIns, points);
            f.remediation << namedLocationCommand(u"smtpaudit: declared SMTP sending ranges"_s,
                                                  s.declaredSendingRanges);
            findings << f;
        }
    }

    // A Conditional Access policy that limits legacy clients by location.
    if (auto missing = notCheckedIfMissing(
            input, u"BP08-ip-restriction"_s, u"BP08"_s,
            {CollectorId::ConditionalAccessPolicies, CollectorId::NamedLocations, CollectorId::CasMailboxes},
            tr("Conditional Access restrictions by location"))) {
        findings << *missing;
        return findings;
    }
    const bool basicWorksSomewhere = !mailboxesWith(input, SmtpAuthVerdict::Enabled).isEmpty();
    const bool restricted = std::any_of(
        s.conditionalAccessPolicies.cbegin(), s.conditionalAccessPolicies.cend(),
        [](const ConditionalAccessPolicy& p) { return p.isEnabled() && p.usesLocations() && coversLegacyClients(p); });
    if (basicWorksSomewhere && !restricted) {
        int ipLocations = 0;
        for (const NamedLocation& location : s.namedLocations)
            ipLocations += location.kind == NamedLocation::Kind::IpRanges ? 1 : 0;
        Finding f = makeFinding(u"BP08-no-ip-restriction"_s, u"BP08"_s, Severity::Medium, FindingKind::Issue,
                                tr("SMTP AUTH is not restricted by location"),
                                tr("Basic SMTP AUTH works for some mailboxes, and no enabled Conditional Access "
                                   "policy limits legacy clients by named location (%n IP named location(s) exist). "
                                   "Allow SMTP AUTH only from the addresses your devices send from.",
                                   nullptr, ipLocations));
        f.affectedObjects << s.organization.tenantId;
        f.evidence << evidenceFrom(s, CollectorId::ConditionalAccessPolicies,
                                   tr("no enabled policy with locations for legacy client apps"))
                   << evidenceFrom(s, CollectorId::NamedLocations, tr("%n IP named location(s)", nullptr, ipLocations));
        if (!ranges.isEmpty())
            f.remediation << namedLocationCommand(u"smtpaudit: declared SMTP sending ranges"_s,
                                                  s.declaredSendingRanges);
        findings << f;
    }
    return findings;
}

QList<Finding> Rules::bp15DedicatedIps(const RuleInput& input)
{
    if (auto missing = notCheckedIfMissing(input, u"BP15-source-ips"_s, u"BP15"_s, {CollectorId::SignIns},
                                           tr("distinct SMTP source addresses per account")))
        return {*missing};
    QList<const UserSignInUsage*> senders;
    for (const UserSignInUsage& usage : input.snapshot.signIns.perUser)
        if (usage.smtpTotal() > 0)
            senders << &usage;
    if (senders.isEmpty())
        return {};
    std::sort(senders.begin(), senders.end(), [](const UserSignInUsage* a, const UserSignInUsage* b) {
        if (a->smtpSourceIps.size() != b->smtpSourceIps.size())
            return a->smtpSourceIps.size() > b->smtpSourceIps.size();
        return SnapshotIndex::key(a->userPrincipalName) < SnapshotIndex::key(b->userPrincipalName);
    });
    QList<Finding> findings;
    QStringList all, many, points, manyPoints;
    for (const UserSignInUsage* usage : senders) {
        const QString point = tr("%1: %n address(es): %2", nullptr, int(usage->smtpSourceIps.size()))
                                  .arg(usage->userPrincipalName, usage->smtpSourceIps.join(u", "_s));
        all << usage->userPrincipalName;
        points << point;
        if (usage->smtpSourceIps.size() > manySourceIps) {
            many << usage->userPrincipalName;
            manyPoints << point;
        }
    }
    Finding info = makeFinding(u"BP15-source-ips"_s, u"BP15"_s, Severity::Info, FindingKind::Informational,
                               tr("SMTP source addresses of %n account(s)", nullptr, int(all.size())),
                               tr("A device that sends from a dedicated address shows one source address per "
                                  "account."));
    info.affectedObjects = all;
    addCappedEvidence(info, input.snapshot, CollectorId::SignIns, points);
    findings << info;
    if (!many.isEmpty()) {
        Finding f =
            makeFinding(u"BP15-many-source-ips"_s, u"BP15"_s, Severity::Low, FindingKind::Issue,
                        tr("%n account(s) send over SMTP from more than %1 addresses", nullptr, int(many.size()))
                            .arg(manySourceIps),
                        tr("Shared credentials or a roaming device: give each sender a dedicated address and "
                           "its own account, then restrict SMTP AUTH to those addresses."));
        f.affectedObjects = many;
        addCappedEvidence(f, input.snapshot, CollectorId::SignIns, manyPoints);
        findings << f;
    }
    return findings;
}

} // namespace smtpaudit
