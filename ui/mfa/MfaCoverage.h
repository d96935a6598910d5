#pragma once

#include "audit/AuditResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit::ui {

// How MFA is required for an account, strongest evidence first.
enum class MfaEnforcement
{
    None,
    PerUser,           // per-user MFA enabled or enforced
    SecurityDefaults,  // security defaults on for the tenant
    ConditionalAccess, // an enabled CA policy requiring MFA includes the account
    Unknown,           // the inputs could not be read
};

// One account as the MFA view lists it.
struct MfaAccount
{
    QString userPrincipalName;
    QString displayName;
    QString mailboxType; // RecipientTypeDetails; empty = no mailbox
    bool guest = false;
    std::optional<bool> accountEnabled;
    std::optional<bool> registered; // userRegistrationDetails.isMfaRegistered
    std::optional<bool> capable;    // isMfaCapable; nullopt when only mailbox data is available
    QStringList methods;
    std::optional<PerUserMfaState> perUser;
    bool admin = false;
    MfaEnforcement enforcement = MfaEnforcement::None;
    QString enforcementDetail; // the CA policy's name, ...

    bool isSharedResource() const; // shared, room or equipment mailbox
};

struct MfaScope
{
    bool excludeSharedAndResources = true;
    bool excludeDisabled = true;
    bool excludeGuests = true;

    bool includes(const MfaAccount& account) const;
};

struct MfaTotals
{
    int accounts = 0;
    int registered = 0;
    int capable = 0;
    int enforced = 0;
    int perUser = 0;
    int conditionalAccess = 0;
    int securityDefaults = 0;
    int admins = 0;
    int adminsWithoutMfa = 0;
    int unknown = 0;
};

// Builds the accounts from an audit: from the directory users when the audit carries them (a live run),
// else from the mailbox rows (an audit read back from history keeps only those).
class MfaCoverage
{
    Q_DECLARE_TR_FUNCTIONS(MfaCoverage)

public:
    static QList<MfaAccount> accounts(const AuditResult& audit);
    static MfaTotals totals(const QList<MfaAccount>& accounts, const MfaScope& scope);
    static QString enforcementText(MfaEnforcement enforcement);
};

} // namespace smtpaudit::ui
