#pragma once

#include <QStringList>

// One function per sub-command; each parses its own arguments (arguments.at(0) is the command name)
// and returns the process exit code (CliSupport.h). main.cpp only dispatches.
namespace smtpaudit::cli {

int runAudit(const QStringList& arguments);        // audit: AuditCommand.cpp
int runReport(const QStringList& arguments);       // report --from-audit: ReportCommand.cpp
int runSampleTenant(const QStringList& arguments); // sample-tenant serve|ground-truth: SampleTenantCommand.cpp

// send: one SMTP test submission (SendCommand.cpp)
int runSend(const QStringList& arguments);

} // namespace smtpaudit::cli
