#include "audit/EffectiveSmtpAuth.h"

#include "TestSnapshots.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

const QString alice = u"alice@contoso.com"_s;
const QString bob = u"bob@contoso.com"_s;

EffectiveSmtpAuth resolveFor(const TenantSnapshot& s, const QString& upn)
{
    EffectiveSmtpAuthResolver resolver(s);
    for (const Mailbox& mailbox : s.mailboxes)
        if (mailbox.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return resolver.resolve(mailbox);
    qFatal("no mailbox");
}

AuthenticationPolicy authPolicy(const QString& name, bool allowSmtp)
{
    AuthenticationPolicy policy;
    policy.name = name;
    policy.id = u"guid-"_s + name;
    policy.allowBasicAuthSmtp = allowSmtp;
    return policy;
}

} // namespace

// Every branch of /work/spec-effective-smtp-auth.md, plus the unknown-input extension.
class TestEffectiveSmtpAuth : public QObject
{
    Q_OBJECT

private slots:
    void protocolStep_data()
    {
        QTest::addColumn<std::optional<bool>>("mailbox");
        QTest::addColumn<std::optional<bool>>("org");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("mailbox disabled, org enabled") << std::optional<bool>(true) << std::optional<bool>(false)
                                                       << u"disabled"_s << QStringList{u"mailbox-disabled"_s};
        QTest::newRow("mailbox disabled, org disabled") << std::optional<bool>(true) << std::optional<bool>(true)
                                                        << u"disabled"_s << QStringList{u"mailbox-disabled"_s};
        QTest::newRow("mailbox enabled overrides org disabled")
            << std::optional<bool>(false) << std::optional<bool>(true) << u"enabled"_s
            << QStringList{u"mailbox-enabled"_s};
        QTest::newRow("mailbox null, org disabled")
            << std::optional<bool>() << std::optional<bool>(true) << u"disabled"_s << QStringList{u"org-disabled"_s};
        QTest::newRow("mailbox null, org enabled")
            << std::optional<bool>() << std::optional<bool>(false) << u"enabled"_s << QStringList{u"org-enabled"_s};
    }
    void protocolStep()
    {
        QFETCH(std::optional<bool>, mailbox);
        QFETCH(std::optional<bool>, org);
        QFETCH(QString, verdict);
        QFETCH(QStringList, reasons);
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice, mailbox);
        s.organization.smtpClientAuthenticationDisabled = org;
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(verdictName(result.verdict), verdict);
        QCOMPARE(result.reasonCodes(), reasons);
        QVERIFY(!result.reasons.first().detail.isEmpty());
    }

    void protocolOffEndsTheChainEvenWithBlockers()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice, true);
        userOf(s, alice).accountEnabled = false;
        s.organization.securityDefaultsEnabled = true;
        s.conditionalAccessPolicies << legacyBlockPolicy();
        s.perUserMfa << PerUserMfa{userIdFor(alice), alice, PerUserMfaState::Enforced};
        QCOMPARE(resolveFor(s, alice).reasonCodes(), QStringList{u"mailbox-disabled"_s});

        mailboxOf(s, alice).smtpClientAuthenticationDisabled.reset();
        s.organization.smtpClientAuthenticationDisabled = true;
        const EffectiveSmtpAuth org = resolveFor(s, alice);
        QCOMPARE(org.verdict, SmtpAuthVerdict::Disabled);
        QCOMPARE(org.reasonCodes(), QStringList{u"org-disabled"_s});
    }

    void accountDisabledBlocks()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        userOf(s, alice).accountEnabled = false;
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(result.reasonCodes(), (QStringList{u"org-enabled"_s, u"account-disabled"_s}));
    }

    void perUserPolicyWinsOverOrgDefault()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        addUser(s, bob);
        s.authenticationPolicies << authPolicy(u"Block Basic SMTP"_s, false) << authPolicy(u"Allow SMTP"_s, true);
        s.organization.defaultAuthenticationPolicy = u"Allow SMTP"_s;
        mailboxOf(s, alice).authenticationPolicy = u"Block Basic SMTP"_s;

        const EffectiveSmtpAuth a = resolveFor(s, alice);
        QCOMPARE(a.verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(a.reasonCodes(), (QStringList{u"org-enabled"_s, u"auth-policy-blocks-basic"_s}));
        QVERIFY(a.reasons.at(1).detail.contains(u"Block Basic SMTP"_s));

        // Bob has no per-user policy: the org default (allowing) applies and is reported as information.
        const EffectiveSmtpAuth b = resolveFor(s, bob);
        QCOMPARE(b.verdict, SmtpAuthVerdict::Enabled);
        QCOMPARE(b.reasonCodes(), (QStringList{u"org-enabled"_s, u"auth-policy-allows-basic"_s}));
        QVERIFY(b.reasons.at(1).detail.contains(u"Allow SMTP"_s));
    }

    void perUserAllowingPolicyWinsOverBlockingDefault()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        addUser(s, bob);
        s.authenticationPolicies << authPolicy(u"Block Basic SMTP"_s, false) << authPolicy(u"Allow SMTP"_s, true);
        s.organization.defaultAuthenticationPolicy = u"Block Basic SMTP"_s;
        mailboxOf(s, alice).authenticationPolicy = u"allow smtp"_s; // names compare case-insensitively

        QCOMPARE(resolveFor(s, alice).verdict, SmtpAuthVerdict::Enabled);
        QCOMPARE(resolveFor(s, alice).reasonCodes(), (QStringList{u"org-enabled"_s, u"auth-policy-allows-basic"_s}));
        const EffectiveSmtpAuth b = resolveFor(s, bob);
        QCOMPARE(b.verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(b.reasonCodes(), (QStringList{u"org-enabled"_s, u"auth-policy-blocks-basic"_s}));
    }

    void noPolicyAnywhereMeansNoPolicyReason()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        s.authenticationPolicies << authPolicy(u"Unused"_s, false);
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Enabled);
        QCOMPARE(result.reasonCodes(), QStringList{u"org-enabled"_s});
    }

    void securityDefaultsBlock()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice, false);
        s.organization.securityDefaultsEnabled = true;
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(result.reasonCodes(), (QStringList{u"mailbox-enabled"_s, u"security-defaults"_s}));
    }

    void conditionalAccess_data()
    {
        QTest::addColumn<ConditionalAccessPolicy>("policy");
        QTest::addColumn<QStringList>("aliceReasons");
        QTest::addColumn<QStringList>("bobReasons");
        const QStringList on{u"org-enabled"_s};
        const QStringList blocked{u"org-enabled"_s, u"ca-blocks-legacy"_s};
        const QStringList excluded{u"org-enabled"_s, u"ca-excluded"_s};

        QTest::newRow("enabled, all users") << legacyBlockPolicy() << blocked << blocked;
        ConditionalAccessPolicy p = legacyBlockPolicy();
        p.state = u"enabledForReportingButNotEnforced"_s;
        QTest::newRow("report-only is ignored") << p << on << on;
        p.excludeUsers = {userIdFor(alice)};
        QTest::newRow("report-only exclusion is not reported either") << p << on << on;
        p = legacyBlockPolicy();
        p.state = u"disabled"_s;
        QTest::newRow("disabled is ignored") << p << on << on;
        p = legacyBlockPolicy();
        p.excludeUsers = {userIdFor(alice)};
        QTest::newRow("alice excluded") << p << excluded << blocked;
        p = legacyBlockPolicy();
        p.includeUsers = {userIdFor(bob)};
        QTest::newRow("specific user only") << p << on << blocked;
        p.includeUsers = {u"None"_s};
        QTest::newRow("None includes nobody") << p << on << on;
        p = legacyBlockPolicy();
        p.clientAppTypes = {u"all"_s};
        QTest::newRow("clientAppTypes all") << p << blocked << blocked;
        p.clientAppTypes = {u"exchangeActiveSync"_s};
        QTest::newRow("EAS alone is not enough") << p << on << on;
        p.clientAppTypes = {u"browser"_s, u"mobileAppsAndDesktopClients"_s};
        QTest::newRow("modern clients only") << p << on << on;
        p = legacyBlockPolicy();
        p.builtInControls = {u"mfa"_s};
        QTest::newRow("grant mfa is not a block") << p << on << on;
        p = legacyBlockPolicy();
        p.includeApplications = {u"Office365"_s};
        QTest::newRow("Office365 app group") << p << blocked << blocked;
        p.includeApplications = {u"00000002-0000-0ff1-ce00-000000000000"_s};
        QTest::newRow("Exchange Online app id") << p << blocked << blocked;
        p.includeApplications = {u"00000003-0000-0ff1-ce00-000000000000"_s};
        QTest::newRow("SharePoint only") << p << on << on;
        p = legacyBlockPolicy();
        p.excludeApplications = {u"Office365"_s};
        QTest::newRow("Exchange excluded from the apps") << p << on << on;
        p = legacyBlockPolicy();
        p.includeUsers = {userIdFor(alice), userIdFor(bob)};
        p.excludeUsers = {userIdFor(alice)};
        QTest::newRow("included and excluded: exclusion wins") << p << excluded << blocked;
    }
    void conditionalAccess()
    {
        QFETCH(ConditionalAccessPolicy, policy);
        QFETCH(QStringList, aliceReasons);
        QFETCH(QStringList, bobReasons);
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        addUser(s, bob);
        s.conditionalAccessPolicies << policy;
        const EffectiveSmtpAuth a = resolveFor(s, alice);
        const EffectiveSmtpAuth b = resolveFor(s, bob);
        QCOMPARE(a.reasonCodes(), aliceReasons);
        QCOMPARE(b.reasonCodes(), bobReasons);
        QCOMPARE(a.verdict,
                 aliceReasons.contains(u"ca-blocks-legacy"_s) ? SmtpAuthVerdict::Blocked : SmtpAuthVerdict::Enabled);
        if (const SmtpAuthReason* r = a.reason(SmtpAuthReasonCode::CaExcluded))
            QVERIFY(r->detail.contains(policy.displayName) && r->detail.contains(policy.id));
        if (const SmtpAuthReason* r = b.reason(SmtpAuthReasonCode::CaBlocksLegacy))
            QVERIFY(r->detail.contains(policy.displayName) && r->detail.contains(policy.id));
    }

    void blockingAndExcludingPoliciesBothReported()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        ConditionalAccessPolicy excluding = legacyBlockPolicy(u"ca-2"_s, u"Block legacy, break glass out"_s);
        excluding.excludeUsers = {userIdFor(alice)};
        s.conditionalAccessPolicies << legacyBlockPolicy() << excluding;
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(result.reasonCodes(), (QStringList{u"org-enabled"_s, u"ca-blocks-legacy"_s, u"ca-excluded"_s}));
    }

    void perUserMfa_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("disabled") << int(PerUserMfaState::Disabled) << u"enabled"_s;
        QTest::newRow("enabled still allows legacy auth") << int(PerUserMfaState::Enabled) << u"enabled"_s;
        QTest::newRow("enforced blocks") << int(PerUserMfaState::Enforced) << u"blocked"_s;
    }
    void perUserMfa()
    {
        QFETCH(int, state);
        QFETCH(QString, verdict);
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        s.perUserMfa << PerUserMfa{userIdFor(alice), alice, PerUserMfaState(state)};
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(verdictName(result.verdict), verdict);
        QCOMPARE(result.hasReason(SmtpAuthReasonCode::PerUserMfaEnforced), verdict == u"blocked"_s);
    }

    void allReasonsInSpecOrder()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice, false);
        userOf(s, alice).accountEnabled = false;
        s.authenticationPolicies << authPolicy(u"Block"_s, false);
        mailboxOf(s, alice).authenticationPolicy = u"Block"_s;
        s.organization.securityDefaultsEnabled = true;
        ConditionalAccessPolicy excluding = legacyBlockPolicy(u"ca-0"_s, u"Excluding"_s);
        excluding.excludeUsers = {userIdFor(alice)};
        // The excluding policy comes first in the list: the order of reasons must not depend on it.
        s.conditionalAccessPolicies << excluding << legacyBlockPolicy();
        s.perUserMfa << PerUserMfa{userIdFor(alice), alice, PerUserMfaState::Enforced};
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(
            result.reasonCodes(),
            (QStringList{u"mailbox-enabled"_s, u"account-disabled"_s, u"auth-policy-blocks-basic"_s,
                         u"security-defaults"_s, u"ca-blocks-legacy"_s, u"per-user-mfa-enforced"_s, u"ca-excluded"_s}));
    }

    void informationalReasonsInSpecOrder()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        s.authenticationPolicies << authPolicy(u"Allow"_s, true);
        s.organization.defaultAuthenticationPolicy = u"Allow"_s;
        ConditionalAccessPolicy excluding = legacyBlockPolicy();
        excluding.excludeUsers = {userIdFor(alice)};
        s.conditionalAccessPolicies << excluding;
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Enabled);
        QCOMPARE(result.reasonCodes(),
                 (QStringList{u"org-enabled"_s, u"ca-excluded"_s, u"auth-policy-allows-basic"_s}));
    }

    void upnMatchingIsCaseInsensitive()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        Mailbox& mailbox = mailboxOf(s, alice);
        mailbox.userPrincipalName = u"Alice@Contoso.COM"_s;
        mailbox.externalDirectoryObjectId.clear(); // force the UPN path
        userOf(s, alice).accountEnabled = false;
        s.perUserMfa << PerUserMfa{QString(), u"ALICE@contoso.com"_s, PerUserMfaState::Enforced};
        s.signIns.perUser << smtpUsage(u"aLiCe@CONTOSO.com"_s, 3, 1);
        registrationOf(s, alice).userId.clear();
        registrationOf(s, alice).userPrincipalName = u"ALICE@CONTOSO.COM"_s;
        registrationOf(s, alice).isMfaRegistered = true;

        EffectiveSmtpAuthResolver resolver(s);
        const MailboxAssessment row = resolver.assess(s.mailboxes.first());
        QCOMPARE(row.smtpAuth.reasonCodes(),
                 (QStringList{u"org-enabled"_s, u"account-disabled"_s, u"per-user-mfa-enforced"_s}));
        QCOMPARE(row.accountEnabled, std::optional<bool>(false));
        QCOMPARE(row.mfaRegistered, std::optional<bool>(true));
        QVERIFY(row.smtpSignIns.has_value());
        QCOMPARE(row.smtpSignIns->smtpSuccess, 3);
        QCOMPARE(row.smtpSignIns->smtpFailure, 1);
    }

    void unknownInputs_data()
    {
        QTest::addColumn<int>("collector");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("users") << int(CollectorId::Users) << QStringList{u"org-enabled"_s, u"account-unknown"_s};
        QTest::newRow("Get-User") << int(CollectorId::ExchangeUserPolicies)
                                  << QStringList{u"org-enabled"_s, u"auth-policy-unknown"_s};
        QTest::newRow("org config") << int(CollectorId::OrganizationConfig)
                                    << QStringList{u"org-enabled"_s, u"auth-policy-unknown"_s};
        QTest::newRow("security defaults")
            << int(CollectorId::SecurityDefaults) << QStringList{u"org-enabled"_s, u"security-defaults-unknown"_s};
        QTest::newRow("CA policies") << int(CollectorId::ConditionalAccessPolicies)
                                     << QStringList{u"org-enabled"_s, u"ca-unknown"_s};
        QTest::newRow("per-user MFA") << int(CollectorId::PerUserMfa)
                                      << QStringList{u"org-enabled"_s, u"per-user-mfa-unknown"_s};
        QTest::newRow("transport config") << int(CollectorId::TransportConfig) << QStringList{u"org-unknown"_s};
    }
    void unknownInputs()
    {
        QFETCH(int, collector);
        QFETCH(QStringList, reasons);
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        failCollector(s, CollectorId(collector));
        if (CollectorId(collector) == CollectorId::TransportConfig)
            s.organization.smtpClientAuthenticationDisabled.reset();
        // Not treated as absent: the verdict says it does not know.
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Unknown);
        QCOMPARE(result.reasonCodes(), reasons);
        QVERIFY(result.hasUnknownInput());
    }

    void knownBlockerDecidesDespiteUnknowns()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        failCollector(s, CollectorId::ConditionalAccessPolicies);
        s.organization.securityDefaultsEnabled = true;
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(result.reasonCodes(), (QStringList{u"org-enabled"_s, u"security-defaults"_s, u"ca-unknown"_s}));
    }

    void explicitMailboxValueNeedsNoTransportConfig()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice, false);
        addUser(s, bob, true);
        failCollector(s, CollectorId::TransportConfig);
        QCOMPARE(resolveFor(s, alice).verdict, SmtpAuthVerdict::Enabled);
        QCOMPARE(resolveFor(s, bob).verdict, SmtpAuthVerdict::Disabled);
    }

    void protocolUnknownStaysUnknownEvenWhenBlocked()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        failCollector(s, CollectorId::TransportConfig);
        s.organization.securityDefaultsEnabled = true;
        const EffectiveSmtpAuth result = resolveFor(s, alice);
        // Disabled or blocked: either way not "enabled", but the audit must not guess which.
        QCOMPARE(result.verdict, SmtpAuthVerdict::Unknown);
        QCOMPARE(result.reasonCodes(), (QStringList{u"org-unknown"_s, u"security-defaults"_s}));
    }

    void missingPolicyAndMissingUserAreUnknown()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        mailboxOf(s, alice).authenticationPolicy = u"Deleted policy"_s;
        EffectiveSmtpAuth result = resolveFor(s, alice);
        QCOMPARE(result.verdict, SmtpAuthVerdict::Unknown);
        QVERIFY(result.reason(SmtpAuthReasonCode::AuthPolicyUnknown)->detail.contains(u"Deleted policy"_s));

        TenantSnapshot orphan = completeSnapshot();
        addUser(orphan, bob);
        orphan.users.clear();
        result = resolveFor(orphan, bob);
        QCOMPARE(result.reasonCodes(), (QStringList{u"org-enabled"_s, u"account-unknown"_s}));
        QCOMPARE(result.verdict, SmtpAuthVerdict::Unknown);
    }

    void groupScopedPolicies()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        addUser(s, bob);
        ConditionalAccessPolicy policy = legacyBlockPolicy();
        policy.includeUsers.clear();
        policy.includeGroups = {u"group-smtp"_s};
        s.conditionalAccessPolicies << policy;
        // Without memberships the policy's reach is unresolved: say so.
        QCOMPARE(resolveFor(s, alice).reasonCodes(), (QStringList{u"org-enabled"_s, u"ca-unknown"_s}));
        QCOMPARE(resolveFor(s, alice).verdict, SmtpAuthVerdict::Unknown);

        s.setStatus(CollectorId::DirectoryMemberships, CollectorStatus::complete({}, testNow()));
        userOf(s, alice).memberOfGroupIds = {u"GROUP-SMTP"_s};
        QCOMPARE(resolveFor(s, alice).verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(resolveFor(s, bob).reasonCodes(), QStringList{u"org-enabled"_s});

        // All users, break-glass group excluded.
        s.conditionalAccessPolicies = {legacyBlockPolicy()};
        s.conditionalAccessPolicies[0].excludeGroups = {u"group-breakglass"_s};
        userOf(s, bob).memberOfGroupIds = {u"group-breakglass"_s};
        QCOMPARE(resolveFor(s, alice).verdict, SmtpAuthVerdict::Blocked);
        QCOMPARE(resolveFor(s, bob).reasonCodes(), (QStringList{u"org-enabled"_s, u"ca-excluded"_s}));
        s.setStatus(CollectorId::DirectoryMemberships, CollectorStatus{});
        QCOMPARE(resolveFor(s, bob).reasonCodes(), (QStringList{u"org-enabled"_s, u"ca-unknown"_s}));
    }

    void assessmentFields()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, alice);
        registrationOf(s, alice).isMfaRegistered = true;
        registrationOf(s, alice).isAdmin = true;
        registrationOf(s, alice).methodsRegistered = {u"microsoftAuthenticatorPush"_s};
        s.registrations.removeIf([](const UserRegistration& r) { return r.userPrincipalName == bob; });
        addUser(s, bob);
        s.registrations.removeLast(); // bob: no registration record
        s.signIns.perUser << smtpUsage(alice, 5, 0, {u"198.51.100.7"_s});

        EffectiveSmtpAuthResolver resolver(s);
        const QList<MailboxAssessment> rows = resolver.assessAll();
        QCOMPARE(rows.size(), 2);
        const MailboxAssessment& a = rows.at(0);
        QCOMPARE(a.userPrincipalName, alice);
        QCOMPARE(a.mfaRegistered, std::optional<bool>(true));
        QCOMPARE(a.isAdmin, std::optional<bool>(true));
        QCOMPARE(a.methodsRegistered, QStringList{u"microsoftAuthenticatorPush"_s});
        QCOMPARE(a.perUserMfaState, std::optional<PerUserMfaState>(PerUserMfaState::Disabled));
        QCOMPARE(a.smtpSignIns->smtpSourceIps, QStringList{u"198.51.100.7"_s});
        const MailboxAssessment& b = rows.at(1);
        // Read but absent: the spec's defaults. Zero usage, not null, when the log was read.
        QCOMPARE(b.mfaRegistered, std::optional<bool>(false));
        QCOMPARE(b.isAdmin, std::optional<bool>(false));
        QVERIFY(b.smtpSignIns.has_value());
        QCOMPARE(b.smtpSignIns->smtpTotal(), 0);

        failCollector(s, CollectorId::UserRegistrationDetails, Error::Category::LicenceMissing);
        failCollector(s, CollectorId::SignIns, Error::Category::LicenceMissing);
        failCollector(s, CollectorId::PerUserMfa);
        EffectiveSmtpAuthResolver partial(s);
        const MailboxAssessment p = partial.assessAll().first();
        QVERIFY(!p.mfaRegistered.has_value());
        QVERIFY(!p.isAdmin.has_value());
        QVERIFY(!p.perUserMfaState.has_value());
        QVERIFY2(!p.smtpSignIns.has_value(), "sign-in log unavailable: smtpSignIns must be null");
    }

    void assessAllSortsByLowerCaseUpn()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, u"Zed@contoso.com"_s);
        addUser(s, u"bob@contoso.com"_s);
        addUser(s, u"Anna@contoso.com"_s);
        QStringList order;
        for (const MailboxAssessment& row : EffectiveSmtpAuthResolver(s).assessAll())
            order << row.userPrincipalName;
        QCOMPARE(order, (QStringList{u"Anna@contoso.com"_s, u"bob@contoso.com"_s, u"Zed@contoso.com"_s}));
    }

    // Invariants over many random complete tenants: no unknowns, one protocol reason first, codes in the
    // spec's order, verdict consistent with the reasons.
    void randomCompleteTenantsObeyTheSpec()
    {
        QRandomGenerator rng(20261126);
        for (int round = 0; round < 40; ++round) {
            TenantSnapshot s = completeSnapshot();
            s.organization.smtpClientAuthenticationDisabled = rng.bounded(2) == 0;
            s.organization.securityDefaultsEnabled = rng.bounded(4) == 0;
            s.authenticationPolicies << authPolicy(u"Allow"_s, true) << authPolicy(u"Block"_s, false);
            const int defaultPolicy = rng.bounded(3);
            s.organization.defaultAuthenticationPolicy = defaultPolicy == 0   ? QString()
                                                         : defaultPolicy == 1 ? u"Allow"_s
                                                                              : u"Block"_s;
            ConditionalAccessPolicy ca = legacyBlockPolicy();
            ca.state = rng.bounded(2) ? u"enabled"_s : u"enabledForReportingButNotEnforced"_s;
            for (int i = 0; i < 25; ++i) {
                const QString upn = u"user%1@contoso.com"_s.arg(i);
                const int mailboxValue = rng.bounded(3);
                addUser(s, upn, mailboxValue == 0 ? std::nullopt : std::optional<bool>(mailboxValue == 1));
                userOf(s, upn).accountEnabled = rng.bounded(5) != 0;
                const int policy = rng.bounded(3);
                mailboxOf(s, upn).authenticationPolicy = policy == 0   ? QString()
                                                         : policy == 1 ? u"Allow"_s
                                                                       : u"Block"_s;
                if (rng.bounded(4) == 0)
                    ca.excludeUsers << userIdFor(upn);
                s.perUserMfa << PerUserMfa{userIdFor(upn), upn, PerUserMfaState(rng.bounded(3))};
            }
            s.conditionalAccessPolicies << ca;

            for (const MailboxAssessment& row : EffectiveSmtpAuthResolver(s).assessAll()) {
                const EffectiveSmtpAuth& r = row.smtpAuth;
                QVERIFY(r.verdict != SmtpAuthVerdict::Unknown);
                QVERIFY(!r.hasUnknownInput());
                QVERIFY(!r.reasons.isEmpty());
                const SmtpAuthReasonCode first = r.reasons.first().code;
                QVERIFY(first <= SmtpAuthReasonCode::OrgEnabled);
                const bool protocolOff =
                    first == SmtpAuthReasonCode::MailboxDisabled || first == SmtpAuthReasonCode::OrgDisabled;
                QCOMPARE(r.verdict == SmtpAuthVerdict::Disabled, protocolOff);
                if (protocolOff)
                    QCOMPARE(r.reasons.size(), 1);
                bool anyBlocker = false;
                for (qsizetype i = 1; i < r.reasons.size(); ++i) {
                    QVERIFY(r.reasons.at(i).code > r.reasons.at(i - 1).code);
                    QVERIFY(r.reasons.at(i).code > SmtpAuthReasonCode::OrgUnknown);
                    anyBlocker = anyBlocker || isBlockingReason(r.reasons.at(i).code);
                }
                if (!protocolOff)
                    QCOMPARE(r.verdict == SmtpAuthVerdict::Blocked, anyBlocker);
            }
        }
    }

    void namesRoundTrip()
    {
        for (int i = 0; i <= int(SmtpAuthReasonCode::AuthPolicyAllowsBasic); ++i) {
            const auto code = SmtpAuthReasonCode(i);
            QCOMPARE(reasonCodeFromName(reasonCodeName(code)), std::optional<SmtpAuthReasonCode>(code));
            QCOMPARE(isUnknownReason(code), reasonCodeName(code).endsWith(u"-unknown"_s));
        }
        for (auto v :
             {SmtpAuthVerdict::Enabled, SmtpAuthVerdict::Disabled, SmtpAuthVerdict::Blocked, SmtpAuthVerdict::Unknown})
            QCOMPARE(verdictFromName(verdictName(v)), std::optional<SmtpAuthVerdict>(v));
        QVERIFY(!reasonCodeFromName(u"nonsense").has_value());
    }
};

QTEST_GUILESS_MAIN(TestEffectiveSmtpAuth)
#include "TestEffectiveSmtpAuth.moc"
