#pragma once

#include "audit/EffectiveSmtpAuth.h"
#include "audit/Rules.h"

#include "TestSnapshots.h"

#include <list>

namespace smtpaudit::test {

using RuleFunction = QList<Finding> (*)(const RuleInput&);

// Resolves the snapshot's mailboxes and runs one rule as of `now`.
inline QList<Finding> runRule(RuleFunction rule, const TenantSnapshot& s, const QDateTime& now = testNow())
{
    const EffectiveSmtpAuthResolver resolver(s);
    const QList<MailboxAssessment> rows = resolver.assessAll();
    return rule(RuleInput{s, resolver.index(), rows, now});
}

inline const Finding* findingById(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

// Tests look a finding up in the list a rule just returned: `findingById(runRule(...), id)`. That list is a
// temporary, so the pointer would dangle once the statement ends (and did: a test read freed memory and
// failed once allocations changed). Every such list is kept alive for the rest of the test process.
inline const Finding* findingById(QList<Finding>&& findings, const QString& id)
{
    static std::list<QList<Finding>> kept;
    kept.push_back(std::move(findings));
    return findingById(kept.back(), id);
}

inline QStringList findingIds(const QList<Finding>& findings)
{
    QStringList ids;
    for (const Finding& f : findings)
        ids << f.id;
    return ids;
}

inline QString evidenceText(const Finding& f)
{
    QStringList lines;
    for (const Evidence& e : f.evidence)
        lines << e.dataPoint + u" | "_s + e.query;
    return lines.join(u'\n');
}

} // namespace smtpaudit::test
