#pragma once

// A hand-made, deterministic audit for the console's tests, screenshots and benchmarks: a TenantSnapshot
// shaped like a small company (user, shared and room mailboxes, mixed SMTP AUTH settings, MFA gaps, an
// app secret about to expire, SMTP sign-ins with a password-spray burst), evaluated by the real
// AuditEngine. Independent of the sample tenant, so the views are tested even before it runs.

#include "audit/AuditResult.h"
#include "audit/Clock.h"
#include "common/ConsoleAudit.h"
#include "graph/SignInSummary.h"
#include "identity/PermissionCheck.h"
#include "signins/SignInStore.h"

#include <QStringList>

#include <memory>

namespace smtpaudit::uitest {

using namespace Qt::StringLiterals;

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 16), QTime(9, 30), Qt::UTC);
}

// A small linear congruential generator: the same numbers on every machine.
struct Lcg
{
    quint64 state = 0x2545F4914F6CDD1DULL;
    quint32 next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
};

inline QString upnOf(int i)
{
    static const char* const first[] = {"anna", "ben",  "clara", "david", "eva",  "felix", "greta",
                                        "hugo", "ines", "jonas", "katja", "lars", "mia",   "noah",
                                        "olga", "paul", "rosa",  "sven",  "tina", "uwe"};
    return u"%1.%2@contoso.example"_s.arg(QString::fromLatin1(first[i % 20])).arg(i);
}

inline QString displayNameOf(int i)
{
    static const char* const first[] = {"Anna", "Ben",  "Clara", "David", "Eva",  "Felix", "Greta",
                                        "Hugo", "Ines", "Jonas", "Katja", "Lars", "Mia",   "Noah",
                                        "Olga", "Paul", "Rosa",  "Sven",  "Tina", "Uwe"};
    static const char* const last[] = {"Berger",  "Fischer", "Hoffmann", "Klein",  "Meyer", "Neumann",
                                       "Richter", "Schmidt", "Schulz",   "Wagner", "Weber", "Wolf"};
    return u"%1 %2"_s.arg(QString::fromLatin1(first[i % 20]), QString::fromLatin1(last[(i / 20) % 12]));
}

inline QString mailboxTypeOf(int i)
{
    if (i % 25 == 7)
        return u"RoomMailbox"_s;
    if (i % 10 == 3)
        return u"SharedMailbox"_s;
    return u"UserMailbox"_s;
}

// SMTP AUTH on the mailbox: $true (off), $false (on), $null (organisation default).
inline std::optional<bool> smtpSettingOf(int i)
{
    switch (i % 3) {
    case 0:
        return true;
    case 1:
        return std::nullopt;
    default:
        return false;
    }
}

inline void fillSignIns(SignInStore& store, int mailboxes, const QDateTime& now, int days)
{
    Lcg rng;
    QList<SignInRecord> batch;
    int serial = 0;
    auto add = [&](int user, qint64 ms, int errorCode, const QString& ip, const QString& country,
                   const QString& clientApp) {
        SignInRecord r;
        r.id = u"evt-%1"_s.arg(++serial);
        r.createdMs = ms;
        r.hasCreated = true;
        r.userPrincipalName = upnOf(user);
        r.userId = u"user-%1"_s.arg(user);
        r.appDisplayName = u"Office 365 Exchange Online"_s;
        r.clientAppUsed = clientApp;
        r.ipAddress = ip;
        r.countryOrRegion = country;
        r.errorCode = errorCode;
        if (errorCode == 50126)
            r.failureReason = u"Invalid username or password or Invalid on-premise username or password."_s;
        r.authProtocol = AuthProtocol::Ropc;
        r.passwordStepSeen = true;
        batch << r;
    };
    const qint64 end = now.toMSecsSinceEpoch();
    const qint64 dayMs = 86'400'000;
    // Devices that really send: every 6th mailbox with SMTP AUTH explicitly on.
    for (int i = 2; i < mailboxes; i += 6) {
        const QString ip = u"203.0.113.%1"_s.arg(10 + i % 40);
        for (int d = 0; d < days; ++d) {
            const int sends = 1 + rng.below(4);
            for (int k = 0; k < sends; ++k)
                add(i, end - d * dayMs - rng.below(int(dayMs)), rng.below(20) == 0 ? 50126 : 0, ip, u"DE"_s,
                    u"Authenticated SMTP"_s);
        }
    }
    // Old IMAP clients.
    for (int i = 5; i < mailboxes; i += 15)
        for (int d = 0; d < days; d += 2)
            add(i, end - d * dayMs - rng.below(int(dayMs)), 0, u"192.0.2.%1"_s.arg(i % 200), u"AT"_s, u"IMAP4"_s);
    // Mailboxes with SMTP AUTH disabled that keep being tried (a forgotten scanner).
    for (int d = 0; d < days; ++d)
        add(0, end - d * dayMs - 3'600'000, 50057, u"203.0.113.200"_s, u"DE"_s, u"Authenticated SMTP"_s);
    // A password-spray burst: one address, many accounts, 30 minutes, four days ago.
    const qint64 burst = end - 4 * dayMs - 7 * 3'600'000;
    for (int u = 0; u < qMin(mailboxes, 40); ++u)
        add(u, burst + u * 45'000, 50126, u"198.51.100.23"_s, u"NL"_s, u"Authenticated SMTP"_s);
    // A second, smaller burst from another address.
    const qint64 burst2 = end - 11 * dayMs - 2 * 3'600'000;
    for (int u = 40; u < qMin(mailboxes, 56); ++u)
        add(u, burst2 + u * 30'000, 50053, u"198.51.100.77"_s, u"RU"_s, u"Authenticated SMTP"_s);
    store.append(std::span<const SignInRecord>(batch.constData(), size_t(batch.size())));
}

struct AuditOptions
{
    int mailboxes = 240;
    bool signIns = true;
    bool partial = false; // the sign-in collector failed (no Entra ID P1)
    QDateTime now = fixedNow();
};

inline ui::ConsoleAudit makeAudit(const AuditOptions& options = {})
{
    const QDateTime now = options.now;
    TenantSnapshot s;
    s.capturedAt = now.addSecs(-120);
    s.organization.tenantId = u"7d2c8a55-1b0e-4c1f-9a55-3c9d0f2e6a10"_s;
    s.organization.displayName = u"Contoso Example GmbH"_s;
    s.organization.smtpClientAuthenticationDisabled = false;
    s.organization.defaultAuthenticationPolicy = QString();
    s.organization.securityDefaultsEnabled = false;
    s.authenticationPolicies << AuthenticationPolicy{u"Block Basic SMTP"_s, u"pol-1"_s, false, {}}
                             << AuthenticationPolicy{u"Legacy printers"_s, u"pol-2"_s, true, {u"Imap"_s}};

    for (int i = 0; i < options.mailboxes; ++i) {
        DirectoryUser u;
        u.id = u"user-%1"_s.arg(i);
        u.userPrincipalName = upnOf(i);
        u.displayName = displayNameOf(i);
        u.mail = u.userPrincipalName;
        u.accountEnabled = i % 17 != 5;
        u.userType = u"Member"_s;
        u.passwordPolicies = i % 13 == 4 ? u"DisablePasswordExpiration"_s : QString();
        u.lastPasswordChangeDateTime = now.addDays(-((i * 37) % 420) - 1);
        u.assignedLicenseCount = 1;
        if (i % 50 == 0)
            u.directoryRoleTemplateIds << u"62e90394-69f5-4237-9190-012177145e10"_s;
        s.users << u;

        Mailbox m;
        m.userPrincipalName = u.userPrincipalName;
        m.externalDirectoryObjectId = u.id;
        m.displayName = u.displayName;
        m.recipientTypeDetails = mailboxTypeOf(i);
        m.smtpClientAuthenticationDisabled = smtpSettingOf(i);
        if (i % 7 == 0)
            m.authenticationPolicy = u"Block Basic SMTP"_s;
        else if (i % 19 == 2)
            m.authenticationPolicy = u"Legacy printers"_s;
        s.mailboxes << m;

        UserRegistration reg;
        reg.userId = u.id;
        reg.userPrincipalName = u.userPrincipalName;
        reg.isAdmin = i % 50 == 0 || i == 8;
        reg.isMfaRegistered = i % 4 != 1 && mailboxTypeOf(i) == u"UserMailbox"_s;
        reg.isMfaCapable = reg.isMfaRegistered;
        if (reg.isMfaRegistered)
            reg.methodsRegistered = i % 3 == 0 ? QStringList{u"microsoftAuthenticatorPush"_s}
                                               : QStringList{u"mobilePhone"_s, u"softwareOneTimePasscode"_s};
        s.registrations << reg;
        s.perUserMfa << PerUserMfa{u.id, u.userPrincipalName,
                                   i % 11 == 0 ? PerUserMfaState::Enforced : PerUserMfaState::Disabled};
    }
    // A guest without a mailbox.
    DirectoryUser guest;
    guest.id = u"guest-1"_s;
    guest.userPrincipalName = u"partner_fabrikam.example#EXT#@contoso.example"_s;
    guest.displayName = u"Partner (Fabrikam)"_s;
    guest.userType = u"Guest"_s;
    s.users << guest;

    ConditionalAccessPolicy mfaAdmins;
    mfaAdmins.id = u"ca-1"_s;
    mfaAdmins.displayName = u"Require MFA for administrators"_s;
    mfaAdmins.state = u"enabled"_s;
    mfaAdmins.clientAppTypes = {u"all"_s};
    mfaAdmins.includeRoles = {u"62e90394-69f5-4237-9190-012177145e10"_s};
    mfaAdmins.includeApplications = {u"All"_s};
    mfaAdmins.grantOperator = u"OR"_s;
    mfaAdmins.builtInControls = {u"mfa"_s};
    ConditionalAccessPolicy legacy;
    legacy.id = u"ca-2"_s;
    legacy.displayName = u"Block legacy authentication (report-only)"_s;
    legacy.state = u"enabledForReportingButNotEnforced"_s;
    legacy.clientAppTypes = {u"exchangeActiveSync"_s, u"other"_s};
    legacy.includeUsers = {u"All"_s};
    legacy.includeApplications = {u"All"_s};
    legacy.builtInControls = {u"block"_s};
    s.conditionalAccessPolicies << mfaAdmins << legacy;

    Application scanner;
    scanner.id = u"app-obj-1"_s;
    scanner.appId = u"0b5e3c1a-7a1d-4c55-8f0e-2d6b1a9c4e11"_s;
    scanner.displayName = u"Scan-to-mail relay"_s;
    scanner.credentials << AppCredential{AppCredential::Kind::Secret, u"relay secret"_s, u"key-1"_s, now.addDays(-355),
                                         now.addDays(10)};
    scanner.credentials << AppCredential{AppCredential::Kind::Certificate, u"CN=relay"_s, u"key-2"_s, now.addDays(-200),
                                         now.addDays(165)};
    Application crm;
    crm.id = u"app-obj-2"_s;
    crm.appId = u"5f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"_s;
    crm.displayName = u"CRM notifications"_s;
    crm.credentials << AppCredential{AppCredential::Kind::Secret, u"crm; \"prod\", 2025"_s, u"key-3"_s,
                                     now.addDays(-400), now.addDays(-6)};
    s.applications << scanner << crm;

    s.ownCredential.kind = OwnCredential::Kind::ClientSecret;
    s.ownCredential.appId = u"c0ffee00-1111-2222-3333-444455556666"_s;
    s.ownCredential.label = u"smtpaudit reader"_s;
    s.ownCredential.expiresAt = now.addDays(24);
    s.declaredSendingRanges = {u"203.0.113.0/26"_s};
    s.rotationPeriodDays = 90;

    auto store = std::make_shared<SignInStore>();
    const int days = 30;
    if (options.signIns && !options.partial) {
        fillSignIns(*store, options.mailboxes, now, days);
        s.signIns = summariseSignIns(*store, now, days);
    } else {
        s.signIns.window.days = days;
    }

    for (CollectorId id : allCollectors()) {
        if (id == CollectorId::DirectoryMemberships)
            continue;
        if (id == CollectorId::SignIns && options.partial) {
            s.setStatus(id, CollectorStatus::failed(Error::make(Error::Category::LicenceMissing,
                                                                u"The sign-in log needs Microsoft Entra ID P1."_s),
                                                    defaultCollectorQuery(id), now));
            continue;
        }
        s.setStatus(id, CollectorStatus::complete(defaultCollectorQuery(id), now.addSecs(-60), 1));
    }

    FixedClock clock(now);
    ui::ConsoleAudit audit;
    audit.result = std::make_shared<AuditResult>(AuditEngine::evaluate(std::move(s), clock));
    if (options.signIns && !options.partial)
        audit.signIns = store;
    audit.tenantLabel = u"Contoso Example GmbH"_s;
    return audit;
}

} // namespace smtpaudit::uitest
