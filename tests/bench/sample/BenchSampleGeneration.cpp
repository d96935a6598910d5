// Generates the large sample tenant and prints wall time, peak RSS and the sign-in log's footprint.
// Usage: BenchSampleGeneration [small|medium|large] [seed]

#include "sample/data/TenantGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;

namespace {

// Peak resident set size in kB, from /proc/self/status (VmHWM).
qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    TenantOptions options;
    options.size = TenantOptions::sizeFromName(args.value(1, u"large"_s)).value_or(TenantSize::Large);
    options.seed = args.value(2, u"1"_s).toULongLong();
    options.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

    const qint64 rssBefore = peakRssKb();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const TenantModel model = TenantGenerator::generate(options);
    const qint64 elapsedMs = timer.elapsed();
    const qint64 cpuMs = static_cast<qint64>(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;

    qint64 legacy = 0;
    qint64 smtp = 0;
    qint64 spray = 0;
    for (const SignInRecord& record : model.signIns.records()) {
        legacy += SignInLog::clientApps()[record.clientApp].legacy ? 1 : 0;
        smtp += record.clientApp == SignInLog::AuthenticatedSmtp ? 1 : 0;
        spray += (record.flags & SignInRecord::Spray) ? 1 : 0;
    }
    qint64 mailboxes = 0;
    for (const SampleUser& user : model.users)
        mailboxes += user.hasMailbox() ? 1 : 0;
    const double events = static_cast<double>(model.signIns.size());

    QTextStream out(stdout);
    out << "size:                 " << TenantOptions::sizeName(options.size) << '\n'
        << "users:                " << model.users.size() << " (" << mailboxes << " mailboxes)\n"
        << "sign-in events:       " << model.signIns.size() << '\n'
        << "legacy events:        " << legacy << '\n'
        << "Authenticated SMTP:   " << smtp << '\n'
        << "password-spray:       " << spray << '\n'
        << "generation wall time: " << elapsedMs << " ms\n"
        << "generation CPU time:  " << cpuMs << " ms (wall time grows when other jobs share the cores)\n"
        << "peak RSS (VmHWM):     " << peakRssKb() / 1024 << " MB (" << rssBefore / 1024 << " MB before)\n"
        << "sign-in log memory:   " << model.signIns.memoryBytes() / (1024 * 1024) << " MB\n"
        << "bytes per event:      " << (events > 0 ? static_cast<double>(model.signIns.memoryBytes()) / events : 0)
        << '\n';
    return 0;
}
