// BP07, BP12, BP13, BP14 (not measurable: guidance), BP11 regular auditing, and the rule table.
#include "audit/RuleSupport.h"

#include <QtConcurrent/QtConcurrentMap>

#include <functional>

using namespace Qt::StringLiterals;

namespace smtpaudit {

using namespace rulesupport;

QList<Finding> Rules::evaluateAll(const RuleInput& input)
{
    using Rule = QList<Finding> (*)(const RuleInput&);
    static const QList<Rule> rules{
        bp01Inventory,  bp02OnlyWhereNeeded,  bp03StrongPasswords, bp04TwoFactor,       bp05Tls,
        bp06Monitoring, bp07Patching,         bp08RestrictByIp,    bp09NoPlainTextAuth, bp10MfaForCriticalAccounts,
        bp12Training,   bp13IncidentResponse, bp14Backup,          bp15DedicatedIps,    bp16StayingInformed};
    // The rules only read the input: on a large tenant they run side by side (each walks tens of thousands
    // of mailboxes or sign-in aggregates); the findings keep the table's order.
    const QList<QList<Finding>> perRule = QtConcurrent::blockingMapped(
        rules, std::function<QList<Finding>(const Rule&)>([&input](const Rule& rule) { return rule(input); }));
    QList<Finding> findings;
    for (const QList<Finding>& found : perRule)
        findings << found;
    return findings;
}

QList<Finding> Rules::bp07Patching(const RuleInput& input)
{
    Finding f = makeFinding(u"BP07-patching-guidance"_s, u"BP07"_s, Severity::Info, FindingKind::Guidance,
                            tr("Keep devices and applications that send mail up to date"),
                            tr("Not measurable from the tenant. Keep the firmware of printers and scanners and the "
                               "libraries of applications that submit mail current, so that they support TLS 1.2+ "
                               "and OAuth (XOAUTH2); replace those that cannot."));
    if (input.snapshot.isComplete(CollectorId::SignIns)) {
        QStringList points;
        for (const ClientAppCount& app : input.snapshot.signIns.tenant.legacyClientApps)
            points << tr("%1: %n sign-in(s)", nullptr, app.count).arg(app.clientAppUsed);
        if (!points.isEmpty())
            addCappedEvidence(f, input.snapshot, CollectorId::SignIns, points);
    }
    return {f};
}

QList<Finding> Rules::bp11RegularAuditing(const RuleInput& input, const std::optional<PreviousAuditFacts>& previous)
{
    if (!previous) {
        Finding f = makeFinding(u"BP11-first-audit"_s, u"BP11"_s, Severity::Info, FindingKind::Informational,
                                tr("No earlier audit of this tenant was found"),
                                tr("Save this audit and repeat it regularly (at least every %n day(s)); the next "
                                   "audit shows what changed.",
                                   nullptr, auditOverdueDays));
        f.affectedObjects << input.snapshot.organization.tenantId;
        return {f};
    }
    QList<Finding> findings;
    const qint64 days = previous->generatedAt.daysTo(input.now);
    const Evidence when{tr("previous audit %1").arg(previous->generatedAt.toUTC().toString(Qt::ISODate)),
                        tr("smtpaudit audit history"), input.now};
    if (days > auditOverdueDays) {
        Finding f = makeFinding(u"BP11-audit-overdue"_s, u"BP11"_s, Severity::Low, FindingKind::Issue,
                                tr("The previous audit is %n day(s) old", nullptr, int(days)),
                                tr("Audit SMTP AUTH at least every %n day(s): settings drift and new devices appear.",
                                   nullptr, auditOverdueDays));
        f.affectedObjects << input.snapshot.organization.tenantId;
        f.evidence << when;
        findings << f;
    }
    const AuditDiff& d = previous->diff;
    Finding changes = makeFinding(
        u"BP11-changes-since-last-audit"_s, u"BP11"_s, Severity::Info, FindingKind::Informational,
        d.isEmpty() ? tr("No changes since the previous audit") : tr("Changes since the previous audit"),
        tr("%1 new finding(s), %2 resolved, %3 not re-checked; %4 mailbox(es) changed effective SMTP AUTH, %5 "
           "added, %6 removed.")
            .arg(d.newFindings.size())
            .arg(d.resolvedFindings.size())
            .arg(d.unverifiedFindings.size())
            .arg(d.verdictChanges.size())
            .arg(d.mailboxesAdded.size())
            .arg(d.mailboxesRemoved.size()));
    for (const VerdictChange& change : d.verdictChanges)
        changes.affectedObjects << change.userPrincipalName;
    changes.affectedObjects << d.mailboxesAdded << d.mailboxesRemoved;
    changes.evidence << when;
    QStringList points;
    for (const VerdictChange& change : d.verdictChanges)
        points << tr("%1: %2 -> %3").arg(change.userPrincipalName, verdictName(change.from), verdictName(change.to));
    for (qsizetype i = 0; i < points.size() && i < maxEvidenceEntries; ++i)
        changes.evidence << Evidence{points.at(i), tr("smtpaudit audit history"), input.now};
    findings << changes;
    return findings;
}

QList<Finding> Rules::bp12Training(const RuleInput&)
{
    return {makeFinding(u"BP12-training-guidance"_s, u"BP12"_s, Severity::Info, FindingKind::Guidance,
                        tr("Train the people who configure devices and handle mail"),
                        tr("Not measurable. Teach administrators and device owners why SMTP AUTH credentials "
                           "must not be shared or embedded in scripts, how to recognise phishing aimed at "
                           "service accounts, and whom to tell when a device starts failing to send."))};
}

QList<Finding> Rules::bp13IncidentResponse(const RuleInput&)
{
    Finding f = makeFinding(u"BP13-incident-response-guidance"_s, u"BP13"_s, Severity::Info, FindingKind::Guidance,
                            tr("Prepare an incident response plan for a compromised sending account"),
                            tr("Not measurable. Write down who decides, how to cut off SMTP AUTH at once, how to "
                               "reset the account and revoke its sessions, and how to check what it sent. Every "
                               "finding in this audit carries ready remediation commands."));
    f.remediation << u"Set-TransportConfig -SmtpClientAuthenticationDisabled $true"_s
                  << u"# For one account: Set-CASMailbox -Identity '<upn>' -SmtpClientAuthenticationDisabled $true"_s
                  << u"# Revoke its sessions: Revoke-MgUserSignInSession -UserId '<upn>'"_s;
    return {f};
}

QList<Finding> Rules::bp14Backup(const RuleInput&)
{
    Finding f = makeFinding(u"BP14-backup-guidance"_s, u"BP14"_s, Severity::Info, FindingKind::Guidance,
                            tr("Keep a record of the SMTP AUTH configuration"),
                            tr("Not measurable from the tenant. Saved audits (JSON) record every mailbox's setting "
                               "and verdict and can be exported; keep them with your configuration backups so a "
                               "known-good state can be restored."));
    f.remediation << u"Get-CASMailbox -ResultSize Unlimited | Select-Object UserPrincipalName, "
                     "SmtpClientAuthenticationDisabled | Export-Csv -NoTypeInformation smtp-auth-mailboxes.csv"_s
                  << u"Get-TransportConfig | Select-Object SmtpClientAuthenticationDisabled | Export-Clixml "
                     "transport-config.xml"_s;
    return {f};
}

} // namespace smtpaudit
