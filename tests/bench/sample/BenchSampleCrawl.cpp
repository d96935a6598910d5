// Starts the sample tenant and crawls it as the audit does, over real loopback HTTPS: every user
// ($select with signInActivity, pages of 120) and every sign-in of the last D days (pages of 1000, complete
// nextLink URLs), then Get-CASMailbox -ResultSize Unlimited. Prints times, pages, bytes and peak RSS.
// Usage: BenchSampleCrawl [small|medium|large] [days (default 30)]

#include "sample/data/TenantModel.h"
#include "sample/tenant/SampleTenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTextStream>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

qint64 peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    return -1;
}

struct Crawl
{
    QNetworkAccessManager network;
    QSslConfiguration tls;
    qint64 bytes = 0;

    QByteArray send(QNetworkRequest request, const QByteArray& bearer, const QByteArray& postBody, int* status)
    {
        request.setSslConfiguration(tls);
        request.setTransferTimeout(120000);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        QNetworkReply* reply = postBody.isNull() ? network.get(request) : network.post(request, postBody);
        // A benchmark's own event loop (the product never blocks like this).
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        bytes += body.size();
        reply->deleteLater();
        return body;
    }

    QByteArray token(const sample::SampleTenant& tenant, const QString& scope)
    {
        QNetworkRequest request(QUrl(tenant.baseUrl().toString() + u'/' + tenant.tenantId() + u"/oauth2/v2.0/token"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, tenant.mainApp().clientId);
        form.addQueryItem(u"client_secret"_s,
                          QString::fromLatin1(QUrl::toPercentEncoding(tenant.mainApp().clientSecret)));
        form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        int status = 0;
        const QByteArray body = send(request, {}, form.toString(QUrl::FullyEncoded).toLatin1(), &status);
        return QJsonDocument::fromJson(body).object().value(u"access_token"_s).toString().toLatin1();
    }

    // Follows nextLinks; GET, or POST of the same body (Exchange). Returns objects read, -1 on failure.
    qint64 all(QUrl url, const QByteArray& bearer, int* pages, const QByteArray& postBody = QByteArray())
    {
        qint64 objects = 0;
        *pages = 0;
        while (!url.isEmpty()) {
            QNetworkRequest request(url);
            if (!postBody.isNull()) {
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                request.setRawHeader("Prefer", "odata.maxpagesize=1000");
            }
            int status = 0;
            const QJsonObject page = QJsonDocument::fromJson(send(request, bearer, postBody, &status)).object();
            if (status != 200)
                return -1;
            ++*pages;
            objects += page.value(u"value"_s).toArray().size();
            const QString next = page.value(u"@odata.nextLink"_s).toString();
            url = next.isEmpty() ? QUrl() : QUrl(next);
        }
        return objects;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    sample::SampleTenantOptions options;
    options.tenant.size =
        sample::TenantOptions::sizeFromName(args.value(1, u"large"_s)).value_or(sample::TenantSize::Large);
    options.tenant.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    const int days = args.value(2, u"30"_s).toInt();
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    auto started = sample::SampleTenant::start(options);
    if (!started.ok()) {
        out << "start failed: " << started.error().toString() << '\n';
        return 1;
    }
    const std::unique_ptr<sample::SampleTenant> tenant = std::move(started).value();
    out << "size:                " << args.value(1, u"large"_s) << " (" << tenant->model().users.size() << " users, "
        << tenant->model().signIns.size() << " sign-ins)\n"
        << "start (generate+TLS): " << timer.elapsed() << " ms, peak RSS " << peakRssMb() << " MB\n";
    out.flush();

    Crawl crawl;
    crawl.tls = QSslConfiguration::defaultConfiguration();
    crawl.tls.addCaCertificates(QSslCertificate::fromPath(tenant->caCertificatePath()));
    const QByteArray graph = crawl.token(*tenant, u"https://graph.microsoft.com/.default"_s);
    const QByteArray exchange = crawl.token(*tenant, u"https://outlook.office365.com/.default"_s);
    const QString base = tenant->baseUrl().toString();

    int pages = 0;
    timer.restart();
    qint64 objects = crawl.all(QUrl(base + u"/v1.0/users?$select=id,userPrincipalName,accountEnabled,"
                                           u"lastPasswordChangeDateTime,passwordPolicies,signInActivity&$top=999"_s),
                               graph, &pages);
    out << "users crawl:          " << objects << " users, " << pages << " pages, " << timer.elapsed() << " ms\n";
    out.flush();

    crawl.bytes = 0;
    timer.restart();
    const QString since = sample::isoUtc(options.tenant.now.toSecsSinceEpoch() - static_cast<qint64>(days) * 86400);
    QUrl signIns(base + u"/v1.0/auditLogs/signIns"_s);
    signIns.setQuery(u"$filter=createdDateTime%20ge%20"_s + since);
    objects = crawl.all(signIns, graph, &pages);
    const qint64 signInMs = timer.elapsed();
    out << "sign-ins crawl:       " << objects << " events (" << days << " days), " << pages << " pages, " << signInMs
        << " ms, " << crawl.bytes / (1024 * 1024) << " MB of JSON, " << (signInMs > 0 ? objects * 1000 / signInMs : 0)
        << " events/s\n";
    out.flush();

    timer.restart();
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"CmdletInput"_s,
                                   QJsonObject{{u"CmdletName"_s, u"Get-CASMailbox"_s},
                                               {u"Parameters"_s, QJsonObject{{u"ResultSize"_s, u"Unlimited"_s}}}}}})
            .toJson(QJsonDocument::Compact);
    objects =
        crawl.all(QUrl(base + u"/adminapi/beta/"_s + tenant->tenantId() + u"/InvokeCommand"_s), exchange, &pages, body);
    out << "Get-CASMailbox crawl: " << objects << " mailboxes, " << pages << " pages, " << timer.elapsed() << " ms\n"
        << "peak RSS:             " << peakRssMb() << " MB\n";
    return 0;
}
