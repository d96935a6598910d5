// BenchSignInStore: fills a SignInStore with 2,000,000 synthetic sign-ins (300,000 of them legacy protocols,
// most of those Authenticated SMTP, with password-spray bursts), then prints:
//   - append throughput from plain records and from Graph JSON pages (one thread, then two at once),
//   - resident bytes per stored event (VmRSS delta / events),
//   - aggregation times over the 300,000 legacy events (the sign-in charts' budget is 100 ms each).
// Deterministic (fixed seed). Build with the `bench` target; run it alone on an idle machine.

#include "signins/SignInAggregations.h"
#include "signins/SignInStore.h"
#include "signins/SprayDetector.h"
#include "signins/UserSignInSummaries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

constexpr int kEvents = 2'000'000;
constexpr int kLegacyEvents = 300'000;
constexpr int kUsers = 100'000;
constexpr int kBatch = 10'000;
constexpr qint64 kDayMs = 86'400'000;
const qint64 kEnd = 1'795'694'400'000LL; // 2026-11-26T12:00:00Z
const qint64 kStart = kEnd - 30 * kDayMs;

// kB from /proc/self/status ("VmRSS:", "VmHWM:").
qint64 procStatusKb(const char* key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray wanted(key);
    for (const QByteArray& line : file.readAll().split('\n'))
        if (line.startsWith(wanted))
            return line.mid(wanted.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

class Generator
{
public:
    Generator()
    {
        const QStringList countries{u"DE"_s, u"US"_s, u"GB"_s, u"FR"_s, u"NL"_s, u"PL"_s, u"IN"_s, u"BR"_s,
                                    u"JP"_s, u"CN"_s, u"RU"_s, u"ES"_s, u"IT"_s, u"SE"_s, u"CH"_s, u"AT"_s};
        m_countries = countries;
        for (int c = 0; c < 300; ++c)
            m_cities << u"City %1"_s.arg(c);
        for (int a = 0; a < 40; ++a)
            m_apps << u"Application %1"_s.arg(a);
        for (int u = 0; u < 60; ++u)
            m_userAgents << u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Agent/%1.0"_s.arg(u);
        m_os = {u"Windows 10"_s, u"Windows 11"_s, u"MacOs"_s, u"Ios"_s, u"Android"_s, u"Linux"_s};
        m_browsers = {u"Edge 120.0.0"_s, u"Chrome 121.0.0"_s, u"Firefox 122.0"_s, u"Safari 17.2"_s, QString()};
        m_legacyApps = {u"Authenticated SMTP"_s,
                        u"Authenticated SMTP"_s,
                        u"Authenticated SMTP"_s,
                        u"Authenticated SMTP"_s,
                        u"Authenticated SMTP"_s,
                        u"Authenticated SMTP"_s,
                        u"authenticated smtp"_s,
                        u"IMAP4"_s,
                        u"POP3"_s,
                        u"Exchange ActiveSync"_s,
                        u"Other clients"_s,
                        u"MAPI Over HTTP"_s};
    }

    void fill(std::vector<SignInRecord>& batch, int firstIndex, int count)
    {
        batch.resize(static_cast<std::size_t>(count));
        for (int k = 0; k < count; ++k)
            make(batch[static_cast<std::size_t>(k)], firstIndex + k);
    }

private:
    void make(SignInRecord& r, int index)
    {
        // Every 6.67th event is legacy: exactly kLegacyEvents of kEvents.
        const bool legacy = (static_cast<qint64>(index) * kLegacyEvents) % kEvents < kLegacyEvents;
        const int user = static_cast<int>(m_rng() % kUsers);
        r = SignInRecord{};
        r.id =
            u"%1-0000-4000-8000-%2"_s.arg(index, 8, 16, QLatin1Char('0')).arg(index * 7919LL, 12, 16, QLatin1Char('0'));
        r.createdMs = kStart + static_cast<qint64>(m_rng() % static_cast<std::uint64_t>(30 * kDayMs));
        r.hasCreated = true;
        r.userPrincipalName = u"user%1@contoso.onmicrosoft.com"_s.arg(user);
        r.userId = u"00000000-0000-4000-a000-%1"_s.arg(user, 12, 10, QLatin1Char('0'));
        r.appDisplayName = m_apps[user % m_apps.size()];
        const int roll = static_cast<int>(m_rng() % 100);
        if (legacy) {
            r.clientAppUsed = m_legacyApps[static_cast<int>(m_rng() % m_legacyApps.size())];
            r.authProtocol = roll < 70 ? AuthProtocol::Ropc : AuthProtocol::OAuth2;
            // Devices use a few fixed addresses; attackers a small pool that sprays.
            const bool attack = roll >= 95;
            r.ipAddress = u"198.51.%1.%2"_s.arg((user / 250) % 256).arg(user % 250);
            if (attack) {
                // 20 spray bursts of 30 minutes, one address each.
                const int burst = static_cast<int>(m_rng() % 20);
                r.createdMs = kStart + burst * (30 * kDayMs / 20) + static_cast<qint64>(m_rng() % (30 * 60'000));
                r.ipAddress = u"45.155.205.%1"_s.arg(burst);
                r.errorCode = m_rng() % 3 == 0 ? 50053 : 50126;
                r.failureReason = u"Error validating credentials due to invalid username or password."_s;
            } else {
                r.errorCode = roll < 80 ? 0 : (roll < 90 ? 50126 : 50057);
            }
        } else {
            r.clientAppUsed = roll < 60 ? u"Browser"_s : u"Mobile Apps and Desktop clients"_s;
            r.authProtocol = AuthProtocol::OAuth2;
            r.ipAddress = u"203.0.%1.%2"_s.arg(m_rng() % 200).arg(m_rng() % 250);
            r.errorCode = roll < 92 ? 0 : (roll < 96 ? 50126 : (roll < 98 ? 50076 : 53003));
        }
        if (r.errorCode != 0 && r.failureReason.isEmpty())
            r.failureReason = u"Failure %1"_s.arg(*r.errorCode);
        r.countryOrRegion = m_countries[static_cast<int>(m_rng() % m_countries.size())];
        r.city = m_cities[static_cast<int>(m_rng() % m_cities.size())];
        r.isInteractive = roll % 2 == 0;
        r.conditionalAccessStatus = ConditionalAccessStatus::NotApplied;
        r.userAgent = m_userAgents[user % m_userAgents.size()];
        r.operatingSystem = m_os[user % m_os.size()];
        r.browser = m_browsers[user % m_browsers.size()];
    }

    std::mt19937_64 m_rng{20261126};
    QStringList m_countries, m_cities, m_apps, m_userAgents, m_os, m_browsers, m_legacyApps;
};

QJsonObject toGraphJson(const SignInRecord& r)
{
    return QJsonObject{
        {u"id"_s, r.id},
        {u"createdDateTime"_s, QDateTime::fromMSecsSinceEpoch(r.createdMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"userPrincipalName"_s, r.userPrincipalName},
        {u"userId"_s, r.userId},
        {u"appDisplayName"_s, r.appDisplayName},
        {u"clientAppUsed"_s, r.clientAppUsed},
        {u"ipAddress"_s, r.ipAddress},
        {u"isInteractive"_s, r.isInteractive.value_or(false)},
        {u"conditionalAccessStatus"_s, u"notApplied"_s},
        {u"status"_s, QJsonObject{{u"errorCode"_s, r.errorCode.value_or(0)}, {u"failureReason"_s, r.failureReason}}},
        {u"location"_s, QJsonObject{{u"city"_s, r.city}, {u"countryOrRegion"_s, r.countryOrRegion}}},
        {u"deviceDetail"_s, QJsonObject{{u"operatingSystem"_s, r.operatingSystem}, {u"browser"_s, r.browser}}},
    };
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Median wall and CPU time of `runs` calls. On a shared machine the CPU time is the steadier number.
struct Timing
{
    double wallMs;
    double cpuMs;
};

template <typename F>
Timing median(int runs, F&& f)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        f();
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void printTiming(const char* label, Timing t)
{
    std::printf("  %-30s %8.2f ms wall %8.2f ms cpu\n", label, t.wallMs, t.cpuMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Generator generator;
    std::vector<SignInRecord> batch;
    generator.fill(batch, 0, kBatch); // warm the batch buffer so the baseline includes it
    batch.clear();

    const qint64 rssBeforeKb = procStatusKb("VmRSS:");
    SignInStore store;
    double appendMs = 0;
    for (int first = 0; first < kEvents; first += kBatch) {
        generator.fill(batch, first, std::min(kBatch, kEvents - first));
        QElapsedTimer timer;
        timer.start();
        store.append(batch);
        appendMs += double(timer.nsecsElapsed()) / 1e6;
    }
    batch.clear();
    batch.shrink_to_fit();
    const qint64 rssAfterKb = procStatusKb("VmRSS:");
    const double bytesPerEvent = double(rssAfterKb - rssBeforeKb) * 1024.0 / double(store.size());

    std::printf("events stored:                  %lld\n", static_cast<long long>(store.size()));
    std::printf("append throughput (records):    %.0f events/s (%.0f ms total)\n", kEvents / (appendMs / 1000.0),
                appendMs);
    std::printf("resident bytes per event:       %.1f (VmRSS %lld kB -> %lld kB)\n", bytesPerEvent,
                static_cast<long long>(rssBeforeKb), static_cast<long long>(rssAfterKb));
    std::printf("distinct users / IPs:           %u / %u\n", store.users().size() - 1, store.ips().size() - 1);

    // Graph JSON path: 100 pages of 1,000 (Graph's maximum page size), parse included.
    {
        SignInStore jsonStore;
        std::vector<QByteArray> pages;
        for (int p = 0; p < 100; ++p) {
            generator.fill(batch, kEvents + p * 1000, 1000);
            QJsonArray value;
            for (const SignInRecord& r : batch)
                value.append(toGraphJson(r));
            pages.push_back(QJsonDocument(QJsonObject{{u"value"_s, value}}).toJson(QJsonDocument::Compact));
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        qint64 appended = 0;
        for (const QByteArray& page : pages)
            appended += jsonStore.appendGraphResponse(page).value().appended;
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::printf("append throughput (JSON pages): %.0f events/s (%lld events, %.0f ms, %.0f ms CPU)\n",
                    appended / (ms / 1000.0), static_cast<long long>(appended), ms, threadCpuMs() - cpuStart);

        // As in an audit, where two pool threads append the pages of parallel time slices: the same pages into a
        // new store from two threads at once (process CPU time: the steadier number on a shared machine).
        SignInStore sharedStore;
        timer.restart();
        const double processCpuStart = processCpuMs();
        std::thread odd([&] {
            for (std::size_t i = 1; i < pages.size(); i += 2)
                sharedStore.appendGraphResponse(pages[i]);
        });
        for (std::size_t i = 0; i < pages.size(); i += 2)
            sharedStore.appendGraphResponse(pages[i]);
        odd.join();
        const double sharedMs = double(timer.nsecsElapsed()) / 1e6;
        std::printf("JSON pages from two threads:    %.0f events/s (%lld events, %.0f ms, %.0f ms CPU)\n",
                    double(sharedStore.size()) / (sharedMs / 1000.0), static_cast<long long>(sharedStore.size()),
                    sharedMs, processCpuMs() - processCpuStart);
    }

    SignInFilter legacyFilter;
    legacyFilter.protocol = ProtocolScope::Legacy;
    SignInView legacy = SignInView::all(store);
    const Timing filterTime = median(5, [&] { legacy = SignInView::filtered(store, legacyFilter); });
    std::printf("legacy events in view:          %zu\n", legacy.size());
    printTiming("filter 2M -> legacy view:", filterTime);

    std::size_t sink = 0;
    std::vector<SprayBurst> bursts;
    std::printf("aggregation over %zu legacy events (median of 5):\n", legacy.size());
    printTiming("per day (UTC, success/fail):", median(5, [&] { sink += signInsPerDay(legacy).size(); }));
    printTiming("per client app:", median(5, [&] { sink += signInsPerClientApp(legacy).size(); }));
    printTiming("per error code:", median(5, [&] { sink += signInsPerErrorCode(legacy).size(); }));
    printTiming("top 10 source IPs:", median(5, [&] { sink += topSourceIps(legacy).size(); }));
    printTiming("top 10 countries:", median(5, [&] { sink += topCountries(legacy).size(); }));
    printTiming("password-spray detection:", median(5, [&] { bursts = detectPasswordSpray(legacy); }));
    printTiming("per user (unsorted):", median(5, [&] { sink += summariseByUser(legacy).size(); }));
    printTiming("per user + sortByUpn:", median(5, [&] {
                    UserSignInSummaries users = summariseByUser(legacy);
                    users.sortByUpn();
                    sink += users.size();
                }));
    printTiming("SMTP usage per spec (2M scan):", median(5, [&] {
                    sink += smtpUsageByUser(store, QDateTime::fromMSecsSinceEpoch(kEnd, Qt::UTC), 30).size();
                }));
    std::printf("spray bursts found:             %zu\n", bursts.size());
    std::printf("peak RSS (VmHWM):               %lld kB\n", static_cast<long long>(procStatusKb("VmHWM:")));
    return sink == 0 ? 1 : 0;
}
