#include "sample/exchange/ExchangeService.h"

#include "sample/data/TenantModel.h"
#include "sample/exchange/ExchangeErrors.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QRandomGenerator>
#include <QSet>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {
namespace {

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

bool grantsAdminApi(const AccessTokenClaims& token)
{
    // App-only: the Exchange.ManageAsApp application permission (EXOPS app-only-auth-powershell-v2.md).
    // Delegated: Exchange.Manage (UNVERIFIED in Microsoft docs, reference section 4).
    return token.roles.contains(u"Exchange.ManageAsApp"_s) || token.scopes.contains(u"Exchange.Manage"_s);
}

// Prefer: odata.maxpagesize=N among other comma-separated preferences; out of range is clamped (OData lets a
// service apply a preference partly). 0 = not asked.
int preferredPageSize(const HttpRequest& request)
{
    for (const QByteArray& part : request.header("prefer").split(',')) {
        const QByteArray trimmed = part.trimmed();
        if (!trimmed.toLower().startsWith("odata.maxpagesize="))
            continue;
        bool ok = false;
        const int size = trimmed.mid(18).trimmed().toInt(&ok);
        if (ok)
            return std::clamp(size, 1, ExchangeService::MaxPageSize);
    }
    return 0;
}

QString origin(const HttpRequest& request)
{
    return requestOrigin(request);
}

} // namespace

ExchangeService::ExchangeService(std::shared_ptr<const TenantModel> model, QByteArray pagingKey)
    : m_model(model)
    , m_cmdlets(std::move(model))
    , m_pageTokens(pagingKey.isEmpty() ? randomKey() : pagingKey)
{}

std::optional<HttpResponse> ExchangeService::handle(const HttpRequest& request)
{
    if (!request.path.startsWith(u"/adminapi/"_s, Qt::CaseInsensitive))
        return std::nullopt;
    return route(request);
}

bool ExchangeService::isThisTenant(const QString& segment) const
{
    return segment.compare(m_model->tenantId, Qt::CaseInsensitive) == 0 ||
           segment.compare(m_model->initialDomain, Qt::CaseInsensitive) == 0;
}

HttpResponse ExchangeService::route(const HttpRequest& request) const
{
    // /adminapi/beta/{tenant}/InvokeCommand | /adminapi/beta/{tenant}/$batch
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    const bool known =
        segments.size() == 4 && segments[1].compare(u"beta"_s, Qt::CaseInsensitive) == 0 &&
        (segments[3].compare(u"InvokeCommand"_s, Qt::CaseInsensitive) == 0 || segments[3] == u"$batch"_s);
    if (!known)
        return ExchangeErrors::error(request, 404, u"System.Web.HttpException"_s,
                                     u"The resource '"_s + request.path + u"' does not exist."_s);
    // The server hands over only tokens whose audience is Exchange Online (SampleServerOptions).
    if (!request.token.has_value())
        return ExchangeErrors::missingToken(request);
    if (!grantsAdminApi(*request.token))
        return ExchangeErrors::forbidden(request);
    if (request.token->tenantId.compare(m_model->tenantId, Qt::CaseInsensitive) != 0 || !isThisTenant(segments[2]))
        return ExchangeErrors::unknownTenant(request, segments[2]);
    if (request.method != "POST")
        return ExchangeErrors::methodNotAllowed(request);
    return segments[3] == u"$batch"_s ? batch(request, segments[2]) : invoke(request, segments[2]);
}

HttpResponse ExchangeService::invoke(const HttpRequest& request, const QString& tenantSegment) const
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject input = document.object().value(u"CmdletInput"_s).toObject();
    const QJsonValue name = input.value(u"CmdletName"_s);
    const QJsonValue parametersValue = input.value(u"Parameters"_s);
    if (!document.isObject() || !name.isString() || name.toString().isEmpty() ||
        !(parametersValue.isUndefined() || parametersValue.isObject() || parametersValue.isNull()))
        return ExchangeErrors::badRequest(
            request, u"The request body must be {\"CmdletInput\":{\"CmdletName\":...,\"Parameters\":{...}}}."_s);
    const QJsonObject parameters = parametersValue.toObject();

    const auto result = m_cmdlets.run(name.toString(), parameters);
    if (const CmdletFailure* failure = std::get_if<CmdletFailure>(&result))
        return ExchangeErrors::error(request, failure->status, failure->exceptionType, failure->message);
    const CmdletOutput& output = std::get<CmdletOutput>(result);

    // The skip token is bound to the tenant, the cmdlet and its parameters: the client POSTs the same body
    // to the nextLink; another body with that link is refused rather than paged wrongly.
    const QString scope = tenantSegment.toLower() + u'|' + name.toString().toLower() + u'|' +
                          QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    quint64 cursor = 0;
    const QString skipToken = request.query.queryItemValue(u"$skiptoken"_s, QUrl::FullyDecoded);
    if (request.query.hasQueryItem(u"$skiptoken"_s)) {
        const std::optional<quint64> decoded = m_pageTokens.decode(scope, skipToken);
        if (!decoded || *decoded > static_cast<quint64>(output.count))
            return ExchangeErrors::invalidSkipToken(request);
        cursor = *decoded;
    }
    const int preferred = preferredPageSize(request);
    const qsizetype pageSize = preferred > 0 ? preferred : MaxPageSize;
    const qsizetype end = std::min<qsizetype>(output.count, static_cast<qsizetype>(cursor) + pageSize);

    const QString context =
        origin(request) + u"/adminapi/beta/"_s + tenantSegment + u"/$metadata#Collection(Exchange.GenericHashTable)"_s;
    QByteArray body;
    body.reserve((end - static_cast<qsizetype>(cursor)) * 900 + 1024); // a Get-User object is ~800 bytes
    JsonWriter json(body);
    json.beginObject();
    json.key("@odata.context").string(context);
    if (cursor == 0 && !output.warnings.isEmpty()) {
        json.key("@adminapi.warnings").beginArray();
        for (const QString& warning : output.warnings)
            json.string(warning);
        json.endArray();
    }
    if (end < output.count) {
        QUrl next(origin(request));
        next.setPath(request.path);
        QUrlQuery query;
        query.addQueryItem(u"$skiptoken"_s, m_pageTokens.encode(scope, static_cast<quint64>(end)));
        next.setQuery(query);
        json.key("@odata.nextLink").string(next.toString(QUrl::FullyEncoded));
    }
    json.key("value").beginArray();
    for (qsizetype i = static_cast<qsizetype>(cursor); i < end; ++i)
        output.write(json, i);
    json.endArray();
    json.endObject();
    HttpResponse response = HttpResponse::jsonText(200, std::move(body));
    if (preferred > 0)
        response.headers.append(QPair<QByteArray, QByteArray>(
            QByteArray("Preference-Applied"), QByteArray("odata.maxpagesize=" + QByteArray::number(preferred))));
    response.headers.append(
        QPair<QByteArray, QByteArray>(QByteArray("request-id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)));
    return response;
}

HttpResponse ExchangeService::batch(const HttpRequest& request, const QString& tenantSegment) const
{
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue requests = document.object().value(u"requests"_s);
    if (!document.isObject() || !requests.isArray() || requests.toArray().isEmpty())
        return ExchangeErrors::badRequest(request, u"The batch body must be {\"requests\":[...]}."_s);
    const QJsonArray items = requests.toArray();
    if (items.size() > MaxBatchRequests) // UNVERIFIED text; the limit of 10 is CIPP's and the module's
        return ExchangeErrors::badRequest(request, u"A batch may hold at most 10 requests."_s);
    QSet<QString> ids;
    for (const QJsonValue& item : items) {
        const QString id = item.toObject().value(u"id"_s).toVariant().toString();
        if (id.isEmpty() || ids.contains(id))
            return ExchangeErrors::badRequest(request, u"Every batch request needs a unique id."_s);
        ids.insert(id);
    }

    const QUrl base(origin(request) + u"/adminapi/beta/"_s + tenantSegment + u'/');
    QByteArray text;
    JsonWriter json(text);
    json.beginObject().key("responses").beginArray();
    for (const QJsonValue& itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        HttpRequest sub;
        sub.method = item.value(u"method"_s).toString(u"POST"_s).toUpper().toLatin1();
        const QUrl url = base.resolved(QUrl(item.value(u"url"_s).toString()));
        sub.path = url.path(QUrl::FullyDecoded);
        sub.query = QUrlQuery(url);
        sub.url = url;
        const QJsonObject headers = item.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            sub.headers.append({it.key().toLower().toLatin1(), it.value().toString().toUtf8()});
        if (sub.header("prefer").isEmpty() && !request.header("prefer").isEmpty())
            sub.headers.append(QPair<QByteArray, QByteArray>(QByteArray("prefer"), request.header("prefer")));
        const QJsonValue body = item.value(u"body"_s);
        sub.body =
            body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact) : body.toString().toUtf8();
        sub.token = request.token;
        sub.peerAddress = request.peerAddress;

        // Only InvokeCommand of this tenant and this origin; no nested batches.
        const bool sameOrigin = url.host() == request.url.host() && url.port() == request.url.port();
        const bool invokes = sub.path.endsWith(u"/InvokeCommand"_s, Qt::CaseInsensitive);
        const HttpResponse response =
            sameOrigin && invokes ? route(sub)
                                  : ExchangeErrors::badRequest(sub, u"A batch request must POST to InvokeCommand."_s);
        json.beginObject();
        json.key("id").string(item.value(u"id"_s).toVariant().toString());
        json.key("status").integer(response.status);
        json.key("headers").headerObject(response.headers);
        // Every answer of this service is a JSON object; anything else would be carried as an empty one.
        json.key("body");
        if (response.isJson() && response.body.startsWith('{'))
            json.raw(response.body);
        else
            json.beginObject().endObject();
        json.endObject();
    }
    json.endArray().endObject();
    HttpResponse response = HttpResponse::jsonText(200, std::move(text));
    response.headers.append(
        QPair<QByteArray, QByteArray>(QByteArray("request-id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)));
    return response;
}

} // namespace smtpaudit::sample
