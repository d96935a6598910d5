#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace smtpaudit {

struct AuditResult;

// The audit as CSV files for spreadsheets and scripts (CsvWriter: RFC 4180, formulas neutralised).
namespace auditcsv {

QByteArray mailboxes(const AuditResult& result);
QByteArray findings(const AuditResult& result);
QByteArray signInsPerDay(const AuditResult& result);
QByteArray signInsByClientApp(const AuditResult& result);
QByteArray credentials(const AuditResult& result);

// Writes every file above into `directory` (created if missing) atomically; returns the paths written.
Result<QStringList> writeAll(const AuditResult& result, const QString& directory);

} // namespace auditcsv
} // namespace smtpaudit
