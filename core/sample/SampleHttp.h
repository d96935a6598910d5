#pragma once

// The contract between the sample tenant's HTTPS server (transport, TLS, token validation, faults,
// throttling) and the services that answer requests (identity platform, Graph, Exchange admin API).
// Plain values; no networking here.

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>
#include <utility>

namespace smtpaudit::sample {

// Claims of a bearer token that the server has already verified (signature, expiry, issuer).
struct AccessTokenClaims
{
    QString tenantId;
    QString appId;             // client id of the app the token was issued to
    QString audience;          // "https://graph.microsoft.com" or "https://outlook.office365.com"
    QStringList roles;         // application permissions (client credentials)
    QStringList scopes;        // delegated permissions (device code, auth code), from "scp"
    QString userPrincipalName; // delegated tokens only
    QDateTime expiresAt;

    bool isAppOnly() const { return userPrincipalName.isEmpty(); }
    bool grants(const QString& permission) const { return roles.contains(permission) || scopes.contains(permission); }
};

struct HttpRequest
{
    QByteArray method;                            // "GET", "POST", ...
    QString path;                                 // percent-decoded path, no query: "/v1.0/users"
    QUrlQuery query;                              // decoded query items ("$select", "$top", ...)
    QUrl url;                                     // the complete URL as the client addressed it (for nextLink building)
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    std::optional<AccessTokenClaims> token; // set when a valid "Authorization: Bearer" was presented
    QString peerAddress;

    QByteArray header(const QByteArray& lowerCaseName) const
    {
        for (const auto& [name, value] : headers)
            if (name == lowerCaseName)
                return value;
        return {};
    }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added by the server
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject& object)
    {
        return jsonText(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    // A body that is already JSON text (written with JsonWriter): the same headers as json(), no copy.
    static HttpResponse jsonText(int status, QByteArray body)
    {
        HttpResponse response;
        response.status = status;
        response.headers.append(
            QPair<QByteArray, QByteArray>("Content-Type", "application/json; odata.metadata=minimal; charset=utf-8"));
        response.body = std::move(body);
        return response;
    }
    bool isJson() const
    {
        for (const auto& [name, value] : headers)
            if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                return value.startsWith("application/json");
        return false;
    }
    static HttpResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain")
    {
        HttpResponse response;
        response.status = status;
        response.headers.append(QPair<QByteArray, QByteArray>("Content-Type", contentType));
        response.body = body;
        return response;
    }
};

// A service answers the requests it owns and returns std::nullopt for every other path, so the
// server can ask each in turn. Services run on the server's thread and must not block.
class SampleService
{
public:
    virtual ~SampleService() = default;
    virtual std::optional<HttpResponse> handle(const HttpRequest& request) = 0;
};

} // namespace smtpaudit::sample
