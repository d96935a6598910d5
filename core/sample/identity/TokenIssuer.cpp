#include "sample/identity/TokenIssuer.h"

#include "sample/identity/Jwt.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

QString randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), bytes / 4);
    return QString::fromLatin1(jwt::base64UrlEncode(random));
}

// Stable object ids derived from names, so a user or service principal keeps its oid across tokens.
QString objectIdFor(const QString& kind, const QString& name)
{
    static const QUuid sampleNamespace(u"6f1c2b1e-6a53-4e0e-9d4b-2b8f0c1d5a77"_s);
    return QUuid::createUuidV5(sampleNamespace, QString(kind + u':' + name.toLower())).toString(QUuid::WithoutBraces);
}

} // namespace

Result<TokenIssuer> TokenIssuer::create(SampleClock clock)
{
    auto credential = createSigningCredential(clockNow(clock));
    if (!credential)
        return credential.error();
    return TokenIssuer(*credential, std::move(clock));
}

Result<Credential> TokenIssuer::createSigningCredential(const QDateTime& now)
{
    CertificateRequest request;
    request.commonName = u"accounts.accesscontrol.windows.net"_s; // the CN of Microsoft's token-signing certificates
    request.usage = CertificateRequest::Usage::ClientAuthentication;
    request.keyType = KeyPair::Type::Rsa2048;
    request.notBefore = now.addDays(-1);
    request.notAfter = request.notBefore.addDays(366);
    return certificates::createSelfSigned(request);
}

TokenIssuer::TokenIssuer(Credential signingCredential, SampleClock clock)
    : m_signing(std::move(signingCredential))
    , m_clock(std::move(clock))
{}

QString TokenIssuer::issuerFor(const QString& tenantId)
{
    return u"https://sts.windows.net/"_s + tenantId + u'/';
}

QByteArray TokenIssuer::keyId() const
{
    return certificates::x5t(m_signing.certificate);
}

QJsonObject TokenIssuer::header() const
{
    const QString kid = QString::fromLatin1(keyId());
    return QJsonObject{{"typ"_L1, "JWT"_L1}, {"alg"_L1, "RS256"_L1}, {"x5t"_L1, kid}, {"kid"_L1, kid}};
}

Result<QByteArray> TokenIssuer::issueAccessToken(const TokenGrant& grant) const
{
    const qint64 now = clockNow(m_clock).toSecsSinceEpoch();
    const QString issuer = issuerFor(grant.tenantId);
    const bool delegated = !grant.userPrincipalName.isEmpty();
    const QString objectId = delegated ? (grant.userObjectId.isEmpty() ? objectIdFor(u"user"_s, grant.userPrincipalName)
                                                                       : grant.userObjectId)
                                       : objectIdFor(u"servicePrincipal"_s, grant.tenantId + u'/' + grant.appId);
    QJsonObject payload{
        {"aud"_L1, grant.audience},
        {"iss"_L1, issuer},
        {"iat"_L1, now},
        {"nbf"_L1, now},
        {"exp"_L1, now + grant.lifetimeSeconds},
        {"aio"_L1, randomToken(24)},
        {"app_displayname"_L1, grant.appDisplayName},
        {"appid"_L1, grant.appId},
        {"appidacr"_L1, grant.clientAuthenticationMethod},
        {"idp"_L1, issuer},
        {"oid"_L1, objectId},
        {"sub"_L1, objectId},
        {"tid"_L1, grant.tenantId},
        {"uti"_L1, randomToken(16)},
        {"ver"_L1, "1.0"_L1},
    };
    if (delegated) {
        payload.remove("idp"_L1); // present for app-only tokens and guests only
        payload.insert("scp"_L1, grant.scopes.join(u' '));
        payload.insert("upn"_L1, grant.userPrincipalName);
        payload.insert("unique_name"_L1, grant.userPrincipalName);
        payload.insert("name"_L1, grant.userDisplayName);
        payload.insert("amr"_L1, QJsonArray{u"pwd"_s, u"mfa"_s});
    } else if (!grant.roles.isEmpty()) {
        // A token for an app without any granted role simply has no "roles" claim (the API answers 403).
        payload.insert("roles"_L1, QJsonArray::fromStringList(grant.roles));
    }
    return jwt::sign(header(), payload, m_signing.key, SignatureScheme::RsaPkcs1Sha256);
}

Result<QByteArray> TokenIssuer::issueIdToken(const TokenGrant& grant) const
{
    const qint64 now = clockNow(m_clock).toSecsSinceEpoch();
    const QString objectId =
        grant.userObjectId.isEmpty() ? objectIdFor(u"user"_s, grant.userPrincipalName) : grant.userObjectId;
    const QJsonObject payload{
        {"aud"_L1, grant.appId},
        {"iss"_L1, grant.idTokenIssuer.isEmpty()
                       ? QString(u"https://login.microsoftonline.com/"_s + grant.tenantId + u"/v2.0"_s)
                       : grant.idTokenIssuer},
        {"iat"_L1, now},
        {"nbf"_L1, now},
        {"exp"_L1, now + grant.lifetimeSeconds},
        {"name"_L1, grant.userDisplayName},
        {"oid"_L1, objectId},
        {"preferred_username"_L1, grant.userPrincipalName},
        {"sub"_L1, objectIdFor(u"pairwise"_s, grant.appId + u'/' + objectId)},
        {"tid"_L1, grant.tenantId},
        {"ver"_L1, "2.0"_L1},
    };
    return jwt::sign(header(), payload, m_signing.key, SignatureScheme::RsaPkcs1Sha256);
}

TokenVerifier TokenIssuer::verifier(const QStringList& tenantIds, int clockSkewSeconds) const
{
    return TokenVerifier(m_signing.certificate, tenantIds, m_clock, clockSkewSeconds);
}

} // namespace smtpaudit::sample
