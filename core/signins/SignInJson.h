#pragma once

#include "signins/SignInTypes.h"

#include <QJsonObject>
#include <QStringView>

#include <optional>

namespace smtpaudit {

// Reads one Graph signIn object (v1.0 or beta). Never fails: a missing, null or wrongly typed field is
// simply absent in the record, so one odd event cannot cost the rest of a page.
SignInRecord signInFromGraphJson(const QJsonObject& object);

// createdDateTime ("2020-03-13T19:15:41.6195833Z") as milliseconds since the Unix epoch, UTC.
// Sub-millisecond digits are truncated; an offset (+02:00) is honoured; no zone means UTC, as Graph
// documents its timestamps. nullopt when the text is not an ISO-8601 date-time.
std::optional<qint64> parseGraphDateTime(QStringView text);

} // namespace smtpaudit
