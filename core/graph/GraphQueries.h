#pragma once

// The Graph requests the collectors make (microsoft-apis.md sections 1-3), built in one place so the unit
// tests can check them and the audit's evidence can quote them exactly as sent.

#include "identity/CloudEnvironment.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace smtpaudit::GraphQuery {

// $top for /users: 999 is Graph's maximum; with signInActivity selected the service caps pages at 120
// (reference section 1), so asking for more would only pretend.
inline constexpr int usersPageSize = 999;
inline constexpr int usersPageSizeWithSignInActivity = 120;
// Sign-in pages: "The maximum and default page size is 1,000 objects." (reference section 3).
inline constexpr int signInsPageSize = 1000;
// userRegistrationDetails: the v1.0 page lists only $filter and $orderby; the Graph PowerShell SDK's
// Get-MgReportAuthenticationMethodUserRegistrationDetail -PageSize sends $top. UNVERIFIED that the
// service honours it: the collector falls back to the default page size when a $top is refused.
inline constexpr int registrationPageSize = 999;

// The permission each request needs (least privileged, application), named in PermissionMissing errors.
namespace permission {
inline constexpr QLatin1StringView users{"User.Read.All"};
inline constexpr QLatin1StringView auditLog{"AuditLog.Read.All"};
inline constexpr QLatin1StringView policy{"Policy.Read.All"};
inline constexpr QLatin1StringView applications{"Application.Read.All"};
} // namespace permission

QStringList userSelect(bool withSignInActivity);
QUrl users(const CloudEnvironment& cloud, bool withSignInActivity, const QString& filter = {});
// $filter clauses that split /users into disjoint parts by the first character of userPrincipalName, read
// as parallel nextLink chains: with signInActivity a page holds at most 120 users, and one chain of
// ~830 pages for 100,000 users would take longer than the rest of the audit. startsWith on
// userPrincipalName is a default (not advanced) query (GDC includes/filter-directory-objects.md); a UPN
// holds only A-Z a-z 0-9 ' . - _ ! # ^ ~ (learn.microsoft.com "Plan ... UserPrincipalName" character
// set), so the parts cover every user. Each part has at most 10 'or' clauses.
QStringList userPartitionFilters();
// GET /v1.0/users/$count with ConsistencyLevel: eventual answers text/plain (reference section 1).
QUrl userCount(const CloudEnvironment& cloud);
QUrl registrationDetails(const CloudEnvironment& cloud, bool withTop = true);
QUrl securityDefaults(const CloudEnvironment& cloud);
QUrl conditionalAccessPolicies(const CloudEnvironment& cloud);
QUrl namedLocations(const CloudEnvironment& cloud);
// $select keeps secretText and hint out of the reply altogether.
QUrl applications(const CloudEnvironment& cloud);

// Per-user MFA is beta only. In a $batch the URL is relative to the version root.
QString perUserMfaRelativeUrl(const QString& userIdOrUpn);
QUrl perUserMfa(const CloudEnvironment& cloud, const QString& userIdOrUpn);
QUrl batch(const CloudEnvironment& cloud, QLatin1StringView version); // "v1.0" or "beta"

// Which sign-ins the audit reads.
enum class SignInScope
{
    // Authenticated SMTP and every other legacy protocol of the reference (the audit's subject; a tenth of
    // a large tenant's log). One clientAppUsed eq clause per protocol joined with `or`: each clause is
    // documented (reference section 3); the `or` over them is UNVERIFIED against the real service.
    LegacyProtocols,
    Everything,
};

// createdDateTime ge {from} [and createdDateTime lt {to}] [and (clientAppUsed eq '...' or ...)].
// Times are written as UTC with a "Z" and whole seconds.
QString signInFilter(const QDateTime& from, const std::optional<QDateTime>& to, SignInScope scope);
QUrl signIns(const CloudEnvironment& cloud, const QString& filter);

// "GET /v1.0/users?$select=...": the request as evidence shows it (path and decoded query, no host).
QString describe(const QUrl& url, QLatin1StringView method = QLatin1StringView("GET"));

} // namespace smtpaudit::GraphQuery
