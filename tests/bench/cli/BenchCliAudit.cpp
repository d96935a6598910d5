// The CLI end to end on the sample tenant (default: large): `smtpaudit-cli audit --sample-tenant SIZE
// --json` and then `smtpaudit-cli report --from-audit --pdf --csv`, each under GNU time. Prints the audit's
// wall time, requests and peak RSS (the in-process sample tenant included: it is one process), and the
// report's time, size and page count against issue 7's bar (under 15 s and 20 MB for the large tenant).
//
// Usage: BenchCliAudit [SIZE=large] [LATENCY_MS=0] [OUTPUT_DIR=a temporary directory]

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Measured
{
    int exitCode = -1;
    double wallSeconds = 0;
    qint64 peakRssKb = 0;
    QString err;
};

// Runs the CLI under GNU time (-f "%e %M": elapsed seconds, maximum resident set in KiB).
Measured measure(const QStringList& arguments, const QString& statsFile)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(GNU_TIME_PATH));
    process.setArguments(QStringList{u"-o"_s, statsFile, u"-f"_s, u"%e %M"_s, QString::fromUtf8(SMTPAUDIT_CLI_PATH)} +
                         arguments);
    process.start();
    Measured measured;
    if (!process.waitForFinished(30 * 60 * 1000))
        return measured;
    measured.exitCode = process.exitCode();
    measured.err = QString::fromUtf8(process.readAllStandardError());
    QFile stats(statsFile);
    if (stats.open(QIODevice::ReadOnly)) {
        // GNU time prefixes "Command exited with non-zero status N" on its own line when the exit code is not 0.
        const QList<QByteArray> lines = stats.readAll().trimmed().split('\n');
        const QList<QByteArray> fields = lines.last().split(' ');
        if (fields.size() == 2) {
            measured.wallSeconds = fields.at(0).toDouble();
            measured.peakRssKb = fields.at(1).toLongLong();
        }
    }
    return measured;
}

QString captured(const QString& text, const QString& pattern)
{
    return QRegularExpression(pattern).match(text).captured(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString size = args.value(1, u"large"_s);
    const QString latency = args.value(2, u"0"_s);
    QTemporaryDir temporary;
    const QString directory = args.size() > 3 ? args.at(3) : temporary.path();
    QDir().mkpath(directory);
    const QString json = QDir(directory).filePath(size + u"-audit.json"_s);
    const QString pdf = QDir(directory).filePath(size + u"-report.pdf"_s);
    const QString csv = QDir(directory).filePath(size + u"-csv"_s);
    const QString stats = QDir(directory).filePath(u"time.txt"_s);

    std::printf("BenchCliAudit: sample tenant %s, latency %s ms\n", qPrintable(size), qPrintable(latency));
    const Measured audit = measure({u"audit"_s, u"--sample-tenant"_s, size, u"--sample-latency-ms"_s, latency,
                                    u"--no-history"_s, u"--json"_s, json},
                                   stats);
    // The CLI's summary: "N mailboxes, ..., complete in S s (R requests, T retries)".
    const QString summary = audit.err.section(u'\n', -2, -2);
    std::printf("audit: exit %d, %.1f s wall (%s s audit), %s mailboxes, %s requests, %s retries, peak RSS %.0f MiB "
                "(CLI and in-process sample tenant together)\n",
                audit.exitCode, audit.wallSeconds, qPrintable(captured(summary, u"in ([0-9.]+) s"_s)),
                qPrintable(captured(summary, u"^(\\d+) mailboxes"_s)),
                qPrintable(captured(summary, u"(\\d+) requests"_s)), qPrintable(captured(summary, u"(\\d+) retries"_s)),
                static_cast<double>(audit.peakRssKb) / 1024.0);
    std::printf("audit JSON: %.1f MiB\n", static_cast<double>(QFileInfo(json).size()) / (1024.0 * 1024.0));
    if (audit.exitCode < 0 || !QFileInfo::exists(json)) {
        std::printf("audit failed:\n%s\n", qPrintable(audit.err));
        return 1;
    }

    const Measured report = measure({u"report"_s, u"--from-audit"_s, json, u"--pdf"_s, pdf, u"--csv"_s, csv}, stats);
    const double pdfMB = static_cast<double>(QFileInfo(pdf).size()) / 1e6; // the bar's MB: 10^6 bytes
    std::printf("report: exit %d, %.1f s wall, %s pages, PDF %.2f MB, peak RSS %.0f MiB\n", report.exitCode,
                report.wallSeconds, qPrintable(captured(report.err, u"(\\d+) pages"_s)), pdfMB,
                static_cast<double>(report.peakRssKb) / 1024.0);
    std::printf("issue 7 bar (large: under 15 s and 20 MB): %s\n",
                report.exitCode == 0 && report.wallSeconds < 15 && pdfMB < 20 ? "met" : "NOT met");
    if (report.exitCode != 0)
        std::printf("%s\n", qPrintable(report.err));
    return report.exitCode == 0 ? 0 : 1;
}
