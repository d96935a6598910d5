#include "sample/graph/PageToken.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

QByteArray PageToken::check(const QString& scope, quint64 cursor) const
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_key);
    mac.addData(scope.toUtf8());
    mac.addData("|");
    mac.addData(QByteArray::number(cursor));
    return mac.result().left(12).toHex();
}

QString PageToken::encode(const QString& scope, quint64 cursor) const
{
    const QByteArray payload = "v1:" + QByteArray::number(cursor) + ':' + check(scope, cursor);
    return QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<quint64> PageToken::decode(const QString& scope, const QString& token) const
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts[0] != "v1")
        return std::nullopt;
    bool ok = false;
    const quint64 cursor = parts[1].toULongLong(&ok);
    if (!ok || parts[2] != check(scope, cursor))
        return std::nullopt;
    return cursor;
}

QString PageToken::scopeOf(const HttpRequest& request)
{
    QString scope = request.path;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (key.compare(u"$skiptoken"_s, Qt::CaseInsensitive) != 0)
            scope += u'|' + key + u'=' + value;
    return scope;
}

QString PageToken::nextLink(const HttpRequest& request, const QString& token)
{
    QUrl url(requestOrigin(request));
    url.setPath(request.path);
    QUrlQuery query;
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (key.compare(u"$skiptoken"_s, Qt::CaseInsensitive) != 0)
            query.addQueryItem(key, QString(value)
                                        .replace(u'%', u"%25"_s)
                                        .replace(u'&', u"%26"_s)
                                        .replace(u'+', u"%2B"_s)
                                        .replace(u'#', u"%23"_s));
    query.addQueryItem(u"$skiptoken"_s, token);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString requestOrigin(const HttpRequest& request)
{
    if (!request.url.isValid() || request.url.host().isEmpty())
        return u"https://graph.microsoft.com"_s;
    QUrl origin;
    origin.setScheme(request.url.scheme().isEmpty() ? u"https"_s : request.url.scheme());
    origin.setHost(request.url.host());
    origin.setPort(request.url.port());
    return origin.toString(QUrl::FullyEncoded);
}

} // namespace smtpaudit::sample
