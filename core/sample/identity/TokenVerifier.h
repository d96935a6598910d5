#pragma once

#include "sample/SampleHttp.h"
#include "sample/server/Pki.h"
#include "sample/server/SampleClock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QStringList>

namespace smtpaudit::sample {

// Verifies an access token issued by the sample identity platform: RS256 signature with the token-signing
// key, issuer "https://sts.windows.net/{tenant}/" of a known tenant, and the validity window (with a clock
// skew, as Microsoft's validators allow). The audience is the caller's to check: Graph wants
// "https://graph.microsoft.com", the SMTP endpoint "https://outlook.office.com" or ".office365.com".
// Cheap to copy; the HTTPS server and the SMTP endpoint each keep one.
class TokenVerifier
{
public:
    TokenVerifier() = default; // rejects every token
    TokenVerifier(const QSslCertificate& signingCertificate, QStringList tenantIds, SampleClock clock = {},
                  int clockSkewSeconds = 300);

    bool isNull() const { return m_publicKey.isNull(); }
    Result<AccessTokenClaims> verify(const QByteArray& token) const;

private:
    KeyPair m_publicKey;
    QByteArray m_keyId;
    QStringList m_tenantIds;
    SampleClock m_clock;
    int m_clockSkewSeconds = 300;
};

} // namespace smtpaudit::sample
