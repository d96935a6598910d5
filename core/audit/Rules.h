#pragma once

#include "audit/AuditDiff.h"
#include "audit/EffectiveSmtpAuth.h"
#include "audit/Finding.h"
#include "audit/TenantSnapshot.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace smtpaudit {

// What every rule reads: the snapshot, the per-mailbox verdicts and "now" (from an injected Clock).
struct RuleInput
{
    const TenantSnapshot& snapshot;
    const SnapshotIndex& index; // over `snapshot`, built once
    const QList<MailboxAssessment>& mailboxes;
    QDateTime now;
};

// What BP11 needs from the history: when the previous saved audit was made and what changed since.
struct PreviousAuditFacts
{
    QDateTime generatedAt;
    AuditDiff diff;
};

// The sixteen practices of ../shared/reference/best-practices.md as pure functions snapshot -> findings.
// A rule whose data is missing (its collector failed or did not run) returns a NotChecked finding
// ("<id>-not-checked") instead of nothing; a practice that cannot be measured returns Guidance.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)

public:
    // Every rule; BP11 only when `previous` history facts are given or explicitly absent (first audit).
    static QList<Finding> evaluateAll(const RuleInput& input);

    static QList<Finding> bp01Inventory(const RuleInput& input);
    static QList<Finding> bp02OnlyWhereNeeded(const RuleInput& input);
    static QList<Finding> bp03StrongPasswords(const RuleInput& input);
    static QList<Finding> bp04TwoFactor(const RuleInput& input);
    static QList<Finding> bp05Tls(const RuleInput& input);
    static QList<Finding> bp06Monitoring(const RuleInput& input);
    static QList<Finding> bp07Patching(const RuleInput& input);
    static QList<Finding> bp08RestrictByIp(const RuleInput& input);
    static QList<Finding> bp09NoPlainTextAuth(const RuleInput& input);
    static QList<Finding> bp10MfaForCriticalAccounts(const RuleInput& input);
    // BP11 is evaluated after the diff against the previous audit (AuditEngine); nullopt = first audit.
    static QList<Finding> bp11RegularAuditing(const RuleInput& input,
                                              const std::optional<PreviousAuditFacts>& previous);
    static QList<Finding> bp12Training(const RuleInput& input);
    static QList<Finding> bp13IncidentResponse(const RuleInput& input);
    static QList<Finding> bp14Backup(const RuleInput& input);
    static QList<Finding> bp15DedicatedIps(const RuleInput& input);
    static QList<Finding> bp16StayingInformed(const RuleInput& input);

    // End of December 2026: Basic auth for SMTP AUTH disabled by default in existing tenants
    // (techcommunity, 27 Jan 2026; microsoft-apis.md section 6).
    static QDate basicSmtpDefaultChangeDate() { return QDate(2026, 12, 31); }
    // Whole calendar days from now's UTC date; negative once the date has passed.
    static qint64 daysUntilBasicSmtpDefaultChange(const QDateTime& now);

    static constexpr int expiryWarningDays = 30;   // app secrets, certificates, our own credential
    static constexpr int manySourceIps = 3;        // BP15: more distinct SMTP source addresses than this is odd
    static constexpr int auditOverdueDays = 30;    // BP11
    static constexpr int failureSpikeMinimum = 20; // BP06: failures in a day before a spike counts
};

} // namespace smtpaudit
