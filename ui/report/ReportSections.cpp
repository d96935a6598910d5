#include "report/ReportSections.h"

#include "audit/AuditResult.h"
#include "report/ReportBuilder.h"
#include "report/ReportChart.h"
#include "report/ReportStyle.h"

#include <QLocale>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui::report {
namespace {

// The end of December 2026: Basic authentication for SMTP AUTH becomes disabled by default in existing
// tenants (microsoft-apis.md section 6, techcommunity post of 27 Jan 2026).
const QDate basicAuthDefaultChange(2026, 12, 31);
constexpr int maxListedObjects = 25;

QString dateTime(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"—"_s;
}

QString date(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : u"—"_s;
}

bool protocolOn(const MailboxAssessment& mailbox)
{
    return mailbox.smtpAuth.verdict == SmtpAuthVerdict::Enabled ||
           mailbox.smtpAuth.verdict == SmtpAuthVerdict::Blocked || mailbox.smtpAuth.verdict == SmtpAuthVerdict::Unknown;
}

// "UserMailbox" -> "User": the type column stays narrow enough for the names and reasons beside it.
QString shortType(const QString& recipientTypeDetails)
{
    QString type = recipientTypeDetails;
    if (type.endsWith(u"Mailbox"_s) && type.size() > 7)
        type.chop(7);
    return type;
}

QColor verdictColor(SmtpAuthVerdict verdict)
{
    switch (verdict) {
    case SmtpAuthVerdict::Enabled:
        return failureColor();
    case SmtpAuthVerdict::Blocked:
        return severityColor(Severity::Medium);
    case SmtpAuthVerdict::Disabled:
        return successColor();
    case SmtpAuthVerdict::Unknown:
        break;
    }
    return mutedColor();
}

QString optionalBool(const std::optional<bool>& value, const QString& yes, const QString& no)
{
    if (!value)
        return u"?"_s;
    return *value ? yes : no;
}

QString settingText(const std::optional<bool>& disabled)
{
    if (!disabled)
        return u"$null"_s;
    return *disabled ? u"$true"_s : u"$false"_s;
}

} // namespace

ReportSections::ReportSections(ReportBuilder& builder, const AuditResult& result)
    : m_builder(builder)
    , m_result(result)
{}

void ReportSections::cover()
{
    const OrganizationInfo& org = m_result.snapshot.organization;
    m_builder.spacer(40);
    m_builder.paragraph(tr("SMTP AUTH security audit"), accentColor(), 2.4, true);
    m_builder.paragraph(org.displayName.isEmpty() ? org.tenantId : org.displayName, QColor(Qt::black), 1.6);
    m_builder.spacer(10);
    const SignInWindow& window = m_result.snapshot.signIns.window;
    QList<QPair<QString, Cell>> facts = {
        {tr("Tenant ID"), Cell(org.tenantId)},
        {tr("Report generated"), Cell(dateTime(m_result.generatedAt))},
        {tr("Data as of"), Cell(dateTime(m_result.snapshot.capturedAt))},
        {tr("Sign-in window"),
         Cell(tr("%n day(s), from %1 to %2", nullptr, window.days).arg(date(window.from), date(window.to)))},
        {tr("Mailboxes assessed"), Cell(QString::number(m_result.mailboxes.size()))},
    };
    Cell completeness(m_result.complete ? tr("Complete: every collector finished")
                                        : tr("PARTIAL: %n collector(s) could not read their data", nullptr,
                                             static_cast<int>(m_result.snapshot.incompleteCollectors().size())));
    completeness.bold = true;
    completeness.foreground = m_result.complete ? successColor() : failureColor();
    facts.append({tr("Completeness"), completeness});
    m_builder.facts(facts);
    if (!m_result.complete) {
        QStringList missing;
        for (CollectorId id : m_result.snapshot.incompleteCollectors()) {
            const CollectorStatus status = m_result.snapshot.status(id);
            missing << (status.error ? u"%1: %2"_s.arg(collectorName(id), status.error->message)
                                     : tr("%1: not run").arg(collectorName(id)));
        }
        m_builder.paragraph(tr("Findings that depend on the missing data are marked \"could not be checked\"."),
                            failureColor());
        m_builder.bullets(missing);
    }
}

void ReportSections::executiveSummary()
{
    m_builder.heading(1, tr("Executive summary"), true);
    Cell score(tr("%1 / 100").arg(m_result.score));
    score.bold = true;
    score.foreground = m_result.score >= 80   ? successColor()
                       : m_result.score >= 50 ? severityColor(Severity::Medium)
                                              : failureColor();

    std::map<Severity, int> issues;
    for (const Finding& finding : m_result.findings)
        if (finding.kind == FindingKind::Issue)
            ++issues[finding.severity];
    int enabled = 0, blocked = 0, disabled = 0, unknown = 0, enabledWithoutMfa = 0;
    for (const MailboxAssessment& mailbox : m_result.mailboxes) {
        switch (mailbox.smtpAuth.verdict) {
        case SmtpAuthVerdict::Enabled:
            ++enabled;
            if (mailbox.mfaRegistered == false)
                ++enabledWithoutMfa;
            break;
        case SmtpAuthVerdict::Blocked:
            ++blocked;
            break;
        case SmtpAuthVerdict::Disabled:
            ++disabled;
            break;
        case SmtpAuthVerdict::Unknown:
            ++unknown;
            break;
        }
    }
    m_builder.facts({
        {tr("Score"), score},
        {tr("SMTP AUTH with Basic authentication possible"), Cell(QString::number(enabled))},
        {tr("SMTP AUTH on, Basic authentication blocked (OAuth only)"), Cell(QString::number(blocked))},
        {tr("SMTP AUTH off"), Cell(QString::number(disabled))},
        {tr("Verdict unknown (missing data)"), Cell(QString::number(unknown))},
        {tr("Basic-capable mailboxes without MFA registered"), Cell(QString::number(enabledWithoutMfa))},
    });

    QList<QList<Cell>> rows;
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        Cell name(severityDisplayName(severity));
        name.foreground = severityColor(severity);
        name.bold = true;
        rows.append({name, Cell(QString::number(issues[severity]))});
    }
    m_builder.heading(2, tr("Issues by severity"));
    m_builder.table({tr("Severity"), tr("Issues")}, rows, {50, 50});

    m_builder.heading(2, tr("Basic authentication for SMTP AUTH: December 2026"));
    const qint64 days = m_result.generatedAt.date().daysTo(basicAuthDefaultChange);
    if (enabled > 0) {
        m_builder.paragraph(
            tr("Microsoft disables Basic authentication for SMTP AUTH by default in existing tenants at the end of "
               "December 2026 (%n day(s) after this report). %1 mailbox(es) can still authenticate with a password "
               "over SMTP: move their devices and applications to OAuth (XOAUTH2) or another sending method "
               "before then.",
               nullptr, static_cast<int>(std::max<qint64>(days, 0)))
                .arg(enabled),
            failureColor(), 1.0, true);
    } else {
        m_builder.paragraph(tr("No mailbox can authenticate to SMTP AUTH with a password: the tenant is ready for "
                               "the end of Basic authentication for SMTP AUTH in December 2026."),
                            successColor(), 1.0, true);
    }

    QStringList top;
    for (const Finding& finding : m_result.findings) {
        if (finding.kind != FindingKind::Issue || top.size() >= 8)
            continue;
        top << u"[%1] %2 — %3"_s.arg(severityDisplayName(finding.severity), finding.practiceId, finding.title);
    }
    if (!top.isEmpty()) {
        m_builder.heading(2, tr("Most important findings"));
        m_builder.bullets(top);
    }
}

void ReportSections::findings()
{
    m_builder.heading(1, tr("Findings by best practice"), true);
    for (const QString& practice : practiceIds()) {
        QList<const Finding*> inPractice;
        for (const Finding& finding : m_result.findings)
            if (finding.practiceId == practice)
                inPractice << &finding;
        m_builder.heading(2, u"%1 — %2"_s.arg(practice, practiceTitle(practice)));
        if (inPractice.isEmpty()) {
            m_builder.paragraph(tr("No findings."), mutedColor());
            continue;
        }
        for (const Finding* finding : inPractice) {
            QString label;
            switch (finding->kind) {
            case FindingKind::Issue:
                label = severityDisplayName(finding->severity);
                break;
            case FindingKind::Informational:
                label = tr("Information");
                break;
            case FindingKind::NotChecked:
                label = tr("Could not be checked");
                break;
            case FindingKind::Guidance:
                label = tr("Guidance");
                break;
            }
            const QColor color = finding->kind == FindingKind::Issue ? severityColor(finding->severity) : mutedColor();
            m_builder.heading(3, u"%1 · %2"_s.arg(label, finding->title));
            m_builder.paragraph(tr("Finding %1").arg(finding->id), color, 0.85);
            if (!finding->description.isEmpty())
                m_builder.paragraph(finding->description);
            if (!finding->affectedObjects.isEmpty()) {
                QStringList objects = finding->affectedObjects.mid(0, maxListedObjects);
                if (finding->affectedObjects.size() > maxListedObjects)
                    objects << tr("… and %n more (see the CSV export)", nullptr,
                                  static_cast<int>(finding->affectedObjects.size() - maxListedObjects));
                m_builder.paragraph(tr("Affected (%1):").arg(finding->affectedObjects.size()), std::nullopt, 1.0, true);
                m_builder.bullets(objects);
            }
            for (const Evidence& evidence : finding->evidence)
                m_builder.paragraph(tr("Evidence: %1 — query %2 at %3")
                                        .arg(evidence.dataPoint, evidence.query, dateTime(evidence.fetchedAt)),
                                    mutedColor(), 0.85);
            if (!finding->remediation.isEmpty()) {
                m_builder.paragraph(tr("Remediation:"), std::nullopt, 1.0, true);
                m_builder.code(finding->remediation);
            }
        }
    }
}

void ReportSections::mailboxes()
{
    m_builder.heading(1, tr("Mailboxes with SMTP AUTH on"), true);
    m_builder.paragraph(tr("Every mailbox whose SMTP AUTH is effectively on (Basic possible, OAuth only, or unknown) "
                           "is listed; mailboxes with SMTP AUTH off are summarised below."));
    QList<QList<Cell>> rows;
    std::map<QString, int> offByType;
    for (const MailboxAssessment& mailbox : m_result.mailboxes) {
        if (!protocolOn(mailbox)) {
            ++offByType[mailbox.type.isEmpty() ? tr("(unknown type)") : mailbox.type];
            continue;
        }
        Cell verdict(verdictName(mailbox.smtpAuth.verdict));
        verdict.foreground = verdictColor(mailbox.smtpAuth.verdict);
        verdict.bold = true;
        QString usage = u"—"_s;
        if (mailbox.smtpSignIns)
            usage = tr("%1 ok / %2 failed").arg(mailbox.smtpSignIns->smtpSuccess).arg(mailbox.smtpSignIns->smtpFailure);
        rows.append({Cell(mailbox.userPrincipalName), Cell(mailbox.displayName), Cell(shortType(mailbox.type)),
                     Cell(settingText(mailbox.smtpClientAuthenticationDisabled)), verdict,
                     Cell(mailbox.smtpAuth.reasonCodes().join(u", "_s)),
                     Cell(optionalBool(mailbox.mfaRegistered, tr("yes"), tr("no"))), Cell(usage)});
    }
    if (rows.isEmpty())
        m_builder.paragraph(tr("No mailbox has SMTP AUTH on."), successColor());
    else
        m_builder.table({tr("User principal name"), tr("Display name"), tr("Type"), tr("Setting"), tr("Verdict"),
                         tr("Reasons"), tr("MFA"), tr("SMTP sign-ins")},
                        rows, {25, 16, 8, 8, 9, 17, 6, 11});
    m_builder.heading(2, tr("Mailboxes with SMTP AUTH off"));
    QList<QList<Cell>> summary;
    for (const auto& [type, count] : offByType)
        summary.append({Cell(type), Cell(QString::number(count))});
    if (summary.isEmpty())
        m_builder.paragraph(tr("None."), mutedColor());
    else
        m_builder.table({tr("Mailbox type"), tr("Mailboxes")}, summary, {60, 40});
}

} // namespace smtpaudit::ui::report
