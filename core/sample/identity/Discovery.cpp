#include "sample/identity/Discovery.h"

#include "sample/identity/Jwt.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::discovery {

QString idTokenIssuer(const QString& origin, const QString& tenantId)
{
    return origin + u'/' + tenantId + u"/v2.0"_s;
}

QJsonObject openIdConfiguration(const QString& origin, const QString& tenantId)
{
    const QString base = origin + u'/' + tenantId;
    return QJsonObject{
        {"issuer"_L1, idTokenIssuer(origin, tenantId)},
        {"token_endpoint"_L1, QString(base + u"/oauth2/v2.0/token"_s)},
        {"device_authorization_endpoint"_L1, QString(base + u"/oauth2/v2.0/devicecode"_s)},
        {"jwks_uri"_L1, QString(base + u"/discovery/v2.0/keys"_s)},
        {"token_endpoint_auth_methods_supported"_L1,
         QJsonArray{u"client_secret_post"_s, u"private_key_jwt"_s, u"client_secret_basic"_s}},
        {"id_token_signing_alg_values_supported"_L1, QJsonArray{u"RS256"_s}},
        {"subject_types_supported"_L1, QJsonArray{u"pairwise"_s}},
        {"scopes_supported"_L1, QJsonArray{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}},
        {"tenant_region_scope"_L1, u"EU"_s},
        {"cloud_instance_name"_L1, u"microsoftonline.com"_s},
        {"msgraph_host"_L1, u"graph.microsoft.com"_s},
    };
}

QJsonObject keySet(const Credential& signing, const QString& origin, const QString& tenantId)
{
    QJsonObject key{{"kty"_L1, u"RSA"_s},
                    {"use"_L1, u"sig"_s},
                    {"kid"_L1, QString::fromLatin1(certificates::x5t(signing.certificate))},
                    {"x5t"_L1, QString::fromLatin1(certificates::x5t(signing.certificate))},
                    {"x5c"_L1, QJsonArray{QString::fromLatin1(signing.certificate.toDer().toBase64())}},
                    {"issuer"_L1, idTokenIssuer(origin, tenantId)}};
    if (const auto numbers = signing.key.rsaPublicNumbers()) {
        key.insert("n"_L1, QString::fromLatin1(jwt::base64UrlEncode(numbers->first)));
        key.insert("e"_L1, QString::fromLatin1(jwt::base64UrlEncode(numbers->second)));
    }
    return QJsonObject{{"keys"_L1, QJsonArray{key}}};
}

} // namespace smtpaudit::sample::discovery
