// BP03, BP04, BP10: each fires, does not fire, and reports "not checked" on missing data.
#include "RuleTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

const QString alice = u"alice@contoso.com"_s; // SMTP enabled
const QString bob = u"bob@contoso.com"_s;     // SMTP blocked by an authentication policy

TenantSnapshot tenant()
{
    TenantSnapshot s = completeSnapshot();
    addUser(s, alice);
    addUser(s, bob);
    AuthenticationPolicy block;
    block.name = u"Block Basic"_s;
    s.authenticationPolicies << block;
    mailboxOf(s, bob).authenticationPolicy = block.name;
    return s;
}

Application app(const QString& name, AppCredential::Kind kind, const QDateTime& end)
{
    Application a;
    a.id = u"obj-"_s + name;
    a.appId = u"app-"_s + name;
    a.displayName = name;
    AppCredential c;
    c.kind = kind;
    c.displayName = name + u" credential"_s;
    c.keyId = u"key-"_s + name;
    c.startDateTime = end.addYears(-1);
    c.endDateTime = end;
    a.credentials << c;
    return a;
}

} // namespace

class TestRulesIdentity : public QObject
{
    Q_OBJECT

private slots:
    void bp03PasswordPolicies()
    {
        TenantSnapshot s = tenant();
        userOf(s, alice).passwordPolicies = u"DisablePasswordExpiration, DisableStrongPassword"_s;
        userOf(s, bob).passwordPolicies = u"DisableStrongPassword"_s;
        const QList<Finding> findings = runRule(&Rules::bp03StrongPasswords, s);
        const Finding* weak = findingById(findings, u"BP03-smtp-disable-strong-password"_s);
        QVERIFY(weak);
        QCOMPARE(weak->severity, Severity::High);
        QCOMPARE(weak->affectedObjects, QStringList{alice});
        QCOMPARE(weak->remediation,
                 QStringList{u"Update-MgUser -UserId 'alice@contoso.com' -PasswordPolicies 'None'"_s});
        const Finding* never = findingById(findings, u"BP03-smtp-password-never-expires"_s);
        QVERIFY(never);
        QCOMPARE(never->affectedObjects, QStringList{alice});
        // Bob cannot use a password over SMTP: only the low-severity general finding.
        const Finding* other = findingById(findings, u"BP03-relaxed-password-policies"_s);
        QVERIFY(other);
        QCOMPARE(other->severity, Severity::Low);
        QCOMPARE(other->affectedObjects, QStringList{bob});

        userOf(s, alice).passwordPolicies = u"None"_s;
        userOf(s, bob).passwordPolicies.clear();
        QVERIFY(runRule(&Rules::bp03StrongPasswords, s).isEmpty());
    }

    void bp03StalePasswords()
    {
        TenantSnapshot s = tenant();
        userOf(s, alice).lastPasswordChangeDateTime = testNow().addDays(-100);
        userOf(s, bob).lastPasswordChangeDateTime = testNow().addDays(-400); // blocked: not an SMTP password
        const Finding* stale = findingById(runRule(&Rules::bp03StrongPasswords, s), u"BP03-stale-smtp-password"_s);
        QVERIFY(stale);
        QCOMPARE(stale->affectedObjects, QStringList{alice});
        QVERIFY(stale->title.contains(u"90 days"_s));
        QVERIFY(evidenceText(*stale).contains(u"2026-08-18"_s));
        QVERIFY(stale->remediation.first().contains(u"Read-Host"_s)); // the report never carries a password

        userOf(s, alice).lastPasswordChangeDateTime = testNow().addDays(-80);
        QVERIFY(!findingById(runRule(&Rules::bp03StrongPasswords, s), u"BP03-stale-smtp-password"_s));
        s.rotationPeriodDays = 60;
        QVERIFY(findingById(runRule(&Rules::bp03StrongPasswords, s), u"BP03-stale-smtp-password"_s));
    }

    void bp03AppCredentials()
    {
        TenantSnapshot s = tenant();
        s.applications << app(u"Expired"_s, AppCredential::Kind::Secret, testNow().addDays(-3))
                       << app(u"Soon"_s, AppCredential::Kind::Certificate, testNow().addDays(10))
                       << app(u"Later"_s, AppCredential::Kind::Secret, testNow().addDays(40));
        const QList<Finding> findings = runRule(&Rules::bp03StrongPasswords, s);
        const Finding* expired = findingById(findings, u"BP03-app-credential-expired"_s);
        QVERIFY(expired);
        QCOMPARE(expired->affectedObjects, QStringList{u"app-Expired"_s});
        QCOMPARE(expired->remediation,
                 QStringList{u"Remove-MgApplicationPassword -ApplicationId 'obj-Expired' -KeyId 'key-Expired'"_s});
        const Finding* expiring = findingById(findings, u"BP03-app-credential-expiring"_s);
        QVERIFY(expiring);
        QCOMPARE(expiring->affectedObjects, QStringList{u"app-Soon"_s});
        QVERIFY(evidenceText(*expiring).contains(u"certificate 'Soon credential' (key-Soon)"_s));
        QCOMPARE(findingIds(findings).filter(u"app-credential"_s).size(), 2); // "Later" is fine

        failCollector(s, CollectorId::Applications);
        const QList<Finding> partial = runRule(&Rules::bp03StrongPasswords, s);
        QVERIFY(findingById(partial, u"BP03-app-credentials-not-checked"_s));
        QVERIFY(!findingById(partial, u"BP03-app-credential-expired"_s));
    }

    void bp03OwnCredential()
    {
        TenantSnapshot s = tenant();
        s.ownCredential = {OwnCredential::Kind::ClientSecret, u"our-app"_s, u"smtpaudit secret"_s,
                           testNow().addDays(5)};
        const Finding* f = findingById(runRule(&Rules::bp03StrongPasswords, s), u"BP03-own-credential-expiring"_s);
        QVERIFY(f);
        QVERIFY(f->title.contains(u"5 day(s)"_s));
        s.ownCredential.expiresAt = testNow().addDays(-1);
        QVERIFY(findingById(runRule(&Rules::bp03StrongPasswords, s), u"BP03-own-credential-expired"_s));
        s.ownCredential.kind = OwnCredential::Kind::Delegated;
        QVERIFY(runRule(&Rules::bp03StrongPasswords, s).isEmpty());
    }

    void bp03NotCheckedWithoutUsers()
    {
        TenantSnapshot s = tenant();
        failCollector(s, CollectorId::Users, Error::Category::PermissionMissing, u"User.Read.All"_s);
        const QList<Finding> findings = runRule(&Rules::bp03StrongPasswords, s);
        const Finding* f = findingById(findings, u"BP03-password-policies-not-checked"_s);
        QVERIFY(f);
        QCOMPARE(f->kind, FindingKind::NotChecked);
        QVERIFY(f->description.contains(u"User.Read.All"_s));
    }

    void bp04SmtpWithoutMfa()
    {
        TenantSnapshot s = tenant();
        QList<Finding> findings = runRule(&Rules::bp04TwoFactor, s);
        QCOMPARE(findingIds(findings), QStringList{u"BP04-smtp-without-mfa"_s});
        QCOMPARE(findings.first().affectedObjects, QStringList{alice}); // bob is blocked
        registrationOf(s, alice).isMfaRegistered = true;
        QVERIFY(runRule(&Rules::bp04TwoFactor, s).isEmpty());

        failCollector(s, CollectorId::UserRegistrationDetails, Error::Category::LicenceMissing);
        findings = runRule(&Rules::bp04TwoFactor, s);
        QCOMPARE(findingIds(findings), QStringList{u"BP04-smtp-without-mfa-not-checked"_s});
    }

    void bp10Admins()
    {
        TenantSnapshot s = tenant();
        s.organization.securityDefaultsEnabled = true; // keep the enforcement finding out of this test
        registrationOf(s, alice).isAdmin = true;
        addUser(s, u"ex-admin@contoso.com"_s);
        userOf(s, u"ex-admin@contoso.com"_s).accountEnabled = false;
        registrationOf(s, u"ex-admin@contoso.com"_s).isAdmin = true;
        QList<Finding> findings = runRule(&Rules::bp10MfaForCriticalAccounts, s);
        QCOMPARE(findingIds(findings), QStringList{u"BP10-admin-without-mfa"_s});
        QCOMPARE(findings.first().severity, Severity::Critical);
        QCOMPARE(findings.first().affectedObjects, QStringList{alice}); // the disabled admin cannot sign in
        QVERIFY(findings.first().remediation.first().contains(u"62e90394-69f5-4237-9190-012177145e10"_s));

        registrationOf(s, alice).isMfaRegistered = true;
        QVERIFY(runRule(&Rules::bp10MfaForCriticalAccounts, s).isEmpty());
    }

    void bp10Enforcement()
    {
        TenantSnapshot s = tenant();
        QList<Finding> findings = runRule(&Rules::bp10MfaForCriticalAccounts, s);
        const Finding* none = findingById(findings, u"BP10-no-mfa-enforcement"_s);
        QVERIFY(none);
        QVERIFY(none->remediation.first().startsWith(u"Update-MgPolicyIdentitySecurityDefaultEnforcementPolicy"_s));

        ConditionalAccessPolicy mfa = legacyBlockPolicy(u"ca-mfa"_s, u"Require MFA"_s);
        mfa.clientAppTypes = {u"all"_s};
        mfa.builtInControls = {u"mfa"_s};
        mfa.state = u"enabledForReportingButNotEnforced"_s;
        s.conditionalAccessPolicies << mfa;
        QVERIFY2(findingById(runRule(&Rules::bp10MfaForCriticalAccounts, s), u"BP10-no-mfa-enforcement"_s),
                 "a report-only policy enforces nothing");
        s.conditionalAccessPolicies.first().state = u"enabled"_s;
        QVERIFY(!findingById(runRule(&Rules::bp10MfaForCriticalAccounts, s), u"BP10-no-mfa-enforcement"_s));

        s.conditionalAccessPolicies.clear();
        failCollector(s, CollectorId::SecurityDefaults);
        QVERIFY(findingById(runRule(&Rules::bp10MfaForCriticalAccounts, s), u"BP10-mfa-enforcement-not-checked"_s));
    }
};

QTEST_GUILESS_MAIN(TestRulesIdentity)
#include "TestRulesIdentity.moc"
