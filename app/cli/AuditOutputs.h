#pragma once

#include <QByteArray>
#include <QString>

namespace smtpaudit {
struct AuditResult;
}

namespace smtpaudit::cli {

// The files an audit can be written to: the audit JSON, the CSV exports (one directory) and the PDF report.
struct OutputFiles
{
    QString json;         // "-" writes to standard output
    QString csvDirectory; // mailboxes.csv, findings.csv, ... (auditcsv::writeAll)
    QString pdf;          // needs the QGuiApplication that createApplication() makes for --pdf

    bool isEmpty() const { return json.isEmpty() && csvDirectory.isEmpty() && pdf.isEmpty(); }
};

// Writes every requested file. `auditJson` is the exact audit JSON: it is what --json writes and what the
// PDF's SHA-256 is computed from, so the report can be tied to the file next to it. Prints what was
// written to stderr unless `quiet`; prints why and returns false on the first file that could not be
// written.
bool writeOutputs(const AuditResult& result, const QByteArray& auditJson, const OutputFiles& files, bool quiet);

// True when the process runs a QGuiApplication (the PDF writer needs fonts and a paint engine).
bool canWritePdf();

} // namespace smtpaudit::cli
