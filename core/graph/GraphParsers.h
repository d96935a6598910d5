#pragma once

// Microsoft Graph JSON (v1.0 and the beta paths of microsoft-apis.md) to the snapshot's plain values.
// Pure functions: the collectors call them per page, the unit tests feed them Microsoft-shaped JSON.
// Lenient about optional fields (absent or null stays at the value type's default), strict about what
// identifies an object: an object without its id is a MalformedResponse, so one broken item cannot
// silently vanish from an audit.

#include "audit/DirectoryData.h"
#include "audit/PolicyData.h"
#include "util/JsonView.h"
#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace smtpaudit::GraphParse {

// ISO-8601 as Graph writes it (fractions of up to 7 digits, "Z" or an offset). Null, empty, unparsable
// and the "never" marker 0001-01-01 (user.signInActivity) give an invalid QDateTime.
QDateTime dateTime(const QJsonValue& value);

// Each list item's parser reads a QJsonObject or, with the same result, a rawjson::ObjectView (the collectors
// read their pages straight from the bytes).

// /v1.0/users with the collector's $select (microsoft-apis.md section 1).
Result<DirectoryUser> user(const QJsonObject& object);
Result<DirectoryUser> user(const rawjson::ObjectView& object);
// /v1.0/reports/authenticationMethods/userRegistrationDetails.
Result<UserRegistration> registration(const QJsonObject& object);
Result<UserRegistration> registration(const rawjson::ObjectView& object);
// The body of /beta/users/{id}/authentication/requirements: {"perUserMfaState":"enforced"}.
Result<PerUserMfaState> perUserMfaState(const QJsonObject& body);
// /v1.0/policies/identitySecurityDefaultsEnforcementPolicy: isEnabled.
Result<bool> securityDefaultsEnabled(const QJsonObject& body);
// /v1.0/identity/conditionalAccess/policies.
Result<ConditionalAccessPolicy> conditionalAccessPolicy(const QJsonObject& object);
Result<ConditionalAccessPolicy> conditionalAccessPolicy(const rawjson::ObjectView& object);
// /v1.0/identity/conditionalAccess/namedLocations (ip and country locations by @odata.type).
Result<NamedLocation> namedLocation(const QJsonObject& object);
Result<NamedLocation> namedLocation(const rawjson::ObjectView& object);
// /v1.0/applications with passwordCredentials and keyCredentials: metadata only, never secretText.
Result<Application> application(const QJsonObject& object);
Result<Application> application(const rawjson::ObjectView& object);

} // namespace smtpaudit::GraphParse
