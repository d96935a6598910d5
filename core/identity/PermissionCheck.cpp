#include "identity/PermissionCheck.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

// lupdate files PermissionCheckText::tr() under the class that declares it; a free PermissionCheckText::tr() in a
// namespace would be extracted under the namespace's name and never found at run time.
struct PermissionCheckText
{
    Q_DECLARE_TR_FUNCTIONS(PermissionCheck)
};

Requirement graphPermission(const QString& name, const QStringList& alsoSatisfiedBy, bool delegated)
{
    Requirement requirement;
    requirement.kind = Requirement::Kind::Permission;
    requirement.resource = TokenResource::Graph;
    requirement.name = name;
    requirement.satisfiedBy = QStringList{name} + alsoSatisfiedBy;
    requirement.howToGrant =
        delegated ? PermissionCheckText::tr(
                        "Microsoft Entra admin center > App registrations > your app > API permissions > Add a "
                        "permission > Microsoft Graph > Delegated permissions: add %1, then select \"Grant admin "
                        "consent\".")
                        .arg(name)
                  : PermissionCheckText::tr(
                        "Microsoft Entra admin center > App registrations > your app > API permissions > Add a "
                        "permission > Microsoft Graph > Application permissions: add %1, then select \"Grant admin "
                        "consent\".")
                        .arg(name);
    return requirement;
}

Requirement premiumLicence()
{
    Requirement requirement;
    requirement.kind = Requirement::Kind::Licence;
    requirement.name = u"Microsoft Entra ID P1"_s;
    requirement.howToGrant =
        PermissionCheckText::tr("The tenant needs a Microsoft Entra ID P1 or P2 licence for sign-in logs and "
                                "authentication method reports. Without it the audit continues and marks this "
                                "data as unavailable.");
    return requirement;
}

// Roles that may read the Exchange admin API app-only (EXOPS app-only-auth-powershell-v2.md), or, for a
// signed-in user, hold the equivalent Exchange permissions.
Requirement exchangeRole(bool delegated)
{
    Requirement requirement;
    requirement.kind = Requirement::Kind::EntraRole;
    requirement.resource = TokenResource::ExchangeAdmin;
    requirement.name = u"Global Reader"_s;
    requirement.satisfiedBy = {EntraRoles::globalReader,
                               EntraRoles::exchangeAdministrator,
                               EntraRoles::exchangeRecipientAdministrator,
                               EntraRoles::securityReader,
                               EntraRoles::complianceAdministrator,
                               EntraRoles::helpdeskAdministrator,
                               EntraRoles::securityAdministrator,
                               EntraRoles::globalAdministrator};
    requirement.howToGrant =
        delegated ? PermissionCheckText::tr(
                        "Sign in with a user who holds Global Reader, Exchange Administrator or another role "
                        "that can read the Exchange Online organisation.")
                  : PermissionCheckText::tr(
                        "Microsoft Entra admin center > Roles and administrators > Global Reader (or Exchange "
                        "Administrator, Security Reader, ...) > Add assignments: select the app's service "
                        "principal.");
    return requirement;
}

// Delegated reads of reports and sign-in logs also need a directory role (reference sections 2 and 3).
Requirement reportsRole()
{
    Requirement requirement;
    requirement.kind = Requirement::Kind::EntraRole;
    requirement.resource = TokenResource::Graph;
    requirement.name = u"Reports Reader"_s;
    requirement.satisfiedBy = {EntraRoles::reportsReader,         EntraRoles::securityReader,
                               EntraRoles::securityAdministrator, EntraRoles::securityOperator,
                               EntraRoles::globalReader,          EntraRoles::globalAdministrator};
    requirement.howToGrant =
        PermissionCheckText::tr("Sign in with a user who holds Reports Reader, Security Reader, Global Reader or "
                                "another role that can read sign-in logs and reports.");
    return requirement;
}

bool tokenMeets(const Requirement& requirement, const TokenClaims& claims)
{
    for (const QString& name : requirement.satisfiedBy) {
        if (requirement.kind == Requirement::Kind::Permission && claims.grants(name))
            return true;
        if (requirement.kind == Requirement::Kind::EntraRole && claims.hasRoleTemplate(name))
            return true;
    }
    return false;
}

} // namespace

QList<AuditCheck> allAuditChecks()
{
    return {AuditCheck::Users,        AuditCheck::SignInActivity,   AuditCheck::UserRegistrationDetails,
            AuditCheck::PerUserMfa,   AuditCheck::SecurityDefaults, AuditCheck::ConditionalAccess,
            AuditCheck::Applications, AuditCheck::SignIns,          AuditCheck::ExchangeAdmin};
}

QString auditCheckName(AuditCheck check)
{
    switch (check) {
    case AuditCheck::Users:
        return PermissionCheckText::tr("Users");
    case AuditCheck::SignInActivity:
        return PermissionCheckText::tr("Users' last sign-in");
    case AuditCheck::UserRegistrationDetails:
        return PermissionCheckText::tr("MFA registration");
    case AuditCheck::PerUserMfa:
        return PermissionCheckText::tr("Per-user MFA");
    case AuditCheck::SecurityDefaults:
        return PermissionCheckText::tr("Security defaults");
    case AuditCheck::ConditionalAccess:
        return PermissionCheckText::tr("Conditional Access policies and named locations");
    case AuditCheck::Applications:
        return PermissionCheckText::tr("App registrations' credentials");
    case AuditCheck::SignIns:
        return PermissionCheckText::tr("Sign-in logs");
    case AuditCheck::ExchangeAdmin:
        return PermissionCheckText::tr("Exchange Online settings");
    }
    return {};
}

QList<Requirement> requirementsFor(AuditCheck check, bool delegated)
{
    switch (check) {
    case AuditCheck::Users:
        // Reference section 1. Delegated: User.ReadBasic.All is least privileged for the list but does not
        // return lastPasswordChangeDateTime or passwordPolicies, which the audit reads.
        return {graphPermission(u"User.Read.All"_s, {u"User.ReadWrite.All"_s, u"Directory.Read.All"_s}, delegated)};
    case AuditCheck::SignInActivity:
        return {graphPermission(u"AuditLog.Read.All"_s, {}, delegated), premiumLicence()};
    case AuditCheck::UserRegistrationDetails: {
        QList<Requirement> list{
            graphPermission(u"AuditLog.Read.All"_s, {u"UserAuthenticationMethod.Read.All"_s}, delegated),
            premiumLicence()};
        if (delegated)
            list << reportsRole();
        return list;
    }
    case AuditCheck::PerUserMfa:
        return {graphPermission(u"Policy.Read.All"_s, {u"Policy.ReadWrite.AuthenticationMethod"_s}, delegated)};
    case AuditCheck::SecurityDefaults:
        return {graphPermission(u"Policy.Read.All"_s, {u"Policy.ReadWrite.SecurityDefaults"_s}, delegated)};
    case AuditCheck::ConditionalAccess:
        // Policy.Read.ConditionalAccess exists but the endpoint's doc does not list it (UNVERIFIED): not
        // counted as sufficient.
        return {graphPermission(u"Policy.Read.All"_s, {}, delegated)};
    case AuditCheck::Applications:
        // GDC application-list-permissions.md; Application.ReadWrite.OwnedBy sees only the app's own
        // registrations, so it does not count.
        return {graphPermission(u"Application.Read.All"_s, {u"Application.ReadWrite.All"_s, u"Directory.Read.All"_s},
                                delegated)};
    case AuditCheck::SignIns: {
        QList<Requirement> list{graphPermission(u"AuditLog.Read.All"_s, {u"Directory.Read.All"_s}, delegated),
                                premiumLicence()};
        if (delegated)
            list << reportsRole();
        return list;
    }
    case AuditCheck::ExchangeAdmin: {
        Requirement permission;
        permission.kind = Requirement::Kind::Permission;
        permission.resource = TokenResource::ExchangeAdmin;
        if (delegated) {
            // UNVERIFIED in Microsoft docs (reference section 4).
            permission.name = u"Exchange.Manage"_s;
            permission.howToGrant =
                PermissionCheckText::tr("App registrations > your app > API permissions > Add a permission > APIs "
                                        "my organization uses > Office 365 Exchange Online > Delegated "
                                        "permissions: add Exchange.Manage, then grant admin consent.");
        } else {
            permission.name = u"Exchange.ManageAsApp"_s;
            permission.howToGrant =
                PermissionCheckText::tr("App registrations > your app > API permissions > Add a permission > APIs "
                                        "my organization uses > Office 365 Exchange Online > Application "
                                        "permissions: add Exchange.ManageAsApp, then select \"Grant admin "
                                        "consent\".");
        }
        permission.satisfiedBy = {permission.name};
        return {permission, exchangeRole(delegated)};
    }
    }
    return {};
}

PermissionReport checkPermissions(const QList<AuditCheck>& checks, const std::optional<TokenClaims>& graphToken,
                                  const std::optional<TokenClaims>& exchangeToken)
{
    PermissionReport report;
    for (const AuditCheck check : checks) {
        const std::optional<TokenClaims>& primary = check == AuditCheck::ExchangeAdmin ? exchangeToken : graphToken;
        const bool delegated = primary && primary->isDelegated();
        for (const Requirement& requirement : requirementsFor(check, delegated)) {
            const std::optional<TokenClaims>& token =
                requirement.resource == TokenResource::ExchangeAdmin ? exchangeToken : graphToken;
            const bool roleUnknown =
                requirement.kind == Requirement::Kind::EntraRole && token && !token->raw.contains(u"wids"_s);
            if (requirement.kind == Requirement::Kind::Licence || !token || roleUnknown) {
                // A licence never shows in a token; app tokens often carry no "wids" (UNVERIFIED whether
                // they always do), so a role can only be confirmed when the claim is there.
                report.unverified.append({check, requirement});
                continue;
            }
            if (!tokenMeets(requirement, *token))
                report.missing.append({check, requirement});
        }
    }
    return report;
}

bool PermissionReport::blocks(AuditCheck check) const
{
    for (const MissingRequirement& entry : missing)
        if (entry.check == check)
            return true;
    return false;
}

QStringList PermissionReport::missingNames(AuditCheck check) const
{
    QStringList names;
    for (const MissingRequirement& entry : missing)
        if (entry.check == check)
            names << entry.requirement.name;
    return names;
}

} // namespace smtpaudit
