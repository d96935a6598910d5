// The engine end to end over hand-made snapshots: clock, score, completeness, partial audits, history.
#include "audit/AuditResult.h"

#include "RuleTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

TenantSnapshot tenant()
{
    TenantSnapshot s = completeSnapshot();
    addUser(s, u"alice@contoso.com"_s);
    addUser(s, u"bob@contoso.com"_s, true);
    registrationOf(s, u"alice@contoso.com"_s).isMfaRegistered = true;
    s.organization.securityDefaultsEnabled = false;
    s.signIns.perUser << smtpUsage(u"alice@contoso.com"_s, 5, 0, {u"203.0.113.1"_s});
    return s;
}

} // namespace

class TestAuditEngine : public QObject
{
    Q_OBJECT

private slots:
    void countdownFollowsTheInjectedClock()
    {
        FixedClock clock(testNow());
        AuditResult result = AuditEngine::evaluate(tenant(), clock);
        QCOMPARE(result.generatedAt, testNow());
        const Finding* basic = result.finding(u"BP09-basic-smtp-allowed"_s);
        QVERIFY(basic);
        QVERIFY(evidenceText(*basic).contains(u"35 day(s) until 2026-12-31"_s));

        clock.advanceDays(30);
        result = AuditEngine::evaluate(tenant(), clock);
        QVERIFY(evidenceText(*result.finding(u"BP09-basic-smtp-allowed"_s)).contains(u"5 day(s) until 2026-12-31"_s));
    }

    void scoreFormula()
    {
        QList<Finding> findings;
        auto add = [&](Severity severity, FindingKind kind) {
            Finding f;
            f.severity = severity;
            f.kind = kind;
            findings << f;
        };
        QCOMPARE(auditScore(findings), 100);
        add(Severity::Critical, FindingKind::Issue);     // 25
        add(Severity::High, FindingKind::Issue);         // 12
        add(Severity::Medium, FindingKind::Issue);       // 6
        add(Severity::Low, FindingKind::Issue);          // 2
        add(Severity::Info, FindingKind::Issue);         // 0
        add(Severity::High, FindingKind::NotChecked);    // 2
        add(Severity::High, FindingKind::Informational); // 0
        add(Severity::High, FindingKind::Guidance);      // 0
        QCOMPARE(auditScore(findings), 100 - 25 - 12 - 6 - 2 - 2);
        for (int i = 0; i < 5; ++i)
            add(Severity::Critical, FindingKind::Issue);
        QCOMPARE(auditScore(findings), 0); // floored

        const AuditResult result = AuditEngine::evaluate(tenant(), FixedClock(testNow()));
        QCOMPARE(result.score, auditScore(result.findings));
        QVERIFY(result.score < 100);
    }

    void findingsSortedAndAssembled()
    {
        const AuditResult result = AuditEngine::evaluate(tenant(), FixedClock(testNow()));
        QVERIFY(result.complete);
        QCOMPARE(result.mailboxes.size(), 2);
        for (qsizetype i = 1; i < result.findings.size(); ++i)
            QVERIFY(result.findings.at(i - 1).severity >= result.findings.at(i).severity);
        QSet<QString> practices;
        for (const Finding& f : result.findings) {
            practices.insert(f.practiceId);
            QVERIFY2(!f.title.isEmpty() && !f.description.isEmpty(), qPrintable(f.id));
            QVERIFY2(f.id.startsWith(f.practiceId + u'-'), qPrintable(f.id));
        }
        // Every practice says something: a finding, guidance, or "could not be checked".
        for (int i = 1; i <= 16; ++i) {
            const QString practice = u"BP%1"_s.arg(i, 2, 10, QChar(u'0'));
            // Nothing wrong with passwords or credentials, MFA registered for the only enabled account:
            // those rules have nothing to say, which is what "does not fire" means.
            if (practice == u"BP03"_s || practice == u"BP04"_s)
                continue;
            QVERIFY2(practices.contains(practice), qPrintable(practice));
        }
        QVERIFY(result.finding(u"BP11-first-audit"_s));
        QVERIFY(result.hasIssueAtOrAbove(Severity::High));
        QVERIFY(!result.hasIssueAtOrAbove(Severity::Critical));
    }

    void everythingFailedStillReportsEveryRule()
    {
        TenantSnapshot s = tenant();
        for (CollectorId id : allCollectors())
            failCollector(s, id, Error::Category::Network);
        s.organization.smtpClientAuthenticationDisabled.reset();
        s.organization.securityDefaultsEnabled.reset();
        s.mailboxes.clear();
        const AuditResult result = AuditEngine::evaluate(s, FixedClock(testNow()));
        QVERIFY(!result.complete);
        QVERIFY(result.mailboxes.isEmpty());
        for (const QString& id :
             {u"BP01-inventory-not-checked"_s, u"BP02-org-setting-not-checked"_s,
              u"BP02-mailbox-settings-not-checked"_s, u"BP03-password-policies-not-checked"_s,
              u"BP03-app-credentials-not-checked"_s, u"BP04-smtp-without-mfa-not-checked"_s, u"BP05-tls-not-tested"_s,
              u"BP06-monitoring-not-checked"_s, u"BP08-sending-ranges-not-declared"_s,
              u"BP08-ip-restriction-not-checked"_s, u"BP09-basic-smtp-allowed-not-checked"_s,
              u"BP10-admin-without-mfa-not-checked"_s, u"BP10-mfa-enforcement-not-checked"_s,
              u"BP15-source-ips-not-checked"_s, u"BP16-basic-auth-in-use-not-checked"_s}) {
            const Finding* f = result.finding(id);
            QVERIFY2(f, qPrintable(id));
            QCOMPARE(f->kind, FindingKind::NotChecked);
        }
        for (const Finding& f : result.findings)
            QVERIFY2(f.kind != FindingKind::Issue, qPrintable(f.id)); // nothing invented from missing data
    }

    void partialAuditIsMarked()
    {
        TenantSnapshot s = tenant();
        failCollector(s, CollectorId::SignIns, Error::Category::LicenceMissing, u"Entra ID P1"_s);
        QVERIFY(s.isPartial());
        QCOMPARE(s.incompleteCollectors(), QList<CollectorId>{CollectorId::SignIns});
        const AuditResult result = AuditEngine::evaluate(s, FixedClock(testNow()));
        QVERIFY(!result.complete);
        QVERIFY(result.finding(u"BP06-signin-log-unavailable"_s));
        for (const MailboxAssessment& row : result.mailboxes)
            QVERIFY(!row.smtpSignIns.has_value());

        // The optional membership collector does not make an audit partial.
        TenantSnapshot full = tenant();
        QVERIFY(!full.isPartial());
        QCOMPARE(full.status(CollectorId::DirectoryMemberships).state, CollectorStatus::State::NotRun);
    }

    void historyFeedsBp11AndTheDiff()
    {
        FixedClock clock(testNow().addDays(-45));
        const AuditResult first = AuditEngine::evaluate(tenant(), clock);
        clock.set(testNow());
        TenantSnapshot later = tenant();
        mailboxOf(later, u"bob@contoso.com"_s).smtpClientAuthenticationDisabled = false;
        addUser(later, u"carol@contoso.com"_s, true);
        const AuditResult second = AuditEngine::evaluate(later, clock, &first);
        QVERIFY(second.sincePrevious.has_value());
        QCOMPARE(second.sincePrevious->verdictChanges.size(), 1);
        QCOMPARE(second.sincePrevious->verdictChanges.first().userPrincipalName, u"bob@contoso.com"_s);
        QCOMPARE(second.sincePrevious->mailboxesAdded, QStringList{u"carol@contoso.com"_s});
        QVERIFY(second.finding(u"BP11-audit-overdue"_s));
        const Finding* changes = second.finding(u"BP11-changes-since-last-audit"_s);
        QVERIFY(changes);
        QVERIFY(changes->affectedObjects.contains(u"bob@contoso.com"_s));
        QVERIFY(!second.finding(u"BP11-first-audit"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuditEngine)
#include "TestAuditEngine.moc"
