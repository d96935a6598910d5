#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smtpaudit {
struct AuditResult;
}

namespace smtpaudit::ui {

// Writes an audit where the user asked: the PDF report (ReportWriter), the CSV files (AuditCsv) or the
// audit JSON. The PDF prints the SHA-256 of exactly the JSON this exports, so the two can be tied together.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    enum class Kind
    {
        Pdf,  // target: a .pdf file
        Csv,  // target: a directory (created if missing)
        Json, // target: a .json file
    };

    // Returns the files written.
    static Result<QStringList> write(Kind kind, const AuditResult& result, const QString& target);
    // "smtpaudit-<tenant>-<yyyy-MM-dd>" (+ ".pdf"/".json"; a directory name for CSV).
    static QString suggestedName(Kind kind, const AuditResult& result);
    static QByteArray auditJson(const AuditResult& result);
};

} // namespace smtpaudit::ui
