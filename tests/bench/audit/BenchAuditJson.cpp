// Prints how long reading and writing a saved audit JSON takes: BenchAuditJson FILE [ROUNDS].
// FILE is an audit written by `smtpaudit-cli audit --json` (e.g. the large sample tenant's). Says whether
// writing the parsed audit again gives the same bytes. Not run by CTest.
#include "audit/AuditJson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: BenchAuditJson AUDIT.json [ROUNDS]\n";
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        out << "cannot read " << file.fileName() << "\n";
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 3;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    const auto parsed = AuditJson::parse(bytes);
    out << "parse      " << timer.restart() << " ms wall, " << qRound((cpuSeconds() - cpu) * 1000) << " ms CPU, ok "
        << parsed.ok() << Qt::endl;
    if (!parsed.ok())
        return 1;
    QByteArray written;
    for (int i = 0; i < rounds; ++i) {
        cpu = cpuSeconds();
        timer.restart();
        written = AuditJson::serialize(parsed.value());
        out << "serialize  " << timer.elapsed() << " ms wall, " << qRound((cpuSeconds() - cpu) * 1000) << " ms CPU, "
            << written.size() << " bytes" << Qt::endl;
    }
    out << "same bytes as the file: " << (written == bytes ? "yes" : "no") << Qt::endl;
    return 0;
}
