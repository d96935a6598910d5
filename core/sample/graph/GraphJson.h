#pragma once

#include "sample/SampleJsonWriter.h"

#include <QJsonObject>
#include <QStringList>

#include <vector>

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

// Writes users with a fixed list of canonical property names (from $select or the default), resolved once
// per request instead of once per user. A property named twice is written once; signInActivity is left
// out for users who never signed in, as Graph does.
class UserWriter
{
public:
    UserWriter(const TenantModel& model, const QStringList& properties);
    void write(JsonWriter& json, int index) const;

private:
    struct Field
    {
        QString name;
        int kind = 0;
    };
    const TenantModel& m_model;
    std::vector<Field> m_fields;
};
// One user as an object (single-entity GETs; the lists write text with UserWriter).
QJsonObject user(const TenantModel& model, int index, const QStringList& properties);

void writeRegistrationDetails(JsonWriter& json, const TenantModel& model, const SampleUser& user);
QJsonObject registrationDetails(const TenantModel& model, const SampleUser& user);
QJsonObject conditionalAccessPolicy(const ConditionalAccessPolicy& policy);
QJsonObject namedLocation(const NamedLocation& location);
QJsonObject application(const AppRegistration& application);

} // namespace GraphJson
} // namespace smtpaudit::sample
