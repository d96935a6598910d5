#include "sample/graph/GraphContext.h"

#include "sample/SampleJsonWriter.h"
#include "sample/graph/GraphErrors.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::GraphList {

QString versionOf(const HttpRequest& request)
{
    return request.path.startsWith(u"/beta/"_s) ? u"beta"_s : u"v1.0"_s;
}

QString context(const HttpRequest& request, const QString& fragment)
{
    return requestOrigin(request) + u'/' + versionOf(request) + u"/$metadata#"_s + fragment;
}

HttpResponse page(const HttpRequest& request, const QString& contextFragment, const QJsonArray& value,
                  const std::optional<QString>& nextLink, std::optional<qint64> count)
{
    QJsonObject body;
    body.insert(u"@odata.context"_s, context(request, contextFragment));
    if (count.has_value())
        body.insert(u"@odata.count"_s, *count);
    if (nextLink.has_value())
        body.insert(u"@odata.nextLink"_s, *nextLink);
    body.insert(u"value"_s, value);
    HttpResponse response = HttpResponse::json(200, body);
    GraphErrors::addRequestIds(request, response);
    return response;
}

HttpResponse page(const HttpRequest& request, const QString& contextFragment, const QByteArray& valueArray,
                  const std::optional<QString>& nextLink, std::optional<qint64> count)
{
    QByteArray body;
    body.reserve(valueArray.size() + 1024);
    JsonWriter json(body);
    json.beginObject();
    json.key("@odata.context").string(context(request, contextFragment));
    if (count.has_value())
        json.key("@odata.count").integer(*count);
    if (nextLink.has_value())
        json.key("@odata.nextLink").string(*nextLink);
    json.key("value").raw(valueArray);
    json.endObject();
    HttpResponse response = HttpResponse::jsonText(200, std::move(body));
    GraphErrors::addRequestIds(request, response);
    return response;
}

HttpResponse entity(const HttpRequest& request, const QString& contextFragment, QJsonObject object)
{
    object.insert(u"@odata.context"_s, context(request, contextFragment));
    HttpResponse response = HttpResponse::json(200, object);
    GraphErrors::addRequestIds(request, response);
    return response;
}

QString queryValue(const HttpRequest& request, const QString& key)
{
    for (const auto& [name, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool hasQuery(const HttpRequest& request, const QString& key)
{
    for (const auto& [name, value] : request.query.queryItems(QUrl::FullyDecoded))
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

std::optional<HttpResponse> readTop(const HttpRequest& request, int defaultSize, int maximum, int& pageSize)
{
    pageSize = defaultSize;
    if (!hasQuery(request, u"$top"_s))
        return std::nullopt;
    const QString text = queryValue(request, u"$top"_s);
    bool ok = false;
    const int top = text.toInt(&ok);
    if (!ok || top < 1 || top > maximum)
        return GraphErrors::error(request, 400, u"Request_UnsupportedQuery"_s,
                                  u"Invalid page size specified: '"_s + text + u"'. Must be between 1 and "_s +
                                      QString::number(maximum) + u" inclusive."_s);
    pageSize = top;
    return std::nullopt;
}

std::optional<HttpResponse> readSkipToken(const HttpRequest& request, const GraphContext& context, quint64& cursor)
{
    cursor = 0;
    if (!hasQuery(request, u"$skiptoken"_s))
        return std::nullopt;
    const std::optional<quint64> decoded =
        context.pageTokens.decode(PageToken::scopeOf(request), queryValue(request, u"$skiptoken"_s));
    if (!decoded)
        return GraphErrors::invalidSkipToken(request);
    cursor = *decoded;
    return std::nullopt;
}

} // namespace smtpaudit::sample::GraphList
