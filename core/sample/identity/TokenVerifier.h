#pragma once

#include "sample/SampleHttp.h"
#include "sample/server/Pki.h"
#include "sample/server/SampleClock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSslCertificate>
#include <QStringList>

#include <memory>

namespace smtpaudit::sample {

// Verifies an access token issued by the sample identity platform: RS256 signature with the token-signing
// key, issuer "https://sts.windows.net/{tenant}/" of a known tenant, and the validity window (with a clock
// skew, as Microsoft's validators allow). The audience is the caller's to check: Graph wants
// "https://graph.microsoft.com", the SMTP endpoint "https://outlook.office.com" or ".office365.com".
// Cheap to copy; the HTTPS server and the SMTP endpoint each keep one.
// A token that passed is remembered (keyed by its exact bytes, until it expires): a client sends the same
// bearer token with every request, and checking its RSA signature again each time was a noticeable share of
// the sample server's CPU. Any other token (an altered byte included) is verified in full. Copies share the
// cache; it is thread-safe.
class TokenVerifier
{
public:
    TokenVerifier() = default; // rejects every token
    TokenVerifier(const QSslCertificate& signingCertificate, QStringList tenantIds, SampleClock clock = {},
                  int clockSkewSeconds = 300);

    bool isNull() const { return m_publicKey.isNull(); }
    Result<AccessTokenClaims> verify(const QByteArray& token) const;

    // Verified tokens remembered at most (the oldest expire first; a full cache is emptied).
    static constexpr qsizetype MaxCachedTokens = 1024;

private:
    Result<AccessTokenClaims> verifyFully(const QByteArray& token, qint64 now, qint64& notBefore) const;

    struct CachedToken
    {
        AccessTokenClaims claims;
        qint64 notBefore = 0; // seconds since the epoch; valid while notBefore - skew <= now <= exp + skew
        qint64 expires = 0;
    };
    struct Cache
    {
        QMutex mutex;
        QHash<QByteArray, CachedToken> tokens;
    };

    KeyPair m_publicKey;
    QByteArray m_keyId;
    QStringList m_tenantIds;
    SampleClock m_clock;
    int m_clockSkewSeconds = 300;
    std::shared_ptr<Cache> m_cache = std::make_shared<Cache>();
};

} // namespace smtpaudit::sample
