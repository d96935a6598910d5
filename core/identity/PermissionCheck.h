#pragma once

#include "identity/CloudEnvironment.h"
#include "identity/TokenClaims.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// The data an audit collects, each needing its own permissions (reference sections 1-4).
enum class AuditCheck
{
    Users,
    SignInActivity, // users' signInActivity property
    UserRegistrationDetails,
    PerUserMfa,
    SecurityDefaults,
    ConditionalAccess, // policies and named locations
    Applications,      // app registrations' secrets and certificates
    SignIns,
    ExchangeAdmin, // TransportConfig, CASMailbox, authentication policies, per-user policy
};

QList<AuditCheck> allAuditChecks();
QString auditCheckName(AuditCheck check); // translated, for people

// One thing a check needs. For permissions, any of `satisfiedBy` will do (the least privileged first);
// for roles, any of `roleTemplateIds`.
struct Requirement
{
    enum class Kind
    {
        Permission, // application permission ("roles") or delegated scope ("scp")
        EntraRole,  // a directory role of the app's service principal or of the signed-in user ("wids")
        Licence,    // cannot be read from a token; Microsoft answers 403 when it is missing
    };
    Kind kind = Kind::Permission;
    TokenResource resource = TokenResource::Graph;
    QString name;            // "AuditLog.Read.All", "Global Reader", "Microsoft Entra ID P1"
    QStringList satisfiedBy; // permission names (least privileged first) or role template ids
    QString howToGrant;      // translated instructions
};

struct MissingRequirement
{
    AuditCheck check;
    Requirement requirement;
};

struct PermissionReport
{
    QList<MissingRequirement> missing;    // the token shows the requirement is not met
    QList<MissingRequirement> unverified; // cannot be told from the token (licences, roles without "wids")

    bool blocks(AuditCheck check) const;
    QStringList missingNames(AuditCheck check) const;
};

// What `check` needs for an app-only (`delegated` false) or a signed-in user's token.
QList<Requirement> requirementsFor(AuditCheck check, bool delegated);

// Compares the tokens' roles/scp/wids with what `checks` need, BEFORE collecting. A missing token for a
// resource makes its requirements "unverified".
PermissionReport checkPermissions(const QList<AuditCheck>& checks, const std::optional<TokenClaims>& graphToken,
                                  const std::optional<TokenClaims>& exchangeToken);

// Entra role template ids (learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference,
// MicrosoftDocs/entra-docs permissions-reference.md).
namespace EntraRoles {
inline constexpr QLatin1StringView globalAdministrator{"62e90394-69f5-4237-9190-012177145e10"};
inline constexpr QLatin1StringView globalReader{"f2ef992c-3afb-46b9-b7cf-a126ee74c451"};
inline constexpr QLatin1StringView exchangeAdministrator{"29232cdf-9323-42fd-ade2-1d097af3e4de"};
inline constexpr QLatin1StringView exchangeRecipientAdministrator{"31392ffb-586c-42d1-9346-e59415a2cc4e"};
inline constexpr QLatin1StringView securityReader{"5d6b6bb7-de71-4623-b4af-96380a352509"};
inline constexpr QLatin1StringView securityAdministrator{"194ae4cb-b126-40b2-bd5b-6091b380977d"};
inline constexpr QLatin1StringView securityOperator{"5f2222b1-57c3-48ba-8ad5-d4759f1fde6f"};
inline constexpr QLatin1StringView complianceAdministrator{"17315797-102d-40b4-93e0-432062caca18"};
inline constexpr QLatin1StringView helpdeskAdministrator{"729827e3-9c14-49f7-bb1b-9608f156bbb8"};
inline constexpr QLatin1StringView reportsReader{"4a5d8f65-41da-4de4-8968-e035b65339cf"};
} // namespace EntraRoles

} // namespace smtpaudit
