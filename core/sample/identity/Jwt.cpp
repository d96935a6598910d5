#include "sample/identity/Jwt.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::jwt {

QByteArray base64UrlEncode(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(const QByteArray& text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

namespace {

std::optional<QJsonObject> decodeObject(const QByteArray& segment)
{
    const auto bytes = base64UrlDecode(segment);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::optional<Parsed> parse(const QByteArray& compact)
{
    const QList<QByteArray> segments = compact.split('.');
    if (segments.size() != 3 || segments.at(0).isEmpty() || segments.at(1).isEmpty())
        return std::nullopt;
    const auto header = decodeObject(segments.at(0));
    const auto payload = decodeObject(segments.at(1));
    const auto signature = base64UrlDecode(segments.at(2));
    if (!header || !payload || !signature)
        return std::nullopt;
    Parsed parsed;
    parsed.header = *header;
    parsed.payload = *payload;
    parsed.signingInput = segments.at(0) + '.' + segments.at(1);
    parsed.signature = *signature;
    return parsed;
}

std::optional<SignatureScheme> schemeForAlgorithm(const QString& alg)
{
    if (alg == "RS256"_L1)
        return SignatureScheme::RsaPkcs1Sha256;
    if (alg == "PS256"_L1)
        return SignatureScheme::RsaPssSha256;
    return std::nullopt;
}

Result<QByteArray> sign(const QJsonObject& header, const QJsonObject& payload, const KeyPair& key,
                        SignatureScheme scheme)
{
    const QByteArray signingInput = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    auto signature = key.sign(scheme, signingInput);
    if (!signature)
        return signature.error();
    return QByteArray(signingInput + '.' + base64UrlEncode(*signature));
}

std::optional<qint64> numericDate(const QJsonObject& payload, const QString& claim)
{
    const QJsonValue value = payload.value(claim);
    if (!value.isDouble())
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

} // namespace smtpaudit::sample::jwt
