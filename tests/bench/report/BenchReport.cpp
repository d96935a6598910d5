// The PDF report of the sample tenant's audit, timed apart from the audit itself (issue 7's bar for the
// large tenant: under 15 s and under 20 MB). Steps, each printed on its own line:
//   1. the audit JSON: the given file, else <build>/bench-data/SIZE-audit.json, made once by
//      `smtpaudit-cli audit --sample-tenant SIZE --seed 1` (its time is printed but is not the report's);
//   2. parsing the JSON into an AuditResult (AuditJson::parse);
//   3. ReportWriter::writePdf: wall time, PDF size, pages and the peak RSS while writing (the high-water
//      mark is reset after parsing, so the number is the report's own peak, the parsed audit included).
//
// Usage: BenchReport [SIZE=large] [AUDIT_JSON] [OUTPUT_PDF]

#include "audit/AuditJson.h"
#include "audit/AuditResult.h"
#include "report/ReportWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// VmHWM (peak resident set) or VmRSS of this process in KiB, from /proc/self/status.
qint64 statusKb(const QByteArray& field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// Writing "5" to clear_refs resets VmHWM to the current RSS (Linux 4.0+, proc(5)).
bool resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

double mib(qint64 kib)
{
    return static_cast<double>(kib) / 1024.0;
}

// Makes the audit JSON of the sample tenant once; later runs reuse it.
bool makeAuditJson(const QString& size, const QString& path)
{
    QDir().mkpath(QFileInfo(path).path());
    std::printf("audit JSON %s missing: auditing the %s sample tenant once with smtpaudit-cli ...\n", qPrintable(path),
                qPrintable(size));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    QProcess cli;
    // The CLI's progress and debug log go to a file next to the JSON, not into the bench's numbers.
    const QString log = path + u".log"_s;
    cli.setStandardErrorFile(log);
    const QString partial = path + u".part"_s;
    cli.start(QString::fromUtf8(SMTPAUDIT_CLI_PATH), {u"audit"_s, u"--sample-tenant"_s, size, u"--seed"_s, u"1"_s,
                                                      u"--no-history"_s, u"--quiet"_s, u"--json"_s, partial});
    if (!cli.waitForFinished(60 * 60 * 1000) || cli.exitStatus() != QProcess::NormalExit ||
        !QFileInfo::exists(partial)) {
        std::printf("audit failed (exit %d), see %s\n", cli.exitCode(), qPrintable(log));
        return false;
    }
    std::printf("audit (not part of the report's time): exit %d, %.1f s\n", cli.exitCode(),
                static_cast<double>(timer.elapsed()) / 1000.0);
    return QFile::rename(partial, path);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString size = args.value(1, u"large"_s);
    QString json = args.value(2);
    if (json.isEmpty()) {
        json = QDir(QString::fromUtf8(SMTPAUDIT_BENCH_CACHE)).filePath(size + u"-audit.json"_s);
        if (!QFileInfo::exists(json) && !makeAuditJson(size, json))
            return 1;
    }
    QTemporaryDir temporary;
    const QString pdf = args.size() > 3 ? args.at(3) : temporary.filePath(size + u"-report.pdf"_s);

    QFile file(json);
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("cannot read %s\n", qPrintable(json));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = file.readAll();
    const auto parsed = smtpaudit::AuditJson::parse(bytes);
    const double parseSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (!parsed.ok()) {
        std::printf("%s is not a readable audit: %s\n", qPrintable(json), qPrintable(parsed.error().error.toString()));
        return 1;
    }
    const smtpaudit::AuditResult& result = parsed.value();
    std::printf("BenchReport: %s sample tenant, audit JSON %.1f MiB, %lld mailboxes, %lld findings, %lld credentials\n",
                qPrintable(size), static_cast<double>(bytes.size()) / (1024.0 * 1024.0),
                static_cast<long long>(result.mailboxes.size()), static_cast<long long>(result.findings.size()),
                static_cast<long long>(result.credentials.size()));
    std::printf("parse: %.2f s, RSS after parsing %.0f MiB (peak so far %.0f MiB)\n", parseSeconds,
                mib(statusKb("VmRSS")), mib(statusKb("VmHWM")));

    const bool reset = resetPeakRss();
    const qint64 rssBefore = statusKb("VmRSS");
    timer.restart();
    const auto written = smtpaudit::ui::ReportWriter::writePdf(result, bytes, pdf);
    const double reportSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (!written.ok()) {
        std::printf("report failed: %s\n", qPrintable(written.error().toString()));
        return 1;
    }
    const double pdfMB = static_cast<double>(written->bytes) / 1e6; // the bar's MB: 10^6 bytes
    std::printf("report: %.2f s, %d pages, PDF %.2f MB, peak RSS while writing %.0f MiB%s (%.0f MiB before)\n",
                reportSeconds, written->pages, pdfMB, mib(statusKb("VmHWM")),
                reset ? "" : " (peak not reset: includes parsing)", mib(rssBefore));
    std::printf("issue 7 bar (large: under 15 s and 20 MB): %s\n",
                reportSeconds < 15 && pdfMB < 20 ? "met" : "NOT met");
    if (args.size() > 3)
        std::printf("PDF kept at %s\n", qPrintable(pdf));
    return 0;
}
