#pragma once

#include "identity/ClientAssertion.h"
#include "identity/CloudEnvironment.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// How smtpaudit signs in to one tenant. Plain settings only: the secrets that go with a profile (client
// secret, certificate passphrase, refresh token) live in the keychain under the profile's name.
struct ConnectionProfile
{
    enum class AuthKind
    {
        DeviceCode,   // delegated, shows a code to enter at the verification URL
        AuthCodePkce, // delegated, system browser with a loopback redirect
        ClientSecret, // app-only
        Certificate,  // app-only, PEM or PKCS#12
    };

    QString name;                             // letters, digits, space, '.', '_', '-'; 1-64 characters
    QString tenant;                           // tenant id (GUID) or a verified domain
    QString cloud = QStringLiteral("global"); // CloudEnvironment::names() or "custom"
    QString loginUrl;                         // custom cloud only
    QString graphUrl;                         // custom cloud only
    QString exchangeUrl;                      // custom cloud only
    QString graphScope;                       // custom cloud, optional
    QString exchangeScope;                    // custom cloud, optional
    QString caFile;                           // extra CA (PEM) trusted for this profile
    QString clientId;
    AuthKind auth = AuthKind::DeviceCode;
    QString certificatePath;
    ClientAssertion::Variant assertionVariant = ClientAssertion::Variant::Sha256Pss;
    QStringList sendingRanges; // CIDR ranges the tenant's devices legitimately send from

    Status validate() const;
    Result<CloudEnvironment> environment() const;
    bool isDelegated() const { return auth == AuthKind::DeviceCode || auth == AuthKind::AuthCodePkce; }

    static QString authKindName(AuthKind kind); // "device-code", "auth-code", "secret", "certificate"
    static std::optional<AuthKind> authKindFromName(const QString& name);
    static bool isValidName(const QString& name);
};

// Keychain entry names of a profile's secrets (SecretStore namespaces them by profile).
namespace ProfileSecret {
inline const QString clientSecret = QStringLiteral("client-secret");
inline const QString certificatePassphrase = QStringLiteral("certificate-passphrase");
inline const QString refreshToken = QStringLiteral("refresh-token");
QStringList all();
} // namespace ProfileSecret

} // namespace smtpaudit
