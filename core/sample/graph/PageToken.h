#pragma once

#include "sample/SampleHttp.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace smtpaudit::sample {

// Opaque $skiptoken values: base64url of a cursor plus a keyed check value over the cursor and the
// query it belongs to, so an edited or transplanted token is refused (400) instead of paging wrongly.
class PageToken
{
public:
    explicit PageToken(QByteArray key)
        : m_key(std::move(key))
    {}

    QString encode(const QString& scope, quint64 cursor) const;
    std::optional<quint64> decode(const QString& scope, const QString& token) const;

    // The scope of a Graph list request: its path and every query option except $skiptoken, in order.
    static QString scopeOf(const HttpRequest& request);
    // The complete next-page URL: the request's own URL (scheme, host, port, path, options) with the new
    // $skiptoken.
    static QString nextLink(const HttpRequest& request, const QString& token);

private:
    QByteArray check(const QString& scope, quint64 cursor) const;

    QByteArray m_key;
};

// scheme://host[:port] of the request ("https://graph.microsoft.com" when the URL is unknown).
QString requestOrigin(const HttpRequest& request);

} // namespace smtpaudit::sample
