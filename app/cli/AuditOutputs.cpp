#include "AuditOutputs.h"

#include "CliSupport.h"

#include "audit/AuditResult.h"
#include "report/AuditCsv.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {
namespace {

// lupdate files AuditOutputsText::tr() under the class that declares it; a free AuditOutputsText::tr() in a namespace
// would be extracted under the namespace's name and never found at run time.
struct AuditOutputsText
{
    Q_DECLARE_TR_FUNCTIONS(AuditOutputs)
};

bool writeJson(const QString& path, const QByteArray& bytes, QString* error)
{
    if (path == u"-"_s) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly) || output.write(bytes) != bytes.size()) {
            *error = output.errorString();
            return false;
        }
        output.flush();
        return true;
    }
    // Atomic: a reader never sees half an audit, an interrupted run leaves the previous file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

bool canWritePdf()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

bool writeOutputs(const AuditResult& result, const QByteArray& auditJson, const OutputFiles& files, bool quiet)
{
    if (!files.json.isEmpty()) {
        QString error;
        if (!writeJson(files.json, auditJson, &error)) {
            err() << AuditOutputsText::tr("Cannot write %1: %2").arg(files.json, error) << Qt::endl;
            return false;
        }
        if (!quiet && files.json != u"-"_s)
            err() << AuditOutputsText::tr("Audit JSON written to %1").arg(files.json) << Qt::endl;
    }
    if (!files.csvDirectory.isEmpty()) {
        const Result<QStringList> written = auditcsv::writeAll(result, files.csvDirectory);
        if (!written.ok()) {
            err() << AuditOutputsText::tr("Cannot write the CSV files to %1: %2")
                         .arg(files.csvDirectory, written.error().toString())
                  << Qt::endl;
            return false;
        }
        if (!quiet)
            err() << AuditOutputsText::tr("%1 CSV files written to %2")
                         .arg(written.value().size())
                         .arg(files.csvDirectory)
                  << Qt::endl;
    }
    if (!files.pdf.isEmpty()) {
        if (!canWritePdf()) {
            err() << AuditOutputsText::tr(
                         "The PDF report needs the offscreen graphics platform, which is not available.")
                  << Qt::endl;
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        const Result<ui::ReportWriter::Written> written = ui::ReportWriter::writePdf(result, auditJson, files.pdf);
        if (!written.ok()) {
            err()
                << AuditOutputsText::tr("Cannot write the PDF report %1: %2").arg(files.pdf, written.error().toString())
                << Qt::endl;
            return false;
        }
        if (!quiet)
            err() << AuditOutputsText::tr("PDF report written to %1: %2 pages, %3 KiB in %4 s")
                         .arg(files.pdf)
                         .arg(written.value().pages)
                         .arg((written.value().bytes + 1023) / 1024)
                         .arg(QString::number(static_cast<double>(clock.elapsed()) / 1000.0, 'f', 1))
                  << Qt::endl;
    }
    return true;
}

} // namespace smtpaudit::cli
