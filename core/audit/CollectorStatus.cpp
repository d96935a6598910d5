#include "audit/CollectorStatus.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

struct CollectorInfo
{
    CollectorId id;
    QLatin1StringView name;
    QLatin1StringView query;
};

// Queries follow ../shared/reference/microsoft-apis.md sections 1-4.
constexpr CollectorInfo collectorTable[] = {
    {CollectorId::Users, "users"_L1,
     "GET /v1.0/users?$select=id,userPrincipalName,displayName,accountEnabled,userType,lastPasswordChangeDateTime,"
     "passwordPolicies,assignedLicenses,onPremisesSyncEnabled,signInActivity"_L1},
    {CollectorId::UserRegistrationDetails, "userRegistrationDetails"_L1,
     "GET /v1.0/reports/authenticationMethods/userRegistrationDetails"_L1},
    {CollectorId::PerUserMfa, "perUserMfa"_L1, "GET /beta/users/{id}/authentication/requirements"_L1},
    {CollectorId::SecurityDefaults, "securityDefaults"_L1,
     "GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy"_L1},
    {CollectorId::ConditionalAccessPolicies, "conditionalAccessPolicies"_L1,
     "GET /v1.0/identity/conditionalAccess/policies"_L1},
    {CollectorId::NamedLocations, "namedLocations"_L1, "GET /v1.0/identity/conditionalAccess/namedLocations"_L1},
    {CollectorId::Applications, "applications"_L1,
     "GET /v1.0/applications?$select=id,appId,displayName,passwordCredentials,keyCredentials"_L1},
    {CollectorId::SignIns, "signIns"_L1, "GET /v1.0/auditLogs/signIns?$filter=createdDateTime ge {from}"_L1},
    {CollectorId::TransportConfig, "transportConfig"_L1, "Get-TransportConfig"_L1},
    {CollectorId::CasMailboxes, "casMailboxes"_L1, "Get-CASMailbox -ResultSize Unlimited"_L1},
    {CollectorId::AuthenticationPolicies, "authenticationPolicies"_L1, "Get-AuthenticationPolicy"_L1},
    {CollectorId::OrganizationConfig, "organizationConfig"_L1, "Get-OrganizationConfig"_L1},
    {CollectorId::ExchangeUserPolicies, "exchangeUserPolicies"_L1, "Get-User -ResultSize Unlimited"_L1},
    {CollectorId::DirectoryMemberships, "directoryMemberships"_L1, "GET /v1.0/users/{id}/transitiveMemberOf"_L1},
};

const CollectorInfo* infoFor(CollectorId id)
{
    for (const CollectorInfo& info : collectorTable)
        if (info.id == id)
            return &info;
    return nullptr;
}

} // namespace

QString collectorName(CollectorId id)
{
    const CollectorInfo* info = infoFor(id);
    return info ? QString(info->name) : u"unknown"_s;
}

std::optional<CollectorId> collectorFromName(QStringView name)
{
    for (const CollectorInfo& info : collectorTable)
        if (name == info.name)
            return info.id;
    return std::nullopt;
}

QList<CollectorId> allCollectors()
{
    QList<CollectorId> ids;
    for (const CollectorInfo& info : collectorTable)
        ids << info.id;
    return ids;
}

bool isRequiredCollector(CollectorId id)
{
    return id != CollectorId::DirectoryMemberships;
}

QString defaultCollectorQuery(CollectorId id)
{
    const CollectorInfo* info = infoFor(id);
    return info ? QString(info->query) : QString();
}

CollectorStatus CollectorStatus::complete(QString query, QDateTime fetchedAt, qsizetype itemCount)
{
    CollectorStatus status;
    status.state = State::Complete;
    status.source = {std::move(query), std::move(fetchedAt)};
    status.itemCount = itemCount;
    return status;
}

CollectorStatus CollectorStatus::failed(Error error, QString query, QDateTime fetchedAt)
{
    CollectorStatus status;
    status.state = State::Failed;
    status.error = std::move(error);
    status.source = {std::move(query), std::move(fetchedAt)};
    return status;
}

QString collectorStateName(CollectorStatus::State state)
{
    switch (state) {
    case CollectorStatus::State::NotRun:
        return u"not-run"_s;
    case CollectorStatus::State::Complete:
        return u"complete"_s;
    case CollectorStatus::State::Failed:
        return u"failed"_s;
    }
    return u"not-run"_s;
}

std::optional<CollectorStatus::State> collectorStateFromName(QStringView name)
{
    for (auto state :
         {CollectorStatus::State::NotRun, CollectorStatus::State::Complete, CollectorStatus::State::Failed})
        if (name == collectorStateName(state))
            return state;
    return std::nullopt;
}

} // namespace smtpaudit
