#pragma once

#include "sample/SampleHttp.h"
#include "sample/graph/PageToken.h"

#include <QJsonArray>

#include <memory>
#include <optional>

namespace smtpaudit::sample {

struct TenantModel;

// What every Graph endpoint handler needs: the tenant and the paging key.
struct GraphContext
{
    std::shared_ptr<const TenantModel> model;
    PageToken pageTokens;
};

namespace GraphList {

// "v1.0" or "beta", from the request path.
QString versionOf(const HttpRequest& request);
// "https://host:port/v1.0/$metadata#<fragment>"
QString context(const HttpRequest& request, const QString& fragment);
// A 200 collection page: @odata.context, optional @odata.count, value, optional @odata.nextLink.
HttpResponse page(const HttpRequest& request, const QString& contextFragment, const QJsonArray& value,
                  const std::optional<QString>& nextLink, std::optional<qint64> count = std::nullopt);
// The same page with `valueArray` already written as JSON text ("[...]", see JsonWriter).
HttpResponse page(const HttpRequest& request, const QString& contextFragment, const QByteArray& valueArray,
                  const std::optional<QString>& nextLink, std::optional<qint64> count = std::nullopt);
HttpResponse entity(const HttpRequest& request, const QString& contextFragment, QJsonObject object);

// Reads $top for directory lists (1..999, Graph's Request_UnsupportedQuery text otherwise).
// Returns the page size or the 400 response.
std::optional<HttpResponse> readTop(const HttpRequest& request, int defaultSize, int maximum, int& pageSize);
// Reads $skiptoken; cursor 0 without one. Returns the 400 response for a token that fails its check.
std::optional<HttpResponse> readSkipToken(const HttpRequest& request, const GraphContext& context, quint64& cursor);
QString queryValue(const HttpRequest& request, const QString& key);
bool hasQuery(const HttpRequest& request, const QString& key);

} // namespace GraphList
} // namespace smtpaudit::sample
