#pragma once

// Compact JWS (RFC 7515) as the identity platform uses it: base64url, RS256/PS256 over
// "base64url(header).base64url(payload)".

#include "sample/server/Pki.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace smtpaudit::sample::jwt {

QByteArray base64UrlEncode(const QByteArray& bytes);
// Strict: rejects characters outside the base64url alphabet (padding is tolerated).
std::optional<QByteArray> base64UrlDecode(const QByteArray& text);

struct Parsed
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // the first two segments with their dot, exactly as received
    QByteArray signature;
};

// Splits and decodes a compact JWS; std::nullopt when it is not three base64url segments of JSON objects.
std::optional<Parsed> parse(const QByteArray& compact);

// The scheme named by a JWS "alg", or std::nullopt for anything but RS256/PS256 ("none" included).
std::optional<SignatureScheme> schemeForAlgorithm(const QString& alg);

Result<QByteArray> sign(const QJsonObject& header, const QJsonObject& payload, const KeyPair& key,
                        SignatureScheme scheme);

// NumericDate claims (seconds since the epoch); std::nullopt when absent or not a number.
std::optional<qint64> numericDate(const QJsonObject& payload, const QString& claim);

} // namespace smtpaudit::sample::jwt
