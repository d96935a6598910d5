#pragma once

// Starts the sample identity platform and HTTPS server in-process and talks to them like a client would:
// QNetworkAccessManager over TLS, verifying the server against the CA file the server wrote (no
// ignoreSslErrors anywhere). The clock is a variable the tests move.

#include "sample/identity/IdentityPlatform.h"
#include "sample/server/SampleHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace smtpaudit::test {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;

    bool hasHeader(const QByteArray& name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [&](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class SampleServerFixture
{
public:
    QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60); // the sample tenant's clock
    QTemporaryDir directory;
    std::unique_ptr<sample::IdentityPlatform> identity;
    std::unique_ptr<sample::SampleHttpServer> server;
    QNetworkAccessManager network;
    QSslConfiguration tls;

    sample::SampleClock clock()
    {
        return [this] { return now; };
    }

    // Creates the identity platform (with its default apps) and the server serving it and `extraServices`.
    bool start(sample::SampleServerOptions serverOptions = {}, sample::IdentityOptions identityOptions = {},
               const QList<sample::SampleService*>& extraServices = {})
    {
        identityOptions.clock = clock();
        auto created = sample::IdentityPlatform::create(identityOptions);
        if (!created) {
            qWarning() << created.error().toString();
            return false;
        }
        identity = std::move(created).value();
        serverOptions.clock = clock();
        serverOptions.caCertificatePath = directory.filePath(QStringLiteral("sample-ca.pem"));
        server = std::make_unique<sample::SampleHttpServer>(serverOptions);
        server->setTokenVerifier(identity->tokenVerifier());
        server->addService(identity.get());
        for (sample::SampleService* service : extraServices)
            server->addService(service);
        if (const Status started = server->start(); !started) {
            qWarning() << started.error().toString();
            return false;
        }
        // Pin exactly the CA the server wrote, as a product client would.
        tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(serverOptions.caCertificatePath));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return true;
    }

    // A second server with `options`, sharing this fixture's PKI (so `tls` trusts it) and identity platform.
    std::unique_ptr<sample::SampleHttpServer> secondServer(sample::SampleServerOptions options,
                                                           sample::SampleService* service)
    {
        options.clock = clock();
        auto second = std::make_unique<sample::SampleHttpServer>(options);
        second->setPki(server->pki());
        second->setTokenVerifier(identity->tokenVerifier());
        second->addService(identity.get());
        second->addService(service);
        return second->start().ok() ? std::move(second) : nullptr;
    }

    QUrl url(const QString& pathAndQuery) const { return QUrl(server->baseUrl().toString() + pathAndQuery); }

    QNetworkRequest request(const QString& pathAndQuery, const QByteArray& bearer = {}) const
    {
        return request(*server, pathAndQuery, bearer);
    }

    QNetworkRequest request(const sample::SampleHttpServer& to, const QString& pathAndQuery,
                            const QByteArray& bearer = {}) const
    {
        QNetworkRequest request(QUrl(to.baseUrl().toString() + pathAndQuery));
        request.setSslConfiguration(tls);
        request.setTransferTimeout(20000);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        return request;
    }

    HttpResult wait(QNetworkReply* reply, int timeoutMs = 20000)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult result;
        result.finished = reply->isFinished() || finished.wait(timeoutMs);
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString& pathAndQuery, const QByteArray& bearer = {})
    {
        return wait(network.get(request(pathAndQuery, bearer)));
    }

    HttpResult postForm(const QString& pathAndQuery, const QUrlQuery& form, const QByteArray& authorization = {})
    {
        QNetworkRequest post = request(pathAndQuery);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        if (!authorization.isEmpty())
            post.setRawHeader("Authorization", authorization);
        return wait(network.post(post, form.toString(QUrl::FullyEncoded).toLatin1()));
    }

    QString tokenPath(const QString& tenant = {}) const
    {
        return QLatin1Char('/') + (tenant.isEmpty() ? identity->tenantId() : tenant) +
               QStringLiteral("/oauth2/v2.0/token");
    }

    // A client-credentials token for `clientId` (secret), or an empty array when the request failed.
    QByteArray appToken(const QString& clientId, const QString& secret,
                        const QString& scope = QStringLiteral("https://graph.microsoft.com/.default"))
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        const HttpResult result = postForm(tokenPath(), form);
        return result.status == 200 ? result.json().value(QStringLiteral("access_token")).toString().toLatin1()
                                    : QByteArray();
    }
};

// A service that answers under /v1.0/test/ and reports what the server handed it.
class EchoService : public sample::SampleService
{
public:
    int calls = 0;
    std::optional<sample::HttpRequest> lastRequest;

    std::optional<sample::HttpResponse> handle(const sample::HttpRequest& request) override
    {
        if (!request.path.startsWith(QStringLiteral("/v1.0/test/")))
            return std::nullopt;
        ++calls;
        lastRequest = request;
        if (!request.token)
            return sample::HttpResponse::json(
                401, QJsonObject{{QStringLiteral("error"), QStringLiteral("unauthenticated")}});
        QJsonObject body{{QStringLiteral("path"), request.path},
                         {QStringLiteral("appId"), request.token->appId},
                         {QStringLiteral("roles"), QJsonArray::fromStringList(request.token->roles)},
                         {QStringLiteral("padding"), QString(200, QLatin1Char('x'))}};
        return sample::HttpResponse::json(200, body);
    }
};

} // namespace smtpaudit::test
