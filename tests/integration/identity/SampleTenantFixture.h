#pragma once

// The sample tenant (identity platform + HTTPS server) started in-process, and the product's identity
// classes pointed at it through a "custom" cloud whose CA file is the one the server wrote. The tenant's
// clock is the real clock plus an offset the test may move, or frozen.

#include "http/TlsTrust.h"
#include "identity/CloudEnvironment.h"
#include "sample/identity/IdentityPlatform.h"
#include "sample/server/SampleHttpServer.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace smtpaudit::test {

class SampleTenantFixture
{
public:
    qint64 clockOffsetSeconds = 0;
    std::optional<QDateTime> frozenAt;
    QTemporaryDir directory;
    std::unique_ptr<sample::IdentityPlatform> identity;
    std::unique_ptr<sample::SampleHttpServer> server;
    QString caFile;

    QDateTime now() const { return frozenAt ? *frozenAt : QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds); }
    sample::SampleClock clock()
    {
        return [this] { return now(); };
    }

    bool start(sample::SampleServerOptions serverOptions = {}, sample::IdentityOptions identityOptions = {},
               const QList<sample::SampleService*>& services = {})
    {
        if (!identity) {
            identityOptions.clock = clock();
            auto created = sample::IdentityPlatform::create(std::move(identityOptions));
            if (!created.ok()) {
                qWarning() << created.error().toString();
                return false;
            }
            identity = std::move(created).value();
        }
        serverOptions.clock = clock();
        caFile = directory.filePath(QStringLiteral("sample-ca.pem"));
        serverOptions.caCertificatePath = caFile;
        server = std::make_unique<sample::SampleHttpServer>(serverOptions);
        server->setTokenVerifier(identity->tokenVerifier());
        server->addService(identity.get());
        for (sample::SampleService* service : services)
            server->addService(service);
        if (const Status started = server->start(); !started.ok()) {
            qWarning() << started.error().toString();
            return false;
        }
        return true;
    }

    // Every base URL points at the sample server; the scopes are the global cloud's (the sample tenant
    // issues tokens for the real resource URIs).
    CloudEnvironment cloud() const
    {
        CloudEnvironment::CustomUrls urls;
        urls.login = server->baseUrl();
        urls.graph = server->baseUrl();
        urls.exchange = server->baseUrl();
        CloudEnvironment environment = CloudEnvironment::custom(urls).value();
        environment.caFile = caFile;
        return environment;
    }

    TlsTrust trust() const
    {
        TlsTrust trust;
        trust.addCaCertificates(TlsTrust::loadCaFile(caFile).value());
        return trust;
    }

    QString tenantId() const { return identity->tenantId(); }
};

} // namespace smtpaudit::test
