#include "audit/LegacyAuthPolicy.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

bool containsInsensitive(const QStringList& list, QStringView value)
{
    for (const QString& item : list)
        if (QStringView(item).compare(value, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool intersects(const QStringList& policyIds, const QStringList& userIds)
{
    for (const QString& id : userIds)
        if (containsInsensitive(policyIds, id))
            return true;
    return false;
}

bool targetsExchangeOnline(const QStringList& applications)
{
    return containsInsensitive(applications, u"All") || containsInsensitive(applications, u"Office365") ||
           containsInsensitive(applications, exchangeOnlineAppId);
}

} // namespace

bool isLegacyAuthBlockPolicy(const ConditionalAccessPolicy& policy)
{
    if (!policy.isEnabled() || !policy.blocks())
        return false;
    const QStringList& apps = policy.clientAppTypes;
    const bool legacyClients = containsInsensitive(apps, u"all") || (containsInsensitive(apps, u"exchangeActiveSync") &&
                                                                     containsInsensitive(apps, u"other"));
    if (!legacyClients)
        return false;
    if (!targetsExchangeOnline(policy.includeApplications))
        return false;
    // Excluding Exchange Online (directly or through Office365) takes SMTP out of the policy's reach.
    return !(containsInsensitive(policy.excludeApplications, u"Office365") ||
             containsInsensitive(policy.excludeApplications, exchangeOnlineAppId));
}

PolicyScope policyScopeFor(const ConditionalAccessPolicy& policy, const QString& userId, const DirectoryUser* user,
                           bool membershipsKnown)
{
    const QStringList noIds;
    const QStringList& groups = user ? user->memberOfGroupIds : noIds;
    const QStringList& roles = user ? user->directoryRoleTemplateIds : noIds;

    // Exclusions win over inclusions in Conditional Access.
    if (!userId.isEmpty() && containsInsensitive(policy.excludeUsers, userId))
        return PolicyScope::Excluded;
    bool exclusionUnresolved = false;
    if (!policy.excludeGroups.isEmpty() || !policy.excludeRoles.isEmpty()) {
        if (membershipsKnown && user) {
            if (intersects(policy.excludeGroups, groups) || intersects(policy.excludeRoles, roles))
                return PolicyScope::Excluded;
        } else {
            exclusionUnresolved = true;
        }
    }

    const bool includesAll = containsInsensitive(policy.includeUsers, u"All") ||
                             containsInsensitive(policy.includeGroups, u"All") ||
                             containsInsensitive(policy.includeRoles, u"All");
    bool included = includesAll || (!userId.isEmpty() && containsInsensitive(policy.includeUsers, userId));
    bool inclusionUnresolved = false;
    if (!included && (!policy.includeGroups.isEmpty() || !policy.includeRoles.isEmpty())) {
        if (membershipsKnown && user)
            included = intersects(policy.includeGroups, groups) || intersects(policy.includeRoles, roles);
        else
            inclusionUnresolved = true;
    }

    if (included)
        return exclusionUnresolved ? PolicyScope::Unresolved : PolicyScope::Targeted;
    return inclusionUnresolved ? PolicyScope::Unresolved : PolicyScope::NotTargeted;
}

} // namespace smtpaudit
