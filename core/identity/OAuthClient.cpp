#include "identity/OAuthClient.h"

#include "http/HttpErrors.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace smtpaudit {

OAuthClient::OAuthClient(CloudEnvironment cloud, QString tenant, QObject* parent)
    : QObject(parent)
    , m_cloud(std::move(cloud))
    , m_tenant(std::move(tenant))
    , m_http(this)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_http.setMaxConcurrency(4);
}

QByteArray OAuthClient::formEncode(const FormFields& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

ApiRequest OAuthClient::formRequest(const QUrl& url, const FormFields& fields, bool idempotent) const
{
    ApiRequest request = ApiRequest::postForm(url, formEncode(fields));
    request.idempotent = idempotent;
    request.deliverHttpErrors = true;
    request.redirects = ApiRequest::Redirects::Refuse;
    request.deadline = 120s;
    request.attemptTimeout = 60s;
    request.label = u"token endpoint"_s;
    return request;
}

void OAuthClient::postToken(const FormFields& fields, bool idempotent, QObject* context, ResponseCallback done)
{
    m_http.send(formRequest(tokenEndpoint(), fields, idempotent), context, std::move(done));
}

void OAuthClient::postDeviceCode(const FormFields& fields, QObject* context, ResponseCallback done)
{
    ApiRequest request = formRequest(m_cloud.deviceCodeEndpoint(m_tenant), fields, true);
    request.label = u"device code endpoint"_s;
    m_http.send(std::move(request), context, std::move(done));
}

void OAuthClient::requestToken(const FormFields& fields, bool idempotent, QObject* context, GrantCallback done)
{
    QString scope;
    for (const auto& [name, value] : fields)
        if (name == u"scope"_s)
            scope = value;
    postToken(fields, idempotent, context, [this, scope, done = std::move(done)](ApiResult result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        if (result.value().status >= 400) {
            done(mapTokenError(result.value()));
            return;
        }
        done(parseGrant(result.value().json, m_now(), scope));
    });
}

Result<TokenGrant> OAuthClient::parseGrant(const QJsonObject& body, const QDateTime& now, const QString& scope)
{
    TokenGrant grant;
    grant.accessToken.value = body.value(u"access_token"_s).toString().toUtf8();
    grant.accessToken.scope = scope;
    grant.refreshToken = body.value(u"refresh_token"_s).toString().toUtf8();
    grant.grantedScopes = body.value(u"scope"_s).toString();
    // expires_in is a number in v2 responses; v1 sent strings, so accept both.
    const QJsonValue expiresIn = body.value(u"expires_in"_s);
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger(-1);
    const QString tokenType = body.value(u"token_type"_s).toString();
    if (grant.accessToken.value.isEmpty() || seconds <= 0 ||
        (!tokenType.isEmpty() && tokenType.compare(u"Bearer"_s, Qt::CaseInsensitive) != 0))
        return Error::make(Error::Category::MalformedResponse,
                           tr("The sign-in service answered without a usable access token."),
                           u"token_type=%1 expires_in=%2"_s.arg(tokenType).arg(seconds));
    grant.accessToken.expiresAt = now.addSecs(seconds);
    return grant;
}

Error OAuthClient::mapTokenError(const ApiResponse& response)
{
    const ServiceError service = parseServiceError(response.body);
    Error error;
    error.httpStatus = response.status;
    error.detail = u"HTTP %1 "_s.arg(response.status) + service.summary();
    error.category = Error::Category::Authentication;
    const QString& code = service.code;
    const QList<int>& aadsts = service.aadstsCodes;

    if (response.status >= 500 || code == u"temporarily_unavailable"_s) {
        error.category = Error::Category::Service;
        error.message = tr("The sign-in service is unavailable; try again later.");
    } else if (code == u"invalid_client"_s) {
        // AADSTS7000215 wrong secret, 7000222 expired secret, 700027 assertion or certificate not accepted
        // (learn.microsoft.com/entra/identity-platform/reference-error-codes).
        if (aadsts.contains(7000222))
            error.message = tr("The client secret has expired. Create a new secret for the app registration.");
        else if (aadsts.contains(700027) || aadsts.contains(700024))
            error.message = tr("The certificate was not accepted: it is not registered for the app, has expired, "
                               "or this computer's clock is wrong.");
        else
            error.message = tr("The app's credential was not accepted: check the client secret or certificate.");
    } else if (code == u"unauthorized_client"_s || aadsts.contains(700016)) {
        error.message = tr("The app is not known in this tenant, or is not allowed to use this sign-in method.");
    } else if (aadsts.contains(90002) || aadsts.contains(900023)) {
        error.category = Error::Category::InvalidInput;
        error.message = tr("The tenant was not found. Check the tenant id or domain and the cloud.");
    } else if (aadsts.contains(65001) || code == u"consent_required"_s) {
        error.category = Error::Category::PermissionMissing;
        error.message = tr("The app lacks admin consent for the requested permissions.");
    } else if (code == u"invalid_scope"_s) {
        error.category = Error::Category::InvalidInput;
        error.message = tr("The requested permission scope is not valid for this app.");
    } else if (code == u"invalid_grant"_s || code == u"interaction_required"_s) {
        error.message = tr("The sign-in has expired or was revoked; sign in again.");
    } else if (code == u"authorization_declined"_s) {
        error.message = tr("The sign-in was declined.");
    } else if (code == u"expired_token"_s) {
        error.message = tr("The sign-in code expired before the sign-in was completed.");
    } else if (code == u"bad_verification_code"_s) {
        error.message = tr("The sign-in service did not recognise the device code.");
    } else {
        error.message = tr("Sign-in failed.");
    }
    error.subject = code;
    return error;
}

} // namespace smtpaudit
