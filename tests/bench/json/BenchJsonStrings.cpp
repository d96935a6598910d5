// BenchJsonStrings: the two byte loops under every JSON string of a sign-in page, alone.
//   write   appendJsonString over pages of 1,000 sign-in-like objects (what the sample server does per page)
//   read    rawjson::Reader::skip() over the same pages (what the client's page reader does to every string)
//   growth  many small appends into one growing QByteArray: how often appendJsonString's worst-case resize
//           reallocates, against appending the same bytes as they are
// Prints the median thread CPU time of several runs (the steadier number on a shared machine). Deterministic
// (fixed seed). Usage: BenchJsonStrings [write|read|growth|all] [runs]

#include "util/JsonReader.h"
#include "util/JsonString.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

constexpr int kObjects = 50'000;
constexpr int kPerPage = 1'000;

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template <typename F>
double medianCpuMs(int runs, F&& f)
{
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        f();
        cpu.push_back(threadCpuMs() - start);
    }
    std::sort(cpu.begin(), cpu.end());
    return cpu[cpu.size() / 2];
}

// Members of one object as (key, value) texts, in the proportions of a Graph sign-in: mostly ASCII ids, names,
// dates and agents, a few non-ASCII names and cities, rare quotes and backslashes.
using Object = std::vector<std::pair<QString, QString>>;

std::vector<Object> makeObjects()
{
    std::mt19937_64 rng(20261126);
    const QStringList first{u"Anna"_s,    u"J\u00fcrgen"_s,  u"Zo\u00eb"_s,   u"Li"_s,    u"Fran\u00e7ois"_s,
                            u"Michael"_s, u"\u738b\u82b3"_s, u"Bj\u00f6rn"_s, u"Sarah"_s, u"Ol\u00e1"_s};
    const QStringList last{u"M\u00fcller"_s, u"Smith"_s, u"Nakamura"_s, u"O'Brien"_s, u"Garc\u00eda"_s, u"Nguyen"_s};
    const QStringList cities{u"Berlin"_s, u"M\u00fcnchen"_s, u"Seattle"_s, u"S\u00e3o Paulo"_s,
                             u"Tokyo"_s,  u"Z\u00fcrich"_s,  u"London"_s,  u"\u5317\u4eac"_s};
    const QStringList agents{
        u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0"_s,
        u"Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17126; Pro)"_s, u"BAV2ROPC"_s,
        u"python-requests/2.31.0"_s};
    const QStringList reasons{QString(), u"Error validating credentials due to invalid username or password."_s,
                              u"The account is locked, you've tried to sign in too many times."_s,
                              u"Authentication failed: \"SMTP AUTH\" is disabled for CONTOSO\\svc-scanner"_s};
    std::vector<Object> objects;
    objects.reserve(kObjects);
    for (int i = 0; i < kObjects; ++i) {
        const auto pick = [&rng](const QStringList& list) { return list[int(rng() % std::uint64_t(list.size()))]; };
        const quint64 user = rng() % 100'000;
        const QString name = pick(first) + u' ' + pick(last);
        objects.push_back(Object{
            {u"id"_s, u"%1-0000-4000-8000-%2"_s.arg(i, 8, 16, QLatin1Char('0'))
                          .arg(rng() % 1'000'000'000, 12, 16, QLatin1Char('0'))},
            {u"createdDateTime"_s, u"2026-11-%1T%2:%3:%4Z"_s.arg(1 + rng() % 28, 2, 10, QLatin1Char('0'))
                                       .arg(rng() % 24, 2, 10, QLatin1Char('0'))
                                       .arg(rng() % 60, 2, 10, QLatin1Char('0'))
                                       .arg(rng() % 60, 2, 10, QLatin1Char('0'))},
            {u"userDisplayName"_s, name},
            {u"userPrincipalName"_s, u"user%1@contoso.onmicrosoft.com"_s.arg(user)},
            {u"userId"_s, u"00000000-0000-4000-a000-%1"_s.arg(user, 12, 10, QLatin1Char('0'))},
            {u"appDisplayName"_s, u"Office 365 Exchange Online"_s},
            {u"clientAppUsed"_s, rng() % 7 == 0 ? u"Authenticated SMTP"_s : u"Browser"_s},
            {u"ipAddress"_s, u"203.0.%1.%2"_s.arg(rng() % 200).arg(rng() % 250)},
            {u"failureReason"_s, pick(reasons)},
            {u"userAgent"_s, pick(agents)},
            {u"city"_s, pick(cities)},
            {u"countryOrRegion"_s, u"DE"_s},
        });
    }
    return objects;
}

std::vector<QByteArray> writePages(const std::vector<Object>& objects)
{
    std::vector<QByteArray> pages;
    for (std::size_t first = 0; first < objects.size(); first += kPerPage) {
        QByteArray page;
        page.append("{\"value\":[");
        for (std::size_t i = first; i < std::min(objects.size(), first + kPerPage); ++i) {
            page.append(i == first ? "{" : ",{");
            bool comma = false;
            for (const auto& [key, value] : objects[i]) {
                if (comma)
                    page.append(',');
                comma = true;
                appendJsonString(page, key);
                page.append(':');
                appendJsonString(page, value);
            }
            page.append('}');
        }
        page.append("]}");
        pages.push_back(std::move(page));
    }
    return pages;
}

qsizetype totalSize(const std::vector<QByteArray>& pages)
{
    qsizetype bytes = 0;
    for (const QByteArray& page : pages)
        bytes += page.size();
    return bytes;
}

void printRate(const char* label, double ms, qsizetype bytes)
{
    std::printf("%-8s %9.2f ms cpu (median)  %8.1f MB/s  (%lld bytes of JSON)\n", label, ms,
                double(bytes) / 1e6 / (ms / 1e3), static_cast<long long>(bytes));
}

void benchWrite(const std::vector<Object>& objects, int runs)
{
    qsizetype bytes = 0;
    const double ms = medianCpuMs(runs, [&] { bytes = totalSize(writePages(objects)); });
    printRate("write", ms, bytes);
}

void benchRead(const std::vector<Object>& objects, int runs)
{
    const std::vector<QByteArray> pages = writePages(objects);
    int failures = 0;
    const double ms = medianCpuMs(runs, [&] {
        for (const QByteArray& page : pages) {
            rawjson::Reader in(page);
            if (!in.skip() || !in.atEnd())
                ++failures;
        }
    });
    printRate("read", ms, totalSize(pages));
    if (failures != 0)
        std::printf("read: %d pages failed to parse\n", failures);
}

void benchGrowth(const std::vector<Object>& objects, int runs)
{
    int viaEscaper = 0, viaAppend = 0;
    qsizetype bytes = 0;
    const double escaperMs = medianCpuMs(runs, [&] {
        QByteArray out;
        viaEscaper = 0;
        for (const Object& object : objects)
            for (const auto& member : object)
                for (const QString* text : {&member.first, &member.second}) {
                    const qsizetype capacity = out.capacity();
                    appendJsonString(out, *text);
                    viaEscaper += out.capacity() != capacity ? 1 : 0;
                }
        bytes = out.size();
    });
    // The same bytes appended as they are: the growth any writer of this output pays.
    const std::vector<QByteArray> pieces = [&] {
        std::vector<QByteArray> all;
        for (const Object& object : objects)
            for (const auto& member : object)
                for (const QString* text : {&member.first, &member.second}) {
                    QByteArray piece;
                    appendJsonString(piece, *text);
                    all.push_back(piece);
                }
        return all;
    }();
    const double appendMs = medianCpuMs(runs, [&] {
        QByteArray out;
        viaAppend = 0;
        for (const QByteArray& piece : pieces) {
            const qsizetype capacity = out.capacity();
            out.append(piece);
            viaAppend += out.capacity() != capacity ? 1 : 0;
        }
    });
    std::printf("growth   %zu strings, %lld bytes into one array: appendJsonString %d reallocations, %.2f ms cpu; "
                "plain append of the same bytes %d reallocations, %.2f ms cpu\n",
                pieces.size(), static_cast<long long>(bytes), viaEscaper, escaperMs, viaAppend, appendMs);
}

} // namespace

int main(int argc, char** argv)
{
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray("all");
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 7;
    const std::vector<Object> objects = makeObjects();
    if (mode == "write" || mode == "all")
        benchWrite(objects, runs);
    if (mode == "read" || mode == "all")
        benchRead(objects, runs);
    if (mode == "growth" || mode == "all")
        benchGrowth(objects, runs);
    return 0;
}
