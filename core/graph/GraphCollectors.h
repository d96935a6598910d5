#pragma once

// The simple Graph collectors: one GET (security defaults) or one paged list each. The ones with logic of
// their own have their own files: UsersCollector, PerUserMfaCollector, SignInsCollector.

#include "audit/run/Collector.h"

#include <memory>
#include <optional>

namespace smtpaudit {

// GET /v1.0/reports/authenticationMethods/userRegistrationDetails (Entra ID P1; AuditLog.Read.All).
std::unique_ptr<Collector> makeRegistrationDetailsCollector(CollectorContext context, QObject* parent = nullptr);
// GET /v1.0/identity/conditionalAccess/policies (Policy.Read.All).
std::unique_ptr<Collector> makeConditionalAccessCollector(CollectorContext context, QObject* parent = nullptr);
// GET /v1.0/identity/conditionalAccess/namedLocations (Policy.Read.All).
std::unique_ptr<Collector> makeNamedLocationsCollector(CollectorContext context, QObject* parent = nullptr);
// GET /v1.0/applications with passwordCredentials and keyCredentials (Application.Read.All).
std::unique_ptr<Collector> makeApplicationsCollector(CollectorContext context, QObject* parent = nullptr);

// GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy (Policy.Read.All): one object.
class SecurityDefaultsCollector : public Collector
{
    Q_OBJECT

public:
    explicit SecurityDefaultsCollector(CollectorContext context, QObject* parent = nullptr);

    void applyTo(TenantSnapshot& snapshot) const override;
    std::optional<bool> isEnabled() const { return m_enabled; }

protected:
    void run() override;
    void stopJobs() override;

private:
    std::optional<bool> m_enabled;
    quint64 m_request = 0;
};

} // namespace smtpaudit
