#include "audit/AuditDiff.h"

#include "audit/AuditResult.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

bool isHistoryFinding(const Finding& finding)
{
    return finding.practiceId == u"BP11"_s;
}

QHash<QString, const Finding*> byId(const QList<Finding>& findings)
{
    QHash<QString, const Finding*> map;
    for (const Finding& f : findings)
        if (!isHistoryFinding(f))
            map.insert(f.id, &f);
    return map;
}

QStringList minus(const QStringList& a, const QStringList& b)
{
    const QSet<QString> remove(b.cbegin(), b.cend());
    QStringList out;
    for (const QString& item : a)
        if (!remove.contains(item))
            out << item;
    return out;
}

} // namespace

AuditDiff diffAudits(const AuditResult& older, const AuditResult& newer)
{
    AuditDiff diff;
    diff.olderGeneratedAt = older.generatedAt;
    diff.newerGeneratedAt = newer.generatedAt;

    const auto oldFindings = byId(older.findings);
    const auto newFindings = byId(newer.findings);
    QSet<QString> practicesNotChecked;
    for (const Finding& f : newer.findings)
        if (f.kind == FindingKind::NotChecked)
            practicesNotChecked.insert(f.practiceId);

    for (const Finding& f : newer.findings) {
        if (isHistoryFinding(f))
            continue;
        const Finding* before = oldFindings.value(f.id);
        if (!before) {
            diff.newFindings << f;
            continue;
        }
        FindingChange change{f.id, minus(f.affectedObjects, before->affectedObjects),
                             minus(before->affectedObjects, f.affectedObjects)};
        if (!change.addedObjects.isEmpty() || !change.removedObjects.isEmpty())
            diff.changedFindings << change;
    }
    for (const Finding& f : older.findings) {
        if (isHistoryFinding(f) || newFindings.contains(f.id))
            continue;
        if (f.kind != FindingKind::NotChecked && practicesNotChecked.contains(f.practiceId))
            diff.unverifiedFindings << f;
        else
            diff.resolvedFindings << f;
    }

    QHash<QString, const MailboxAssessment*> oldMailboxes;
    for (const MailboxAssessment& row : older.mailboxes)
        oldMailboxes.insert(SnapshotIndex::key(row.userPrincipalName), &row);
    QSet<QString> seen;
    for (const MailboxAssessment& row : newer.mailboxes) {
        const QString key = SnapshotIndex::key(row.userPrincipalName);
        seen.insert(key);
        const MailboxAssessment* before = oldMailboxes.value(key);
        if (!before)
            diff.mailboxesAdded << row.userPrincipalName;
        else if (before->smtpAuth.verdict != row.smtpAuth.verdict)
            diff.verdictChanges << VerdictChange{row.userPrincipalName, before->smtpAuth.verdict, row.smtpAuth.verdict};
    }
    for (const MailboxAssessment& row : older.mailboxes)
        if (!seen.contains(SnapshotIndex::key(row.userPrincipalName)))
            diff.mailboxesRemoved << row.userPrincipalName;

    auto byUpn = [](const QString& a, const QString& b) { return a.toLower() < b.toLower(); };
    std::sort(diff.mailboxesAdded.begin(), diff.mailboxesAdded.end(), byUpn);
    std::sort(diff.mailboxesRemoved.begin(), diff.mailboxesRemoved.end(), byUpn);
    std::sort(diff.verdictChanges.begin(), diff.verdictChanges.end(),
              [&](const VerdictChange& a, const VerdictChange& b) {
                  return byUpn(a.userPrincipalName, b.userPrincipalName);
              });
    return diff;
}

} // namespace smtpaudit
