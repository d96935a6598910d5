#pragma once

// A small but varied evaluated audit for the JSON and history tests.

#include "audit/AuditResult.h"

#include "TestSnapshots.h"

namespace smtpaudit::test {

inline TenantSnapshot variedSnapshot()
{
    TenantSnapshot s = completeSnapshot();
    addUser(s, u"alice@contoso.com"_s);               // follows the org (enabled), sends with Basic
    addUser(s, u"Bob@Contoso.com"_s, true);           // disabled at the mailbox, device still trying
    addUser(s, u"printer@contoso.com"_s, false);      // explicitly enabled, blocked by a policy
    addUser(s, u"o'brien\u2019s room@contoso.com"_s); // hostile-looking name, idle
    mailboxOf(s, u"o'brien\u2019s room@contoso.com"_s).recipientTypeDetails = u"RoomMailbox"_s;
    userOf(s, u"o'brien\u2019s room@contoso.com"_s).accountEnabled = false;

    AuthenticationPolicy block;
    block.name = u"Block Basic"_s;
    block.id = u"9b6f8a8e-0000-4000-8000-000000000001"_s;
    AuthenticationPolicy allow;
    allow.name = u"Allow SMTP"_s;
    allow.allowBasicAuthSmtp = true;
    allow.otherBasicAuthAllowed = {u"Pop"_s};
    s.authenticationPolicies << block << allow;
    mailboxOf(s, u"printer@contoso.com"_s).authenticationPolicy = u"Block Basic"_s;
    s.organization.defaultAuthenticationPolicy = u"Allow SMTP"_s;

    ConditionalAccessPolicy ca = legacyBlockPolicy();
    ca.excludeUsers = {userIdFor(u"alice@contoso.com"_s), userIdFor(u"printer@contoso.com"_s)};
    s.conditionalAccessPolicies << ca;

    UserRegistration& alice = registrationOf(s, u"alice@contoso.com"_s);
    alice.isAdmin = true;
    alice.isMfaRegistered = true;
    alice.methodsRegistered = {u"microsoftAuthenticatorPush"_s, u"mobilePhone"_s};
    s.perUserMfa << PerUserMfa{userIdFor(u"Bob@Contoso.com"_s), {}, PerUserMfaState::Enabled};
    userOf(s, u"alice@contoso.com"_s).lastPasswordChangeDateTime = testNow().addDays(-120);

    UserSignInUsage a = smtpUsage(u"alice@contoso.com"_s, 40, 2, {u"2001:db8::7"_s, u"203.0.113.7"_s});
    a.smtpBasicAuth = 42;
    a.smtpCountries = {u"DE"_s};
    a.legacyClientApps = {u"IMAP4"_s};
    a.legacyOtherSignIns = 3;
    s.signIns.perUser << a << smtpUsage(u"bob@contoso.com"_s, 0, 9, {u"198.51.100.20"_s});
    s.signIns.tenant.eventsScanned = 123456;
    s.signIns.tenant.smtpSuccess = 40;
    s.signIns.tenant.smtpFailure = 11;
    s.signIns.tenant.smtpBasicAuth = 42;
    s.signIns.tenant.distinctSmtpUsers = 2;
    s.signIns.tenant.distinctSmtpSourceIps = 3;
    s.signIns.tenant.smtpPerDay << DailySmtpCount{QDate(2026, 11, 24), 20, 1}
                                << DailySmtpCount{QDate(2026, 11, 25), 20, 10};
    s.signIns.tenant.legacyClientApps << ClientAppCount{u"Authenticated SMTP"_s, 51} << ClientAppCount{u"IMAP4"_s, 3};
    s.signIns.tenant.sprayPatterns << PasswordSprayPattern{u"192.0.2.99"_s, testNow().addDays(-3),
                                                           testNow().addDays(-3).addSecs(900), 25, 31};

    Application app;
    app.id = u"obj-mailer"_s;
    app.appId = u"11111111-2222-3333-4444-555555555555"_s;
    app.displayName = u"Mailer"_s;
    app.credentials << AppCredential{AppCredential::Kind::Secret, u"prod"_s, u"key-1"_s, testNow().addYears(-1),
                                     testNow().addDays(12)};
    s.applications << app;
    s.ownCredential = {OwnCredential::Kind::Certificate, u"our-app"_s, u"CN=smtpaudit"_s, testNow().addDays(300)};
    s.declaredSendingRanges = {u"203.0.113.0/24"_s};
    SmtpTransportProbe probe;
    probe.host = u"smtp.office365.com"_s;
    probe.testedAt = testNow().addSecs(-30);
    probe.startTlsOffered = probe.tlsEstablished = probe.certificateValid = true;
    probe.tlsProtocol = u"TLSv1.3"_s;
    s.transportProbe = probe;
    return s;
}

inline AuditResult variedAudit(const QDateTime& now = testNow())
{
    TenantSnapshot s = variedSnapshot();
    s.capturedAt = now;
    return AuditEngine::evaluate(s, FixedClock(now));
}

} // namespace smtpaudit::test
