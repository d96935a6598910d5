#pragma once

#include "audit/DirectoryData.h"
#include "audit/PolicyData.h"

#include <QString>
#include <QStringView>

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

// `user` may be null (no directory user known); `membershipsKnown` says whether user->memberOfGroupIds
// and directoryRoleTemplateIds were collected.
PolicyScope policyScopeFor(const ConditionalAccessPolicy& policy, const QString& userId, const DirectoryUser* user,
                           bool membershipsKnown);

// The Office 365 Exchange Online first-party application id (microsoft-apis.md section 4).
inline constexpr QStringView exchangeOnlineAppId{u"00000002-0000-0ff1-ce00-000000000000"};

} // namespace smtpaudit
