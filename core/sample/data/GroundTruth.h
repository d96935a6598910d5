#pragma once

#include <QJsonObject>

namespace smtpaudit::sample {

struct TenantModel;

// What a correct audit of the sample tenant must find, as the JSON of /work/spec-effective-smtp-auth.md
// ("Ground-truth file"). Computed from the generator's model only; no audit code is involved.
// `signInDays`: the usage window (sign-ins with createdDateTime >= now - signInDays days).
QJsonObject groundTruth(const TenantModel& model, int signInDays = 30);

} // namespace smtpaudit::sample
