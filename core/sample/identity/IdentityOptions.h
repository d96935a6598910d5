#pragma once

#include "sample/server/Pki.h"
#include "sample/server/SampleClock.h"

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace smtpaudit::sample {

// The resources the sample tenant issues tokens for, by the app id of their service principal (the key of
// `requiredResourceAccess` in a real app manifest) and the identifier URIs a scope may name.
namespace resources {
inline constexpr QLatin1StringView graphAppId{"00000003-0000-0000-c000-000000000000"};
inline constexpr QLatin1StringView exchangeAppId{"00000002-0000-0ff1-ce00-000000000000"};
inline constexpr QLatin1StringView graphUri{"https://graph.microsoft.com"};
// App-only Exchange admin API and SMTP.SendAsApp (reference section 4 and 6).
inline constexpr QLatin1StringView exchangeUri{"https://outlook.office365.com"};
// Delegated SMTP.Send (reference section 6); the same Exchange Online service principal.
inline constexpr QLatin1StringView outlookUri{"https://outlook.office.com"};
} // namespace resources

// One app registration with its service principal in the sample tenant.
struct SampleAppRegistration
{
    QString clientId;
    QString displayName;
    QStringList clientSecrets;            // secret values that are accepted
    QList<QSslCertificate> certificates;  // public certificates registered as key credentials
    QHash<QString, QStringList> appRoles; // resource app id -> application permissions with admin consent
    // resource app id -> delegated permissions consented for the tenant (device code, refresh tokens).
    QHash<QString, QStringList> delegatedScopes;
    bool isPublicClient = false; // "Allow public client flows": device code without a client credential
};

// What the generated default apps hold, for tests, the CLI's first line and the product's sample mode.
struct SampleAppCredentials
{
    QString clientId;
    QString clientSecret;   // empty for the public client
    Credential certificate; // null for the public client
};

// A user the device-code approval hook may sign in.
struct SampleIdentityUser
{
    QString userPrincipalName;
    QString objectId;
    QString displayName;
};

// The identity platform's RSA-2048 credentials. Each takes a few hundred milliseconds of CPU to make, so
// IdentityPlatform::generateKeys() makes them on separate threads, and SampleTenant starts that while it
// generates the tenant and hands the result in (IdentityOptions::keys).
struct IdentityKeys
{
    Credential tokenSigning;  // self-signed, the CN of Microsoft's token-signing certificates (TokenIssuer)
    Credential mainApp;       // the main app's client certificate; null without the default apps
    Credential restrictedApp; // the restricted app's client certificate; null without the default apps
};

struct IdentityOptions
{
    QString tenantId;            // GUID; generated from `seed` when empty
    QStringList verifiedDomains; // e.g. "contoso.onmicrosoft.com"; the tenant segment may name one
    quint32 seed = 1;            // makes the tenant and default client ids stable across runs

    bool createDefaultApps = true;     // the main, restricted and public-client apps (see IdentityPlatform)
    QList<SampleAppRegistration> apps; // more registrations (or all of them without the defaults)

    int accessTokenLifetimeSeconds = 3599; // v2-oauth2-client-creds-grant-flow.md: expires_in 3599
    int deviceCodeLifetimeSeconds = 900;   // v2-oauth2-device-code.md: 15 minutes by default
    int deviceCodePollIntervalSeconds = 5;
    int refreshTokenLifetimeSeconds = 90 * 24 * 3600;
    int assertionClockSkewSeconds = 300; // tolerance for client assertions' nbf/exp

    // Resolves the user named at approval; std::nullopt refuses the approval. Unset: every UPN is accepted
    // and gets a stable object id derived from it.
    std::function<std::optional<SampleIdentityUser>(const QString& userPrincipalName)> userDirectory;
    // Called when a device code is issued, e.g. so that the CLI's sample mode can print or auto-approve it.
    std::function<void(const QString& userCode, const QString& clientId)> deviceCodeIssued;

    SampleClock clock;
    // Keys made beforehand (IdentityPlatform::generateKeys); unset: create() generates them.
    std::optional<IdentityKeys> keys;
};

} // namespace smtpaudit::sample
