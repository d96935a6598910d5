#include "sample/graph/GraphJson.h"

#include "sample/data/TenantModel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::GraphJson {
namespace {

// v1.0 user properties (SDKPY user.py). Those the sample does not model are returned as null / [].
const QStringList& knownUserProperties()
{
    static const QStringList names{u"id"_s,
                                   u"accountEnabled"_s,
                                   u"ageGroup"_s,
                                   u"assignedLicenses"_s,
                                   u"assignedPlans"_s,
                                   u"businessPhones"_s,
                                   u"city"_s,
                                   u"companyName"_s,
                                   u"consentProvidedForMinor"_s,
                                   u"country"_s,
                                   u"createdDateTime"_s,
                                   u"creationType"_s,
                                   u"deletedDateTime"_s,
                                   u"department"_s,
                                   u"displayName"_s,
                                   u"employeeHireDate"_s,
                                   u"employeeId"_s,
                                   u"employeeType"_s,
                                   u"externalUserState"_s,
                                   u"externalUserStateChangeDateTime"_s,
                                   u"faxNumber"_s,
                                   u"givenName"_s,
                                   u"identities"_s,
                                   u"imAddresses"_s,
                                   u"isResourceAccount"_s,
                                   u"jobTitle"_s,
                                   u"lastPasswordChangeDateTime"_s,
                                   u"legalAgeGroupClassification"_s,
                                   u"licenseAssignmentStates"_s,
                                   u"mail"_s,
                                   u"mailNickname"_s,
                                   u"mobilePhone"_s,
                                   u"officeLocation"_s,
                                   u"onPremisesDistinguishedName"_s,
                                   u"onPremisesDomainName"_s,
                                   u"onPremisesImmutableId"_s,
                                   u"onPremisesLastSyncDateTime"_s,
                                   u"onPremisesSamAccountName"_s,
                                   u"onPremisesSecurityIdentifier"_s,
                                   u"onPremisesSyncEnabled"_s,
                                   u"onPremisesUserPrincipalName"_s,
                                   u"otherMails"_s,
                                   u"passwordPolicies"_s,
                                   u"postalCode"_s,
                                   u"preferredDataLocation"_s,
                                   u"preferredLanguage"_s,
                                   u"provisionedPlans"_s,
                                   u"proxyAddresses"_s,
                                   u"securityIdentifier"_s,
                                   u"showInAddressList"_s,
                                   u"signInActivity"_s,
                                   u"signInSessionsValidFromDateTime"_s,
                                   u"state"_s,
                                   u"streetAddress"_s,
                                   u"surname"_s,
                                   u"usageLocation"_s,
                                   u"userPrincipalName"_s,
                                   u"userType"_s};
    return names;
}

QJsonValue stringOrNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue timeOrNull(qint64 seconds)
{
    return seconds > 0 ? QJsonValue(isoUtc(seconds)) : QJsonValue(QJsonValue::Null);
}

// signInActivity from the sign-in log (or an older last sign-in for stale accounts). Graph omits it
// for users who never signed in (microsoft-apis.md section 1); "never" inside it is 0001-01-01.
QJsonValue signInActivity(const TenantModel& model, int index)
{
    const SampleUser& user = model.users[static_cast<std::size_t>(index)];
    const SignInLog& log = model.signIns;
    const quint32 last = log.lastSignInOf(index);
    const quint32 success = log.lastSuccessOf(index);
    const QString never = u"0001-01-01T00:00:00Z"_s;
    QJsonObject activity;
    if (last != SignInLog::None) {
        const qint64 when = log.timeOf(log.at(last));
        activity.insert(u"lastSignInDateTime"_s, isoUtc(when));
        activity.insert(u"lastSignInRequestId"_s, log.idAt(last));
        // Token refreshes of modern clients follow interactive sign-ins; legacy-only accounts have none.
        const bool modern = !SignInLog::clientApps()[log.at(last).clientApp].legacy;
        activity.insert(u"lastNonInteractiveSignInDateTime"_s,
                        modern ? isoUtc(std::min(model.now - 60, when + 3 * 3600)) : never);
        activity.insert(u"lastNonInteractiveSignInRequestId"_s, modern ? log.correlationIdAt(last) : QString());
    } else if (user.lastSignInBeforeWindow.has_value()) {
        activity.insert(u"lastSignInDateTime"_s, isoUtc(*user.lastSignInBeforeWindow));
        activity.insert(u"lastSignInRequestId"_s, QString(user.id.left(8) + u"-0000-4000-8000-000000000000"_s));
        activity.insert(u"lastNonInteractiveSignInDateTime"_s, never);
        activity.insert(u"lastNonInteractiveSignInRequestId"_s, QString());
    } else {
        return QJsonValue(QJsonValue::Null);
    }
    if (success != SignInLog::None) {
        activity.insert(u"lastSuccessfulSignInDateTime"_s, isoUtc(log.timeOf(log.at(success))));
        activity.insert(u"lastSuccessfulSignInRequestId"_s, log.idAt(success));
    } else {
        activity.insert(u"lastSuccessfulSignInDateTime"_s, QJsonValue(QJsonValue::Null));
        activity.insert(u"lastSuccessfulSignInRequestId"_s, QJsonValue(QJsonValue::Null));
    }
    return activity;
}

QJsonValue userValue(const TenantModel& model, int index, const QString& name)
{
    const SampleUser& user = model.users[static_cast<std::size_t>(index)];
    if (name == u"id"_s)
        return user.id;
    if (name == u"accountEnabled"_s)
        return user.accountEnabled;
    if (name == u"assignedLicenses"_s) {
        QJsonArray licences;
        for (const QString& sku : user.skuIds)
            licences.append(QJsonObject{{u"disabledPlans"_s, QJsonArray()}, {u"skuId"_s, sku}});
        return licences;
    }
    if (name == u"businessPhones"_s)
        return QJsonArray();
    if (name == u"createdDateTime"_s)
        return isoUtc(user.createdAt);
    if (name == u"creationType"_s)
        return user.isGuest ? QJsonValue(u"Invitation"_s) : QJsonValue(QJsonValue::Null);
    if (name == u"externalUserState"_s)
        return user.isGuest ? QJsonValue(u"Accepted"_s) : QJsonValue(QJsonValue::Null);
    if (name == u"department"_s)
        return stringOrNull(user.department);
    if (name == u"displayName"_s)
        return user.displayName;
    if (name == u"givenName"_s)
        return stringOrNull(user.givenName);
    if (name == u"surname"_s)
        return stringOrNull(user.surname);
    if (name == u"jobTitle"_s)
        return stringOrNull(user.jobTitle);
    if (name == u"lastPasswordChangeDateTime"_s)
        return timeOrNull(user.lastPasswordChangeAt);
    if (name == u"mail"_s)
        return stringOrNull(user.mail);
    if (name == u"mailNickname"_s)
        return user.mailNickname;
    if (name == u"mobilePhone"_s)
        return stringOrNull(user.mobilePhone);
    if (name == u"officeLocation"_s)
        return stringOrNull(user.officeLocation);
    if (name == u"onPremisesSyncEnabled"_s)
        return user.onPremisesSyncEnabled ? QJsonValue(*user.onPremisesSyncEnabled) : QJsonValue(QJsonValue::Null);
    if (name == u"passwordPolicies"_s)
        return stringOrNull(user.passwordPolicies);
    if (name == u"preferredLanguage"_s)
        return stringOrNull(user.preferredLanguage);
    if (name == u"proxyAddresses"_s)
        return user.hasMailbox() ? QJsonArray{QString(u"SMTP:"_s + user.mail)} : QJsonArray();
    if (name == u"signInActivity"_s)
        return signInActivity(model, index);
    if (name == u"usageLocation"_s)
        return stringOrNull(user.usageLocation);
    if (name == u"userPrincipalName"_s)
        return user.userPrincipalName;
    if (name == u"userType"_s)
        return user.isGuest ? u"Guest"_s : u"Member"_s;
    if (name == u"otherMails"_s || name == u"imAddresses"_s || name == u"identities"_s || name == u"assignedPlans"_s ||
        name == u"provisionedPlans"_s || name == u"licenseAssignmentStates"_s)
        return QJsonArray();
    return QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString canonicalUserProperty(const QString& name)
{
    for (const QString& known : knownUserProperties())
        if (known.compare(name, Qt::CaseInsensitive) == 0)
            return known;
    return {};
}

const QStringList& defaultUserProperties()
{
    static const QStringList names{u"businessPhones"_s,
                                   u"displayName"_s,
                                   u"givenName"_s,
                                   u"jobTitle"_s,
                                   u"mail"_s,
                                   u"mobilePhone"_s,
                                   u"officeLocation"_s,
                                   u"preferredLanguage"_s,
                                   u"surname"_s,
                                   u"userPrincipalName"_s,
                                   u"id"_s};
    return names;
}

QJsonObject user(const TenantModel& model, int index, const QStringList& properties)
{
    QJsonObject object;
    for (const QString& name : properties) {
        const QJsonValue value = userValue(model, index, name);
        if (name == u"signInActivity"_s && value.isNull())
            continue; // not returned for users who never signed in
        object.insert(name, value);
    }
    return object;
}

QJsonObject registrationDetails(const TenantModel& model, const SampleUser& user)
{
    QJsonObject object;
    object.insert(u"id"_s, user.id);
    object.insert(u"userPrincipalName"_s, user.userPrincipalName);
    object.insert(u"userDisplayName"_s, user.displayName);
    object.insert(u"userType"_s, user.isGuest ? u"guest"_s : u"member"_s);
    object.insert(u"isAdmin"_s, user.isAdmin);
    object.insert(u"isSsprRegistered"_s, user.ssprRegistered);
    object.insert(u"isSsprEnabled"_s, !user.isGuest);
    object.insert(u"isSsprCapable"_s, user.ssprRegistered && !user.isGuest);
    object.insert(u"isMfaRegistered"_s, user.mfaRegistered);
    object.insert(u"isMfaCapable"_s, user.mfaRegistered);
    const bool passwordless =
        user.methodsRegistered.contains(u"fido2"_s) || user.methodsRegistered.contains(u"windowsHelloForBusiness"_s);
    object.insert(u"isPasswordlessCapable"_s, passwordless);
    object.insert(u"methodsRegistered"_s, strings(user.methodsRegistered));
    object.insert(u"isSystemPreferredAuthenticationMethodEnabled"_s, true);
    QJsonArray systemPreferred;
    if (user.mfaRegistered)
        systemPreferred.append(user.methodsRegistered.contains(u"fido2"_s) ? u"Fido2"_s : u"push"_s);
    object.insert(u"systemPreferredAuthenticationMethods"_s, systemPreferred);
    object.insert(u"userPreferredMethodForSecondaryAuthentication"_s, user.preferredSecondaryMethod);
    object.insert(u"lastUpdatedDateTime"_s, isoUtc(std::max(user.createdAt, model.now - 86400 * 3)));
    return object;
}

QJsonObject conditionalAccessPolicy(const ConditionalAccessPolicy& policy)
{
    QJsonObject users{{u"includeUsers"_s, strings(policy.includeUsers)},
                      {u"excludeUsers"_s, strings(policy.excludeUsers)},
                      {u"includeGroups"_s, QJsonArray()},
                      {u"excludeGroups"_s, QJsonArray()},
                      {u"includeRoles"_s, QJsonArray()},
                      {u"excludeRoles"_s, QJsonArray()},
                      {u"includeGuestsOrExternalUsers"_s, QJsonValue::Null},
                      {u"excludeGuestsOrExternalUsers"_s, QJsonValue::Null}};
    QJsonObject applications{{u"includeApplications"_s, strings(policy.includeApplications)},
                             {u"excludeApplications"_s, QJsonArray()},
                             {u"includeUserActions"_s, QJsonArray()},
                             {u"includeAuthenticationContextClassReferences"_s, QJsonArray()},
                             {u"applicationFilter"_s, QJsonValue::Null}};
    QJsonValue locations(QJsonValue::Null);
    if (!policy.includeLocations.isEmpty() || !policy.excludeLocations.isEmpty())
        locations = QJsonObject{{u"includeLocations"_s, strings(policy.includeLocations)},
                                {u"excludeLocations"_s, strings(policy.excludeLocations)}};
    QJsonObject conditions{{u"userRiskLevels"_s, QJsonArray()},
                           {u"signInRiskLevels"_s, QJsonArray()},
                           {u"clientAppTypes"_s, strings(policy.clientAppTypes)},
                           {u"platforms"_s, QJsonValue::Null},
                           {u"locations"_s, locations},
                           {u"devices"_s, QJsonValue::Null},
                           {u"clientApplications"_s, QJsonValue::Null},
                           {u"applications"_s, applications},
                           {u"users"_s, users}};
    QJsonObject grant{{u"operator"_s, policy.grantOperator},
                      {u"builtInControls"_s, strings(policy.builtInControls)},
                      {u"customAuthenticationFactors"_s, QJsonArray()},
                      {u"termsOfUse"_s, QJsonArray()},
                      {u"authenticationStrength"_s, QJsonValue::Null}};
    return QJsonObject{{u"id"_s, policy.id},
                       {u"templateId"_s, QJsonValue::Null},
                       {u"displayName"_s, policy.displayName},
                       {u"createdDateTime"_s, isoUtc(policy.createdAt)},
                       {u"modifiedDateTime"_s, isoUtc(policy.modifiedAt)},
                       {u"state"_s, policy.state},
                       {u"sessionControls"_s, QJsonValue::Null},
                       {u"conditions"_s, conditions},
                       {u"grantControls"_s, grant}};
}

QJsonObject namedLocation(const NamedLocation& location)
{
    QJsonObject object{{u"id"_s, location.id},
                       {u"displayName"_s, location.displayName},
                       {u"createdDateTime"_s, isoUtc(location.createdAt)},
                       {u"modifiedDateTime"_s, isoUtc(location.modifiedAt)}};
    if (location.isIpLocation) {
        object.insert(u"@odata.type"_s, u"#microsoft.graph.ipNamedLocation"_s);
        object.insert(u"isTrusted"_s, location.isTrusted);
        QJsonArray ranges;
        for (const QString& cidr : location.cidrRanges)
            ranges.append(QJsonObject{{u"@odata.type"_s, cidr.contains(u':') ? u"#microsoft.graph.iPv6CidrRange"_s
                                                                             : u"#microsoft.graph.iPv4CidrRange"_s},
                                      {u"cidrAddress"_s, cidr}});
        object.insert(u"ipRanges"_s, ranges);
    } else {
        object.insert(u"@odata.type"_s, u"#microsoft.graph.countryNamedLocation"_s);
        object.insert(u"countriesAndRegions"_s, strings(location.countriesAndRegions));
        object.insert(u"includeUnknownCountriesAndRegions"_s, location.includeUnknownCountriesAndRegions);
        object.insert(u"countryLookupMethod"_s, u"clientIpAddress"_s);
    }
    return object;
}

QJsonObject application(const AppRegistration& app)
{
    QJsonArray secrets;
    for (const AppCredential& secret : app.passwordCredentials)
        secrets.append(QJsonObject{{u"customKeyIdentifier"_s, QJsonValue::Null},
                                   {u"displayName"_s, secret.displayName},
                                   {u"endDateTime"_s, isoUtc(secret.endAt)},
                                   {u"hint"_s, secret.hint},
                                   {u"keyId"_s, secret.keyId},
                                   {u"secretText"_s, QJsonValue::Null},
                                   {u"startDateTime"_s, isoUtc(secret.startAt)}});
    QJsonArray certificates;
    for (const AppCredential& certificate : app.keyCredentials)
        certificates.append(QJsonObject{{u"customKeyIdentifier"_s, certificate.customKeyIdentifier},
                                        {u"displayName"_s, certificate.displayName},
                                        {u"endDateTime"_s, isoUtc(certificate.endAt)},
                                        {u"key"_s, QJsonValue::Null},
                                        {u"keyId"_s, certificate.keyId},
                                        {u"startDateTime"_s, isoUtc(certificate.startAt)},
                                        {u"type"_s, u"AsymmetricX509Cert"_s},
                                        {u"usage"_s, u"Verify"_s}});
    return QJsonObject{{u"id"_s, app.id},
                       {u"appId"_s, app.appId},
                       {u"displayName"_s, app.displayName},
                       {u"createdDateTime"_s, isoUtc(app.createdAt)},
                       {u"signInAudience"_s, app.signInAudience},
                       {u"passwordCredentials"_s, secrets},
                       {u"keyCredentials"_s, certificates}};
}

} // namespace smtpaudit::sample::GraphJson
