#include "MfaCoverage.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

bool intersects(const QStringList& a, const QStringList& b)
{
    for (const QString& x : a)
        if (b.contains(x, Qt::CaseInsensitive))
            return true;
    return false;
}

// An enabled CA policy that requires MFA and applies to `user` (as far as the snapshot tells).
const ConditionalAccessPolicy* mfaPolicyFor(const QList<ConditionalAccessPolicy>& policies, const DirectoryUser& user)
{
    for (const ConditionalAccessPolicy& policy : policies) {
        if (!policy.isEnabled() || !policy.requiresMfa())
            continue;
        const bool included = policy.includeUsers.contains(u"All"_s, Qt::CaseInsensitive) ||
                              policy.includeUsers.contains(user.id, Qt::CaseInsensitive) ||
                              intersects(policy.includeGroups, user.memberOfGroupIds) ||
                              intersects(policy.includeRoles, user.directoryRoleTemplateIds);
        const bool excluded = policy.excludeUsers.contains(user.id, Qt::CaseInsensitive) ||
                              intersects(policy.excludeGroups, user.memberOfGroupIds) ||
                              intersects(policy.excludeRoles, user.directoryRoleTemplateIds);
        if (included && !excluded)
            return &policy;
    }
    return nullptr;
}

void decideEnforcement(MfaAccount& account, const TenantSnapshot& snapshot, const DirectoryUser* user)
{
    if (account.perUser && *account.perUser != PerUserMfaState::Disabled) {
        account.enforcement = MfaEnforcement::PerUser;
        account.enforcementDetail =
            *account.perUser == PerUserMfaState::Enforced ? MfaCoverage::tr("enforced") : MfaCoverage::tr("enabled");
        return;
    }
    if (user && snapshot.isComplete(CollectorId::ConditionalAccessPolicies)) {
        if (const ConditionalAccessPolicy* policy = mfaPolicyFor(snapshot.conditionalAccessPolicies, *user)) {
            account.enforcement = MfaEnforcement::ConditionalAccess;
            account.enforcementDetail = policy->displayName;
            return;
        }
    }
    if (snapshot.organization.securityDefaultsEnabled == std::optional<bool>(true)) {
        account.enforcement = MfaEnforcement::SecurityDefaults;
        return;
    }
    const bool known = snapshot.organization.securityDefaultsEnabled.has_value() && account.perUser.has_value() &&
                       (!user || snapshot.isComplete(CollectorId::ConditionalAccessPolicies));
    account.enforcement = known ? MfaEnforcement::None : MfaEnforcement::Unknown;
}

} // namespace

bool MfaAccount::isSharedResource() const
{
    return mailboxType == "SharedMailbox"_L1 || mailboxType == "RoomMailbox"_L1 || mailboxType == "EquipmentMailbox"_L1;
}

bool MfaScope::includes(const MfaAccount& account) const
{
    if (excludeSharedAndResources && account.isSharedResource())
        return false;
    if (excludeDisabled && account.accountEnabled == std::optional<bool>(false))
        return false;
    if (excludeGuests && account.guest)
        return false;
    return true;
}

QList<MfaAccount> MfaCoverage::accounts(const AuditResult& audit)
{
    const TenantSnapshot& snapshot = audit.snapshot;
    QList<MfaAccount> out;
    if (!snapshot.users.isEmpty()) {
        const SnapshotIndex index(snapshot);
        QHash<QString, const MailboxAssessment*> mailboxByUpn;
        for (const MailboxAssessment& row : audit.mailboxes)
            mailboxByUpn.insert(row.userPrincipalName.toLower(), &row);
        const bool registrationsRead = snapshot.isComplete(CollectorId::UserRegistrationDetails);
        const bool perUserRead = snapshot.isComplete(CollectorId::PerUserMfa);
        out.reserve(snapshot.users.size());
        for (const DirectoryUser& user : snapshot.users) {
            MfaAccount account;
            account.userPrincipalName = user.userPrincipalName;
            account.displayName = user.displayName;
            account.guest = user.userType.compare(u"Guest"_s, Qt::CaseInsensitive) == 0;
            account.accountEnabled = user.accountEnabled;
            if (const MailboxAssessment* mailbox = mailboxByUpn.value(user.userPrincipalName.toLower()))
                account.mailboxType = mailbox->type;
            if (registrationsRead) {
                const UserRegistration* reg = index.registrationFor(user.id, user.userPrincipalName);
                account.registered = reg && reg->isMfaRegistered;
                account.capable = reg && reg->isMfaCapable;
                account.admin = reg && reg->isAdmin;
                if (reg)
                    account.methods = reg->methodsRegistered;
            }
            if (perUserRead) {
                const PerUserMfa* state = index.perUserMfaFor(user.id, user.userPrincipalName);
                account.perUser = state ? state->state : PerUserMfaState::Disabled;
            }
            decideEnforcement(account, snapshot, &user);
            out << account;
        }
        return out;
    }
    out.reserve(audit.mailboxes.size());
    for (const MailboxAssessment& row : audit.mailboxes) {
        MfaAccount account;
        account.userPrincipalName = row.userPrincipalName;
        account.displayName = row.displayName;
        account.mailboxType = row.type;
        account.accountEnabled = row.accountEnabled;
        account.registered = row.mfaRegistered;
        account.methods = row.methodsRegistered;
        account.perUser = row.perUserMfaState;
        account.admin = row.isAdmin.value_or(false);
        decideEnforcement(account, snapshot, nullptr);
        out << account;
    }
    return out;
}

MfaTotals MfaCoverage::totals(const QList<MfaAccount>& accounts, const MfaScope& scope)
{
    MfaTotals t;
    for (const MfaAccount& a : accounts) {
        if (!scope.includes(a))
            continue;
        ++t.accounts;
        t.registered += a.registered == std::optional<bool>(true);
        t.capable += a.capable == std::optional<bool>(true);
        switch (a.enforcement) {
        case MfaEnforcement::PerUser:
            ++t.perUser;
            ++t.enforced;
            break;
        case MfaEnforcement::ConditionalAccess:
            ++t.conditionalAccess;
            ++t.enforced;
            break;
        case MfaEnforcement::SecurityDefaults:
            ++t.securityDefaults;
            ++t.enforced;
            break;
        case MfaEnforcement::Unknown:
            ++t.unknown;
            break;
        case MfaEnforcement::None:
            break;
        }
        if (a.admin) {
            ++t.admins;
            t.adminsWithoutMfa += a.registered != std::optional<bool>(true);
        }
    }
    return t;
}

QString MfaCoverage::enforcementText(MfaEnforcement enforcement)
{
    switch (enforcement) {
    case MfaEnforcement::None:
        return tr("Not required");
    case MfaEnforcement::PerUser:
        return tr("Per-user MFA");
    case MfaEnforcement::SecurityDefaults:
        return tr("Security defaults");
    case MfaEnforcement::ConditionalAccess:
        return tr("Conditional Access");
    case MfaEnforcement::Unknown:
        return tr("Unknown");
    }
    return {};
}

} // namespace smtpaudit::ui
