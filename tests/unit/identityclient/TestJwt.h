#pragma once

#include "identity/TokenClaims.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace smtpaudit::test {

// An access token shaped like Entra's (header.payload.signature); the signature is filler because the
// client never verifies it.
inline QByteArray makeToken(const QJsonObject& payload)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("RS256")}};
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           Base64Url::encode(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' +
           Base64Url::encode("not-a-real-signature");
}

} // namespace smtpaudit::test
