#pragma once

#include <QByteArray>
#include <QStringView>

namespace smtpaudit {

// `text` as a quoted JSON string appended to `out`, byte for byte what QJsonDocument writes (UTF-8; quotes,
// backslashes and control characters escaped; a lone surrogate as \uXXXX). The one escaper of the audit file,
// the Graph $batch bodies and the sample tenant's responses.
void appendJsonString(QByteArray& out, QStringView text);

} // namespace smtpaudit
