#pragma once

#include "identity/ClientCertificate.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace smtpaudit {

// The JWT a confidential client signs with its certificate to prove its identity at the token endpoint
// (certificate-credentials.md; reference section 5).
struct ClientAssertion
{
    enum class Variant
    {
        // alg PS256 with "x5t#S256" = base64url(SHA-256 of the DER certificate): what MSAL sends today.
        Sha256Pss,
        // alg RS256 with "x5t" = base64url(SHA-1 thumbprint): the documented original, marked deprecated.
        Sha1Rs256,
    };

    struct Claims
    {
        QString clientId; // iss and sub
        QString audience; // the token endpoint: https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token
        QDateTime now;    // nbf and iat
        std::chrono::seconds lifetime{600}; // exp = nbf + 10 min, as MSAL does
        QString jwtId;                      // jti; a fresh UUID when empty
    };

    // header.payload.signature, each part base64url. `includeX5c` adds the certificate itself (for
    // subject-name/issuer authentication); off by default.
    static Result<QByteArray> build(const ClientCertificate& certificate, Variant variant, const Claims& claims,
                                    bool includeX5c = false);
};

} // namespace smtpaudit
