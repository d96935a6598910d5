// The audit engine assesses a large tenant's mailboxes in chunks on the thread pool. The result must not
// depend on it: the same rows in the same order (ties of equal lower-case UPNs included), the same
// reasons and texts, the same findings, the same audit JSON as on one thread.
#include "audit/AuditJson.h"
#include "audit/AuditResult.h"

#include "TestSnapshots.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

// Enough mailboxes for several chunks, with every kind of reason, and pairs of mailboxes whose UPNs differ
// only in case (equal sort keys: their order must stay what the serial sort gives).
TenantSnapshot variedLargeTenant(int users)
{
    TenantSnapshot s = completeSnapshot();
    QRandomGenerator random(20261127);
    AuthenticationPolicy allow;
    allow.name = u"Allow"_s;
    allow.allowBasicAuthSmtp = true;
    AuthenticationPolicy block;
    block.name = u"Block"_s;
    s.authenticationPolicies << allow << block;
    s.organization.defaultAuthenticationPolicy = u"Allow"_s;
    ConditionalAccessPolicy ca = legacyBlockPolicy();
    ConditionalAccessPolicy groups = legacyBlockPolicy(u"ca-2"_s, u"Block legacy for a group"_s);
    groups.includeUsers.clear();
    groups.includeGroups = {u"group-1"_s};
    for (int i = 0; i < users; ++i) {
        const QString upn =
            (i % 97 == 0 ? u"Twin%1@contoso.com"_s : u"user%1@contoso.com"_s).arg(i % 97 == 0 ? i / 97 : i);
        const int protocol = random.bounded(4);
        addUser(s, upn,
                protocol == 0   ? std::optional<bool>(true)
                : protocol == 1 ? std::optional<bool>(false)
                                : std::nullopt);
        userOf(s, upn).accountEnabled = random.bounded(6) != 0;
        const int policy = random.bounded(4);
        mailboxOf(s, upn).authenticationPolicy = policy == 0 ? u"Block"_s : policy == 1 ? u"Missing"_s : QString();
        const int scope = random.bounded(3);
        if (scope > 0)
            ca.excludeUsers << userIdFor(upn);
        if (scope > 1)
            groups.excludeUsers << userIdFor(upn);
        s.perUserMfa << PerUserMfa{userIdFor(upn), upn, PerUserMfaState(random.bounded(3))};
        if (random.bounded(4) == 0)
            s.signIns.perUser << smtpUsage(upn, random.bounded(20), random.bounded(5),
                                           {u"203.0.113.%1"_s.arg(i % 200)});
        if (i % 97 == 0) // the twin: same UPN but for the case, a mailbox of its own
            addUser(s, upn.toLower(), std::optional<bool>(false));
    }
    s.conditionalAccessPolicies << ca << groups;
    return s;
}

QByteArray rowText(const MailboxAssessment& row)
{
    QByteArray text = QJsonDocument(AuditJson::mailboxToJson(row)).toJson(QJsonDocument::Compact);
    text += row.userId.toUtf8() + '|' + row.authenticationPolicy.toUtf8();
    for (const SmtpAuthReason& reason : row.smtpAuth.reasons)
        text += '|' + reason.detail.toUtf8();
    return text;
}

} // namespace

class TestParallelEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void chunksGiveTheSerialRows()
    {
        const TenantSnapshot s = variedLargeTenant(5000);
        QVERIFY(s.mailboxes.size() > 2 * EffectiveSmtpAuthResolver::parallelThreshold);
        const EffectiveSmtpAuthResolver resolver(s);
        const QList<MailboxAssessment> serial = resolver.assessAll(1);
        QCOMPARE(serial.size(), s.mailboxes.size());
        QSet<QString> verdicts;
        for (const MailboxAssessment& row : serial)
            verdicts.insert(verdictName(row.smtpAuth.verdict));
        QCOMPARE(verdicts.size(), 4); // the tenant exercises every verdict
        for (const int chunks : {2, 3, 8}) {
            const QList<MailboxAssessment> parallel = resolver.assessAll(chunks);
            QCOMPARE(parallel.size(), serial.size());
            for (qsizetype i = 0; i < serial.size(); ++i)
                QCOMPARE(rowText(parallel.at(i)), rowText(serial.at(i)));
        }
    }

    void indexBuiltSideBySideFindsWhatOneThreadWould()
    {
        TenantSnapshot s = variedLargeTenant(8000);
        // A repeated id: the serial build kept the last entry, so must the parallel one.
        DirectoryUser again = s.users.at(10);
        again.displayName = u"Second entry"_s;
        s.users << again;
        QVERIFY(s.users.size() + s.registrations.size() + s.perUserMfa.size() >= SnapshotIndex::parallelThreshold);
        const SnapshotIndex index(s);
        QHash<QString, const DirectoryUser*> byId, byUpn;
        for (const DirectoryUser& user : s.users) {
            byId.insert(user.id.toLower(), &user);
            byUpn.insert(user.userPrincipalName.toLower(), &user);
        }
        for (const DirectoryUser& user : s.users) {
            QCOMPARE(index.userById(user.id.toUpper()), byId.value(user.id.toLower()));
            QCOMPARE(index.userByUpn(user.userPrincipalName), byUpn.value(user.userPrincipalName.toLower()));
        }
        QCOMPARE(index.userById(again.id)->displayName, u"Second entry"_s);
        QHash<QString, const UserRegistration*> registrations;
        for (const UserRegistration& registration : s.registrations)
            registrations.insert(registration.userId.toLower(), &registration);
        for (const UserRegistration& registration : s.registrations)
            QCOMPARE(index.registrationFor(registration.userId, {}),
                     registrations.value(registration.userId.toLower()));
        for (const PerUserMfa& mfa : s.perUserMfa) {
            QCOMPARE(index.perUserMfaFor(mfa.userId, {}), &mfa);
            QCOMPARE(index.perUserMfaFor({}, mfa.userPrincipalName.toUpper()), &mfa);
        }
        QVERIFY(!s.signIns.perUser.isEmpty());
        for (const UserSignInUsage& usage : s.signIns.perUser)
            QCOMPARE(index.signInUsage(usage.userPrincipalName), &usage);
        QCOMPARE(index.authenticationPolicy(u"block"_s)->name, u"Block"_s);
        QCOMPARE(index.userById(u"no-such-id"_s), nullptr);
    }

    void auditJsonDoesNotDependOnThePool()
    {
        const TenantSnapshot s = variedLargeTenant(3000);
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        const QByteArray serial = AuditJson::serialize(AuditEngine::evaluate(s, FixedClock(testNow())));
        pool->setMaxThreadCount(4);
        const QByteArray parallel = AuditJson::serialize(AuditEngine::evaluate(s, FixedClock(testNow())));
        pool->setMaxThreadCount(threads);
        QCOMPARE(parallel, serial);
    }
};

QTEST_GUILESS_MAIN(TestParallelEvaluation)
#include "TestParallelEvaluation.moc"
