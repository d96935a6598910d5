#include "sample/graph/GraphService.h"

#include "sample/SampleJsonWriter.h"
#include "sample/data/TenantModel.h"
#include "sample/graph/GraphDirectory.h"
#include "sample/graph/GraphErrors.h"
#include "sample/graph/GraphPolicies.h"
#include "sample/graph/GraphSignIns.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {
namespace {

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), key.size() / 4);
    return key;
}

HttpResponse methodNotAllowed(const HttpRequest& request)
{
    return GraphErrors::error(request, 405, u"Request_BadRequest"_s,
                              u"Specified HTTP method is not allowed for the request target."_s);
}

} // namespace

GraphService::GraphService(std::shared_ptr<const TenantModel> model, QByteArray pagingKey)
    : m_context{std::move(model), PageToken(pagingKey.isEmpty() ? randomKey() : pagingKey)}
{}

std::optional<HttpResponse> GraphService::handle(const HttpRequest& request)
{
    if (!request.path.startsWith(u"/v1.0/"_s) && !request.path.startsWith(u"/beta/"_s))
        return std::nullopt;
    return dispatch(request);
}

HttpResponse GraphService::dispatch(const HttpRequest& request) const
{
    // Graph authenticates before it routes: no token is a 401 on any path.
    if (!request.token.has_value())
        return GraphErrors::missingToken(request);
    const QString version = GraphList::versionOf(request);
    QString route = request.path.mid(version.size() + 2); // after "/v1.0/"
    while (route.endsWith(u'/'))
        route.chop(1);
    const QStringList segments = route.split(u'/');

    if (route == u"$batch"_s)
        return request.method == "POST" ? batch(request) : methodNotAllowed(request);
    if (request.method != "GET")
        return methodNotAllowed(request);

    if (route == u"users"_s)
        return GraphDirectory::listUsers(request, m_context);
    if (route == u"users/$count"_s)
        return GraphDirectory::countUsers(request, m_context);
    if (segments.size() == 2 && segments[0] == u"users"_s)
        return GraphDirectory::getUser(request, m_context, segments[1]);
    if (segments.size() == 4 && segments[0] == u"users"_s && segments[2] == u"authentication"_s &&
        segments[3] == u"requirements"_s) {
        if (version != u"beta"_s) // per-user MFA state exists only in beta
            return GraphErrors::unsupportedSegment(request, u"requirements"_s);
        return GraphDirectory::getRequirements(request, m_context, segments[1]);
    }
    if (route == u"reports/authenticationMethods/userRegistrationDetails"_s)
        return GraphDirectory::listRegistrationDetails(request, m_context);
    if (route == u"policies/identitySecurityDefaultsEnforcementPolicy"_s)
        return GraphPolicies::securityDefaults(request, m_context);
    if (route == u"identity/conditionalAccess/policies"_s)
        return GraphPolicies::conditionalAccessPolicies(request, m_context);
    if (route == u"identity/conditionalAccess/namedLocations"_s)
        return GraphPolicies::namedLocations(request, m_context);
    if (route == u"applications"_s)
        return GraphPolicies::applications(request, m_context);
    if (route == u"auditLogs/signIns"_s)
        return GraphSignIns::list(request, m_context);
    return GraphErrors::unsupportedSegment(request, segments.value(0));
}

HttpResponse GraphService::batch(const HttpRequest& request) const
{
    // JSON batching (GDC concepts/json-batching.md): at most 20 requests, relative URLs, each answered
    // on its own with status, headers and body; the batch itself is 200 even when items fail.
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue requests = document.object().value(u"requests"_s);
    if (!document.isObject() || !requests.isArray() || requests.toArray().isEmpty())
        return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid batch payload format."_s);
    const QJsonArray items = requests.toArray();
    if (items.size() > MaxBatchRequests) // text as the Graph SDK surfaces it (MaximumValueExceeded)
        return GraphErrors::error(request, 400, u"MaximumValueExceeded"_s,
                                  u"Number of batch request steps exceeds the maximum value of 20."_s);
    QSet<QString> ids;
    for (const QJsonValue& item : items) {
        const QString id = item.toObject().value(u"id"_s).toVariant().toString();
        if (id.isEmpty() || ids.contains(id) || item.toObject().value(u"url"_s).toString().isEmpty())
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid batch payload format."_s);
        ids.insert(id);
    }

    const QString version = GraphList::versionOf(request);
    const QString origin = requestOrigin(request);
    QHash<QString, int> statusById;
    QByteArray text;
    text.reserve(items.size() * 600);
    JsonWriter json(text);
    json.beginObject().key("responses").beginArray();
    for (const QJsonValue& itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        const QString id = item.value(u"id"_s).toVariant().toString();
        HttpResponse response;
        bool dependencyFailed = false;
        for (const QJsonValue& dependency : item.value(u"dependsOn"_s).toArray()) {
            const int status = statusById.value(dependency.toString(), 0);
            dependencyFailed = dependencyFailed || status == 0 || status >= 400;
        }

        HttpRequest sub;
        sub.method = item.value(u"method"_s).toString(u"GET"_s).toUpper().toLatin1();
        QString relative = item.value(u"url"_s).toString();
        if (!relative.startsWith(u'/'))
            relative.prepend(u'/');
        const QUrl parsed(u"https://graph.microsoft.com"_s + relative);
        sub.path = u'/' + version + parsed.path(QUrl::FullyDecoded);
        sub.query = QUrlQuery(parsed);
        QUrl full(origin);
        full.setPath(sub.path);
        full.setQuery(sub.query);
        sub.url = full;
        const QJsonObject headers = item.value(u"headers"_s).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            sub.headers.append({it.key().toLower().toLatin1(), it.value().toString().toUtf8()});
        if (item.contains(u"body"_s))
            sub.body = QJsonDocument(item.value(u"body"_s).toObject()).toJson(QJsonDocument::Compact);
        sub.token = request.token;
        sub.peerAddress = request.peerAddress;

        if (dependencyFailed)
            response = GraphErrors::error(sub, 424, u"FailedDependency"_s, u"Failed dependency."_s);
        else if (relative.startsWith(u"/$batch"_s))
            response = GraphErrors::error(sub, 400, u"BadRequest"_s, u"Nested batch requests are not supported."_s);
        else
            response = dispatch(sub);
        statusById.insert(id, response.status);

        json.beginObject();
        json.key("id").string(id);
        json.key("status").integer(response.status);
        json.key("headers").headerObject(response.headers);
        // A JSON object is embedded as it is (every JSON answer here is one object, written by this service);
        // any other body (users/$count) is carried as a string.
        if (response.isJson() && response.body.startsWith('{'))
            json.key("body").raw(response.body);
        else if (!response.body.isEmpty())
            json.key("body").string(QString::fromUtf8(response.body));
        json.endObject();
    }
    json.endArray().endObject();
    HttpResponse response = HttpResponse::jsonText(200, std::move(text));
    GraphErrors::addRequestIds(request, response);
    return response;
}

} // namespace smtpaudit::sample
