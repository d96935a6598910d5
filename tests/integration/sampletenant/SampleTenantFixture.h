#pragma once

// Starts the complete sample tenant (sample::SampleTenant) in-process and talks to it as a client does:
// QNetworkAccessManager over TLS, trusting exactly the CA file the tenant wrote (no ignoreSslErrors),
// client-credentials tokens from its own token endpoint.

#include "sample/data/TenantModel.h"
#include "sample/tenant/SampleTenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

#include <memory>

namespace smtpaudit::test {

struct TenantReply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray value() const { return json().value(QStringLiteral("value")).toArray(); }
    QString nextLink() const { return json().value(QStringLiteral("@odata.nextLink")).toString(); }
    QString errorMessage() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    }
    QString errorCode() const
    {
        return json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

class SampleTenantFixture
{
public:
    std::unique_ptr<sample::SampleTenant> tenant;
    QNetworkAccessManager network;
    QSslConfiguration tls;

    static sample::SampleTenantOptions smallOptions(quint64 seed = 7)
    {
        sample::SampleTenantOptions options;
        options.tenant.size = sample::TenantSize::Small;
        options.tenant.seed = seed;
        options.tenant.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        return options;
    }

    bool start(sample::SampleTenantOptions options = smallOptions())
    {
        auto started = sample::SampleTenant::start(std::move(options));
        if (!started.ok()) {
            qWarning() << started.error().toString();
            return false;
        }
        tenant = std::move(started).value();
        tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(tenant->caCertificatePath()));
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        return true;
    }

    const sample::TenantModel& model() const { return tenant->model(); }

    QUrl url(const QString& pathAndQuery) const { return QUrl(tenant->baseUrl().toString() + pathAndQuery); }

    QNetworkRequest request(const QUrl& url, const QByteArray& bearer) const
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setTransferTimeout(30000);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        return request;
    }

    TenantReply wait(QNetworkReply* reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        TenantReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.error = reply->error();
        reply->deleteLater();
        return result;
    }

    TenantReply get(const QUrl& url, const QByteArray& bearer, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest get = request(url, bearer);
        for (const auto& [name, value] : headers)
            get.setRawHeader(name, value);
        return wait(network.get(get));
    }
    TenantReply get(const QString& pathAndQuery, const QByteArray& bearer) { return get(url(pathAndQuery), bearer); }

    TenantReply postJson(const QUrl& url, const QByteArray& bearer, const QJsonObject& body,
                         const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest post = request(url, bearer);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto& [name, value] : headers)
            post.setRawHeader(name, value);
        return wait(network.post(post, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    // A client-credentials token for the app with `clientId`/`secret`, or empty when refused.
    QByteArray token(const QString& clientId, const QString& secret, const QString& scope)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        QNetworkRequest post =
            request(url(QLatin1Char('/') + tenant->tenantId() + QStringLiteral("/oauth2/v2.0/token")), {});
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        const TenantReply reply = wait(network.post(post, form.toString(QUrl::FullyEncoded).toLatin1()));
        return reply.status == 200 ? reply.json().value(QStringLiteral("access_token")).toString().toLatin1()
                                   : QByteArray();
    }
    QByteArray graphToken()
    {
        return token(tenant->mainApp().clientId, tenant->mainApp().clientSecret,
                     QStringLiteral("https://graph.microsoft.com/.default"));
    }
    QByteArray exchangeToken()
    {
        return token(tenant->mainApp().clientId, tenant->mainApp().clientSecret,
                     QStringLiteral("https://outlook.office365.com/.default"));
    }
    QByteArray restrictedGraphToken()
    {
        return token(tenant->restrictedApp().clientId, tenant->restrictedApp().clientSecret,
                     QStringLiteral("https://graph.microsoft.com/.default"));
    }

    // Follows complete @odata.nextLink URLs (GET) until there is none; every page's value appended.
    // Returns false when a page failed or the chain did not end within `maxPages`.
    bool getAllPages(const QString& firstPathAndQuery, const QByteArray& bearer, QJsonArray& all, int* pages = nullptr,
                     int maxPages = 100000, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QUrl next = url(firstPathAndQuery);
        int count = 0;
        while (next.isValid() && !next.isEmpty()) {
            const TenantReply page = get(next, bearer, headers);
            if (page.status != 200 || ++count > maxPages) {
                qWarning() << "page" << count << page.status << page.body.left(300);
                return false;
            }
            for (const QJsonValue& value : page.value())
                all.append(value);
            next = page.nextLink().isEmpty() ? QUrl() : QUrl(page.nextLink());
        }
        if (pages)
            *pages = count;
        return true;
    }
};

} // namespace smtpaudit::test
