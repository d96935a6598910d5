#pragma once

#include <QString>
#include <QTextStream>

namespace smtpaudit::cli {

// Exit codes shared by every sub-command (documented in the README).
enum ExitCode : int
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2,
    ExitAuthentication = 3,
    ExitIncomplete = 4,
};

QTextStream& out();
QTextStream& err();

// Prints `message` on stderr and returns ExitUsage.
int usage(const QString& message);

} // namespace smtpaudit::cli
