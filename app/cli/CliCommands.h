#pragma once

#include <QStringList>

// One function per sub-command; each parses its own arguments (argv without the program name)
// and returns the process exit code. Declared here so main.cpp is only a dispatcher.
namespace smtpaudit::cli {} // namespace smtpaudit::cli
