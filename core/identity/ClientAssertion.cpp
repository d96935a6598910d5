#include "identity/ClientAssertion.h"

#include "identity/TokenClaims.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit {

Result<QByteArray> ClientAssertion::build(const ClientCertificate& certificate, Variant variant, const Claims& claims,
                                          bool includeX5c)
{
    QJsonObject header{{u"typ"_s, u"JWT"_s}};
    if (variant == Variant::Sha256Pss) {
        header.insert(u"alg"_s, u"PS256"_s);
        header.insert(u"x5t#S256"_s, QString::fromLatin1(Base64Url::encode(certificate.thumbprintSha256())));
    } else {
        header.insert(u"alg"_s, u"RS256"_s);
        header.insert(u"x5t"_s, QString::fromLatin1(Base64Url::encode(certificate.thumbprintSha1())));
    }
    if (includeX5c) // RFC 7515 4.1.6: standard base64 (not base64url) of the DER certificate
        header.insert(u"x5c"_s, QJsonArray{QString::fromLatin1(certificate.certificateDer().toBase64())});

    const qint64 notBefore = claims.now.toSecsSinceEpoch();
    const QString jwtId = claims.jwtId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : claims.jwtId;
    const QJsonObject payload{{u"aud"_s, claims.audience},
                              {u"iss"_s, claims.clientId},
                              {u"sub"_s, claims.clientId},
                              {u"jti"_s, jwtId},
                              {u"nbf"_s, notBefore},
                              {u"iat"_s, notBefore},
                              {u"exp"_s, notBefore + static_cast<qint64>(claims.lifetime.count())}};

    const QByteArray signingInput = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const Result<QByteArray> signature =
        certificate.sign(signingInput, variant == Variant::Sha256Pss ? ClientCertificate::Signature::PS256
                                                                     : ClientCertificate::Signature::RS256);
    if (!signature.ok())
        return signature.error();
    return QByteArray(signingInput + '.' + Base64Url::encode(signature.value()));
}

} // namespace smtpaudit
