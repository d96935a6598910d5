// The CLI end to end on the sample tenant (default: large), as a user runs it: `smtpaudit-cli audit
// --sample-tenant SIZE --json` and then `smtpaudit-cli report --from-audit --pdf --csv`, each its own process
// under GNU time, so the audit and the report are timed separately. Prints for each: wall time, CPU time and
// peak RSS (the audit's includes the in-process sample tenant: it is one process); for the audit also its
// own timer, mailboxes, requests and retries from the CLI's summary line, and the JSON's size.
//
// With LATENCY_MS > 0 and COMPARE = compare, the audit also runs with --concurrency 1 --no-batching (issue
// 4's baseline) and the bench prints both times next to their request-latency lower bound
// (requests x latency / concurrency) and the speed-up (the bar: at least 5x).
//
// Usage: BenchCliAudit [SIZE=large] [LATENCY_MS=0] [OUTPUT_DIR=a temporary directory] [compare] [no-report]

#include "http/ApiClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Measured
{
    int exitCode = -1;
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system
    qint64 peakRssKb = 0;
    QString err;
    // When (seconds after the start) each stderr line arrived, and when the process ended.
    QList<std::pair<double, QString>> lines;
    double endedAt = 0;
    // The arrival of the first line matching `pattern`, or -1.
    double lineAt(const QRegularExpression& pattern) const
    {
        for (const auto& [at, line] : lines)
            if (pattern.match(line).hasMatch())
                return at;
        return -1;
    }
};

// Runs the CLI under GNU time (-f "%e %U %S %M": elapsed, user and system seconds, maximum resident set
// in KiB), the statistics in their own file so the CLI's stderr stays the CLI's.
Measured measure(const QStringList& arguments, const QString& statsFile)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(GNU_TIME_PATH));
    process.setArguments(
        QStringList{u"-o"_s, statsFile, u"-f"_s, u"%e %U %S %M"_s, QString::fromUtf8(SMTPAUDIT_CLI_PATH)} + arguments);
    Measured measured;
    QElapsedTimer clock;
    QByteArray pending;
    const auto collectLines = [&] {
        pending += process.readAllStandardError();
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(end));
            measured.lines.append({static_cast<double>(clock.elapsed()) / 1000.0, line});
            measured.err += line + u'\n';
            pending.remove(0, end + 1);
        }
    };
    QObject::connect(&process, &QProcess::readyReadStandardError, collectLines);
    clock.start();
    process.start();
    if (!process.waitForStarted())
        return measured;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    loop.exec();
    measured.endedAt = static_cast<double>(clock.elapsed()) / 1000.0;
    collectLines();
    measured.err += QString::fromUtf8(pending);
    measured.exitCode = process.exitCode();
    QFile stats(statsFile);
    if (stats.open(QIODevice::ReadOnly)) {
        // GNU time prefixes "Command exited with non-zero status N" on its own line when the exit code is not 0.
        const QList<QByteArray> lines = stats.readAll().trimmed().split('\n');
        const QList<QByteArray> fields = lines.last().split(' ');
        if (fields.size() == 4) {
            measured.wallSeconds = fields.at(0).toDouble();
            measured.cpuSeconds = fields.at(1).toDouble() + fields.at(2).toDouble();
            measured.peakRssKb = fields.at(3).toLongLong();
        }
    }
    return measured;
}

// The audit's summary line, wherever it is on stderr (warnings may follow it):
// "N mailboxes, F findings to act on, score S, complete in T s (R requests, Y retries)".
struct Summary
{
    QString mailboxes, seconds, requests, retries;
    bool found = false;
};

Summary summaryOf(const QString& err)
{
    static const QRegularExpression line(uR"(^(\d+) mailboxes, .* in ([0-9.]+) s \((\d+) requests, (\d+) retries\)$)"_s,
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(err);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2), match.captured(3), match.captured(4), true};
}

double mib(qint64 kib)
{
    return static_cast<double>(kib) / 1024.0;
}

// Where the wall time went, from when the CLI's stderr lines arrived: the in-process sample tenant's start
// (until it listens), the collection (the run's own "collected in" count), evaluation and outputs (until
// the summary line), and the process's exit.
void printPhases(const Measured& measured)
{
    static const QRegularExpression listening(u"sample HTTPS server listening"_s);
    static const QRegularExpression collected(uR"(collected in (\d+) ms)"_s);
    static const QRegularExpression summary(uR"(^\d+ mailboxes, )"_s);
    const double listeningAt = measured.lineAt(listening);
    const double collectedAt = measured.lineAt(collected);
    const double summaryAt = measured.lineAt(summary);
    if (listeningAt < 0 || collectedAt < 0 || summaryAt < 0)
        return;
    std::printf("  phases: sample tenant start %.1f s, collection %.1f s, evaluation and outputs %.1f s, exit %.1f s\n",
                listeningAt, collectedAt - listeningAt, summaryAt - collectedAt, measured.endedAt - summaryAt);
}

// One audit; prints its line and returns the measurement (and its summary through `summary`).
Measured audit(const QString& size, const QString& latency, const QStringList& extra, const QString& json,
               const QString& stats, const char* label, Summary& summary)
{
    const Measured measured = measure(QStringList{u"audit"_s, u"--sample-tenant"_s, size, u"--sample-latency-ms"_s,
                                                  latency, u"--no-history"_s, u"--json"_s, json} +
                                          extra,
                                      stats);
    summary = summaryOf(measured.err);
    std::printf("audit %-22s exit %d, %.1f s wall (%s s audit timer), %.1f s CPU, peak RSS %.0f MiB, "
                "%s mailboxes, %s requests, %s retries\n",
                label, measured.exitCode, measured.wallSeconds, qPrintable(summary.seconds), measured.cpuSeconds,
                mib(measured.peakRssKb), qPrintable(summary.mailboxes), qPrintable(summary.requests),
                qPrintable(summary.retries));
    if (!summary.found)
        std::printf("  (no summary line on stderr:)\n%s\n", qPrintable(measured.err.right(2000)));
    printPhases(measured);
    return measured;
}

// "AMD EPYC, 2 CPUs": the figures are this machine's; the same code took about three times the CPU time on
// another 2-core machine, so a figure means little without it.
QString machine()
{
    QString model;
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
    return u"%1, %2 CPUs"_s.arg(model.isEmpty() ? u"unknown CPU"_s : model).arg(QThread::idealThreadCount());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString size = args.value(1, u"large"_s);
    const QString latency = args.value(2, u"0"_s);
    QTemporaryDir temporary;
    const QString directory = args.size() > 3 && args.at(3) != u"-"_s ? args.at(3) : temporary.path();
    const bool compare = args.contains(u"compare"_s);
    const bool report = !args.contains(u"no-report"_s);
    QDir().mkpath(directory);
    const QString json = QDir(directory).filePath(size + u"-audit.json"_s);
    const QString pdf = QDir(directory).filePath(size + u"-report.pdf"_s);
    const QString csv = QDir(directory).filePath(size + u"-csv"_s);
    const QString stats = QDir(directory).filePath(u"time.txt"_s);

    std::printf("BenchCliAudit: sample tenant %s, latency %s ms, CLI and in-process sample tenant in one process\n",
                qPrintable(size), qPrintable(latency));
    std::printf("machine: %s\n", qPrintable(machine()));
    Summary fastSummary;
    const Measured fast = audit(size, latency, {}, json, stats, "(defaults):", fastSummary);
    std::printf("audit JSON: %.1f MiB\n", static_cast<double>(QFileInfo(json).size()) / (1024.0 * 1024.0));
    if (fast.exitCode != 0 || !QFileInfo::exists(json)) {
        std::printf("audit failed:\n%s\n", qPrintable(fast.err));
        return 1;
    }
    if (size == u"large"_s)
        std::printf("issue 4 bar (large: under 60 s wall and 1 GB peak RSS): %s\n",
                    fast.wallSeconds < 60 && fast.peakRssKb < 1024 * 1024 ? "met" : "NOT met");

    const int latencyMs = latency.toInt();
    // The CLI's --concurrency default.
    const double defaultConcurrency = smtpaudit::ApiClient::defaultConcurrency;
    const double fastBound = fastSummary.requests.toDouble() * latencyMs / defaultConcurrency / 1000.0;
    if (latencyMs > 0)
        std::printf("defaults:        %.1f s wall, lower bound %.1f s (%s requests x %d ms / %.0f), ratio %.2f\n",
                    fast.wallSeconds, fastBound, qPrintable(fastSummary.requests), latencyMs, defaultConcurrency,
                    fastBound > 0 ? fast.wallSeconds / fastBound : 0.0);
    if (latencyMs > 0 && size == u"large"_s)
        std::printf("issue 4 bar (large with latency: within 1.5x of the lower bound): %s\n",
                    fastBound > 0 && fast.wallSeconds <= 1.5 * fastBound ? "met" : "NOT met");
    if (compare && latencyMs > 0) {
        Summary slowSummary;
        const Measured slow = audit(size, latency, {u"--concurrency"_s, u"1"_s, u"--no-batching"_s},
                                    QDir(directory).filePath(size + u"-audit-serial.json"_s), stats,
                                    "(concurrency 1, no $batch):", slowSummary);
        const double slowBound = slowSummary.requests.toDouble() * latencyMs / 1000.0;
        std::printf("concurrency 1:   %.1f s wall, lower bound %.1f s (%s requests x %d ms / 1), ratio %.2f\n",
                    slow.wallSeconds, slowBound, qPrintable(slowSummary.requests), latencyMs,
                    slowBound > 0 ? slow.wallSeconds / slowBound : 0.0);
        std::printf("speed-up:        %.1fx (bar: at least 5x)\n",
                    fast.wallSeconds > 0 ? slow.wallSeconds / fast.wallSeconds : 0.0);
    }

    if (!report)
        return 0;
    const Measured written = measure({u"report"_s, u"--from-audit"_s, json, u"--pdf"_s, pdf, u"--csv"_s, csv}, stats);
    const double pdfMB = static_cast<double>(QFileInfo(pdf).size()) / 1e6; // the bar's MB: 10^6 bytes
    static const QRegularExpression pages(uR"((\d+) pages)"_s);
    std::printf("report: exit %d, %.1f s wall, %.1f s CPU, %s pages, PDF %.2f MB, peak RSS %.0f MiB\n",
                written.exitCode, written.wallSeconds, written.cpuSeconds,
                qPrintable(pages.match(written.err).captured(1)), pdfMB, mib(written.peakRssKb));
    std::printf("issue 7 bar (large: under 15 s and 20 MB): %s\n",
                written.exitCode == 0 && written.wallSeconds < 15 && pdfMB < 20 ? "met" : "NOT met");
    if (written.exitCode != 0)
        std::printf("%s\n", qPrintable(written.err));
    return written.exitCode == 0 ? 0 : 1;
}
