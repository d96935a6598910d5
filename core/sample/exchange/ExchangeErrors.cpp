#include "sample/exchange/ExchangeErrors.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::ExchangeErrors {

HttpResponse error(const HttpRequest& request, int status, const QString& exceptionType, const QString& message)
{
    // The module joins the category and the text in details[0].message ("|" separated); clients show it.
    const QString shortType = exceptionType.section(u'.', -1);
    const QJsonObject inner{{u"message"_s, message},
                            {u"type"_s, exceptionType},
                            {u"internalException"_s, QJsonObject{{u"message"_s, message}}}};
    const QJsonArray details{QJsonObject{{u"code"_s, u"Context"_s}, {u"target"_s, QString()}, {u"message"_s, message}}};
    const QJsonObject body{
        {u"code"_s, shortType}, {u"message"_s, message}, {u"details"_s, details}, {u"innererror"_s, inner}};
    HttpResponse response = HttpResponse::json(status, QJsonObject{{u"error"_s, body}});
    response.headers.append(QPair<QByteArray, QByteArray>(QByteArray("X-ExceptionType"), shortType.toLatin1()));
    const QByteArray clientRequestId = request.header("client-request-id");
    response.headers.append(
        QPair<QByteArray, QByteArray>(QByteArray("request-id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)));
    if (!clientRequestId.isEmpty())
        response.headers.append(
            QPair<QByteArray, QByteArray>(QByteArray("client-request-id"), clientRequestId.left(64)));
    return response;
}

HttpResponse missingToken(const HttpRequest& request)
{
    // UNVERIFIED text; the 401 with a Bearer challenge is what any Exchange Online REST endpoint sends.
    HttpResponse response = error(request, 401, u"System.UnauthorizedAccessException"_s,
                                  u"The request is not authorized: no valid access token for "
                                  u"https://outlook.office365.com was presented."_s);
    response.headers.append(
        QPair<QByteArray, QByteArray>(QByteArray("WWW-Authenticate"),
                                      QByteArray("Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", "
                                                 "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", "
                                                 "token_types=\"app_asserted_user_v1 service_asserted_app_v1\", "
                                                 "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
                                                 "authorize\"")));
    return response;
}

HttpResponse forbidden(const HttpRequest& request)
{
    // UNVERIFIED text: app-only access needs Exchange.ManageAsApp (reference section 4, app-only setup).
    return error(request, 403, u"System.UnauthorizedAccessException"_s,
                 u"The token does not grant Exchange.ManageAsApp (application) or Exchange.Manage (delegated); "
                 u"the admin API refuses the request."_s);
}

HttpResponse badRequest(const HttpRequest& request, const QString& message)
{
    return error(request, 400, u"System.ArgumentException"_s, message);
}

HttpResponse unknownTenant(const HttpRequest& request, const QString& segment)
{
    return error(request, 404, u"Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"_s,
                 u"The tenant '"_s + segment + u"' couldn't be found."_s);
}

HttpResponse methodNotAllowed(const HttpRequest& request)
{
    return error(request, 405, u"System.NotSupportedException"_s,
                 u"The HTTP method is not allowed for this resource; InvokeCommand takes POST."_s);
}

HttpResponse invalidSkipToken(const HttpRequest& request)
{
    // The nextLink is only valid with the same body POSTed again (module Execute-Command).
    return badRequest(request, u"The skip token is invalid or does not belong to this command and its parameters."_s);
}

} // namespace smtpaudit::sample::ExchangeErrors
