#include "sample/graph/GraphErrors.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::GraphErrors {
namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString clientRequestId(const HttpRequest& request)
{
    const QByteArray sent = request.header("client-request-id");
    return sent.isEmpty() ? newId() : QString::fromLatin1(sent.left(64));
}

} // namespace

void addRequestIds(const HttpRequest& request, HttpResponse& response)
{
    response.headers.append({QByteArray("request-id"), newId().toLatin1()});
    response.headers.append({QByteArray("client-request-id"), clientRequestId(request).toLatin1()});
}

HttpResponse error(const HttpRequest& request, int status, const QString& code, const QString& message)
{
    const QString requestId = newId();
    const QString clientId = clientRequestId(request);
    QJsonObject inner;
    // Graph writes the date without a zone designator ("2021-09-02T14:32:39").
    inner.insert(u"date"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    inner.insert(u"request-id"_s, requestId);
    inner.insert(u"client-request-id"_s, clientId);
    QJsonObject body;
    body.insert(u"code"_s, code);
    body.insert(u"message"_s, message);
    body.insert(u"innerError"_s, inner);
    HttpResponse response = HttpResponse::json(status, QJsonObject{{u"error"_s, body}});
    response.headers.append({QByteArray("request-id"), requestId.toLatin1()});
    response.headers.append({QByteArray("client-request-id"), clientId.toLatin1()});
    return response;
}

HttpResponse missingToken(const HttpRequest& request)
{
    HttpResponse response = error(request, 401, u"InvalidAuthenticationToken"_s, u"Access token is empty."_s);
    response.headers.append(
        {QByteArray("WWW-Authenticate"),
         QByteArray(
             "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", "
             "client_id=\"00000003-0000-0000-c000-000000000000\"")});
    return response;
}

HttpResponse wrongAudience(const HttpRequest& request)
{
    return error(request, 401, u"InvalidAuthenticationToken"_s,
                 u"Access token validation failure. Invalid audience."_s);
}

HttpResponse insufficientPrivileges(const HttpRequest& request)
{
    return error(request, 403, u"Authorization_RequestDenied"_s,
                 u"Insufficient privileges to complete the operation."_s);
}

HttpResponse noPremiumLicence(const HttpRequest& request)
{
    // Text as Graph returns it (microsoft-apis.md section 3; microsoft-graph-docs issue #3033).
    return error(request, 403, u"Authentication_RequestFromNonPremiumTenantOrB2CTenant"_s,
                 u"Neither tenant is B2C or tenant doesn't have premium license"_s);
}

HttpResponse notFound(const HttpRequest& request, const QString& resource)
{
    return error(request, 404, u"Request_ResourceNotFound"_s,
                 u"Resource '"_s + resource +
                     u"' does not exist or one of its queried reference-property objects are not present."_s);
}

HttpResponse unsupportedSegment(const HttpRequest& request, const QString& segment)
{
    return error(request, 400, u"BadRequest"_s, u"Resource not found for the segment '"_s + segment + u"'."_s);
}

HttpResponse invalidSkipToken(const HttpRequest& request)
{
    // UNVERIFIED: Graph's exact text for a tampered $skiptoken is not documented; this mirrors its style.
    return error(request, 400, u"Request_BadRequest"_s, u"The specified page token value has expired or is invalid."_s);
}

std::optional<HttpResponse> checkAccess(const HttpRequest& request, const QStringList& accepted)
{
    if (!request.token.has_value())
        return missingToken(request);
    const AccessTokenClaims& token = *request.token;
    QString audience = token.audience;
    while (audience.endsWith(u'/'))
        audience.chop(1);
    if (audience != GraphAudience && audience != u"00000003-0000-0000-c000-000000000000"_s)
        return wrongAudience(request);
    for (const QString& permission : accepted)
        if (token.grants(permission))
            return std::nullopt;
    return insufficientPrivileges(request);
}

} // namespace smtpaudit::sample::GraphErrors
