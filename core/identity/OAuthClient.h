#pragma once

#include "http/ApiClient.h"
#include "identity/CloudEnvironment.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

namespace smtpaudit {

using FormFields = QList<QPair<QString, QString>>;
using NowFunction = std::function<QDateTime()>; // injectable clock (UTC)

struct AccessToken
{
    QByteArray value; // never logged, never written anywhere
    QDateTime expiresAt;
    QString scope; // what was asked for

    bool isUsableAt(const QDateTime& now, std::chrono::seconds margin) const
    {
        return !value.isEmpty() && expiresAt.isValid() && now.secsTo(expiresAt) > margin.count();
    }
};

struct TokenGrant
{
    AccessToken accessToken;
    QByteArray refreshToken; // delegated flows with offline_access only
    QString grantedScopes;   // the response's "scope"
};

// Talks to the identity platform's token and device-code endpoints of one tenant in one cloud, over its own
// ApiClient (so token requests never wait behind the data requests that need the token). Every request
// refuses redirects: a redirected client secret or refresh token would be a leaked one.
class OAuthClient : public QObject
{
    Q_OBJECT

public:
    using GrantCallback = std::function<void(Result<TokenGrant>)>;
    using ResponseCallback = std::function<void(ApiResult)>;

    OAuthClient(CloudEnvironment cloud, QString tenant, QObject* parent = nullptr);

    const CloudEnvironment& cloud() const { return m_cloud; }
    const QString& tenant() const { return m_tenant; }
    QUrl tokenEndpoint() const { return m_cloud.tokenEndpoint(m_tenant); }
    ApiClient& http() { return m_http; }
    void setClock(NowFunction now) { m_now = std::move(now); }
    QDateTime now() const { return m_now(); }
    void setTlsTrust(const TlsTrust& trust) { m_http.setTlsTrust(trust); }

    // POSTs a token request; a 200 becomes a TokenGrant, an error response a mapped Error.
    void requestToken(const FormFields& fields, bool idempotent, QObject* context, GrantCallback done);
    // The raw answer, 4xx included, for protocols that live in error responses (device-code polling).
    void postToken(const FormFields& fields, bool idempotent, QObject* context, ResponseCallback done);
    void postDeviceCode(const FormFields& fields, QObject* context, ResponseCallback done);
    void cancelAll() { m_http.cancelAll(); }

    // application/x-www-form-urlencoded with every reserved character escaped ('+' too: an unescaped '+'
    // in a client secret arrives as a space).
    static QByteArray formEncode(const FormFields& fields);
    static Result<TokenGrant> parseGrant(const QJsonObject& body, const QDateTime& now, const QString& scope);
    // An OAuth error response (status >= 400) to an Error; the `error` field decides (Microsoft asks clients
    // not to depend on AADSTS numbers), AADSTS codes only refine the message.
    static Error mapTokenError(const ApiResponse& response);

private:
    ApiRequest formRequest(const QUrl& url, const FormFields& fields, bool idempotent) const;

    CloudEnvironment m_cloud;
    QString m_tenant;
    ApiClient m_http;
    NowFunction m_now;
};

} // namespace smtpaudit
