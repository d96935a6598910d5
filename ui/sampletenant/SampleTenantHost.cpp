#include "SampleTenantHost.h"

#include "sample/tenant/SampleTenant.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

SampleTenantHost::SampleTenantHost(QObject* parent)
    : QObject(parent)
{}

SampleTenantHost::~SampleTenantHost() = default;

Result<ConnectionRequest> SampleTenantHost::connectionFor(const QString& size)
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
        auto started = sample::SampleTenant::start(std::move(options));
        if (!started.ok())
            return started.error();
        m_tenant = std::move(started).value();
        m_size = name;
    }
    const sample::SampleAppCredentials& app = m_tenant->mainApp();
    ConnectionRequest request;
    ConnectionProfile& p = request.profile;
    p.name = u"sample"_s;
    p.tenant = m_tenant->tenantId();
    p.cloud = u"custom"_s;
    // The sample serves the identity platform, Graph and the Exchange admin API
    // from one loopback origin.
    p.loginUrl = p.graphUrl = p.exchangeUrl = m_tenant->baseUrl().toString();
    p.caFile = m_tenant->caCertificatePath();
    p.clientId = app.clientId;
    p.auth = ConnectionProfile::AuthKind::ClientSecret;
    request.secret = app.clientSecret.toUtf8();
    request.label = tr("Sample tenant (%1)").arg(name);
    request.sampleTenant = true;
    return request;
}

} // namespace smtpaudit::ui
