#include "signins/SprayDetector.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace smtpaudit {

namespace {

struct Failure
{
    std::uint32_t ip;
    std::uint32_t user;
    std::uint32_t country;
    qint64 time;
};

struct Candidate
{
    std::uint32_t ip;
    std::size_t first; // index range into the sorted failures
    std::size_t last;
    qint64 successes = 0;
};

// Finds the runs of qualifying windows among one IP's failures [begin, end), sorted by time.
void scanIp(const std::vector<Failure>& failures, std::size_t begin, std::size_t end, const SprayDetectionParameters& p,
            std::vector<Candidate>& out)
{
    std::unordered_map<std::uint32_t, int> inWindow;
    std::size_t left = begin;
    bool open = false;
    Candidate current{};
    for (std::size_t right = begin; right < end; ++right) {
        ++inWindow[failures[right].user];
        while (failures[right].time - failures[left].time > p.windowMs) {
            auto it = inWindow.find(failures[left].user);
            if (--it->second == 0)
                inWindow.erase(it);
            ++left;
        }
        if (static_cast<int>(inWindow.size()) < p.minDistinctUsers)
            continue;
        if (open && left <= current.last) {
            current.last = right; // overlaps the burst being built: extend it
        } else {
            if (open)
                out.push_back(current);
            current = {failures[right].ip, left, right, 0};
            open = true;
        }
    }
    if (open)
        out.push_back(current);
}

} // namespace

std::vector<SprayBurst> detectPasswordSpray(const SignInView& view, const SprayDetectionParameters& parameters)
{
    const SignInStore& s = view.store();
    const std::unordered_set<std::int32_t> codes(parameters.errorCodes.begin(), parameters.errorCodes.end());

    std::vector<Failure> failures;
    view.forEach([&](std::size_t i) {
        if (!s.hasCreated(i) || s.ipIndex(i) == 0 || s.userIndex(i) == 0 || !codes.contains(s.rawErrorCode(i)))
            return;
        failures.push_back({s.ipIndex(i), s.userIndex(i), s.countryIndex(i), s.createdMs(i)});
    });
    std::sort(failures.begin(), failures.end(),
              [](const Failure& a, const Failure& b) { return a.ip != b.ip ? a.ip < b.ip : a.time < b.time; });

    std::vector<Candidate> candidates;
    for (std::size_t begin = 0; begin < failures.size();) {
        std::size_t end = begin;
        while (end < failures.size() && failures[end].ip == failures[begin].ip)
            ++end;
        scanIp(failures, begin, end, parameters, candidates);
        begin = end;
    }
    if (candidates.empty())
        return {};

    // Successes from a candidate IP during its burst tell a spray from a busy shared address.
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> candidatesOfIp;
    for (std::size_t k = 0; k < candidates.size(); ++k)
        candidatesOfIp[candidates[k].ip].push_back(k);
    view.forEach([&](std::size_t i) {
        if (!s.isSuccess(i) || !s.hasCreated(i))
            return;
        const auto it = candidatesOfIp.find(s.ipIndex(i));
        if (it == candidatesOfIp.end())
            return;
        for (const std::size_t k : it->second) {
            Candidate& c = candidates[k];
            if (s.createdMs(i) >= failures[c.first].time && s.createdMs(i) <= failures[c.last].time)
                ++c.successes;
        }
    });

    std::vector<SprayBurst> bursts;
    for (const Candidate& c : candidates) {
        const qint64 failureCount = static_cast<qint64>(c.last - c.first + 1);
        if (static_cast<double>(c.successes) > parameters.maxSuccessRatio * double(c.successes + failureCount))
            continue;
        std::vector<std::uint32_t> users;
        std::unordered_map<std::uint32_t, qint64> countries;
        for (std::size_t k = c.first; k <= c.last; ++k) {
            users.push_back(failures[k].user);
            if (failures[k].country != 0)
                ++countries[failures[k].country];
        }
        std::sort(users.begin(), users.end());
        users.erase(std::unique(users.begin(), users.end()), users.end());

        SprayBurst burst;
        burst.ipAddress = s.ips().at(c.ip);
        burst.startMs = failures[c.first].time;
        burst.endMs = failures[c.last].time;
        burst.distinctUsers = static_cast<qint64>(users.size());
        burst.failures = failureCount;
        burst.successes = c.successes;
        QStringList names;
        for (const std::uint32_t user : users)
            names.append(s.users().at(user));
        names.sort(Qt::CaseInsensitive);
        burst.sampleUsers = names.mid(0, std::max(parameters.maxSampleUsers, 0));
        std::uint32_t bestCountry = 0;
        qint64 bestCount = 0;
        for (const auto& [country, count] : countries)
            if (count > bestCount || (count == bestCount && country < bestCountry)) {
                bestCountry = country;
                bestCount = count;
            }
        burst.countryOrRegion = s.countries().at(bestCountry);
        bursts.push_back(std::move(burst));
    }
    std::sort(bursts.begin(), bursts.end(), [](const SprayBurst& a, const SprayBurst& b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : a.ipAddress < b.ipAddress;
    });
    return bursts;
}

} // namespace smtpaudit
