#pragma once

#include "audit/AuditDiff.h"
#include "audit/Clock.h"
#include "audit/CredentialRotation.h"
#include "audit/EffectiveSmtpAuth.h"
#include "audit/Finding.h"
#include "audit/TenantSnapshot.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace smtpaudit {

// An evaluated audit: the snapshot with everything derived from it. What views, exports and the history
// consume.
//
// An audit read back from JSON (AuditJson::parse) has every derived part (mailboxes, findings,
// credentials, score) and, of the snapshot, what the JSON carries: organisation, collector statuses,
// authentication policies, the sign-in window and tenant-wide aggregates, the settings. The raw
// directory lists (users, CA policies, applications, per-user sign-in usage) are not stored.
struct AuditResult
{
    TenantSnapshot snapshot;
    QDateTime generatedAt;
    QList<MailboxAssessment> mailboxes;     // sorted by lower-case UPN
    QList<Finding> findings;                // sortFindings() order
    QList<RotationItem> credentials;        // by due date
    int score = 100;                        // auditScore(findings)
    bool complete = false;                  // !snapshot.isPartial()
    std::optional<AuditDiff> sincePrevious; // set by AuditEngine when a previous audit was given; not saved

    QString tenantId() const { return snapshot.organization.tenantId; }
    const Finding* finding(const QString& id) const;
    const MailboxAssessment* mailbox(const QString& userPrincipalName) const; // case-insensitive
    // Issues (not informational, guidance or not-checked findings) at or above `severity`: --fail-on.
    bool hasIssueAtOrAbove(Severity severity) const;
};

class AuditEngine
{
public:
    // Resolves every mailbox, runs the rules, lists rotation items and scores. `previous` is the last
    // saved audit of the same tenant, if any: it feeds BP11 and `sincePrevious`.
    static AuditResult evaluate(TenantSnapshot snapshot, const Clock& clock, const AuditResult* previous = nullptr);
};

} // namespace smtpaudit
