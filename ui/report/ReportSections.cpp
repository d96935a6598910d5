#include "report/ReportSections.h"

#include "audit/AuditResult.h"
#include "report/ReportBuilder.h"
#include "report/ReportChart.h"
#include "report/ReportStyle.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui::report {
namespace {

// Counts as the reader's locale writes them (64,374), as in the tables.
QString number(qint64 value)
{
    return QLocale().toString(value);
}

// The end of December 2026: Basic authentication for SMTP AUTH becomes disabled by default in existing
// tenants (microsoft-apis.md section 6, techcommunity post of 27 Jan 2026).
const QDate basicAuthDefaultChange(2026, 12, 31);
constexpr int maxListedObjects = 25;
constexpr int maxEvidence = 3;
constexpr qsizetype maxQueryLength = 140;

QString shortened(const QString& text, qsizetype length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

QString dateTime(const QDateTime& when)
{
    return when.isValid() ? QLocale().toString(when.toUTC(), u"yyyy-MM-dd HH:mm 'UTC'"_s) : u"—"_s;
}

QString date(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().date().toString(Qt::ISODate) : u"—"_s;
}

// "Effectively on" (issue 7): a password is accepted over SMTP, or an unreadable input means that cannot be
// ruled out. These are listed one by one; blocked (OAuth only) and disabled mailboxes are counted.
bool listedInFull(const MailboxAssessment& mailbox)
{
    return mailbox.smtpAuth.verdict == SmtpAuthVerdict::Enabled || mailbox.smtpAuth.verdict == SmtpAuthVerdict::Unknown;
}

// What a blocker reason code (spec-effective-smtp-auth.md, step 2) means, for the summary table.
QString blockerText(const QString& code)
{
    static const QHash<QString, const char*> texts = {
        {u"account-disabled"_s, QT_TRANSLATE_NOOP("ReportSections", "Account disabled (no sign-in at all)")},
        {u"auth-policy-blocks-basic"_s,
         QT_TRANSLATE_NOOP("ReportSections", "Authentication policy has AllowBasicAuthSmtp off")},
        {u"security-defaults"_s, QT_TRANSLATE_NOOP("ReportSections", "Security defaults enabled")},
        {u"ca-blocks-legacy"_s, QT_TRANSLATE_NOOP("ReportSections", "Conditional Access blocks legacy authentication")},
        {u"per-user-mfa-enforced"_s, QT_TRANSLATE_NOOP("ReportSections", "Per-user MFA enforced")},
    };
    const auto it = texts.constFind(code);
    return it == texts.constEnd() ? code : QCoreApplication::translate("ReportSections", it.value());
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
        {tr("Mailboxes assessed"), Cell(number(m_result.mailboxes.size()))},
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
        {tr("SMTP AUTH with Basic authentication possible"), Cell(number(enabled))},
        {tr("SMTP AUTH on, Basic authentication blocked (OAuth only)"), Cell(number(blocked))},
        {tr("SMTP AUTH off"), Cell(number(disabled))},
        {tr("Verdict unknown (missing data)"), Cell(number(unknown))},
        {tr("Basic-capable mailboxes without MFA registered"), Cell(number(enabledWithoutMfa))},
    });

    QList<QList<Cell>> rows;
    for (Severity severity : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info}) {
        Cell name(severityDisplayName(severity));
        name.foreground = severityColor(severity);
        name.bold = true;
        rows.append({name, Cell(number(issues[severity]))});
    }
    m_builder.heading(2, tr("Issues by severity"));
    m_builder.table({tr("Severity"), tr("Issues")}, rows, {50, 50});

    m_builder.heading(2, tr("Basic authentication for SMTP AUTH: December 2026"));
    const qint64 days = m_result.generatedAt.date().daysTo(basicAuthDefaultChange);
    if (enabled > 0) {
        m_builder.paragraph(
            tr("Microsoft disables Basic authentication for SMTP AUTH by default in existing tenants at the end of "
               "December 2026 (%n day(s) after this report).",
               nullptr, static_cast<int>(std::max<qint64>(days, 0))) +
                u' ' +
                tr("%n mailbox(es) can still authenticate with a password over SMTP: move their devices and "
                   "applications to OAuth (XOAUTH2) or another sending method before then.",
                   nullptr, static_cast<int>(enabled)),
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
                // One compact paragraph, not a bullet per object: 25 addresses stay on a few lines.
                QString objects = finding->affectedObjects.mid(0, maxListedObjects).join(u" · "_s);
                if (finding->affectedObjects.size() > maxListedObjects)
                    objects += u" · "_s + tr("… and %n more (see the CSV export)", nullptr,
                                             static_cast<int>(finding->affectedObjects.size() - maxListedObjects));
                m_builder.paragraph(tr("Affected (%1):").arg(QLocale().toString(finding->affectedObjects.size())),
                                    std::nullopt, 1.0, true);
                m_builder.paragraph(objects, std::nullopt, 0.9);
            }
            // Evidence can name one data point per object; the first few show where the data came from.
            // Queries can run to a kilobyte (the sign-in filter); the appendix prints each collector's in full.
            for (const Evidence& evidence : finding->evidence.mid(0, maxEvidence))
                m_builder.paragraph(tr("Evidence: %1 — query %2 at %3")
                                        .arg(evidence.dataPoint, shortened(evidence.query, maxQueryLength),
                                             dateTime(evidence.fetchedAt)),
                                    mutedColor(), 0.85);
            if (finding->evidence.size() > maxEvidence)
                m_builder.paragraph(tr("… and %n more evidence item(s) in findings.csv and the audit JSON.", nullptr,
                                       static_cast<int>(finding->evidence.size() - maxEvidence)),
                                    mutedColor(), 0.85);
            if (!finding->remediation.isEmpty())
                remediation(finding->remediation);
        }
    }
}

void ReportSections::remediation(const QStringList& commands)
{
    // A command can name every affected mailbox (@('a','b',...) | ForEach-Object ...): tens of thousands in
    // a large tenant, hundreds of pages in print. The report shows its start and its end; findings.csv and
    // the audit JSON hold every command in full.
    constexpr int maxCommands = 30;
    constexpr qsizetype maxCommandLength = 480;
    QStringList printed;
    bool shortened = false;
    for (const QString& command : commands.mid(0, maxCommands)) {
        if (command.size() <= maxCommandLength) {
            printed << command;
            continue;
        }
        printed << command.left(260) + u" … "_s + command.right(200);
        shortened = true;
    }
    m_builder.paragraph(tr("Remediation:"), std::nullopt, 1.0, true);
    m_builder.code(printed);
    QStringList notes;
    if (shortened)
        notes << tr("Long commands are shortened in print (…).");
    if (commands.size() > maxCommands)
        notes << tr("%n more command(s) not printed.", nullptr, static_cast<int>(commands.size() - maxCommands));
    if (!notes.isEmpty())
        m_builder.paragraph(notes.join(u' ') + u' ' +
                                tr("findings.csv (smtpaudit-cli --csv) and the audit JSON hold every command in full."),
                            mutedColor(), 0.85);
}

void ReportSections::mailboxes()
{
    m_builder.heading(1, tr("SMTP AUTH per mailbox"), true);
    m_builder.paragraph(tr("Every mailbox where SMTP AUTH is effectively on (a password is accepted over SMTP) or "
                           "could not be determined is listed in full below. Mailboxes where Basic authentication "
                           "is blocked (OAuth only) or SMTP AUTH is off are summarised by type and by what blocks "
                           "them; the CSV export (mailboxes.csv) lists every mailbox."));

    // Summary by type and verdict, in one pass over the mailboxes.
    constexpr int verdicts = 4; // Enabled, Blocked, Disabled, Unknown: the table's columns
    auto column = [](SmtpAuthVerdict verdict) {
        switch (verdict) {
        case SmtpAuthVerdict::Enabled:
            return 0;
        case SmtpAuthVerdict::Blocked:
            return 1;
        case SmtpAuthVerdict::Disabled:
            return 2;
        case SmtpAuthVerdict::Unknown:
            break;
        }
        return 3;
    };
    std::map<QString, std::array<int, verdicts>> byType;
    std::array<int, verdicts> total{};
    std::map<QString, int> blockers;
    QList<QList<Cell>> listed;
    for (const MailboxAssessment& mailbox : m_result.mailboxes) {
        const QString type = mailbox.type.isEmpty() ? tr("(unknown type)") : shortType(mailbox.type);
        const int index = column(mailbox.smtpAuth.verdict);
        ++byType[type][index];
        ++total[index];
        if (mailbox.smtpAuth.verdict == SmtpAuthVerdict::Blocked) {
            for (const SmtpAuthReason& reason : mailbox.smtpAuth.reasons)
                if (isBlockingReason(reason.code))
                    ++blockers[reason.codeName()];
        }
        if (!listedInFull(mailbox))
            continue;
        Cell verdict(verdictName(mailbox.smtpAuth.verdict));
        verdict.foreground = verdictColor(mailbox.smtpAuth.verdict);
        verdict.bold = true;
        QString usage = u"—"_s;
        if (mailbox.smtpSignIns)
            usage = tr("%1 ok / %2 failed").arg(mailbox.smtpSignIns->smtpSuccess).arg(mailbox.smtpSignIns->smtpFailure);
        listed.append({Cell(mailbox.userPrincipalName), Cell(mailbox.displayName), Cell(shortType(mailbox.type)),
                       Cell(settingText(mailbox.smtpClientAuthenticationDisabled)), verdict,
                       Cell(mailbox.smtpAuth.reasonCodes().join(u", "_s)),
                       Cell(optionalBool(mailbox.mfaRegistered, tr("yes"), tr("no"))), Cell(usage)});
    }

    QList<QList<Cell>> summary;
    auto summaryRow = [](const QString& label, const std::array<int, verdicts>& counts, bool bold) {
        QList<Cell> row{Cell(label)};
        int sum = 0;
        for (int count : counts) {
            row << Cell(QLocale().toString(count));
            sum += count;
        }
        row << Cell(QLocale().toString(sum));
        for (Cell& cell : row)
            cell.bold = bold;
        return row;
    };
    for (const auto& [type, counts] : byType)
        summary << summaryRow(type, counts, false);
    summary << summaryRow(tr("All mailboxes"), total, true);
    if (total[0] > 0)
        summary.last()[1].foreground = failureColor();
    m_builder.heading(2, tr("Mailboxes by type and SMTP AUTH state"));
    m_builder.table({tr("Mailbox type"), tr("Password accepted (on)"), tr("OAuth only (Basic blocked)"),
                     tr("SMTP AUTH off"), tr("Unknown"), tr("Total")},
                    summary, {24, 16, 18, 16, 12, 14});

    if (!blockers.empty()) {
        QList<QList<Cell>> rows;
        for (const auto& [code, count] : blockers)
            rows.append({Cell(blockerText(code)), Cell(code), Cell(QLocale().toString(count))});
        m_builder.heading(2, tr("What blocks Basic authentication (%Ln mailbox(es) OAuth only)", nullptr, total[1]));
        m_builder.paragraph(tr("A mailbox can have more than one blocker, so the counts can add up to more than the "
                               "number of mailboxes."),
                            mutedColor(), 0.85);
        m_builder.table({tr("Blocker"), tr("Reason code"), tr("Mailboxes")}, rows, {55, 30, 15});
    }

    m_builder.heading(2, tr("Mailboxes where SMTP AUTH is effectively on (%1)").arg(QLocale().toString(listed.size())));
    if (listed.isEmpty())
        m_builder.paragraph(tr("No mailbox accepts a password over SMTP AUTH."), successColor());
    else
        m_builder.table({tr("User principal name"), tr("Display name"), tr("Type"), tr("Setting"), tr("Verdict"),
                         tr("Reasons"), tr("MFA"), tr("SMTP sign-ins")},
                        listed, {24, 14, 7, 8, 9, 19, 5, 14});
}

} // namespace smtpaudit::ui::report
