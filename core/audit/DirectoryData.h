#pragma once

// Entra ID (Graph) parts of a TenantSnapshot: users, MFA registration, per-user MFA. Plain values that
// the collectors fill and the resolver and rules read. Field names follow Graph (microsoft-apis.md 1-2).

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// users.signInActivity; an invalid QDateTime means "never" or "not returned" (Graph omits it for users
// who never signed in and sends 0001-01-01 for some: collectors map both to invalid).
struct SignInActivity
{
    QDateTime lastSignIn;
    QDateTime lastNonInteractiveSignIn;
    QDateTime lastSuccessfulSignIn;
};

struct DirectoryUser
{
    QString id;
    QString userPrincipalName;
    QString displayName;
    QString mail;
    bool accountEnabled = true;
    QString userType;         // "Member" or "Guest"
    QString passwordPolicies; // as Graph returns it: "DisablePasswordExpiration, DisableStrongPassword", or empty
    QDateTime lastPasswordChangeDateTime; // invalid = unknown
    std::optional<bool> onPremisesSyncEnabled;
    SignInActivity signInActivity;
    int assignedLicenseCount = 0;
    // Filled only by the optional DirectoryMemberships collector (transitive groups, role template ids).
    QStringList memberOfGroupIds;
    QStringList directoryRoleTemplateIds;

    bool disablesStrongPassword() const;
    bool disablesPasswordExpiration() const;
};

// reports/authenticationMethods/userRegistrationDetails (v1.0; defaultMfaMethod is beta-only).
struct UserRegistration
{
    QString userId; // the registration record's id is the user's object id
    QString userPrincipalName;
    bool isAdmin = false;
    bool isMfaRegistered = false;
    bool isMfaCapable = false;
    bool isPasswordlessCapable = false;
    QStringList methodsRegistered;
    QString defaultMfaMethod; // beta only; empty when not collected
    QString userPreferredMethodForSecondaryAuthentication;
};

enum class PerUserMfaState
{
    Disabled,
    Enabled, // legacy auth still works until the user registers (howto-mfa-userstates)
    Enforced // legacy auth blocked ("apps require app passwords")
};

QString perUserMfaStateName(PerUserMfaState state); // "disabled" | "enabled" | "enforced"
std::optional<PerUserMfaState> perUserMfaStateFromName(QStringView name);

// /beta/users/{id}/authentication/requirements, one record per user.
struct PerUserMfa
{
    QString userId;
    QString userPrincipalName;
    PerUserMfaState state = PerUserMfaState::Disabled;
};

} // namespace smtpaudit
