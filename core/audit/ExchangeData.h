#pragma once

// Exchange Online parts of a TenantSnapshot (microsoft-apis.md section 4), plus organisation facts.

#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

struct OrganizationInfo
{
    QString tenantId;
    QString displayName;
    // Get-TransportConfig.SmtpClientAuthenticationDisabled; nullopt until the TransportConfig collector
    // completes. $true = SMTP AUTH off for every mailbox that does not override it.
    std::optional<bool> smtpClientAuthenticationDisabled;
    // Get-OrganizationConfig.DefaultAuthenticationPolicy; empty = no default policy. Only meaningful
    // when the OrganizationConfig collector completed.
    QString defaultAuthenticationPolicy;
    // identitySecurityDefaultsEnforcementPolicy.isEnabled; nullopt = unknown.
    std::optional<bool> securityDefaultsEnabled;
};

// One Get-CASMailbox object (user, shared, room and equipment mailboxes).
struct Mailbox
{
    QString userPrincipalName;
    QString externalDirectoryObjectId; // the Entra user's object id
    QString displayName;
    QString recipientTypeDetails; // UserMailbox, SharedMailbox, RoomMailbox, EquipmentMailbox
    // $true disabled, $false enabled, $null (nullopt) follows the organisation value.
    std::optional<bool> smtpClientAuthenticationDisabled;
    // Get-User AuthenticationPolicy, filled by the ExchangeUserPolicies collector; empty = none assigned.
    QString authenticationPolicy;
};

// Get-AuthenticationPolicy. AllowBasicAuthSmtp is a switch that defaults to off (basic blocked).
struct AuthenticationPolicy
{
    QString name;
    QString id; // Guid or Identity as returned; may be empty
    bool allowBasicAuthSmtp = false;
    QStringList otherBasicAuthAllowed; // other AllowBasicAuth* switches that are on, e.g. "Imap", "Pop"
};

} // namespace smtpaudit
