#pragma once

#include <QJsonObject>
#include <QStringList>

namespace smtpaudit::sample {

struct AppRegistration;
struct ConditionalAccessPolicy;
struct NamedLocation;
struct SampleUser;
struct TenantModel;

// Graph resource shapes (v1.0) of the sample tenant's objects, field names as in microsoft-apis.md.
namespace GraphJson {

// Canonical name of a user property for $select (case-insensitive), empty when the user type has none.
QString canonicalUserProperty(const QString& name);
// The properties Graph returns for /users without $select.
const QStringList& defaultUserProperties();
QJsonObject user(const TenantModel& model, int index, const QStringList& properties);

QJsonObject registrationDetails(const TenantModel& model, const SampleUser& user);
QJsonObject conditionalAccessPolicy(const ConditionalAccessPolicy& policy);
QJsonObject namedLocation(const NamedLocation& location);
QJsonObject application(const AppRegistration& application);

} // namespace GraphJson
} // namespace smtpaudit::sample
