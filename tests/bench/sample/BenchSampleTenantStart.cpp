// Starts the sample tenant as `smtpaudit-cli audit --sample-tenant` does and prints how long the start and
// the tenant's destruction took: wall, process CPU (all threads) and the calling thread's CPU. On a shared
// machine the wall time mostly measures the other jobs; the calling thread's CPU is the start's critical path
// when the other threads (keys, indexes) find a free core. Usage: BenchSampleTenantStart [size] [runs]

#include "sample/tenant/SampleTenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;

namespace {

qint64 cpuMs()
{
    return static_cast<qint64>(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    SampleTenantOptions options;
    options.tenant.size = TenantOptions::sizeFromName(args.value(1, u"large"_s)).value_or(TenantSize::Large);
    const int runs = std::max(1, args.value(2, u"3"_s).toInt());
    QTextStream out(stdout);
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = cpuMs();
        const qint64 threadStart = threadCpuMs();
        auto tenant = SampleTenant::start(options);
        const qint64 startMs = timer.elapsed();
        const qint64 startCpu = cpuMs() - cpuStart;
        const qint64 startThreadCpu = threadCpuMs() - threadStart;
        if (!tenant) {
            out << "start failed: " << tenant.error().message << '\n';
            return 1;
        }
        std::unique_ptr<SampleTenant> running = std::move(tenant).value();
        timer.restart();
        const qint64 cpuStop = cpuMs();
        running.reset();
        out << TenantOptions::sizeName(options.tenant.size) << " run " << run + 1 << ": start " << startMs
            << " ms wall, " << startCpu << " ms CPU (" << startThreadCpu << " ms on this thread); destruction "
            << timer.elapsed() << " ms wall, " << cpuMs() - cpuStop << " ms CPU" << Qt::endl;
    }
    return 0;
}
