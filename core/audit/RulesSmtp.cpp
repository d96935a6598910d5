// BP01 inventory, BP02 only where needed, BP09 no Basic (plain-text) auth, BP16 the Basic auth retirement.
#include "audit/PowerShell.h"
#include "audit/RuleSupport.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace smtpaudit {

using namespace rulesupport;

namespace {

QString setCasMailboxDisabled(const QString& quotedIdentity)
{
    return u"Set-CASMailbox -Identity "_s + quotedIdentity + u" -SmtpClientAuthenticationDisabled $true"_s;
}

QString countdownText(const QDateTime& now)
{
    const qint64 days = Rules::daysUntilBasicSmtpDefaultChange(now);
    if (days > 0)
        return Rules::tr("%n day(s) until Microsoft disables Basic authentication for SMTP AUTH by default "
                         "(end of December 2026).",
                         nullptr, int(days));
    if (days == 0)
        return Rules::tr("Microsoft disables Basic authentication for SMTP AUTH by default today (end of December "
                         "2026).");
    return Rules::tr("Microsoft's default change (Basic authentication for SMTP AUTH off, end of December 2026) "
                     "passed %n day(s) ago; where it still works it was re-enabled.",
                     nullptr, int(-days));
}

} // namespace

qint64 Rules::daysUntilBasicSmtpDefaultChange(const QDateTime& now)
{
    return now.toUTC().date().daysTo(basicSmtpDefaultChangeDate());
}

QList<Finding> Rules::bp01Inventory(const RuleInput& input)
{
    if (auto missing = notCheckedIfMissing(input, u"BP01-inventory"_s, u"BP01"_s, {CollectorId::CasMailboxes},
                                           tr("which mailboxes can use SMTP AUTH")))
        return {*missing};
    QList<Finding> findings;
    const auto enabled = mailboxesWith(input, SmtpAuthVerdict::Enabled);
    const auto blocked = mailboxesWith(input, SmtpAuthVerdict::Blocked);
    const auto disabled = mailboxesWith(input, SmtpAuthVerdict::Disabled);
    const auto unknown = mailboxesWith(input, SmtpAuthVerdict::Unknown);

    QString usage;
    if (input.snapshot.isComplete(CollectorId::SignIns)) {
        int used = 0;
        for (const auto* row : enabled + blocked)
            used += (row->smtpSignIns && row->smtpSignIns->smtpTotal() > 0) ? 1 : 0;
        usage =
            tr("%1 of them authenticated over SMTP in the last %n day(s).", nullptr, input.snapshot.signIns.window.days)
                .arg(used);
    } else {
        usage = tr("Actual SMTP use is unknown: the sign-in log could not be read.");
    }
    Finding inventory = makeFinding(
        u"BP01-smtp-auth-inventory"_s, u"BP01"_s, Severity::Info, FindingKind::Informational,
        tr("SMTP AUTH inventory: %1 enabled, %2 blocked, %3 disabled")
            .arg(enabled.size())
            .arg(blocked.size())
            .arg(disabled.size()),
        // One count per sentence: a translation can choose a plural form for %n only.
        tr("%n mailbox(es) can submit mail with a password over SMTP AUTH.", nullptr, int(enabled.size())) + u' ' +
            tr("%n more mailbox(es) have the protocol on but Basic authentication blocked (OAuth only).", nullptr,
               int(blocked.size())) +
            u' ' + usage);
    inventory.affectedObjects = upnsOf(enabled + blocked);
    const auto& org = input.snapshot.organization.smtpClientAuthenticationDisabled;
    inventory.evidence << evidenceFrom(input.snapshot, CollectorId::TransportConfig,
                                       tr("SmtpClientAuthenticationDisabled = %1")
                                           .arg(org ? (*org ? u"True"_s : u"False"_s) : tr("unknown")))
                       << evidenceFrom(input.snapshot, CollectorId::CasMailboxes,
                                       tr("%n mailbox(es) read", nullptr, int(input.mailboxes.size())));
    findings << inventory;

    if (!unknown.isEmpty()) {
        QSet<QString> missingInputs;
        for (const auto* row : unknown)
            for (const SmtpAuthReason& reason : row->smtpAuth.reasons)
                if (isUnknownReason(reason.code))
                    missingInputs.insert(reason.codeName());
        QStringList codes(missingInputs.cbegin(), missingInputs.cend());
        codes.sort();
        Finding f = makeFinding(
            u"BP01-verdict-unknown"_s, u"BP01"_s, Severity::Info, FindingKind::NotChecked,
            tr("Effective SMTP AUTH could not be determined for %n mailbox(es)", nullptr, int(unknown.size())),
            tr("Inputs that could not be read: %1. These mailboxes are left out of the checks "
               "that depend on the verdict.")
                .arg(codes.join(u", "_s)));
        f.affectedObjects = upnsOf(unknown);
        findings << f;
    }
    return findings;
}

QList<Finding> Rules::bp02OnlyWhereNeeded(const RuleInput& input)
{
    QList<Finding> findings;
    const TenantSnapshot& s = input.snapshot;

    // Organisation-wide setting.
    const auto org =
        s.isComplete(CollectorId::TransportConfig) ? s.organization.smtpClientAuthenticationDisabled : std::nullopt;
    if (!org.has_value()) {
        if (auto missing = notCheckedIfMissing(input, u"BP02-org-setting"_s, u"BP02"_s, {CollectorId::TransportConfig},
                                               tr("the organisation-wide SMTP AUTH setting")))
            findings << *missing;
    } else if (!*org) {
        Finding f = makeFinding(u"BP02-org-enabled"_s, u"BP02"_s, Severity::Medium, FindingKind::Issue,
                                tr("SMTP AUTH is enabled for the whole organisation"),
                                tr("Every mailbox without its own setting can use SMTP AUTH. Turn it off for the "
                                   "organisation and enable it only on the mailboxes that need it (first enable "
                                   "it explicitly on the mailboxes that actually send over SMTP)."));
        f.affectedObjects << s.organization.tenantId;
        f.evidence << evidenceFrom(s, CollectorId::TransportConfig, u"SmtpClientAuthenticationDisabled = False"_s);
        QStringList keep;
        for (const MailboxAssessment& row : input.mailboxes)
            if (!row.smtpClientAuthenticationDisabled.has_value() && row.smtpSignIns &&
                row.smtpSignIns->smtpSuccess > 0)
                keep << row.userPrincipalName;
        f.remediation << powershell::forEach(keep, [](const QString& q) -> QString {
            return u"Set-CASMailbox -Identity "_s + q + u" -SmtpClientAuthenticationDisabled $false"_s;
        });
        f.remediation << u"Set-TransportConfig -SmtpClientAuthenticationDisabled $true"_s;
        findings << f;
    }

    if (auto missing = notCheckedIfMissing(input, u"BP02-mailbox-settings"_s, u"BP02"_s, {CollectorId::CasMailboxes},
                                           tr("per-mailbox SMTP AUTH settings"))) {
        findings << *missing;
        return findings;
    }

    // Per-mailbox exceptions.
    QStringList exceptions;
    for (const MailboxAssessment& row : input.mailboxes)
        if (row.smtpClientAuthenticationDisabled == std::optional<bool>(false))
            exceptions << row.userPrincipalName;
    if (!exceptions.isEmpty()) {
        Finding f = makeFinding(u"BP02-mailbox-exceptions"_s, u"BP02"_s, Severity::Info, FindingKind::Informational,
                                tr("%n mailbox(es) have SMTP AUTH explicitly enabled", nullptr, int(exceptions.size())),
                                tr("These mailboxes override the organisation setting. Each should have a known "
                                   "device or application that needs it."));
        f.affectedObjects = exceptions;
        f.evidence << evidenceFrom(s, CollectorId::CasMailboxes, u"SmtpClientAuthenticationDisabled = False"_s);
        findings << f;
    }

    // Usage-based checks.
    if (auto missing = notCheckedIfMissing(input, u"BP02-usage"_s, u"BP02"_s, {CollectorId::SignIns},
                                           tr("which SMTP-enabled mailboxes are idle and which disabled ones are "
                                              "still tried"))) {
        findings << *missing;
        return findings;
    }
    const int days = s.signIns.window.days;
    QStringList idle;
    for (const MailboxAssessment& row : input.mailboxes) {
        const bool on =
            row.smtpAuth.verdict == SmtpAuthVerdict::Enabled || row.smtpAuth.verdict == SmtpAuthVerdict::Blocked;
        if (on && row.smtpSignIns && row.smtpSignIns->smtpTotal() == 0)
            idle << row.userPrincipalName;
    }
    if (!idle.isEmpty()) {
        Finding f = makeFinding(
            u"BP02-enabled-idle"_s, u"BP02"_s, Severity::Medium, FindingKind::Issue,
            tr("%n mailbox(es) have SMTP AUTH on but did not use it", nullptr, int(idle.size())),
            tr("No SMTP sign-in in the last %n day(s): safe to disable SMTP AUTH on these mailboxes.", nullptr, days));
        f.affectedObjects = idle;
        f.evidence << evidenceFrom(
            s, CollectorId::SignIns,
            tr("0 sign-ins with clientAppUsed \"Authenticated SMTP\" in %n day(s) for each", nullptr, days));
        f.remediation = powershell::forEach(idle, setCasMailboxDisabled);
        findings << f;
    }

    QStringList trying, points;
    for (const MailboxAssessment& row : input.mailboxes) {
        if (row.smtpAuth.verdict != SmtpAuthVerdict::Disabled || !row.smtpSignIns || row.smtpSignIns->smtpFailure == 0)
            continue;
        trying << row.userPrincipalName;
        points << tr("%1: %n failed SMTP sign-in(s) from %2", nullptr, row.smtpSignIns->smtpFailure)
                      .arg(row.userPrincipalName, row.smtpSignIns->smtpSourceIps.join(u", "_s));
    }
    if (!trying.isEmpty()) {
        Finding f =
            makeFinding(u"BP02-disabled-still-trying"_s, u"BP02"_s, Severity::Low, FindingKind::Issue,
                        tr("%n mailbox(es) with SMTP AUTH disabled are still being tried", nullptr, int(trying.size())),
                        tr("A device or application keeps failing to authenticate over SMTP. Find it by "
                           "its source address and move it to OAuth or an SMTP relay connector, or "
                           "retire it; otherwise it may be an attacker."));
        f.affectedObjects = trying;
        addCappedEvidence(f, s, CollectorId::SignIns, points);
        f.remediation = powershell::forEach(trying, [](const QString& q) -> QString {
            return u"Get-MgAuditLogSignIn -Filter (\"userPrincipalName eq '{0}' and clientAppUsed eq 'Authenticated "
                   "SMTP'\" -f "_s +
                   q + u".Replace(\"'\", \"''\")) | Select-Object CreatedDateTime, IPAddress, Status"_s;
        });
        findings << f;
    }
    return findings;
}

QList<Finding> Rules::bp09NoPlainTextAuth(const RuleInput& input)
{
    QList<Finding> findings;
    const TenantSnapshot& s = input.snapshot;
    const bool mailboxesKnown = s.isComplete(CollectorId::CasMailboxes);
    const bool policiesKnown = s.isComplete(CollectorId::AuthenticationPolicies);

    const QStringList enabled = mailboxesKnown ? upnsOf(mailboxesWith(input, SmtpAuthVerdict::Enabled)) : QStringList();
    QStringList allowingPolicies;
    if (policiesKnown)
        for (const AuthenticationPolicy& policy : s.authenticationPolicies)
            if (policy.allowBasicAuthSmtp)
                allowingPolicies << policy.name;

    if (!enabled.isEmpty() || !allowingPolicies.isEmpty()) {
        Finding f = makeFinding(
            u"BP09-basic-smtp-allowed"_s, u"BP09"_s, Severity::High, FindingKind::Issue,
            tr("Basic authentication for SMTP AUTH is still allowed"),
            tr("%n mailbox(es) accept a password over SMTP AUTH.", nullptr, int(enabled.size())) + u' ' +
                tr("%n authentication policy(ies) allow Basic authentication for SMTP.", nullptr,
                   int(allowingPolicies.size())) +
                u' ' +
                tr("%1 Move devices and applications to OAuth (XOAUTH2) or an SMTP relay connector, then block "
                   "Basic authentication.")
                    .arg(countdownText(input.now)));
        f.affectedObjects = enabled + allowingPolicies;
        f.evidence << Evidence{tr("%n day(s) until %1", nullptr, int(daysUntilBasicSmtpDefaultChange(input.now)))
                                   .arg(basicSmtpDefaultChangeDate().toString(Qt::ISODate)),
                               tr("Microsoft Exchange Team, 27 January 2026: Basic auth for SMTP AUTH disabled by "
                                  "default at the end of December 2026"),
                               input.now};
        if (!enabled.isEmpty())
            f.evidence << evidenceFrom(
                s, CollectorId::CasMailboxes,
                tr("%n mailbox(es) with effective SMTP AUTH \"enabled\"", nullptr, int(enabled.size())));
        for (const QString& name : allowingPolicies)
            f.evidence << evidenceFrom(s, CollectorId::AuthenticationPolicies,
                                       tr("Authentication policy '%1': AllowBasicAuthSmtp = True").arg(name));
        f.remediation = powershell::forEach(
            allowingPolicies,
            [](const QString& q) -> QString {
                return u"Set-AuthenticationPolicy -Identity "_s + q + u" -AllowBasicAuthSmtp:$false"_s;
            },
            20);
        if (s.isComplete(CollectorId::OrganizationConfig) && s.organization.defaultAuthenticationPolicy.isEmpty()) {
            f.remediation << u"New-AuthenticationPolicy -Name 'Block Basic Authentication'"_s
                          << u"Set-OrganizationConfig -DefaultAuthenticationPolicy 'Block Basic Authentication'"_s;
        }
        findings << f;
    } else if (!mailboxesKnown || !policiesKnown || !mailboxesWith(input, SmtpAuthVerdict::Unknown).isEmpty()) {
        Finding f = makeFinding(u"BP09-basic-smtp-allowed-not-checked"_s, u"BP09"_s, Severity::Info,
                                FindingKind::NotChecked, tr("Could not be checked: whether Basic SMTP AUTH is allowed"),
                                tr("No mailbox or policy was seen allowing Basic authentication for SMTP, but part "
                                   "of the data is missing (mailboxes, authentication policies, or inputs of some "
                                   "verdicts)."));
        if (auto missing = notCheckedIfMissing(input, u"BP09"_s, u"BP09"_s,
                                               {CollectorId::CasMailboxes, CollectorId::AuthenticationPolicies}, {}))
            f.evidence = missing->evidence;
        findings << f;
    }

    if (s.transportProbe && s.transportProbe->authOfferedBeforeTls) {
        Finding f = makeFinding(u"BP09-auth-before-tls"_s, u"BP09"_s, Severity::High, FindingKind::Issue,
                                tr("The SMTP endpoint offers AUTH before TLS"),
                                tr("%1:%2 advertised AUTH on the unencrypted connection: a client could send its "
                                   "password in plain text. Configure clients to STARTTLS before AUTH.")
                                    .arg(s.transportProbe->host)
                                    .arg(s.transportProbe->port));
        f.affectedObjects << s.transportProbe->host;
        f.evidence << Evidence{tr("EHLO before STARTTLS lists AUTH"), tr("SMTP test send"), s.transportProbe->testedAt};
        findings << f;
    }
    return findings;
}

QList<Finding> Rules::bp16StayingInformed(const RuleInput& input)
{
    if (auto missing = notCheckedIfMissing(input, u"BP16-basic-auth-in-use"_s, u"BP16"_s, {CollectorId::SignIns},
                                           tr("which accounts and devices still use Basic authentication")))
        return {*missing};
    QList<Finding> findings;
    const TenantSnapshot& s = input.snapshot;
    QSet<QString> basicWorks; // lower-case UPNs with verdict "enabled"
    for (const MailboxAssessment& row : input.mailboxes)
        if (row.smtpAuth.verdict == SmtpAuthVerdict::Enabled)
            basicWorks.insert(SnapshotIndex::key(row.userPrincipalName));
    QStringList basicUsers, basicPoints, unknownUsers;
    for (const UserSignInUsage& usage : s.signIns.perUser) {
        if (usage.smtpBasicAuth > 0) {
            basicUsers << usage.userPrincipalName;
            basicPoints << tr("%1: %n Basic-auth SMTP sign-in(s) from %2", nullptr, usage.smtpBasicAuth)
                               .arg(usage.userPrincipalName, usage.smtpSourceIps.join(u", "_s));
        } else if (usage.smtpSuccess > 0 && usage.smtpTotal() > usage.smtpBasicAuth + usage.smtpOAuth &&
                   basicWorks.contains(SnapshotIndex::key(usage.userPrincipalName))) {
            // The log does not say which protocol; on a mailbox where Basic works it most likely is Basic.
            unknownUsers << usage.userPrincipalName;
        }
    }
    basicUsers.sort(Qt::CaseInsensitive);
    unknownUsers.sort(Qt::CaseInsensitive);
    if (!basicUsers.isEmpty()) {
        Finding f = makeFinding(
            u"BP16-basic-auth-in-use"_s, u"BP16"_s, Severity::High, FindingKind::Issue,
            tr("%n account(s) still sign in to SMTP with Basic authentication", nullptr, int(basicUsers.size())),
            tr("Microsoft is retiring Basic authentication for SMTP AUTH client submission. %1 "
               "Move each device or application listed to OAuth (XOAUTH2) or an SMTP relay "
               "connector.")
                .arg(countdownText(input.now)));
        f.affectedObjects = basicUsers;
        addCappedEvidence(f, s, CollectorId::SignIns, basicPoints);
        findings << f;
    }
    if (!unknownUsers.isEmpty()) {
        Finding f = makeFinding(
            u"BP16-protocol-unknown"_s, u"BP16"_s, Severity::Low, FindingKind::Issue,
            tr("%n account(s) use SMTP AUTH where Basic authentication works", nullptr, int(unknownUsers.size())),
            tr("The sign-in log does not say whether these SMTP sign-ins used Basic or OAuth. "
               "Check the EAC \"SMTP AUTH Clients Submission\" report (Authentication Protocol "
               "column). %1")
                .arg(countdownText(input.now)));
        f.affectedObjects = unknownUsers;
        f.evidence << evidenceFrom(s, CollectorId::SignIns, tr("successful SMTP sign-ins, protocol not recorded"));
        findings << f;
    }
    return findings;
}

} // namespace smtpaudit
