#include "SampleTenantHost.h"

#include "sample/identity/IdentityPlatform.h"
#include "sample/tenant/SampleTenant.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

// What the sample's auditor app is granted on Microsoft Graph (IdentityPlatform.h lists it).
const QStringList auditorGraphRoles{u"User.Read.All"_s,      u"AuditLog.Read.All"_s,
                                    u"Policy.Read.All"_s,    u"Application.Read.All"_s,
                                    u"Directory.Read.All"_s, u"UserAuthenticationMethod.Read.All"_s};

} // namespace

SampleTenantHost::SampleTenantHost(QObject* parent)
    : QObject(parent)
{}

SampleTenantHost::~SampleTenantHost() = default;

void SampleTenantHost::setServerOptions(const sample::SampleServerOptions& options)
{
    m_serverOptions = options;
    m_size.clear(); // the next connectionFor() starts a tenant with these options
}

QStringList SampleTenantHost::limitedReaderMissingPermissions()
{
    return {u"AuditLog.Read.All"_s, u"Policy.Read.All"_s};
}

void SampleTenantHost::registerLimitedReader()
{
    // A second app registration, as an admin who consented to only part of what smtpaudit asks for would
    // have: without AuditLog.Read.All (users' last sign-in) and Policy.Read.All (per-user MFA, security
    // defaults, Conditional Access). Directory.Read.All still reads the sign-in log.
    sample::SampleAppRegistration app;
    app.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    app.displayName = u"smtpaudit sample limited reader"_s;
    app.clientSecrets = {sample::IdentityPlatform::generateClientSecret()};
    QStringList graphRoles = auditorGraphRoles;
    for (const QString& missing : limitedReaderMissingPermissions())
        graphRoles.removeAll(missing);
    app.appRoles.insert(sample::resources::graphAppId, graphRoles);
    app.appRoles.insert(sample::resources::exchangeAppId, {u"Exchange.ManageAsApp"_s});
    m_tenant->identity().registerApp(app);
    m_limitedClientId = app.clientId;
    m_limitedSecret = app.clientSecrets.constFirst();
}

Result<ConnectionRequest> SampleTenantHost::connectionFor(const QString& size, SampleApp app)
{
    const QString name = size.trimmed().toLower();
    if (!m_tenant || m_size != name) {
        const std::optional<sample::TenantSize> parsed = sample::TenantOptions::sizeFromName(name);
        if (!parsed)
            return Error::make(Error::Category::InvalidInput,
                               tr("The sample tenant comes in small, medium or large, not \"%1\".").arg(size));
        m_tenant.reset();
        sample::SampleTenantOptions options;
        options.tenant.size = *parsed;
        options.server = m_serverOptions;
        auto started = sample::SampleTenant::start(std::move(options));
        if (!started.ok())
            return started.error();
        m_tenant = std::move(started).value();
        m_size = name;
        registerLimitedReader();
    }
    ConnectionRequest request;
    ConnectionProfile& p = request.profile;
    p.name = u"sample"_s;
    p.tenant = m_tenant->tenantId();
    p.cloud = u"custom"_s;
    // The sample serves the identity platform, Graph and the Exchange admin API
    // from one loopback origin.
    p.loginUrl = p.graphUrl = p.exchangeUrl = m_tenant->baseUrl().toString();
    p.caFile = m_tenant->caCertificatePath();
    p.auth = ConnectionProfile::AuthKind::ClientSecret;
    request.sampleTenant = true;
    if (app == SampleApp::LimitedReader) {
        p.clientId = m_limitedClientId;
        request.secret = m_limitedSecret.toUtf8();
        request.label = tr("Sample tenant (%1, limited reader app)").arg(name);
    } else {
        const sample::SampleAppCredentials& auditor = m_tenant->mainApp();
        p.clientId = auditor.clientId;
        request.secret = auditor.clientSecret.toUtf8();
        request.label = tr("Sample tenant (%1)").arg(name);
    }
    return request;
}

} // namespace smtpaudit::ui
