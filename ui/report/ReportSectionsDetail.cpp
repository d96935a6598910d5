#include "report/ReportSections.h"

#include "audit/AuditResult.h"
#include "report/ReportBuilder.h"
#include "report/ReportChart.h"
#include "report/ReportStyle.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui::report {
namespace {

// Counts as the reader's locale writes them (64,374), as in the tables.
QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString dateTime(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"—"_s;
}

QString percent(int part, int whole)
{
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) + u" %"_s : u"—"_s;
}

// The permission each collector needs (microsoft-apis.md sections 1-4), for the appendix.
QString permissionFor(CollectorId id)
{
    switch (id) {
    case CollectorId::Users:
        return u"User.Read.All (signInActivity: AuditLog.Read.All, Entra ID P1)"_s;
    case CollectorId::UserRegistrationDetails:
        return u"AuditLog.Read.All (Entra ID P1)"_s;
    case CollectorId::PerUserMfa:
    case CollectorId::SecurityDefaults:
    case CollectorId::ConditionalAccessPolicies:
    case CollectorId::NamedLocations:
        return u"Policy.Read.All"_s;
    case CollectorId::Applications:
        return u"Application.Read.All"_s;
    case CollectorId::SignIns:
        return u"AuditLog.Read.All (Entra ID P1)"_s;
    case CollectorId::TransportConfig:
    case CollectorId::CasMailboxes:
    case CollectorId::AuthenticationPolicies:
    case CollectorId::OrganizationConfig:
    case CollectorId::ExchangeUserPolicies:
        return u"Exchange.ManageAsApp + Entra role (e.g. Global Reader)"_s;
    case CollectorId::DirectoryMemberships:
        return u"Directory.Read.All"_s;
    }
    return {};
}

} // namespace

void ReportSections::mfaCoverage()
{
    m_builder.heading(1, tr("MFA coverage"), true);
    int people = 0, registered = 0, enforced = 0, admins = 0, adminsWithout = 0, unknown = 0;
    QList<QList<Cell>> adminRows;
    for (const MailboxAssessment& mailbox : m_result.mailboxes) {
        if (mailbox.type != u"UserMailbox"_s || mailbox.accountEnabled == false)
            continue; // shared, room and equipment mailboxes and disabled accounts do not sign in themselves
        ++people;
        if (!mailbox.mfaRegistered) {
            ++unknown;
            continue;
        }
        if (*mailbox.mfaRegistered)
            ++registered;
        if (mailbox.perUserMfaState == PerUserMfaState::Enforced)
            ++enforced;
        if (mailbox.isAdmin.value_or(false)) {
            ++admins;
            if (!*mailbox.mfaRegistered) {
                ++adminsWithout;
                Cell upn(mailbox.userPrincipalName);
                upn.foreground = failureColor();
                adminRows.append({upn, Cell(mailbox.displayName), Cell(verdictName(mailbox.smtpAuth.verdict))});
            }
        }
    }
    const bool securityDefaults = m_result.snapshot.organization.securityDefaultsEnabled.value_or(false);
    m_builder.facts({
        {tr("User mailboxes of enabled accounts"), Cell(number(people))},
        {tr("MFA registered"), Cell(u"%1 (%2)"_s.arg(number(registered), percent(registered, people)))},
        {tr("Per-user MFA enforced"), Cell(number(enforced))},
        {tr("Security defaults"), Cell(securityDefaults ? tr("enabled") : tr("not enabled"))},
        {tr("Administrators without MFA"), Cell(number(adminsWithout) + u" / "_s + number(admins))},
        {tr("MFA state unknown"), Cell(number(unknown))},
    });
    if (!adminRows.isEmpty()) {
        m_builder.heading(2, tr("Administrators without MFA"));
        m_builder.table({tr("User principal name"), tr("Display name"), tr("SMTP AUTH")}, adminRows, {45, 35, 20});
    }
}

void ReportSections::signIns()
{
    m_builder.heading(1, tr("Sign-ins over SMTP and other legacy protocols"), true);
    if (!m_result.snapshot.isComplete(CollectorId::SignIns)) {
        const CollectorStatus status = m_result.snapshot.status(CollectorId::SignIns);
        m_builder.paragraph(tr("The sign-in log could not be read: %1")
                                .arg(status.error ? status.error->message : tr("the collector did not run")),
                            failureColor(), 1.0, true);
        return;
    }
    const SignInAggregates& tenant = m_result.snapshot.signIns.tenant;
    m_builder.facts({
        {tr("Events scanned"), Cell(number(tenant.eventsScanned))},
        {tr("SMTP sign-ins succeeded / failed"),
         Cell(u"%1 / %2"_s.arg(number(tenant.smtpSuccess), number(tenant.smtpFailure)))},
        {tr("SMTP with Basic / OAuth (where known)"),
         Cell(u"%1 / %2"_s.arg(number(tenant.smtpBasicAuth), number(tenant.smtpOAuth)))},
        {tr("Accounts / source addresses using SMTP"),
         Cell(u"%1 / %2"_s.arg(number(tenant.distinctSmtpUsers), number(tenant.distinctSmtpSourceIps)))},
    });

    ChartSpec perDay;
    perDay.title = tr("Authenticated SMTP sign-ins per day (UTC)");
    ChartSeries success{tr("Succeeded"), successColor(), {}};
    ChartSeries failure{tr("Failed"), failureColor(), {}};
    for (const DailySmtpCount& day : tenant.smtpPerDay) {
        perDay.categories << day.date.toString(u"MM-dd"_s);
        success.values << day.success;
        failure.values << day.failure;
    }
    perDay.series = {success, failure};
    m_builder.chart(perDay);

    if (!tenant.legacyClientApps.isEmpty()) {
        ChartSpec apps;
        apps.kind = ChartSpec::Kind::HorizontalBars;
        apps.title = tr("Legacy sign-ins by client app");
        ChartSeries counts{tr("Sign-ins"), accentColor(), {}};
        for (const ClientAppCount& app : tenant.legacyClientApps.mid(0, 12)) {
            apps.categories << app.clientAppUsed;
            counts.values << app.count;
        }
        apps.series = {counts};
        apps.sizeMm = QSizeF(170, 6.0 * apps.categories.size() + 10);
        m_builder.chart(apps);
    }

    m_builder.heading(2, tr("Password-spray patterns"));
    if (tenant.sprayPatterns.isEmpty()) {
        m_builder.paragraph(tr("None detected in the window."), successColor());
    } else {
        QList<QList<Cell>> rows;
        for (const PasswordSprayPattern& spray : tenant.sprayPatterns)
            rows.append({Cell(spray.ipAddress), Cell(dateTime(spray.windowStart)), Cell(dateTime(spray.windowEnd)),
                         Cell(number(spray.distinctUsers)), Cell(number(spray.failures))});
        m_builder.table({tr("Source address"), tr("From"), tr("To"), tr("Accounts"), tr("Failures")}, rows,
                        {24, 24, 24, 14, 14});
    }
}

void ReportSections::rotation()
{
    m_builder.heading(1, tr("Credential rotation schedule"), true);
    if (m_result.credentials.isEmpty()) {
        m_builder.paragraph(tr("No credentials to rotate."), mutedColor());
        return;
    }
    QList<QList<Cell>> rows;
    for (const RotationItem& item : m_result.credentials) {
        Cell left(item.isOverdue() ? tr("overdue by %n day(s)", nullptr, static_cast<int>(-item.daysLeft))
                                   : tr("%n day(s)", nullptr, static_cast<int>(item.daysLeft)));
        if (item.isOverdue()) {
            left.foreground = failureColor();
            left.bold = true;
        } else if (item.daysLeft <= 30) {
            left.foreground = severityColor(Severity::Medium);
        }
        rows.append({Cell(item.subject), Cell(rotationKindName(item.kind)), Cell(item.credentialName),
                     Cell(item.dueAt.isValid() ? item.dueAt.toUTC().date().toString(Qt::ISODate) : u"—"_s), left});
    }
    m_builder.table({tr("Account or application"), tr("Credential"), tr("Name"), tr("Due"), tr("Days left")}, rows,
                    {34, 16, 20, 14, 16});
}

void ReportSections::changes()
{
    m_builder.heading(1, tr("Changes since the previous audit"), true);
    if (!m_result.sincePrevious) {
        m_builder.paragraph(tr("This is the first saved audit of this tenant: there is nothing to compare with."),
                            mutedColor());
        return;
    }
    const AuditDiff& diff = *m_result.sincePrevious;
    m_builder.paragraph(tr("Compared with the audit of %1.").arg(dateTime(diff.olderGeneratedAt)));
    auto listFindings = [this](const QString& heading, const QList<Finding>& list) {
        m_builder.heading(2, u"%1 (%2)"_s.arg(heading).arg(list.size()));
        QStringList items;
        for (const Finding& finding : list)
            items << u"%1 %2 — %3"_s.arg(finding.practiceId, finding.id, finding.title);
        if (items.isEmpty())
            m_builder.paragraph(tr("None."), mutedColor());
        m_builder.bullets(items);
    };
    listFindings(tr("New findings"), diff.newFindings);
    listFindings(tr("Resolved findings"), diff.resolvedFindings);
    listFindings(tr("No longer verifiable (partial audit)"), diff.unverifiedFindings);
    m_builder.heading(2, tr("Mailboxes whose SMTP AUTH changed (%1)").arg(diff.verdictChanges.size()));
    QList<QList<Cell>> rows;
    for (const VerdictChange& change : diff.verdictChanges)
        rows.append({Cell(change.userPrincipalName), Cell(verdictName(change.from)), Cell(verdictName(change.to))});
    if (rows.isEmpty())
        m_builder.paragraph(tr("None."), mutedColor());
    else
        m_builder.table({tr("User principal name"), tr("Before"), tr("Now")}, rows, {60, 20, 20});
}

void ReportSections::appendix(const QByteArray& auditJsonSha256Hex)
{
    m_builder.heading(1, tr("Appendix"), true);
    m_builder.heading(2, tr("Data sources, permissions and times"));
    QList<QList<Cell>> rows;
    for (CollectorId id : allCollectors()) {
        const CollectorStatus status = m_result.snapshot.status(id);
        Cell state(status.isComplete() ? tr("complete")
                   : status.state == CollectorStatus::State::Failed
                       ? tr("failed: %1").arg(status.error ? status.error->message : QString())
                       : tr("not run"));
        state.foreground = status.isComplete() ? successColor() : failureColor();
        const DataSource source = m_result.snapshot.sourceOf(id);
        Cell query(source.query);
        query.monospace = true;
        rows.append({Cell(collectorName(id)), Cell(permissionFor(id)), query, Cell(dateTime(source.fetchedAt)),
                     Cell(number(status.itemCount)), state});
    }
    m_builder.table({tr("Collector"), tr("Permission"), tr("Query"), tr("Fetched"), tr("Items"), tr("State")}, rows,
                    {17, 17, 29, 12, 9, 16});

    m_builder.heading(2, tr("Methodology"));
    m_builder.paragraph(
        tr("smtpaudit reads the tenant through Microsoft Graph and the Exchange Online admin API with read-only "
           "permissions. For every mailbox it resolves whether SMTP AUTH is effectively on: the mailbox's "
           "SmtpClientAuthenticationDisabled value overrides the organisation's; when the protocol is on, Basic "
           "authentication can still be blocked by the authentication policy (AllowBasicAuthSmtp), security "
           "defaults, a Conditional Access policy that blocks legacy authentication, or per-user MFA in the "
           "enforced state. Usage comes from the Entra ID sign-in log (client app \"Authenticated SMTP\"). Each "
           "finding names the query and the time its data came from."));

    m_builder.heading(2, tr("What could not be checked"));
    QStringList notChecked;
    for (const Finding& finding : m_result.findings)
        if (finding.kind == FindingKind::NotChecked || finding.kind == FindingKind::Guidance)
            notChecked << u"%1 — %2"_s.arg(finding.practiceId, finding.title);
    if (notChecked.isEmpty())
        m_builder.paragraph(tr("Everything measurable was checked."), mutedColor());
    m_builder.bullets(notChecked);

    m_builder.heading(2, tr("Integrity"));
    m_builder.paragraph(tr("SHA-256 of the audit data (JSON) this report was made from:"));
    m_builder.code({QString::fromLatin1(auditJsonSha256Hex)});
}

} // namespace smtpaudit::ui::report
