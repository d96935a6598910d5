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

QSet<QString> lowerSet(const QStringList& ids)
{
    QSet<QString> set;
    set.reserve(ids.size());
    for (const QString& id : ids)
        set.insert(id.toLower());
    return set;
}

bool intersects(const QSet<QString>& policyIds, const QStringList& userIds)
{
    for (const QString& id : userIds)
        if (policyIds.contains(id.toLower()))
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

std::optional<LegacyAuthBlockPolicy> LegacyAuthBlockPolicy::prepare(const ConditionalAccessPolicy& policy)
{
    if (!isLegacyAuthBlockPolicy(policy))
        return std::nullopt;
    LegacyAuthBlockPolicy prepared;
    prepared.m_id = policy.id;
    prepared.m_displayName = policy.displayName;
    // The sample and most tenants use "All" in includeUsers; "All" in the group/role lists is read the same.
    prepared.m_includesAll = containsInsensitive(policy.includeUsers, u"All") ||
                             containsInsensitive(policy.includeGroups, u"All") ||
                             containsInsensitive(policy.includeRoles, u"All");
    prepared.m_includeUsers = lowerSet(policy.includeUsers);
    prepared.m_excludeUsers = lowerSet(policy.excludeUsers);
    prepared.m_includeGroups = lowerSet(policy.includeGroups);
    prepared.m_excludeGroups = lowerSet(policy.excludeGroups);
    prepared.m_includeRoles = lowerSet(policy.includeRoles);
    prepared.m_excludeRoles = lowerSet(policy.excludeRoles);
    prepared.m_includeGroups.remove(u"all"_s);
    prepared.m_includeRoles.remove(u"all"_s);
    return prepared;
}

PolicyScope LegacyAuthBlockPolicy::scopeFor(const QString& userId, const DirectoryUser* user,
                                            bool membershipsKnown) const
{
    const QString id = userId.toLower();
    const QStringList noIds;
    const QStringList& groups = user ? user->memberOfGroupIds : noIds;
    const QStringList& roles = user ? user->directoryRoleTemplateIds : noIds;
    const bool membershipsUsable = membershipsKnown && user;

    // Exclusions win over inclusions in Conditional Access.
    if (!id.isEmpty() && m_excludeUsers.contains(id))
        return PolicyScope::Excluded;
    bool exclusionUnresolved = false;
    if (!m_excludeGroups.isEmpty() || !m_excludeRoles.isEmpty()) {
        if (!membershipsUsable)
            exclusionUnresolved = true;
        else if (intersects(m_excludeGroups, groups) || intersects(m_excludeRoles, roles))
            return PolicyScope::Excluded;
    }

    bool included = m_includesAll || (!id.isEmpty() && m_includeUsers.contains(id));
    bool inclusionUnresolved = false;
    if (!included && (!m_includeGroups.isEmpty() || !m_includeRoles.isEmpty())) {
        if (membershipsUsable)
            included = intersects(m_includeGroups, groups) || intersects(m_includeRoles, roles);
        else
            inclusionUnresolved = true;
    }

    if (included)
        return exclusionUnresolved ? PolicyScope::Unresolved : PolicyScope::Targeted;
    return inclusionUnresolved ? PolicyScope::Unresolved : PolicyScope::NotTargeted;
}

} // namespace smtpaudit
