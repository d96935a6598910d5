#pragma once

#include "audit/EffectiveSmtpAuth.h"
#include "audit/Finding.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace smtpaudit {

struct AuditResult;

struct VerdictChange
{
    QString userPrincipalName;
    SmtpAuthVerdict from = SmtpAuthVerdict::Unknown;
    SmtpAuthVerdict to = SmtpAuthVerdict::Unknown;
};

struct FindingChange
{
    QString id;
    QStringList addedObjects;
    QStringList removedObjects;
};

// What changed between two audits of the same tenant. BP11's own findings are left out (they describe
// the history itself). A finding that disappeared while the newer audit could not check its practice is
// "unverified", not "resolved": a partial audit must not look like progress.
struct AuditDiff
{
    QDateTime olderGeneratedAt;
    QDateTime newerGeneratedAt;
    QList<Finding> newFindings;
    QList<Finding> resolvedFindings;
    QList<Finding> unverifiedFindings;
    QList<FindingChange> changedFindings; // same id, different affected objects
    QList<VerdictChange> verdictChanges;  // sorted by UPN
    QStringList mailboxesAdded;
    QStringList mailboxesRemoved;

    bool isEmpty() const
    {
        return newFindings.isEmpty() && resolvedFindings.isEmpty() && unverifiedFindings.isEmpty() &&
               changedFindings.isEmpty() && verdictChanges.isEmpty() && mailboxesAdded.isEmpty() &&
               mailboxesRemoved.isEmpty();
    }
};

AuditDiff diffAudits(const AuditResult& older, const AuditResult& newer);

} // namespace smtpaudit
