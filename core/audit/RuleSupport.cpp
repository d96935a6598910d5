#include "audit/RuleSupport.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::rulesupport {

Finding makeFinding(const QString& id, const QString& practice, Severity severity, FindingKind kind,
                    const QString& title, const QString& description)
{
    Finding finding;
    finding.id = id;
    finding.practiceId = practice;
    finding.severity = severity;
    finding.kind = kind;
    finding.title = title;
    finding.description = description;
    return finding;
}

Evidence evidenceFrom(const TenantSnapshot& snapshot, CollectorId collector, const QString& dataPoint)
{
    const DataSource source = snapshot.sourceOf(collector);
    return Evidence{dataPoint, source.query, source.fetchedAt};
}

std::optional<Finding> notCheckedIfMissing(const RuleInput& input, const QString& idStem, const QString& practice,
                                           const QList<CollectorId>& needed, const QString& what)
{
    QStringList problems;
    QList<Evidence> evidence;
    for (CollectorId id : needed) {
        const CollectorStatus status = input.snapshot.status(id);
        if (status.isComplete())
            continue;
        const QString name = collectorName(id);
        QString problem;
        if (status.state == CollectorStatus::State::Failed && status.error) {
            const Error& error = *status.error;
            problem = Rules::tr("%1 failed (%2): %3").arg(name, error.categoryName(), error.message);
            if (!error.subject.isEmpty())
                problem += u" ["_s + error.subject + u']';
        } else {
            problem = Rules::tr("%1 was not run").arg(name);
        }
        problems << problem;
        evidence << evidenceFrom(input.snapshot, id, problem);
    }
    if (problems.isEmpty())
        return std::nullopt;
    Finding finding =
        makeFinding(idStem + u"-not-checked"_s, practice, Severity::Info, FindingKind::NotChecked,
                    Rules::tr("Could not be checked: %1").arg(what),
                    Rules::tr("The audit is partial: %1. This check was skipped rather than reported as passed.")
                        .arg(problems.join(u"; "_s)));
    finding.evidence = evidence;
    return finding;
}

QList<const MailboxAssessment*> mailboxesWith(const RuleInput& input, SmtpAuthVerdict verdict)
{
    QList<const MailboxAssessment*> rows;
    for (const MailboxAssessment& row : input.mailboxes)
        if (row.smtpAuth.verdict == verdict)
            rows << &row;
    return rows;
}

QStringList upnsOf(const QList<const MailboxAssessment*>& rows)
{
    QStringList upns;
    upns.reserve(rows.size());
    for (const MailboxAssessment* row : rows)
        upns << row->userPrincipalName;
    return upns;
}

void addCappedEvidence(Finding& finding, const TenantSnapshot& snapshot, CollectorId collector,
                       const QStringList& dataPoints)
{
    for (qsizetype i = 0; i < dataPoints.size() && i < maxEvidenceEntries; ++i)
        finding.evidence << evidenceFrom(snapshot, collector, dataPoints.at(i));
    if (dataPoints.size() > maxEvidenceEntries)
        finding.evidence << evidenceFrom(
            snapshot, collector, Rules::tr("… and %n more", nullptr, int(dataPoints.size() - maxEvidenceEntries)));
}

QString isoDate(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().date().toString(Qt::ISODate) : Rules::tr("unknown");
}

} // namespace smtpaudit::rulesupport
