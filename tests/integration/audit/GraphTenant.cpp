#include "GraphTenant.h"

#include "sample/tenant/SampleTenant.h"

namespace smtpaudit::test {

GraphTenant::GraphTenant() = default;
GraphTenant::~GraphTenant() = default;

bool GraphTenant::start(int mailboxes, quint64 seed, bool premium, const sample::FaultOptions& faults)
{
    sample::SampleTenantOptions options;
    options.tenant.size = sample::TenantSize::Small;
    options.tenant.mailboxCountOverride = mailboxes;
    options.tenant.seed = seed;
    options.tenant.premium = premium;
    options.server.faults = faults;
    auto started = sample::SampleTenant::start(std::move(options));
    if (!started.ok()) {
        qWarning() << started.error().toString();
        return false;
    }
    m_tenant = std::move(started).value();
    const sample::TenantModel& model = m_tenant->model();
    m_facts.tenantId = m_tenant->tenantId();
    m_facts.users = static_cast<qsizetype>(model.users.size());
    m_facts.caPolicies = static_cast<qsizetype>(model.conditionalAccessPolicies.size());
    m_facts.namedLocations = static_cast<qsizetype>(model.namedLocations.size());
    m_facts.applications = static_cast<qsizetype>(model.applications.size());
    m_facts.securityDefaults = model.securityDefaultsEnabled;
    for (const sample::SampleUser& user : model.users) {
        if (user.hasMailbox())
            m_facts.mailboxUserIds << user.id;
        m_facts.perUserMfaById.insert(user.id, sample::perUserMfaStateName(user.perUserMfa));
        m_facts.accountEnabledById.insert(user.id, user.accountEnabled);
    }
    m_facts.groundTruth = m_tenant->groundTruth(30);
    return true;
}

QUrl GraphTenant::baseUrl() const
{
    return m_tenant->baseUrl();
}

QString GraphTenant::caFile() const
{
    return m_tenant->caCertificatePath();
}

QString GraphTenant::clientId(bool restricted) const
{
    return restricted ? m_tenant->restrictedApp().clientId : m_tenant->mainApp().clientId;
}

QString GraphTenant::clientSecret(bool restricted) const
{
    return restricted ? m_tenant->restrictedApp().clientSecret : m_tenant->mainApp().clientSecret;
}

sample::SampleHttpServer& GraphTenant::server()
{
    return m_tenant->server();
}

} // namespace smtpaudit::test
