#include "AuditSampleTenant.h"

#include "sample/tenant/SampleTenant.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {

Result<SampleConnection> startSampleTenant(const SampleTenantChoice& choice, int signInDays)
{
    const auto size = sample::TenantOptions::sizeFromName(choice.size);
    if (!size)
        return Error::make(
            Error::Category::InvalidInput,
            QCoreApplication::translate("AuditCommand", "--sample-tenant takes small, medium or large."));
    sample::SampleTenantOptions options;
    options.tenant.size = *size;
    options.tenant.seed = choice.seed;
    options.tenant.premium = choice.premium;
    options.server.faults.seed = static_cast<quint32>(choice.seed);
    options.server.faults.latencyMs = choice.latencyMs;
    // As `sample-tenant serve --fault-rate`: shared equally by the five faults a client must survive.
    const double share = choice.faultRate / 5;
    options.server.faults.tooManyRequestsRate = share;
    options.server.faults.serviceUnavailableRate = share;
    options.server.faults.connectionResetRate = share;
    options.server.faults.truncatedJsonRate = share;
    options.server.faults.malformedJsonRate = share;
    auto started = sample::SampleTenant::start(std::move(options));
    if (!started.ok())
        return started.error();
    std::unique_ptr<sample::SampleTenant> tenant = std::move(started).value();

    if (!choice.groundTruthFile.isEmpty()) {
        const QByteArray truth = QJsonDocument(tenant->groundTruth(signInDays)).toJson();
        QSaveFile file(choice.groundTruthFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(truth) != truth.size() || !file.commit())
            return Error::make(Error::Category::Io,
                               QCoreApplication::translate("AuditCommand", "Cannot write %1: %2")
                                   .arg(choice.groundTruthFile, file.errorString()),
                               {}, choice.groundTruthFile);
    }

    const sample::SampleAppCredentials& app = choice.restrictedApp ? tenant->restrictedApp() : tenant->mainApp();
    SampleConnection connection;
    connection.profile.name = u"sample"_s;
    connection.profile.tenant = tenant->tenantId();
    connection.profile.clientId = app.clientId;
    connection.profile.cloud = u"custom"_s;
    connection.profile.loginUrl = connection.profile.graphUrl = connection.profile.exchangeUrl =
        tenant->baseUrl().toString();
    connection.profile.caFile = tenant->caCertificatePath();
    connection.profile.auth = ConnectionProfile::AuthKind::ClientSecret;
    connection.clientSecret = app.clientSecret.toUtf8();
    connection.tenant = std::move(tenant);
    return connection;
}

} // namespace smtpaudit::cli
