#pragma once

// Helpers shared by the rule files (not part of the public API).

#include "audit/Rules.h"

#include <functional>
#include <optional>

namespace smtpaudit::rulesupport {

inline constexpr qsizetype maxEvidenceEntries = 25;

Finding makeFinding(const QString& id, const QString& practice, Severity severity, FindingKind kind,
                    const QString& title, const QString& description);

Evidence evidenceFrom(const TenantSnapshot& snapshot, CollectorId collector, const QString& dataPoint);

// When any of `needed` did not complete: a NotChecked finding "<idStem>-not-checked" that names the
// collectors and their errors. `what` says what could not be checked (translated).
std::optional<Finding> notCheckedIfMissing(const RuleInput& input, const QString& idStem, const QString& practice,
                                           const QList<CollectorId>& needed, const QString& what);

// Mailboxes whose verdict matches.
QList<const MailboxAssessment*> mailboxesWith(const RuleInput& input, SmtpAuthVerdict verdict);
QStringList upnsOf(const QList<const MailboxAssessment*>& rows);

// Appends per-object evidence, at most maxEvidenceEntries, then one line saying how many more there are.
void addCappedEvidence(Finding& finding, const TenantSnapshot& snapshot, CollectorId collector,
                       const QStringList& dataPoints);

QString isoDate(const QDateTime& dateTime); // "2026-11-26", or "unknown"

} // namespace smtpaudit::rulesupport
