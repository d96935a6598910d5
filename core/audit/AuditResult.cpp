#include "audit/AuditResult.h"

#include "audit/Rules.h"
#include "util/Logging.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

const Finding* AuditResult::finding(const QString& id) const
{
    for (const Finding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

const MailboxAssessment* AuditResult::mailbox(const QString& userPrincipalName) const
{
    const QString key = SnapshotIndex::key(userPrincipalName);
    for (const MailboxAssessment& row : mailboxes)
        if (SnapshotIndex::key(row.userPrincipalName) == key)
            return &row;
    return nullptr;
}

bool AuditResult::hasIssueAtOrAbove(Severity severity) const
{
    for (const Finding& f : findings)
        if (f.kind == FindingKind::Issue && f.severity >= severity)
            return true;
    return false;
}

AuditResult AuditEngine::evaluate(TenantSnapshot snapshot, const Clock& clock, const AuditResult* previous)
{
    AuditResult result;
    result.snapshot = std::move(snapshot);
    result.generatedAt = clock.currentDateTimeUtc();
    result.complete = !result.snapshot.isPartial();
    const EffectiveSmtpAuthResolver resolver(result.snapshot);
    result.mailboxes = resolver.assessAll();

    const RuleInput input{result.snapshot, resolver.index(), result.mailboxes, result.generatedAt};
    result.findings = Rules::evaluateAll(input);
    result.credentials = rotationItems(result.snapshot, result.mailboxes, result.generatedAt, &resolver.index());

    // BP11 looks at the history, so it runs after the diff of everything else against the previous audit.
    std::optional<PreviousAuditFacts> facts;
    if (previous) {
        sortFindings(result.findings);
        result.sincePrevious = diffAudits(*previous, result);
        facts = PreviousAuditFacts{previous->generatedAt, *result.sincePrevious};
    }
    result.findings << Rules::bp11RegularAuditing(input, facts);
    sortFindings(result.findings);
    result.score = auditScore(result.findings);
    qCDebug(lcAudit) << "audit evaluated:" << result.mailboxes.size() << "mailboxes," << result.findings.size()
                     << "findings, score" << result.score << (result.complete ? "complete" : "partial");
    return result;
}

} // namespace smtpaudit
