#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

enum class Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
};

QString severityName(Severity severity); // "info" | "low" | "medium" | "high" | "critical"
std::optional<Severity> severityFromName(QStringView name);
QString severityDisplayName(Severity severity); // translated

enum class FindingKind
{
    Issue,         // something to fix
    Informational, // inventory or context; nothing is wrong by itself
    NotChecked,    // the data the rule needs is missing (partial audit): could not be checked
    Guidance,      // the practice is not measurable from the tenant: what to do instead
};

QString findingKindName(FindingKind kind); // "issue" | "informational" | "not-checked" | "guidance"
std::optional<FindingKind> findingKindFromName(QStringView name);

// The data point behind a finding, the query it came from and when.
struct Evidence
{
    QString dataPoint;
    QString query;
    QDateTime fetchedAt;
};

struct Finding
{
    QString id;         // stable: "BP02-enabled-idle"; the same condition keeps its id across audits
    QString practiceId; // "BP01".."BP16"
    Severity severity = Severity::Info;
    FindingKind kind = FindingKind::Issue;
    QString title;               // translated
    QString description;         // translated
    QStringList affectedObjects; // UPNs, app ids, policy ids, IP addresses
    QList<Evidence> evidence;
    QStringList remediation; // Exchange Online / Microsoft Graph PowerShell, one command per line
};

// Score 0-100 from the findings:
//   100 - sum of weights, floored at 0, where an Issue weighs by severity
//   (critical 25, high 12, medium 6, low 2, info 0), a NotChecked finding weighs 2 whatever its severity
//   (a control that could not be verified cannot be credited, but must not weigh like a proven problem),
//   and Informational and Guidance findings weigh 0.
// One finding stands for one condition however many objects it affects, so the score measures how many
// kinds of problem a tenant has, not its size.
int severityWeight(Severity severity);
int findingWeight(const Finding& finding);
int auditScore(const QList<Finding>& findings);

// Highest severity first, then practice, then id: the order reports and the JSON use.
void sortFindings(QList<Finding>& findings);

} // namespace smtpaudit
