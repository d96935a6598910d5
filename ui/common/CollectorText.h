#pragma once

#include "audit/CollectorStatus.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

namespace smtpaudit::ui {

// People's words for the collectors and for what went wrong with one.
class CollectorText
{
    Q_DECLARE_TR_FUNCTIONS(CollectorText)

public:
    static QString displayName(CollectorId id);
    // The error's own message plus what to do about its category ("grant ... and run again").
    static QString explain(const Error& error);
};

} // namespace smtpaudit::ui
