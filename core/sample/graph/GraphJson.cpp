#include "sample/graph/GraphJson.h"

#include "sample/data/TenantModel.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

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

// The user properties the sample writes with a value of their own; every other known property is null.
enum class UserField
{
    Other,
    Id,
    AccountEnabled,
    AssignedLicenses,
    EmptyArray, // businessPhones, otherMails, imAddresses, identities, assignedPlans, provisionedPlans, ...
    CreatedDateTime,
    CreationType,
    ExternalUserState,
    Department,
    DisplayName,
    GivenName,
    Surname,
    JobTitle,
    LastPasswordChangeDateTime,
    Mail,
    MailNickname,
    MobilePhone,
    OfficeLocation,
    OnPremisesSyncEnabled,
    PasswordPolicies,
    PreferredLanguage,
    ProxyAddresses,
    SignInActivity,
    UsageLocation,
    UserPrincipalName,
    UserType,
};

UserField fieldOf(const QString& name)
{
    static const QHash<QString, UserField> fields{
        {u"id"_s, UserField::Id},
        {u"accountEnabled"_s, UserField::AccountEnabled},
        {u"assignedLicenses"_s, UserField::AssignedLicenses},
        {u"businessPhones"_s, UserField::EmptyArray},
        {u"otherMails"_s, UserField::EmptyArray},
        {u"imAddresses"_s, UserField::EmptyArray},
        {u"identities"_s, UserField::EmptyArray},
        {u"assignedPlans"_s, UserField::EmptyArray},
        {u"provisionedPlans"_s, UserField::EmptyArray},
        {u"licenseAssignmentStates"_s, UserField::EmptyArray},
        {u"createdDateTime"_s, UserField::CreatedDateTime},
        {u"creationType"_s, UserField::CreationType},
        {u"externalUserState"_s, UserField::ExternalUserState},
        {u"department"_s, UserField::Department},
        {u"displayName"_s, UserField::DisplayName},
        {u"givenName"_s, UserField::GivenName},
        {u"surname"_s, UserField::Surname},
        {u"jobTitle"_s, UserField::JobTitle},
        {u"lastPasswordChangeDateTime"_s, UserField::LastPasswordChangeDateTime},
        {u"mail"_s, UserField::Mail},
        {u"mailNickname"_s, UserField::MailNickname},
        {u"mobilePhone"_s, UserField::MobilePhone},
        {u"officeLocation"_s, UserField::OfficeLocation},
        {u"onPremisesSyncEnabled"_s, UserField::OnPremisesSyncEnabled},
        {u"passwordPolicies"_s, UserField::PasswordPolicies},
        {u"preferredLanguage"_s, UserField::PreferredLanguage},
        {u"proxyAddresses"_s, UserField::ProxyAddresses},
        {u"signInActivity"_s, UserField::SignInActivity},
        {u"usageLocation"_s, UserField::UsageLocation},
        {u"userPrincipalName"_s, UserField::UserPrincipalName},
        {u"userType"_s, UserField::UserType},
    };
    return fields.value(name, UserField::Other);
}

// signInActivity from the sign-in log (or an older last sign-in for stale accounts). Graph omits it
// for users who never signed in (microsoft-apis.md section 1); "never" inside it is 0001-01-01.
bool hasSignInActivity(const TenantModel& model, int index)
{
    return model.signIns.lastSignInOf(index) != SignInLog::None ||
           model.users[static_cast<std::size_t>(index)].lastSignInBeforeWindow.has_value();
}

void writeSignInActivity(JsonWriter& json, const TenantModel& model, int index)
{
    const SampleUser& user = model.users[static_cast<std::size_t>(index)];
    const SignInLog& log = model.signIns;
    const quint32 last = log.lastSignInOf(index);
    const quint32 success = log.lastSuccessOf(index);
    constexpr QStringView never = u"0001-01-01T00:00:00Z";
    json.beginObject();
    if (last != SignInLog::None) {
        const qint64 when = log.timeOf(log.at(last));
        json.key("lastSignInDateTime").utcTime(when);
        json.key("lastSignInRequestId").string(log.idAt(last));
        // Token refreshes of modern clients follow interactive sign-ins; legacy-only accounts have none.
        const bool modern = !SignInLog::clientApps()[log.at(last).clientApp].legacy;
        json.key("lastNonInteractiveSignInDateTime");
        if (modern)
            json.utcTime(std::min(model.now - 60, when + 3 * 3600));
        else
            json.string(never);
        json.key("lastNonInteractiveSignInRequestId").string(modern ? log.correlationIdAt(last) : QString());
    } else {
        json.key("lastSignInDateTime").utcTime(*user.lastSignInBeforeWindow);
        json.key("lastSignInRequestId").string(QString(user.id.left(8) + u"-0000-4000-8000-000000000000"_s));
        json.key("lastNonInteractiveSignInDateTime").string(never);
        json.key("lastNonInteractiveSignInRequestId").string(u"");
    }
    if (success != SignInLog::None) {
        json.key("lastSuccessfulSignInDateTime").utcTime(log.timeOf(log.at(success)));
        json.key("lastSuccessfulSignInRequestId").string(log.idAt(success));
    } else {
        json.key("lastSuccessfulSignInDateTime").null();
        json.key("lastSuccessfulSignInRequestId").null();
    }
    json.endObject();
}

void writeUserValue(JsonWriter& json, const TenantModel& model, int index, UserField field)
{
    const SampleUser& user = model.users[static_cast<std::size_t>(index)];
    switch (field) {
    case UserField::Other:
        json.null();
        return;
    case UserField::Id:
        json.string(user.id);
        return;
    case UserField::AccountEnabled:
        json.boolean(user.accountEnabled);
        return;
    case UserField::AssignedLicenses:
        json.beginArray();
        for (const QString& sku : user.skuIds)
            json.beginObject().key("disabledPlans").beginArray().endArray().key("skuId").string(sku).endObject();
        json.endArray();
        return;
    case UserField::EmptyArray:
        json.beginArray().endArray();
        return;
    case UserField::CreatedDateTime:
        json.utcTime(user.createdAt);
        return;
    case UserField::CreationType:
        user.isGuest ? json.string(u"Invitation") : json.null();
        return;
    case UserField::ExternalUserState:
        user.isGuest ? json.string(u"Accepted") : json.null();
        return;
    case UserField::Department:
        json.stringOrNull(user.department);
        return;
    case UserField::DisplayName:
        json.string(user.displayName);
        return;
    case UserField::GivenName:
        json.stringOrNull(user.givenName);
        return;
    case UserField::Surname:
        json.stringOrNull(user.surname);
        return;
    case UserField::JobTitle:
        json.stringOrNull(user.jobTitle);
        return;
    case UserField::LastPasswordChangeDateTime:
        user.lastPasswordChangeAt > 0 ? json.utcTime(user.lastPasswordChangeAt) : json.null();
        return;
    case UserField::Mail:
        json.stringOrNull(user.mail);
        return;
    case UserField::MailNickname:
        json.string(user.mailNickname);
        return;
    case UserField::MobilePhone:
        json.stringOrNull(user.mobilePhone);
        return;
    case UserField::OfficeLocation:
        json.stringOrNull(user.officeLocation);
        return;
    case UserField::OnPremisesSyncEnabled:
        user.onPremisesSyncEnabled ? json.boolean(*user.onPremisesSyncEnabled) : json.null();
        return;
    case UserField::PasswordPolicies:
        json.stringOrNull(user.passwordPolicies);
        return;
    case UserField::PreferredLanguage:
        json.stringOrNull(user.preferredLanguage);
        return;
    case UserField::ProxyAddresses:
        json.beginArray();
        if (user.hasMailbox())
            json.string(QString(u"SMTP:"_s + user.mail));
        json.endArray();
        return;
    case UserField::SignInActivity:
        writeSignInActivity(json, model, index);
        return;
    case UserField::UsageLocation:
        json.stringOrNull(user.usageLocation);
        return;
    case UserField::UserPrincipalName:
        json.string(user.userPrincipalName);
        return;
    case UserField::UserType:
        json.string(user.isGuest ? u"Guest" : u"Member");
        return;
    }
    json.null();
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

UserWriter::UserWriter(const TenantModel& model, const QStringList& properties)
    : m_model(model)
{
    for (const QString& name : properties) {
        if (std::any_of(m_fields.begin(), m_fields.end(), [&](const Field& f) { return f.name == name; }))
            continue; // a property named twice is returned once
        m_fields.push_back(Field{name, static_cast<int>(fieldOf(name))});
    }
}

void UserWriter::write(JsonWriter& json, int index) const
{
    json.beginObject();
    for (const Field& field : m_fields) {
        const auto kind = static_cast<UserField>(field.kind);
        if (kind == UserField::SignInActivity && !hasSignInActivity(m_model, index))
            continue; // not returned for users who never signed in
        json.key(field.name);
        writeUserValue(json, m_model, index, kind);
    }
    json.endObject();
}

QJsonObject user(const TenantModel& model, int index, const QStringList& properties)
{
    QByteArray text;
    JsonWriter json(text);
    UserWriter(model, properties).write(json, index);
    return QJsonDocument::fromJson(text).object();
}

void writeRegistrationDetails(JsonWriter& json, const TenantModel& model, const SampleUser& user)
{
    json.beginObject();
    json.key("id").string(user.id);
    json.key("userPrincipalName").string(user.userPrincipalName);
    json.key("userDisplayName").string(user.displayName);
    json.key("userType").string(user.isGuest ? u"guest" : u"member");
    json.key("isAdmin").boolean(user.isAdmin);
    json.key("isSsprRegistered").boolean(user.ssprRegistered);
    json.key("isSsprEnabled").boolean(!user.isGuest);
    json.key("isSsprCapable").boolean(user.ssprRegistered && !user.isGuest);
    json.key("isMfaRegistered").boolean(user.mfaRegistered);
    json.key("isMfaCapable").boolean(user.mfaRegistered);
    const bool fido2 = user.methodsRegistered.contains(u"fido2"_s);
    const bool passwordless = fido2 || user.methodsRegistered.contains(u"windowsHelloForBusiness"_s);
    json.key("isPasswordlessCapable").boolean(passwordless);
    json.key("methodsRegistered").beginArray();
    for (const QString& method : user.methodsRegistered)
        json.string(method);
    json.endArray();
    json.key("isSystemPreferredAuthenticationMethodEnabled").boolean(true);
    json.key("systemPreferredAuthenticationMethods").beginArray();
    if (user.mfaRegistered)
        json.string(fido2 ? u"Fido2" : u"push");
    json.endArray();
    json.key("userPreferredMethodForSecondaryAuthentication").string(user.preferredSecondaryMethod);
    json.key("lastUpdatedDateTime").utcTime(std::max(user.createdAt, model.now - 86400 * 3));
    json.endObject();
}

QJsonObject registrationDetails(const TenantModel& model, const SampleUser& user)
{
    QByteArray text;
    JsonWriter json(text);
    writeRegistrationDetails(json, model, user);
    return QJsonDocument::fromJson(text).object();
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
