#include "sample/identity/ClientAuthenticator.h"

#include "sample/identity/Jwt.h"
#include "sample/server/Pki.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

const QLatin1StringView jwtBearerAssertionType{"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"};

// Equal-time comparison: the sample server should not teach a timing oracle either.
bool secretsEqual(const QString& presented, const QString& registered)
{
    const QByteArray a = QCryptographicHash::hash(presented.toUtf8(), QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(registered.toUtf8(), QCryptographicHash::Sha256);
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

bool audienceMatches(const QJsonValue& aud, const QStringList& tokenEndpoints)
{
    const auto matches = [&](const QString& value) { return tokenEndpoints.contains(value, Qt::CaseInsensitive); };
    if (aud.isArray()) {
        for (const QJsonValue& item : aud.toArray())
            if (matches(item.toString()))
                return true;
        return false;
    }
    return matches(aud.toString());
}

// Entra quotes the key's thumbprint in hex; the header carries it base64url-encoded.
QByteArray thumbprintHex(const QString& base64Url)
{
    const auto raw = jwt::base64UrlDecode(base64Url.toLatin1());
    return raw ? raw->toHex().toUpper() : QByteArray();
}

} // namespace

ClientAuthenticator::ClientAuthenticator(SampleClock clock, int clockSkewSeconds)
    : m_clock(std::move(clock))
    , m_clockSkewSeconds(clockSkewSeconds)
{}

Result<AuthenticatedClient, AadError> ClientAuthenticator::authenticate(const SampleAppRegistration& app,
                                                                        const PresentedCredential& credential,
                                                                        const QStringList& tokenEndpoints,
                                                                        bool credentialRequired)
{
    const bool hasCredentials = !app.clientSecrets.isEmpty() || !app.certificates.isEmpty();
    if (credential.isEmpty()) {
        if (app.isPublicClient && !credentialRequired)
            return AuthenticatedClient{AuthenticatedClient::Method::None};
        return aad::credentialRequired();
    }
    if (app.isPublicClient && !hasCredentials)
        return aad::publicClientWithCredential();
    if (!credential.assertion.isEmpty())
        return verifyAssertion(app, credential, tokenEndpoints);
    for (const QString& secret : app.clientSecrets)
        if (secretsEqual(credential.clientSecret, secret))
            return AuthenticatedClient{AuthenticatedClient::Method::Secret};
    return aad::invalidClientSecret(app.clientId);
}

Result<AuthenticatedClient, AadError> ClientAuthenticator::verifyAssertion(const SampleAppRegistration& app,
                                                                           const PresentedCredential& credential,
                                                                           const QStringList& tokenEndpoints)
{
    if (credential.assertionType != jwtBearerAssertionType)
        return aad::missingParameter(u"client_assertion_type"_s);
    const auto parsed = jwt::parse(credential.assertion);
    if (!parsed)
        return aad::assertionMalformed();
    const auto scheme = jwt::schemeForAlgorithm(parsed->header.value("alg"_L1).toString());
    if (!scheme)
        return aad::assertionMalformed();

    // PS256 assertions name the key by its SHA-256 thumbprint, RS256 ones by SHA-1 (MSAL's ClientAssertion.ts).
    const QString x5tS256 = parsed->header.value("x5t#S256"_L1).toString();
    const QString x5t = parsed->header.value("x5t"_L1).toString();
    const QByteArray thumbprint = thumbprintHex(x5tS256.isEmpty() ? x5t : x5tS256);
    const QSslCertificate* registered = nullptr;
    for (const QSslCertificate& certificate : app.certificates) {
        const bool match = x5tS256.isEmpty() ? (!x5t.isEmpty() && certificates::x5t(certificate) == x5t.toLatin1())
                                             : certificates::x5tS256(certificate) == x5tS256.toLatin1();
        if (match) {
            registered = &certificate;
            break;
        }
    }
    if (!registered)
        return aad::assertionKeyNotFound(app.clientId, thumbprint);
    const QDateTime now = clockNow(m_clock);
    if (now < registered->effectiveDate() || now > registered->expiryDate())
        return aad::assertionKeyExpired(thumbprint);
    const auto publicKey = KeyPair::publicKeyOf(*registered);
    if (!publicKey || !publicKey->verify(*scheme, parsed->signingInput, parsed->signature))
        return aad::assertionSignatureInvalid(thumbprint);

    const QJsonObject& claims = parsed->payload;
    if (claims.value("iss"_L1).toString() != app.clientId || claims.value("sub"_L1).toString() != app.clientId)
        return aad::assertionClientMismatch();
    if (!audienceMatches(claims.value("aud"_L1), tokenEndpoints))
        return aad::assertionAudienceMismatch();
    const auto expires = jwt::numericDate(claims, u"exp"_s);
    const auto notBefore = jwt::numericDate(claims, u"nbf"_s);
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    if (!expires || nowSeconds > *expires + m_clockSkewSeconds ||
        (notBefore && nowSeconds + m_clockSkewSeconds < *notBefore)) {
        const auto toTime = [](std::optional<qint64> seconds) {
            return QDateTime::fromSecsSinceEpoch(seconds.value_or(0), Qt::UTC);
        };
        return aad::assertionTimeRange(now, toTime(notBefore), toTime(expires));
    }
    const QString jti = claims.value("jti"_L1).toString();
    if (jti.isEmpty())
        return aad::assertionMalformed();
    if (!consumeJti(jti, *expires + m_clockSkewSeconds, nowSeconds))
        return aad::assertionReplayed();
    return AuthenticatedClient{AuthenticatedClient::Method::Certificate};
}

bool ClientAuthenticator::consumeJti(const QString& jti, qint64 forgetAfter, qint64 now)
{
    // An assertion past its exp is refused anyway, so its jti need not be remembered any longer.
    for (auto it = m_usedJtis.begin(); it != m_usedJtis.end();)
        it = it.value() < now ? m_usedJtis.erase(it) : std::next(it);
    if (m_usedJtis.contains(jti))
        return false;
    m_usedJtis.insert(jti, forgetAfter);
    return true;
}

} // namespace smtpaudit::sample
