#include "sample/tenant/SampleTenant.h"

#include "sample/data/GroundTruth.h"
#include "sample/data/TenantGenerator.h"
#include "sample/exchange/ExchangeService.h"
#include "sample/graph/GraphService.h"
#include "sample/identity/IdentityPlatform.h"
#include "sample/server/SampleHttpServer.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

SampleTenant::SampleTenant(QObject* parent)
    : QObject(parent)
{}

SampleTenant::~SampleTenant()
{
    // The server holds raw pointers to the services: stop it before they go.
    if (m_server)
        m_server->stop();
    m_server.reset();
}

Result<std::unique_ptr<SampleTenant>> SampleTenant::start(SampleTenantOptions options, QObject* parent)
{
    std::unique_ptr<SampleTenant> tenant(new SampleTenant(parent));
    if (!options.tenant.now.isValid())
        options.tenant.now = QDateTime::currentDateTimeUtc();
    tenant->m_model = std::make_shared<const TenantModel>(TenantGenerator::generate(options.tenant));
    const TenantModel& model = *tenant->m_model;

    IdentityOptions identity;
    identity.tenantId = model.tenantId;
    identity.verifiedDomains = {model.initialDomain};
    identity.seed = static_cast<quint32>(options.tenant.seed);
    // Device-code approval signs in a user of the generated directory, never an invented one.
    const std::shared_ptr<const TenantModel> modelRef = tenant->m_model;
    identity.userDirectory = [modelRef](const QString& upn) -> std::optional<SampleIdentityUser> {
        const int index = modelRef->userIndexByUpn(upn);
        if (index < 0)
            return std::nullopt;
        const auto& user = modelRef->users.at(static_cast<size_t>(index));
        return SampleIdentityUser{user.userPrincipalName, user.id, user.displayName};
    };
    auto platform = IdentityPlatform::create(std::move(identity));
    if (!platform.ok())
        return platform.error();
    tenant->m_identity = std::move(platform).value();

    tenant->m_graph = std::make_unique<GraphService>(tenant->m_model);
    tenant->m_exchange = std::make_unique<ExchangeService>(tenant->m_model);

    if (options.caCertificatePath.isEmpty()) {
        tenant->m_tempDir = std::make_unique<QTemporaryDir>();
        if (!tenant->m_tempDir->isValid())
            return Error::make(Error::Category::Io,
                               QCoreApplication::translate("SampleTenant", "Cannot create a temporary folder."),
                               tenant->m_tempDir->errorString());
        options.caCertificatePath = tenant->m_tempDir->filePath(u"sample-tenant-ca.pem"_s);
    }
    tenant->m_caPath = options.caCertificatePath;
    options.server.caCertificatePath = options.caCertificatePath;
    // Either switch turns Microsoft's limits on; `throttling` alone never turns off what server options asked.
    options.server.throttling.enabled = options.server.throttling.enabled || options.throttling;

    tenant->m_server = std::make_unique<SampleHttpServer>(options.server);
    tenant->m_server->setTokenVerifier(tenant->m_identity->tokenVerifier());
    tenant->m_server->addService(tenant->m_identity.get());
    tenant->m_server->addService(tenant->m_graph.get());
    tenant->m_server->addService(tenant->m_exchange.get());
    const Status started = tenant->m_server->start();
    if (!started.ok())
        return started.error();
    return tenant;
}

QUrl SampleTenant::baseUrl() const
{
    return m_server->baseUrl();
}

QString SampleTenant::tenantId() const
{
    return m_model->tenantId;
}

QString SampleTenant::initialDomain() const
{
    return m_model->initialDomain;
}

const SampleAppCredentials& SampleTenant::mainApp() const
{
    return m_identity->mainApp();
}

const SampleAppCredentials& SampleTenant::restrictedApp() const
{
    return m_identity->restrictedApp();
}

const SampleAppCredentials& SampleTenant::publicClient() const
{
    return m_identity->publicClient();
}

QJsonObject SampleTenant::groundTruth(int signInDays) const
{
    return sample::groundTruth(*m_model, signInDays);
}

QJsonObject SampleTenant::connectionInfo() const
{
    return QJsonObject{
        {u"baseUrl"_s, baseUrl().toString()},
        {u"caFile"_s, m_caPath},
        {u"tenantId"_s, tenantId()},
        {u"clientId"_s, mainApp().clientId},
        {u"clientSecret"_s, mainApp().clientSecret},
        {u"smtpHost"_s, QJsonValue()},
        {u"smtpPort"_s, QJsonValue()},
    };
}

} // namespace smtpaudit::sample
