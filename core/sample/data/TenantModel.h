#pragma once

#include "sample/data/SignInLog.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace smtpaudit::sample {

// The sample tenant as plain data: what the generator decides, what the Graph and Exchange services
// serialise, and what the ground truth reads. Times are seconds since the Unix epoch (UTC).

enum class TenantSize
{
    Small,  // 50 mailboxes
    Medium, // 5,000 mailboxes
    Large,  // 100,000 users, about 2,000,000 sign-ins over 30 days
};

struct TenantOptions
{
    TenantSize size = TenantSize::Small;
    quint64 seed = 1;
    QDateTime now;                                    // the tenant's clock; the CLI passes the current time
    int signInDays = 30;                              // sign-in log retention with Entra ID P1
    bool premium = true;                              // Entra ID P1: sign-in logs, userRegistrationDetails, CA
    bool securityDefaults = false;                    // exclusive with Conditional Access, as in real tenants
    bool orgSmtpClientAuthenticationDisabled = false; // Get-TransportConfig (tenant created before 2020)
    bool orgDefaultAuthenticationPolicy = true;       // Get-OrganizationConfig.DefaultAuthenticationPolicy set
    int mailboxCountOverride = 0;                     // tests: another number of mailboxes than the size's

    static std::optional<TenantSize> sizeFromName(const QString& name);
    static QString sizeName(TenantSize size);
};

enum class RecipientType : quint8
{
    None, // no mailbox: guests, unlicensed users
    UserMailbox,
    SharedMailbox,
    RoomMailbox,
    EquipmentMailbox,
};
QString recipientTypeName(RecipientType type);

enum class AccountRole : quint8
{
    Regular,
    Admin,
    BreakGlassAdmin,
    PrinterServiceAccount, // multifunction devices that send scans over SMTP AUTH
    AppServiceAccount,     // line-of-business applications that send over SMTP AUTH
    Resource,              // shared, room and equipment mailboxes
    Guest,
    Unlicensed,
};

enum class PerUserMfaState : quint8
{
    Disabled,
    Enabled,
    Enforced,
};
QString perUserMfaStateName(PerUserMfaState state);

struct SampleUser
{
    QString id;
    QString userPrincipalName;
    QString mailNickname; // Exchange alias and Name
    QString displayName;
    QString givenName;
    QString surname;
    QString mail; // empty for users without a mail address
    QString jobTitle;
    QString department;
    QString officeLocation;
    QString mobilePhone;
    QString preferredLanguage;
    QString usageLocation;
    QString passwordPolicies; // empty = null
    QStringList skuIds;
    QString exchangeGuid; // Get-CASMailbox Guid
    qint64 createdAt = 0;
    qint64 lastPasswordChangeAt = 0;
    std::optional<qint64> lastSignInBeforeWindow; // stale accounts: a last sign-in older than the log
    std::optional<bool> onPremisesSyncEnabled;
    std::optional<bool> smtpClientAuthenticationDisabled; // Set-CASMailbox; null follows the org
    qint64 smtpDisabledAt = 0;     // when a failing device's mailbox lost SMTP AUTH (0: not a failing device)
    int authenticationPolicy = -1; // index into TenantModel::authenticationPolicies; -1 = none assigned
    int homeLocation = 0;          // index into SignInLog::locations()
    quint32 homeIp = 0;
    AccountRole role = AccountRole::Regular;
    RecipientType recipientType = RecipientType::None;
    PerUserMfaState perUserMfa = PerUserMfaState::Disabled;
    bool accountEnabled = true;
    bool isGuest = false;
    bool isAdmin = false;
    bool mfaRegistered = false;
    bool ssprRegistered = false;
    bool usesLegacyClients = false; // IMAP/POP/EAS... sign-ins
    bool sendsOverSmtp = false;     // Authenticated SMTP sign-ins
    QStringList methodsRegistered;
    QString preferredSecondaryMethod; // userPreferredMethodForSecondaryAuthentication

    bool hasMailbox() const { return recipientType != RecipientType::None; }
};

struct AuthenticationPolicy
{
    QString name;
    QString guid;
    bool allowBasicAuthSmtp = false;
    bool allowBasicAuthImap = false;
    bool allowBasicAuthPop = false;
    bool allowBasicAuthActiveSync = false;
    bool allowBasicAuthWebServices = false;
    bool allowBasicAuthAutodiscover = false;
    bool allowBasicAuthMapi = false;
    bool allowBasicAuthRpc = false;
    bool allowBasicAuthOfflineAddressBook = false;
    bool allowBasicAuthPowershell = false;
    bool allowBasicAuthReportingWebServices = false;
    bool allowBasicAuthOutlookService = false;
    qint64 createdAt = 0;
    qint64 changedAt = 0;
};

struct ConditionalAccessPolicy
{
    QString id;
    QString displayName;
    QString state; // "enabled", "disabled", "enabledForReportingButNotEnforced"
    QStringList clientAppTypes;
    QStringList includeApplications;
    QStringList includeUsers;
    QStringList excludeUsers;
    QStringList includeLocations;
    QStringList excludeLocations;
    QStringList builtInControls;
    QString grantOperator; // "OR" / "AND"
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    // Sets of includeUsers/excludeUsers: the large tenant excludes hundreds of service accounts and the
    // ground truth asks for each of 88,000 mailboxes. Call rebuildIndex() after changing the lists.
    QSet<QString> includeUserSet;
    QSet<QString> excludeUserSet;
    void rebuildIndex()
    {
        includeUserSet = QSet<QString>(includeUsers.cbegin(), includeUsers.cend());
        excludeUserSet = QSet<QString>(excludeUsers.cbegin(), excludeUsers.cend());
    }
};

struct NamedLocation
{
    QString id;
    QString displayName;
    bool isIpLocation = true;
    bool isTrusted = false;
    QStringList cidrRanges;          // ipNamedLocation
    QStringList countriesAndRegions; // countryNamedLocation
    bool includeUnknownCountriesAndRegions = false;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
};

struct AppCredential
{
    QString keyId;
    QString displayName;
    QString hint;                // passwordCredentials: first characters of the secret
    QString customKeyIdentifier; // keyCredentials: base64 thumbprint
    qint64 startAt = 0;
    qint64 endAt = 0;
};

struct AppRegistration
{
    QString id;
    QString appId;
    QString displayName;
    QString signInAudience;
    qint64 createdAt = 0;
    std::vector<AppCredential> passwordCredentials;
    std::vector<AppCredential> keyCredentials;
};

struct TenantModel
{
    TenantOptions options;
    QString tenantId;
    QString initialDomain; // "contoso-sample.onmicrosoft.com"
    QString organizationName;
    qint64 now = 0;
    bool securityDefaultsEnabled = false;
    bool orgSmtpClientAuthenticationDisabled = false;
    int defaultAuthenticationPolicy = -1; // index into authenticationPolicies; -1 = none
    std::vector<SampleUser> users;
    std::vector<AuthenticationPolicy> authenticationPolicies;
    std::vector<ConditionalAccessPolicy> conditionalAccessPolicies;
    std::vector<NamedLocation> namedLocations;
    std::vector<AppRegistration> applications;
    SignInLog signIns;
    QHash<QString, int> userIndexByLowerUpn; // filled by the generator
    QHash<QString, int> userIndexByIdMap;

    int userIndexById(const QString& id) const;
    int userIndexByUpn(const QString& userPrincipalName) const; // case-insensitive
    int authenticationPolicyIndex(const QString& nameOrGuid) const;
    // The policy Exchange applies: the user's own, else the organisation default; -1 = none.
    int effectiveAuthenticationPolicy(const SampleUser& user) const
    {
        return user.authenticationPolicy >= 0 ? user.authenticationPolicy : defaultAuthenticationPolicy;
    }
};

// ISO-8601 UTC with a "Z", as Graph writes createdDateTime ("2026-11-26T08:15:00Z").
QString isoUtc(qint64 secondsSinceEpoch);

} // namespace smtpaudit::sample
