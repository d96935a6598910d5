#include "sample/data/TenantGenerator.h"

#include "sample/data/SampleNames.h"
#include "sample/data/TenantBuilder.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <future>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::generator {

void Builder::run()
{
    makeOrganisation();
    makeAuthenticationPolicies();
    makeNamedLocations();
    makeUsers();
    makeConditionalAccess();
    makeApplications();
}

void Builder::makeOrganisation()
{
    m_model.options = m_options;
    m_model.now = m_options.now.isValid() ? m_options.now.toSecsSinceEpoch() : 1795680000; // 2026-11-26
    m_model.tenantId = m_random.guid();
    m_model.initialDomain = u"contoso-sample.onmicrosoft.com"_s;
    m_model.organizationName = u"Contoso Sample GmbH"_s;
    m_model.securityDefaultsEnabled = m_options.securityDefaults;
    m_model.orgSmtpClientAuthenticationDisabled = m_options.orgSmtpClientAuthenticationDisabled;
}

void Builder::makeAuthenticationPolicies()
{
    auto make = [&](const QString& name, bool smtp) {
        AuthenticationPolicy policy;
        policy.name = name;
        policy.guid = m_random.guid();
        policy.allowBasicAuthSmtp = smtp;
        policy.createdAt = daysAgo(200, 900);
        policy.changedAt = policy.createdAt + m_random.between(0, 150) * Day;
        return policy;
    };
    m_model.authenticationPolicies.push_back(make(u"Standard – Basic SMTP erlaubt"_s, true));
    m_model.authenticationPolicies.push_back(make(u"Block Basic Auth"_s, false));
    AuthenticationPolicy legacy = make(u"Legacy protocols (migration)"_s, true);
    legacy.allowBasicAuthImap = legacy.allowBasicAuthPop = legacy.allowBasicAuthActiveSync = true;
    legacy.allowBasicAuthAutodiscover = true;
    m_model.authenticationPolicies.push_back(legacy);
    m_model.authenticationPolicies.push_back(make(u"Allow Basic SMTP for devices"_s, true));
    m_model.defaultAuthenticationPolicy = m_options.orgDefaultAuthenticationPolicy ? StandardSmtpAllowed : -1;
}

void Builder::makeNamedLocations()
{
    auto make = [&](const QString& name, bool ip) {
        NamedLocation location;
        location.id = m_random.guid();
        location.displayName = name;
        location.isIpLocation = ip;
        location.createdAt = daysAgo(300, 1200);
        location.modifiedAt = location.createdAt + m_random.between(0, 200) * Day;
        return location;
    };
    NamedLocation headquarters = make(u"Zentrale Berlin"_s, true);
    headquarters.isTrusted = true;
    headquarters.cidrRanges = {u"203.0.113.0/24"_s, u"2001:db8:1000::/48"_s};
    NamedLocation printers = make(u"Druckernetz (NAT)"_s, true);
    printers.isTrusted = true;
    printers.cidrRanges = {u"198.51.100.16/28"_s};
    NamedLocation tokyo = make(u"Filiale 東京"_s, true);
    tokyo.cidrRanges = {u"192.0.2.0/25"_s};
    NamedLocation allowed = make(u"Erlaubte Länder"_s, false);
    allowed.countriesAndRegions = {u"DE"_s, u"AT"_s, u"CH"_s, u"US"_s, u"JP"_s};
    NamedLocation blocked = make(u"Gesperrte Länder"_s, false);
    blocked.countriesAndRegions = {u"RU"_s, u"KP"_s, u"IR"_s, u"NG"_s, u"VN"_s};
    blocked.includeUnknownCountriesAndRegions = true;
    m_model.namedLocations = {headquarters, printers, tokyo, allowed, blocked};
}

void Builder::makeConditionalAccess()
{
    // Conditional Access needs Entra ID P1, and tenants cannot enforce it while security defaults are on.
    if (!m_options.premium)
        return;
    QStringList breakGlass;
    QStringList serviceAccounts;
    QStringList admins;
    for (const SampleUser& user : m_model.users) {
        if (user.role == AccountRole::BreakGlassAdmin)
            breakGlass << user.id;
        if (user.role == AccountRole::PrinterServiceAccount || user.role == AccountRole::AppServiceAccount)
            serviceAccounts << user.id;
        if (user.isAdmin)
            admins << user.id;
    }
    auto make = [&](const QString& name, const QString& state) {
        ConditionalAccessPolicy policy;
        policy.id = m_random.guid();
        policy.displayName = name;
        policy.state = state;
        policy.grantOperator = u"OR"_s;
        policy.builtInControls = {u"block"_s};
        policy.includeApplications = {u"All"_s};
        policy.includeUsers = {u"All"_s};
        policy.createdAt = daysAgo(100, 700);
        policy.modifiedAt = policy.createdAt + m_random.between(0, 90) * Day;
        return policy;
    };
    const bool enforce = !m_options.securityDefaults;
    const QString enabled = enforce ? u"enabled"_s : u"disabled"_s;

    ConditionalAccessPolicy blockLegacy = make(u"Block legacy authentication"_s, enabled);
    blockLegacy.clientAppTypes = {u"exchangeActiveSync"_s, u"other"_s};
    blockLegacy.excludeUsers = breakGlass + serviceAccounts;

    ConditionalAccessPolicy pilot =
        make(u"Block legacy authentication (pilot, report-only)"_s, u"enabledForReportingButNotEnforced"_s);
    pilot.clientAppTypes = {u"exchangeActiveSync"_s, u"other"_s};
    pilot.excludeUsers = breakGlass;

    ConditionalAccessPolicy adminMfa = make(u"Require MFA for administrators"_s, enabled);
    adminMfa.clientAppTypes = {u"browser"_s, u"mobileAppsAndDesktopClients"_s};
    adminMfa.includeUsers = admins;
    adminMfa.excludeUsers = breakGlass;
    adminMfa.builtInControls = {u"mfa"_s};

    ConditionalAccessPolicy sharePoint = make(u"Block legacy auth – SharePoint only"_s, enabled);
    sharePoint.clientAppTypes = {u"exchangeActiveSync"_s, u"other"_s};
    sharePoint.includeApplications = {u"00000003-0000-0ff1-ce00-000000000000"_s};

    ConditionalAccessPolicy countries = make(u"Block access from blocked countries"_s, u"disabled"_s);
    countries.clientAppTypes = {u"all"_s};
    countries.includeLocations = {m_model.namedLocations.back().id};
    countries.excludeUsers = breakGlass;

    m_model.conditionalAccessPolicies = {blockLegacy, pilot, adminMfa, sharePoint, countries};
    for (ConditionalAccessPolicy& policy : m_model.conditionalAccessPolicies)
        policy.rebuildIndex();
}

void Builder::makeApplications()
{
    const int count = TenantGenerator::profile(m_options).applications;
    for (int i = 0; i < count; ++i) {
        AppRegistration app;
        app.id = m_random.guid();
        app.appId = m_random.guid();
        app.displayName = SampleNames::applicationName(i);
        app.signInAudience = m_random.chance(0.9) ? u"AzureADMyOrg"_s : u"AzureADMultipleOrgs"_s;
        app.createdAt = daysAgo(30, 1500);
        // Credential end dates: expired, expiring within 30 days, or comfortably valid. The first four
        // applications pin each case so even the small tenant has all of them.
        auto endFor = [&](int kind) {
            if (kind == 0)
                return m_model.now - m_random.between(1, 200) * Day - m_random.between(0, Day);
            if (kind == 1)
                return m_model.now + m_random.between(1, 29) * Day + m_random.between(0, Day);
            return m_model.now + m_random.between(45, 700) * Day;
        };
        const int secrets = i < 2 ? 1 : static_cast<int>(m_random.between(0, 2));
        for (int s = 0; s < secrets; ++s) {
            AppCredential secret;
            secret.keyId = m_random.guid();
            secret.displayName = s == 0 ? u"prod"_s : u"CI pipeline"_s;
            static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            for (int c = 0; c < 3; ++c)
                secret.hint += QLatin1Char(alphabet[m_random.index(62)]);
            const int kind = i == 0 ? 0 : i == 1 ? 1 : m_random.weighted({20, 20, 60});
            secret.endAt = endFor(kind);
            secret.startAt = std::min(secret.endAt, m_model.now) - m_random.between(180, 730) * Day;
            app.passwordCredentials.push_back(secret);
        }
        const int certificates = (i == 2 || i == 3) ? 1 : static_cast<int>(m_random.between(0, 1));
        for (int k = 0; k < certificates; ++k) {
            AppCredential certificate;
            certificate.keyId = m_random.guid();
            certificate.displayName = u"CN="_s + app.displayName;
            QByteArray thumbprint;
            for (int b = 0; b < 20; ++b)
                thumbprint.append(static_cast<char>(m_random.between(0, 255)));
            certificate.customKeyIdentifier = QString::fromLatin1(thumbprint.toBase64());
            const int kind = i == 2 ? 0 : i == 3 ? 1 : m_random.weighted({20, 20, 60});
            certificate.endAt = endFor(kind);
            certificate.startAt = certificate.endAt - 365 * Day;
            app.keyCredentials.push_back(certificate);
        }
        m_model.applications.push_back(std::move(app));
    }
}

} // namespace smtpaudit::sample::generator

namespace smtpaudit::sample {

using generator::Builder;

TenantGenerator::SizeProfile TenantGenerator::profile(const TenantOptions& options)
{
    SizeProfile size;
    switch (options.size) {
    case TenantSize::Small:
        size = {50, 6, 4, 8, 1, 20};
        break;
    case TenantSize::Medium:
        size = {5000, 450, 300, 40, 3, 300};
        break;
    case TenantSize::Large:
        size = {88000, 7000, 5000, 200, 12, 1500};
        break;
    }
    if (options.mailboxCountOverride > 0)
        size.mailboxes = options.mailboxCountOverride;
    return size;
}

TenantModel TenantGenerator::generate(const TenantOptions& options)
{
    TenantModel model;
    Builder(options, model).run();
    // The two lookup hashes over all users take a tenth of the large tenant's generation; the sign-ins never
    // touch them nor the names and ids they read, so they are built on another thread meanwhile.
    auto indexed = std::async(std::launch::async, [&model] { indexUsers(model); });
    generateSignIns(model, options.seed);
    indexed.get();
    return model;
}

} // namespace smtpaudit::sample
