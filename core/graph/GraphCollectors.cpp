#include "graph/GraphCollectors.h"

#include "audit/TenantSnapshot.h"
#include "graph/GraphListCollector.h"
#include "graph/GraphParsers.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

std::unique_ptr<Collector> makeRegistrationDetailsCollector(CollectorContext context, QObject* parent)
{
    GraphListCollector<UserRegistration>::Spec spec;
    spec.id = CollectorId::UserRegistrationDetails;
    spec.url = GraphQuery::registrationDetails(context.cloud, true);
    spec.fallbackUrl = GraphQuery::registrationDetails(context.cloud, false);
    spec.permission = QString(GraphQuery::permission::auditLog);
    spec.label = u"userRegistrationDetails"_s;
    spec.parse = &GraphParse::registration;
    spec.apply = [](TenantSnapshot& snapshot, const QList<UserRegistration>& items) { snapshot.registrations = items; };
    return std::make_unique<GraphListCollector<UserRegistration>>(std::move(context), std::move(spec), parent);
}

std::unique_ptr<Collector> makeConditionalAccessCollector(CollectorContext context, QObject* parent)
{
    GraphListCollector<ConditionalAccessPolicy>::Spec spec;
    spec.id = CollectorId::ConditionalAccessPolicies;
    spec.url = GraphQuery::conditionalAccessPolicies(context.cloud);
    spec.permission = QString(GraphQuery::permission::policy);
    spec.label = u"conditionalAccess policies"_s;
    spec.parse = &GraphParse::conditionalAccessPolicy;
    spec.apply = [](TenantSnapshot& snapshot, const QList<ConditionalAccessPolicy>& items) {
        snapshot.conditionalAccessPolicies = items;
    };
    return std::make_unique<GraphListCollector<ConditionalAccessPolicy>>(std::move(context), std::move(spec), parent);
}

std::unique_ptr<Collector> makeNamedLocationsCollector(CollectorContext context, QObject* parent)
{
    GraphListCollector<NamedLocation>::Spec spec;
    spec.id = CollectorId::NamedLocations;
    spec.url = GraphQuery::namedLocations(context.cloud);
    spec.permission = QString(GraphQuery::permission::policy);
    spec.label = u"namedLocations"_s;
    spec.parse = &GraphParse::namedLocation;
    spec.apply = [](TenantSnapshot& snapshot, const QList<NamedLocation>& items) { snapshot.namedLocations = items; };
    return std::make_unique<GraphListCollector<NamedLocation>>(std::move(context), std::move(spec), parent);
}

std::unique_ptr<Collector> makeApplicationsCollector(CollectorContext context, QObject* parent)
{
    GraphListCollector<Application>::Spec spec;
    spec.id = CollectorId::Applications;
    spec.url = GraphQuery::applications(context.cloud);
    spec.permission = QString(GraphQuery::permission::applications);
    spec.label = u"applications"_s;
    spec.parse = &GraphParse::application;
    spec.apply = [](TenantSnapshot& snapshot, const QList<Application>& items) { snapshot.applications = items; };
    return std::make_unique<GraphListCollector<Application>>(std::move(context), std::move(spec), parent);
}

SecurityDefaultsCollector::SecurityDefaultsCollector(CollectorContext context, QObject* parent)
    : Collector(std::move(context), {CollectorId::SecurityDefaults}, parent)
{}

void SecurityDefaultsCollector::run()
{
    const QUrl url = GraphQuery::securityDefaults(context().cloud);
    ApiRequest request = ApiRequest::get(url);
    request.tokenScope = context().graphScope();
    request.permissionHint = QString(GraphQuery::permission::policy);
    request.label = u"security defaults"_s;
    const QString query = GraphQuery::describe(url);
    m_request = client()->send(std::move(request), this, [this, query](ApiResult result) {
        m_request = 0;
        addRequests();
        if (!result.ok()) {
            fail(CollectorId::SecurityDefaults, result.error(), query);
            return;
        }
        const Result<bool> enabled = GraphParse::securityDefaultsEnabled(result.value().json);
        if (!enabled.ok()) {
            fail(CollectorId::SecurityDefaults, enabled.error(), query);
            return;
        }
        m_enabled = enabled.value();
        addItems(1);
        complete(CollectorId::SecurityDefaults, query, 1);
    });
}

void SecurityDefaultsCollector::stopJobs()
{
    Collector::stopJobs();
    if (m_request && client())
        client()->cancel(std::exchange(m_request, 0));
}

void SecurityDefaultsCollector::applyTo(TenantSnapshot& snapshot) const
{
    if (status(CollectorId::SecurityDefaults).isComplete())
        snapshot.organization.securityDefaultsEnabled = m_enabled;
}

} // namespace smtpaudit
