#pragma once

#include "audit/DirectoryData.h"
#include "audit/PolicyData.h"

#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>

namespace smtpaudit {

// Conditional Access as the shared spec reads it for SMTP AUTH: which policies block legacy
// authentication to Exchange Online, and whether a given user falls under one.

// ENABLED (report-only does not count), clientAppTypes "all" or both "exchangeActiveSync" and "other",
// builtInControls "block", includeApplications "All" / "Office365" / the Exchange Online app id, and
// Exchange Online not listed in excludeApplications.
//
// Note: the spec requires both exchangeActiveSync and other. A policy with only "other" also covers SMTP
// in Entra ID; the spec's reading is kept so the audit agrees with the sample tenant's ground truth.
bool isLegacyAuthBlockPolicy(const ConditionalAccessPolicy& policy);

enum class PolicyScope
{
    Targeted,    // included and not excluded
    Excluded,    // listed in an exclusion (excludeUsers, or a group/role when memberships are known)
    NotTargeted, // not included
    Unresolved,  // depends on group or role membership the audit did not read
};

// A legacy-auth block policy prepared for many lookups: large tenants exclude hundreds of service
// accounts and the resolver asks for every one of tens of thousands of mailboxes.
class LegacyAuthBlockPolicy
{
public:
    // nullopt when the policy does not block legacy authentication to Exchange Online.
    static std::optional<LegacyAuthBlockPolicy> prepare(const ConditionalAccessPolicy& policy);

    const QString& id() const { return m_id; }
    const QString& displayName() const { return m_displayName; }
    // `user` may be null (no directory user known); `membershipsKnown` says whether the user's group and
    // role ids were collected.
    PolicyScope scopeFor(const QString& userId, const DirectoryUser* user, bool membershipsKnown) const;

private:
    QString m_id;
    QString m_displayName;
    bool m_includesAll = false;
    QSet<QString> m_includeUsers, m_excludeUsers; // lower-cased
    QSet<QString> m_includeGroups, m_excludeGroups, m_includeRoles, m_excludeRoles;
};

// The Office 365 Exchange Online first-party application id (microsoft-apis.md section 4).
inline constexpr QStringView exchangeOnlineAppId{u"00000002-0000-0ff1-ce00-000000000000"};

} // namespace smtpaudit
