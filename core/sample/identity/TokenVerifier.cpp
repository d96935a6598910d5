#include "sample/identity/TokenVerifier.h"

#include "sample/identity/Jwt.h"
#include "sample/identity/TokenIssuer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

Error invalidToken(const QString& reason)
{
    return Error::make(Error::Category::Authentication,
                       QCoreApplication::translate("TokenVerifier", "The access token is not valid."), reason);
}

} // namespace

TokenVerifier::TokenVerifier(const QSslCertificate& signingCertificate, QStringList tenantIds, SampleClock clock,
                             int clockSkewSeconds)
    : m_keyId(certificates::x5t(signingCertificate))
    , m_tenantIds(std::move(tenantIds))
    , m_clock(std::move(clock))
    , m_clockSkewSeconds(clockSkewSeconds)
{
    if (auto key = KeyPair::publicKeyOf(signingCertificate))
        m_publicKey = *key;
}

Result<AccessTokenClaims> TokenVerifier::verify(const QByteArray& token) const
{
    if (isNull())
        return invalidToken(u"no token-signing key is configured"_s);
    const qint64 now = clockNow(m_clock).toSecsSinceEpoch();
    {
        const QMutexLocker lock(&m_cache->mutex);
        const auto cached = m_cache->tokens.constFind(token);
        if (cached != m_cache->tokens.constEnd()) {
            if (now <= cached->expires + m_clockSkewSeconds && now + m_clockSkewSeconds >= cached->notBefore)
                return cached->claims;
            m_cache->tokens.erase(cached); // expired (or the clock went back): the full check says why
        }
    }
    qint64 notBefore = 0;
    Result<AccessTokenClaims> verified = verifyFully(token, now, notBefore);
    if (verified.ok()) {
        const QMutexLocker lock(&m_cache->mutex);
        if (m_cache->tokens.size() >= MaxCachedTokens) {
            m_cache->tokens.removeIf([now, this](QHash<QByteArray, CachedToken>::iterator entry) {
                return now > entry->expires + m_clockSkewSeconds;
            });
            if (m_cache->tokens.size() >= MaxCachedTokens)
                m_cache->tokens.clear();
        }
        m_cache->tokens.insert(token, CachedToken{*verified, notBefore, verified->expiresAt.toSecsSinceEpoch()});
    }
    return verified;
}

Result<AccessTokenClaims> TokenVerifier::verifyFully(const QByteArray& token, qint64 now, qint64& notBefore) const
{
    const auto parsed = jwt::parse(token);
    if (!parsed)
        return invalidToken(u"not a compact JWS"_s);
    if (parsed->header.value("alg"_L1).toString() != "RS256"_L1)
        return invalidToken(u"unexpected algorithm"_s);
    const QString kid = parsed->header.value("kid"_L1).toString(parsed->header.value("x5t"_L1).toString());
    if (kid.toLatin1() != m_keyId)
        return invalidToken(u"unknown signing key"_s);
    if (!m_publicKey.verify(SignatureScheme::RsaPkcs1Sha256, parsed->signingInput, parsed->signature))
        return invalidToken(u"signature verification failed"_s);

    const QJsonObject& payload = parsed->payload;
    const QString tenantId = payload.value("tid"_L1).toString();
    if (!m_tenantIds.contains(tenantId, Qt::CaseInsensitive))
        return invalidToken(u"unknown tenant"_s);
    if (payload.value("iss"_L1).toString() != TokenIssuer::issuerFor(tenantId))
        return invalidToken(u"unexpected issuer"_s);

    const auto expires = jwt::numericDate(payload, u"exp"_s);
    if (!expires || now > *expires + m_clockSkewSeconds)
        return invalidToken(u"the token is expired"_s);
    const auto validFrom = jwt::numericDate(payload, u"nbf"_s);
    if (validFrom && now + m_clockSkewSeconds < *validFrom)
        return invalidToken(u"the token is not yet valid"_s);
    notBefore = validFrom.value_or(std::numeric_limits<qint64>::min() / 2);

    AccessTokenClaims claims;
    claims.tenantId = tenantId;
    claims.appId = payload.value("appid"_L1).toString();
    claims.audience = payload.value("aud"_L1).toString();
    for (const QJsonValue& role : payload.value("roles"_L1).toArray())
        claims.roles << role.toString();
    claims.scopes = payload.value("scp"_L1).toString().split(u' ', Qt::SkipEmptyParts);
    claims.userPrincipalName = payload.value("upn"_L1).toString();
    claims.expiresAt = QDateTime::fromSecsSinceEpoch(*expires, Qt::UTC);
    if (claims.appId.isEmpty() || claims.audience.isEmpty())
        return invalidToken(u"required claims are missing"_s);
    return claims;
}

} // namespace smtpaudit::sample
