#pragma once

// Conditional Access, named locations and app registrations (microsoft-apis.md section 2).

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace smtpaudit {

struct ConditionalAccessPolicy
{
    QString id;
    QString displayName;
    QString state; // "enabled", "disabled", "enabledForReportingButNotEnforced"
    QStringList clientAppTypes;
    QStringList includeUsers; // "All", "None", "GuestsOrExternalUsers" or object ids
    QStringList excludeUsers;
    QStringList includeGroups;
    QStringList excludeGroups;
    QStringList includeRoles; // role template ids
    QStringList excludeRoles;
    QStringList includeApplications; // "All", "Office365" or app ids
    QStringList excludeApplications;
    QStringList includeLocations; // named location ids, "All", "AllTrusted"
    QStringList excludeLocations;
    QString grantOperator;       // "AND" / "OR"
    QStringList builtInControls; // "block", "mfa", ...

    bool isEnabled() const { return state == QLatin1StringView("enabled"); }
    bool blocks() const;
    bool requiresMfa() const;
    bool usesLocations() const { return !includeLocations.isEmpty() || !excludeLocations.isEmpty(); }
};

struct NamedLocation
{
    enum class Kind
    {
        IpRanges,
        Countries,
    };
    QString id;
    QString displayName;
    Kind kind = Kind::IpRanges;
    QStringList ipRanges; // CIDR, IPv4 and IPv6
    bool isTrusted = false;
    QStringList countriesAndRegions;
    bool includeUnknownCountriesAndRegions = false;
};

// A password or key credential of an app registration. The collector copies metadata only: Graph's
// secretText and hint are never requested, and there is deliberately no field that could hold them.
struct AppCredential
{
    enum class Kind
    {
        Secret,      // passwordCredentials
        Certificate, // keyCredentials
    };
    Kind kind = Kind::Secret;
    QString displayName;
    QString keyId;
    QDateTime startDateTime;
    QDateTime endDateTime;
};

struct Application
{
    QString id; // object id (what Remove-MgApplicationPassword -ApplicationId takes)
    QString appId;
    QString displayName;
    QList<AppCredential> credentials;
};

} // namespace smtpaudit
