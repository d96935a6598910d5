#include "audit/Finding.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Low:
        return u"low"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::High:
        return u"high"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return u"info"_s;
}

std::optional<Severity> severityFromName(QStringView name)
{
    for (auto s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Info");
    case Severity::Low:
        return QCoreApplication::translate("Severity", "Low");
    case Severity::Medium:
        return QCoreApplication::translate("Severity", "Medium");
    case Severity::High:
        return QCoreApplication::translate("Severity", "High");
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    }
    return {};
}

QString findingKindName(FindingKind kind)
{
    switch (kind) {
    case FindingKind::Issue:
        return u"issue"_s;
    case FindingKind::Informational:
        return u"informational"_s;
    case FindingKind::NotChecked:
        return u"not-checked"_s;
    case FindingKind::Guidance:
        return u"guidance"_s;
    }
    return u"issue"_s;
}

std::optional<FindingKind> findingKindFromName(QStringView name)
{
    for (auto k : {FindingKind::Issue, FindingKind::Informational, FindingKind::NotChecked, FindingKind::Guidance})
        if (name == findingKindName(k))
            return k;
    return std::nullopt;
}

int severityWeight(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return 0;
    case Severity::Low:
        return 2;
    case Severity::Medium:
        return 6;
    case Severity::High:
        return 12;
    case Severity::Critical:
        return 25;
    }
    return 0;
}

int findingWeight(const Finding& finding)
{
    switch (finding.kind) {
    case FindingKind::Issue:
        return severityWeight(finding.severity);
    case FindingKind::NotChecked:
        return 2;
    case FindingKind::Informational:
    case FindingKind::Guidance:
        return 0;
    }
    return 0;
}

int auditScore(const QList<Finding>& findings)
{
    int deduction = 0;
    for (const Finding& finding : findings)
        deduction += findingWeight(finding);
    return std::max(0, 100 - deduction);
}

void sortFindings(QList<Finding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.practiceId != b.practiceId)
            return a.practiceId < b.practiceId;
        return a.id < b.id;
    });
}

} // namespace smtpaudit
