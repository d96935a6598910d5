#include "identity/TokenClaims.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smtpaudit {

QByteArray Base64Url::encode(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> Base64Url::decode(const QByteArray& text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return decoded.decoded;
}

bool TokenClaims::grants(const QString& permission) const
{
    return roles.contains(permission, Qt::CaseInsensitive) || scopes.contains(permission, Qt::CaseInsensitive);
}

bool TokenClaims::hasRoleTemplate(const QString& templateId) const
{
    return wids.contains(templateId, Qt::CaseInsensitive);
}

Result<TokenClaims> TokenClaims::decode(const QByteArray& token)
{
    const auto malformed = [](const QString& detail) {
        return Error::make(Error::Category::MalformedResponse,
                           QCoreApplication::translate("TokenClaims", "The access token cannot be read."), detail);
    };
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return malformed(u"not a JWS compact token"_s);
    const std::optional<QByteArray> payload = Base64Url::decode(parts.at(1));
    if (!payload)
        return malformed(u"payload is not base64url"_s);
    const QJsonDocument document = QJsonDocument::fromJson(*payload);
    if (!document.isObject())
        return malformed(u"payload is not a JSON object"_s);

    TokenClaims claims;
    claims.raw = document.object();
    const QJsonObject& raw = claims.raw;
    const auto strings = [&](const QString& name) {
        QStringList list;
        for (const QJsonValue& value : raw.value(name).toArray())
            list << value.toString();
        return list;
    };
    const auto time = [&](const QString& name) {
        const QJsonValue value = raw.value(name);
        return value.isDouble() ? QDateTime::fromSecsSinceEpoch(value.toInteger(), Qt::UTC) : QDateTime();
    };
    claims.roles = strings(u"roles"_s);
    claims.scopes = raw.value(u"scp"_s).toString().split(u' ', Qt::SkipEmptyParts);
    claims.wids = strings(u"wids"_s);
    // "aud" may be a string or an array (RFC 7519 4.1.3).
    const QJsonValue audience = raw.value(u"aud"_s);
    claims.audience = audience.isArray() ? audience.toArray().first().toString() : audience.toString();
    claims.tenantId = raw.value(u"tid"_s).toString();
    claims.appId = raw.value(u"appid"_s).toString();
    if (claims.appId.isEmpty())
        claims.appId = raw.value(u"azp"_s).toString();
    claims.userPrincipalName = raw.value(u"upn"_s).toString();
    if (claims.userPrincipalName.isEmpty())
        claims.userPrincipalName = raw.value(u"preferred_username"_s).toString();
    claims.objectId = raw.value(u"oid"_s).toString();
    claims.identityType = raw.value(u"idtyp"_s).toString();
    claims.notBefore = time(u"nbf"_s);
    claims.expiresAt = time(u"exp"_s);
    return claims;
}

} // namespace smtpaudit
