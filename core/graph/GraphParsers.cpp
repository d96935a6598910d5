#include "graph/GraphParsers.h"

#include "signins/SignInJson.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smtpaudit::GraphParse {
namespace {

Error malformed(const char* what, const QString& detail = {})
{
    return Error::make(Error::Category::MalformedResponse, QCoreApplication::translate("GraphParse", what), detail);
}

// The parsers below are templates over the JSON types: QJsonObject / QJsonValue, and the json:: views the
// collectors' pages are read with (util/JsonView.h), which answer the same calls the same way.
template <typename Object>
QString text(const Object& object, QLatin1StringView key)
{
    return object.value(key).toString();
}

template <typename Value>
QStringList strings(const Value& value)
{
    QStringList list;
    for (const auto& item : value.toArray())
        if (item.isString())
            list << item.toString();
    return list;
}

template <typename Value>
std::optional<bool> optionalBool(const Value& value)
{
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

template <typename Value>
QDateTime readDateTime(const Value& value)
{
    if (!value.isString())
        return {};
    const std::optional<qint64> ms = parseGraphDateTime(value.toString());
    // Graph writes 0001-01-01T00:00:00Z for "never" inside signInActivity (reference section 1).
    if (!ms || QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).date().year() <= 1)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
}

template <typename Object>
Result<DirectoryUser> readUser(const Object& object)
{
    DirectoryUser user;
    user.id = text(object, "id"_L1);
    if (user.id.isEmpty())
        return malformed("A user in the directory list has no id.");
    user.userPrincipalName = text(object, "userPrincipalName"_L1);
    user.displayName = text(object, "displayName"_L1);
    user.mail = text(object, "mail"_L1);
    // accountEnabled is returned only on $select; the collector always selects it. An absent value
    // keeps the type's default (enabled), the conservative reading for an SMTP AUTH audit.
    if (const auto enabled = optionalBool(object.value("accountEnabled"_L1)))
        user.accountEnabled = *enabled;
    user.userType = text(object, "userType"_L1);
    user.passwordPolicies = text(object, "passwordPolicies"_L1);
    user.lastPasswordChangeDateTime = readDateTime(object.value("lastPasswordChangeDateTime"_L1));
    user.onPremisesSyncEnabled = optionalBool(object.value("onPremisesSyncEnabled"_L1));
    user.assignedLicenseCount = static_cast<int>(object.value("assignedLicenses"_L1).toArray().size());
    const auto activity = object.value("signInActivity"_L1).toObject();
    user.signInActivity.lastSignIn = readDateTime(activity.value("lastSignInDateTime"_L1));
    user.signInActivity.lastNonInteractiveSignIn = readDateTime(activity.value("lastNonInteractiveSignInDateTime"_L1));
    // Not in every SDK version (reference section 1); read when present.
    user.signInActivity.lastSuccessfulSignIn = readDateTime(activity.value("lastSuccessfulSignInDateTime"_L1));
    return user;
}

template <typename Object>
Result<UserRegistration> readRegistration(const Object& object)
{
    UserRegistration registration;
    registration.userId = text(object, "id"_L1);
    registration.userPrincipalName = text(object, "userPrincipalName"_L1);
    if (registration.userId.isEmpty() && registration.userPrincipalName.isEmpty())
        return malformed("A userRegistrationDetails record names no user.");
    registration.isAdmin = object.value("isAdmin"_L1).toBool();
    registration.isMfaRegistered = object.value("isMfaRegistered"_L1).toBool();
    registration.isMfaCapable = object.value("isMfaCapable"_L1).toBool();
    registration.isPasswordlessCapable = object.value("isPasswordlessCapable"_L1).toBool();
    registration.methodsRegistered = strings(object.value("methodsRegistered"_L1));
    registration.defaultMfaMethod = text(object, "defaultMfaMethod"_L1); // beta only
    registration.userPreferredMethodForSecondaryAuthentication =
        text(object, "userPreferredMethodForSecondaryAuthentication"_L1);
    return registration;
}

template <typename Object>
Result<ConditionalAccessPolicy> readConditionalAccessPolicy(const Object& object)
{
    ConditionalAccessPolicy policy;
    policy.id = text(object, "id"_L1);
    if (policy.id.isEmpty())
        return malformed("A Conditional Access policy has no id.");
    policy.displayName = text(object, "displayName"_L1);
    policy.state = text(object, "state"_L1);
    const auto conditions = object.value("conditions"_L1).toObject();
    policy.clientAppTypes = strings(conditions.value("clientAppTypes"_L1));
    const auto users = conditions.value("users"_L1).toObject();
    policy.includeUsers = strings(users.value("includeUsers"_L1));
    policy.excludeUsers = strings(users.value("excludeUsers"_L1));
    policy.includeGroups = strings(users.value("includeGroups"_L1));
    policy.excludeGroups = strings(users.value("excludeGroups"_L1));
    policy.includeRoles = strings(users.value("includeRoles"_L1));
    policy.excludeRoles = strings(users.value("excludeRoles"_L1));
    const auto applications = conditions.value("applications"_L1).toObject();
    policy.includeApplications = strings(applications.value("includeApplications"_L1));
    policy.excludeApplications = strings(applications.value("excludeApplications"_L1));
    const auto locations = conditions.value("locations"_L1).toObject(); // null when unused
    policy.includeLocations = strings(locations.value("includeLocations"_L1));
    policy.excludeLocations = strings(locations.value("excludeLocations"_L1));
    const auto grant = object.value("grantControls"_L1).toObject(); // null for session-only policies
    policy.grantOperator = text(grant, "operator"_L1);
    policy.builtInControls = strings(grant.value("builtInControls"_L1));
    return policy;
}

template <typename Object>
Result<NamedLocation> readNamedLocation(const Object& object)
{
    NamedLocation location;
    location.id = text(object, "id"_L1);
    if (location.id.isEmpty())
        return malformed("A named location has no id.");
    location.displayName = text(object, "displayName"_L1);
    const QString type = text(object, "@odata.type"_L1);
    const bool countries = type.endsWith("countryNamedLocation"_L1, Qt::CaseInsensitive) ||
                           (type.isEmpty() && object.contains("countriesAndRegions"_L1));
    if (countries) {
        location.kind = NamedLocation::Kind::Countries;
        location.countriesAndRegions = strings(object.value("countriesAndRegions"_L1));
        location.includeUnknownCountriesAndRegions = object.value("includeUnknownCountriesAndRegions"_L1).toBool();
        return location;
    }
    // ipNamedLocation; other (newer) location types keep no ranges, so they never match an address.
    location.kind = NamedLocation::Kind::IpRanges;
    location.isTrusted = object.value("isTrusted"_L1).toBool();
    for (const auto& range : object.value("ipRanges"_L1).toArray()) {
        const QString cidr = range.toObject().value("cidrAddress"_L1).toString();
        if (!cidr.isEmpty())
            location.ipRanges << cidr;
    }
    return location;
}

template <typename Object>
Result<Application> readApplication(const Object& object)
{
    Application app;
    app.id = text(object, "id"_L1);
    if (app.id.isEmpty())
        return malformed("An application has no id.");
    app.appId = text(object, "appId"_L1);
    app.displayName = text(object, "displayName"_L1);
    const auto readCredentials = [&app](const auto& list, AppCredential::Kind kind) {
        for (const auto& value : list.toArray()) {
            const auto credential = value.toObject();
            AppCredential item;
            item.kind = kind;
            // displayName, keyId and the validity window only: hint and secretText are never copied.
            item.displayName = credential.value("displayName"_L1).toString();
            item.keyId = credential.value("keyId"_L1).toString();
            item.startDateTime = readDateTime(credential.value("startDateTime"_L1));
            item.endDateTime = readDateTime(credential.value("endDateTime"_L1));
            app.credentials << item;
        }
    };
    readCredentials(object.value("passwordCredentials"_L1), AppCredential::Kind::Secret);
    readCredentials(object.value("keyCredentials"_L1), AppCredential::Kind::Certificate);
    return app;
}

} // namespace

QDateTime dateTime(const QJsonValue& value)
{
    return readDateTime(value);
}

Result<PerUserMfaState> perUserMfaState(const QJsonObject& body)
{
    const QString value = text(body, "perUserMfaState"_L1);
    if (const auto state = perUserMfaStateFromName(value))
        return *state;
    return malformed("The per-user MFA state is missing or unknown.", value.left(40));
}

Result<bool> securityDefaultsEnabled(const QJsonObject& body)
{
    const QJsonValue value = body.value("isEnabled"_L1);
    if (!value.isBool())
        return malformed("The security defaults policy has no isEnabled value.");
    return value.toBool();
}

Result<DirectoryUser> user(const QJsonObject& object)
{
    return readUser(object);
}

Result<DirectoryUser> user(const rawjson::ObjectView& object)
{
    return readUser(object);
}

Result<UserRegistration> registration(const QJsonObject& object)
{
    return readRegistration(object);
}

Result<UserRegistration> registration(const rawjson::ObjectView& object)
{
    return readRegistration(object);
}

Result<ConditionalAccessPolicy> conditionalAccessPolicy(const QJsonObject& object)
{
    return readConditionalAccessPolicy(object);
}

Result<ConditionalAccessPolicy> conditionalAccessPolicy(const rawjson::ObjectView& object)
{
    return readConditionalAccessPolicy(object);
}

Result<NamedLocation> namedLocation(const QJsonObject& object)
{
    return readNamedLocation(object);
}

Result<NamedLocation> namedLocation(const rawjson::ObjectView& object)
{
    return readNamedLocation(object);
}

Result<Application> application(const QJsonObject& object)
{
    return readApplication(object);
}

Result<Application> application(const rawjson::ObjectView& object)
{
    return readApplication(object);
}

} // namespace smtpaudit::GraphParse
