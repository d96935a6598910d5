#pragma once

#include <QLocale>

class QCoreApplication;

namespace smtpaudit {

// Loads the embedded smtpaudit_<lang>.qm (and Qt's own catalogue when installed) for `locale`.
// Returns true when a smtpaudit catalogue for that language was found; English needs none.
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

} // namespace smtpaudit
