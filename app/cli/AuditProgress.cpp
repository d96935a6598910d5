#include "AuditProgress.h"

#include "CliSupport.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {
namespace {

// SIGINT/SIGTERM cancel the audit through a socket pair (self-pipe): the handler only writes a byte.
int g_cancelFds[2] = {-1, -1};

void onCancelSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_cancelFds[0], &byte, 1);
}

} // namespace

void cancelOnTerminationSignals(AuditRun& run)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_cancelFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_cancelFds[1], QSocketNotifier::Read, &run);
    QObject::connect(notifier, &QSocketNotifier::activated, &run, [&run] { run.cancel(); });
    struct sigaction action = {};
    action.sa_handler = onCancelSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

ProgressLine::ProgressLine(AuditRun& run)
    : m_run(run)
{
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, &ProgressLine::draw);
    m_timer.start();
}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::clear()
{
    if (m_drawn)
        err() << '\r' << QString(m_width, u' ') << '\r' << Qt::flush;
    m_drawn = false;
}

void ProgressLine::draw()
{
    const QList<Collector*> collectors = m_run.collectors();
    if (collectors.isEmpty())
        return;
    double sum = 0;
    int done = 0;
    QString busiest;
    qint64 items = 0;
    for (const Collector* collector : collectors) {
        const double completion = collector->isFinished() ? 1.0 : collector->progress().completion();
        sum += completion < 0 ? 0.0 : completion;
        done += collector->isFinished() ? 1 : 0;
        items += collector->progress().items;
        if (!collector->isFinished() && busiest.isEmpty())
            busiest = collector->name();
    }
    const double overall = sum / static_cast<double>(collectors.size());
    constexpr int barWidth = 24;
    const int filled = static_cast<int>(overall * barWidth);
    QString line = u"["_s + QString(filled, u'#') + QString(barWidth - filled, u' ') + u"] "_s +
                   u"%1% "_s.arg(static_cast<int>(overall * 100), 3) +
                   tr("%1/%2 collectors").arg(done).arg(collectors.size()) + u", "_s +
                   tr("%n object(s)", nullptr, static_cast<int>(items));
    const qint64 eta = m_run.overallEtaMs();
    if (eta >= 0)
        line += tr(", about %1 s left").arg((eta + 999) / 1000);
    if (!busiest.isEmpty())
        line += u" ("_s + busiest + u')';
    m_width = std::max(m_width, static_cast<int>(line.size()));
    err() << '\r' << line.leftJustified(m_width) << Qt::flush;
    m_drawn = true;
}

} // namespace smtpaudit::cli
