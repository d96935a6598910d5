#pragma once

#include "util/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace smtpaudit {

// The collectors that fill a TenantSnapshot. Each records its own status so that a failed one leaves the
// audit visibly partial instead of silently empty (issue 4, item 3).
enum class CollectorId
{
    Users,                     // Graph /users (accountEnabled, passwordPolicies, signInActivity, ...)
    UserRegistrationDetails,   // Graph reports/authenticationMethods/userRegistrationDetails
    PerUserMfa,                // Graph beta /users/{id}/authentication/requirements
    SecurityDefaults,          // Graph policies/identitySecurityDefaultsEnforcementPolicy
    ConditionalAccessPolicies, // Graph identity/conditionalAccess/policies
    NamedLocations,            // Graph identity/conditionalAccess/namedLocations
    Applications,              // Graph /applications (password and key credentials, no secret text)
    SignIns,                   // Graph auditLogs/signIns, aggregated by the sign-in store
    TransportConfig,           // Exchange Get-TransportConfig (org SmtpClientAuthenticationDisabled)
    CasMailboxes,              // Exchange Get-CASMailbox -ResultSize Unlimited
    AuthenticationPolicies,    // Exchange Get-AuthenticationPolicy
    OrganizationConfig,        // Exchange Get-OrganizationConfig (DefaultAuthenticationPolicy)
    ExchangeUserPolicies,      // Exchange Get-User (per-user AuthenticationPolicy)
    DirectoryMemberships,      // optional: transitive group ids / role template ids per user, for CA scoping
};

// Stable names used in JSON and logs ("casMailboxes", ...).
QString collectorName(CollectorId id);
std::optional<CollectorId> collectorFromName(QStringView name);
QList<CollectorId> allCollectors();
// A required collector that did not complete makes the audit partial. DirectoryMemberships is optional:
// without it, Conditional Access policies scoped to groups or roles are reported as unresolved.
bool isRequiredCollector(CollectorId id);
// The documented request a collector makes; evidence falls back to it when a collector recorded none.
QString defaultCollectorQuery(CollectorId id);

// Where a part of the snapshot came from: the query as sent and when the answer arrived.
struct DataSource
{
    QString query;
    QDateTime fetchedAt;
};

struct CollectorStatus
{
    enum class State
    {
        NotRun,
        Complete,
        Failed,
    };

    State state = State::NotRun;
    std::optional<Error> error; // set when Failed; never carries a secret (Error's own contract)
    DataSource source;
    qsizetype itemCount = 0;

    bool isComplete() const { return state == State::Complete; }

    static CollectorStatus complete(QString query, QDateTime fetchedAt, qsizetype itemCount = 0);
    static CollectorStatus failed(Error error, QString query = {}, QDateTime fetchedAt = {});
};

QString collectorStateName(CollectorStatus::State state); // "not-run", "complete", "failed"
std::optional<CollectorStatus::State> collectorStateFromName(QStringView name);

} // namespace smtpaudit
