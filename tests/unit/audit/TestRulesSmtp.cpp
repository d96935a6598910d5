// BP01, BP02, BP09, BP16: each fires, does not fire, and reports "not checked" on missing data.
#include "RuleTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

const QString alice = u"alice@contoso.com"_s; // enabled, idle
const QString bob = u"bob@contoso.com"_s;     // enabled, sends
const QString carol = u"carol@contoso.com"_s; // blocked (account disabled), idle
const QString dave = u"dave@contoso.com"_s;   // disabled at the mailbox, device still trying

TenantSnapshot tenant()
{
    TenantSnapshot s = completeSnapshot();
    addUser(s, alice);
    addUser(s, bob, false);
    addUser(s, carol);
    userOf(s, carol).accountEnabled = false;
    addUser(s, dave, true);
    s.signIns.perUser << smtpUsage(bob, 12, 1, {u"203.0.113.5"_s}) << smtpUsage(dave, 0, 7, {u"198.51.100.9"_s});
    return s;
}

} // namespace

class TestRulesSmtp : public QObject
{
    Q_OBJECT

private slots:
    void bp01Inventory()
    {
        const QList<Finding> findings = runRule(&Rules::bp01Inventory, tenant());
        QCOMPARE(findingIds(findings), QStringList{u"BP01-smtp-auth-inventory"_s});
        const Finding& f = findings.first();
        QCOMPARE(f.kind, FindingKind::Informational);
        QCOMPARE(f.affectedObjects, (QStringList{alice, bob, carol}));
        QVERIFY2(f.title.contains(u"2 enabled, 1 blocked, 1 disabled"_s), qPrintable(f.title));
        QVERIFY2(f.description.contains(u"1 of them authenticated over SMTP"_s), qPrintable(f.description));
        QVERIFY(!f.evidence.isEmpty());
        QCOMPARE(f.evidence.first().query, u"Get-TransportConfig"_s);
        QCOMPARE(f.evidence.first().fetchedAt, testNow().addSecs(-60));
    }

    void bp01ReportsUnknownVerdictsAndMissingMailboxes()
    {
        TenantSnapshot s = tenant();
        failCollector(s, CollectorId::ConditionalAccessPolicies);
        const QList<Finding> findings = runRule(&Rules::bp01Inventory, s);
        const Finding* unknown = findingById(findings, u"BP01-verdict-unknown"_s);
        QVERIFY(unknown);
        QCOMPARE(unknown->kind, FindingKind::NotChecked);
        QCOMPARE(unknown->affectedObjects, (QStringList{alice, bob}));
        QVERIFY(unknown->description.contains(u"ca-unknown"_s));

        TenantSnapshot noMailboxes = tenant();
        failCollector(noMailboxes, CollectorId::CasMailboxes, Error::Category::Throttled);
        const QList<Finding> notChecked = runRule(&Rules::bp01Inventory, noMailboxes);
        QCOMPARE(findingIds(notChecked), QStringList{u"BP01-inventory-not-checked"_s});
        QVERIFY(notChecked.first().description.contains(u"casMailboxes"_s));
        QVERIFY(notChecked.first().description.contains(u"throttled"_s));
    }

    void bp02OrgSetting()
    {
        TenantSnapshot s = tenant();
        const QList<Finding> findings = runRule(&Rules::bp02OnlyWhereNeeded, s);
        const Finding* org = findingById(findings, u"BP02-org-enabled"_s);
        QVERIFY(org);
        QCOMPARE(org->severity, Severity::Medium);
        QCOMPARE(org->remediation.last(), u"Set-TransportConfig -SmtpClientAuthenticationDisabled $true"_s);

        s.organization.smtpClientAuthenticationDisabled = true;
        QVERIFY(!findingById(runRule(&Rules::bp02OnlyWhereNeeded, s), u"BP02-org-enabled"_s));

        failCollector(s, CollectorId::TransportConfig);
        const QList<Finding> partial = runRule(&Rules::bp02OnlyWhereNeeded, s);
        QVERIFY(findingById(partial, u"BP02-org-setting-not-checked"_s));
        QVERIFY(!findingById(partial, u"BP02-org-enabled"_s));
    }

    void bp02OrgRemediationKeepsSendersWorking()
    {
        TenantSnapshot s = tenant();
        addUser(s, u"scanner@contoso.com"_s); // follows the org and sends
        s.signIns.perUser << smtpUsage(u"scanner@contoso.com"_s, 40, 0);
        const Finding* org = findingById(runRule(&Rules::bp02OnlyWhereNeeded, s), u"BP02-org-enabled"_s);
        QVERIFY(org);
        QCOMPARE(
            org->remediation,
            (QStringList{u"Set-CASMailbox -Identity 'scanner@contoso.com' -SmtpClientAuthenticationDisabled $false"_s,
                         u"Set-TransportConfig -SmtpClientAuthenticationDisabled $true"_s}));
    }

    void bp02ExceptionsIdleAndTrying()
    {
        const QList<Finding> findings = runRule(&Rules::bp02OnlyWhereNeeded, tenant());
        const Finding* exceptions = findingById(findings, u"BP02-mailbox-exceptions"_s);
        QVERIFY(exceptions);
        QCOMPARE(exceptions->affectedObjects, QStringList{bob});

        const Finding* idle = findingById(findings, u"BP02-enabled-idle"_s);
        QVERIFY(idle);
        QCOMPARE(idle->affectedObjects, (QStringList{alice, carol})); // bob sends, dave is disabled
        QCOMPARE(
            idle->remediation,
            (QStringList{u"Set-CASMailbox -Identity 'alice@contoso.com' -SmtpClientAuthenticationDisabled $true"_s,
                         u"Set-CASMailbox -Identity 'carol@contoso.com' -SmtpClientAuthenticationDisabled $true"_s}));

        const Finding* trying = findingById(findings, u"BP02-disabled-still-trying"_s);
        QVERIFY(trying);
        QCOMPARE(trying->affectedObjects, QStringList{dave});
        QVERIFY(evidenceText(*trying).contains(u"198.51.100.9"_s));
        QVERIFY(trying->remediation.first().startsWith(u"Get-MgAuditLogSignIn"_s));
    }

    void bp02UsageNeedsTheSignInLog()
    {
        TenantSnapshot s = tenant();
        failCollector(s, CollectorId::SignIns, Error::Category::LicenceMissing, u"Entra ID P1"_s);
        const QList<Finding> findings = runRule(&Rules::bp02OnlyWhereNeeded, s);
        QVERIFY(!findingById(findings, u"BP02-enabled-idle"_s));
        QVERIFY(!findingById(findings, u"BP02-disabled-still-trying"_s));
        const Finding* notChecked = findingById(findings, u"BP02-usage-not-checked"_s);
        QVERIFY(notChecked);
        QVERIFY(notChecked->description.contains(u"licence-missing"_s));
        QVERIFY(notChecked->description.contains(u"Entra ID P1"_s));
    }

    void bp02NothingToReport()
    {
        TenantSnapshot s = completeSnapshot();
        s.organization.smtpClientAuthenticationDisabled = true;
        addUser(s, alice);
        QVERIFY(runRule(&Rules::bp02OnlyWhereNeeded, s).isEmpty());
    }

    void bp09CountdownAndAffected()
    {
        const QList<Finding> findings = runRule(&Rules::bp09NoPlainTextAuth, tenant());
        const Finding* f = findingById(findings, u"BP09-basic-smtp-allowed"_s);
        QVERIFY(f);
        QCOMPARE(f->severity, Severity::High);
        QCOMPARE(f->affectedObjects, (QStringList{alice, bob}));
        QVERIFY2(f->description.contains(u"35 day(s) until Microsoft disables"_s), qPrintable(f->description));
        QVERIFY(evidenceText(*f).contains(u"35 day(s) until 2026-12-31"_s));
        // No default policy: the fix creates and assigns one.
        QVERIFY(f->remediation.contains(
            u"Set-OrganizationConfig -DefaultAuthenticationPolicy 'Block Basic Authentication'"_s));

        QCOMPARE(Rules::daysUntilBasicSmtpDefaultChange(testNow()), 35);
        QCOMPARE(Rules::daysUntilBasicSmtpDefaultChange(QDateTime(QDate(2026, 12, 31), QTime(23, 59), Qt::UTC)), 0);
        const QDateTime after(QDate(2027, 1, 10), QTime(8, 0), Qt::UTC);
        QCOMPARE(Rules::daysUntilBasicSmtpDefaultChange(after), -10);
        const Finding* late = findingById(runRule(&Rules::bp09NoPlainTextAuth, tenant(), after), f->id);
        QVERIFY(late && late->description.contains(u"passed 10 day(s) ago"_s));
    }

    void bp09PolicyAloneIsEnough()
    {
        TenantSnapshot s = completeSnapshot();
        s.organization.smtpClientAuthenticationDisabled = true;
        addUser(s, alice);
        AuthenticationPolicy allow;
        allow.name = u"Printers' policy"_s;
        allow.allowBasicAuthSmtp = true;
        s.authenticationPolicies << allow;
        const Finding* f = findingById(runRule(&Rules::bp09NoPlainTextAuth, s), u"BP09-basic-smtp-allowed"_s);
        QVERIFY(f);
        QCOMPARE(f->affectedObjects, QStringList{u"Printers' policy"_s});
        QCOMPARE(f->remediation.first(),
                 u"Set-AuthenticationPolicy -Identity 'Printers'' policy' -AllowBasicAuthSmtp:$false"_s);

        s.authenticationPolicies.first().allowBasicAuthSmtp = false;
        QVERIFY(runRule(&Rules::bp09NoPlainTextAuth, s).isEmpty());
    }

    void bp09NotCheckedWhenNothingFoundButDataMissing()
    {
        TenantSnapshot s = completeSnapshot();
        s.organization.smtpClientAuthenticationDisabled = true;
        addUser(s, alice);
        failCollector(s, CollectorId::AuthenticationPolicies);
        const QList<Finding> findings = runRule(&Rules::bp09NoPlainTextAuth, s);
        QCOMPARE(findingIds(findings), QStringList{u"BP09-basic-smtp-allowed-not-checked"_s});
        QVERIFY(evidenceText(findings.first()).contains(u"authenticationPolicies"_s));
    }

    void bp09AuthBeforeTls()
    {
        TenantSnapshot s = completeSnapshot();
        s.organization.smtpClientAuthenticationDisabled = true;
        SmtpTransportProbe probe;
        probe.host = u"smtp.office365.com"_s;
        probe.authOfferedBeforeTls = true;
        s.transportProbe = probe;
        QCOMPARE(findingIds(runRule(&Rules::bp09NoPlainTextAuth, s)), QStringList{u"BP09-auth-before-tls"_s});
        s.transportProbe->authOfferedBeforeTls = false;
        QVERIFY(runRule(&Rules::bp09NoPlainTextAuth, s).isEmpty());
    }

    void bp16BasicAuthInUse()
    {
        TenantSnapshot s = tenant();
        s.signIns.perUser[0].smtpBasicAuth = 10; // bob
        UserSignInUsage legacy = smtpUsage(u"Printer@Contoso.com"_s, 3, 0, {u"192.0.2.44"_s});
        legacy.smtpBasicAuth = 3;
        s.signIns.perUser << legacy;
        const QList<Finding> findings = runRule(&Rules::bp16StayingInformed, s);
        const Finding* f = findingById(findings, u"BP16-basic-auth-in-use"_s);
        QVERIFY(f);
        QCOMPARE(f->affectedObjects, (QStringList{bob, u"Printer@Contoso.com"_s}));
        QVERIFY(evidenceText(*f).contains(u"192.0.2.44"_s));
        QVERIFY(f->description.contains(u"35 day(s)"_s));
        QVERIFY(!findingById(findings, u"BP16-protocol-unknown"_s));
    }

    void bp16ProtocolUnknownOnlyWhereBasicWorks()
    {
        TenantSnapshot s = tenant();
        s.signIns.perUser << smtpUsage(carol, 4, 0); // blocked: must be OAuth, not reported
        const QList<Finding> findings = runRule(&Rules::bp16StayingInformed, s);
        const Finding* f = findingById(findings, u"BP16-protocol-unknown"_s);
        QVERIFY(f);
        QCOMPARE(f->affectedObjects, QStringList{bob});

        s.signIns.perUser[0].smtpOAuth = 13; // bob's sign-ins are all known OAuth
        QVERIFY(runRule(&Rules::bp16StayingInformed, s).isEmpty());

        failCollector(s, CollectorId::SignIns);
        QCOMPARE(findingIds(runRule(&Rules::bp16StayingInformed, s)),
                 QStringList{u"BP16-basic-auth-in-use-not-checked"_s});
    }
};

QTEST_GUILESS_MAIN(TestRulesSmtp)
#include "TestRulesSmtp.moc"
