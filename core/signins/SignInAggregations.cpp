#include "signins/SignInAggregations.h"

#include "signins/SignInErrorCodes.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace smtpaudit {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

qint64 dayNumber(qint64 ms)
{
    return ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
}

QDate dateOfDayNumber(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

// The most frequent key of a small count map (ties: the smaller key, for determinism).
template <typename Map>
typename Map::key_type mostFrequent(const Map& counts)
{
    typename Map::key_type best{};
    qint64 bestCount = 0;
    for (const auto& [key, count] : counts)
        if (count > bestCount || (count == bestCount && key < best)) {
            best = key;
            bestCount = count;
        }
    return best;
}

} // namespace

QDate utcDayOf(qint64 msSinceEpoch)
{
    return dateOfDayNumber(dayNumber(msSinceEpoch));
}

std::vector<SignInDayCount> signInsPerDay(const SignInView& view)
{
    const SignInStore& s = view.store();
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    view.forEach([&](std::size_t i) {
        if (!s.hasCreated(i))
            return;
        const qint64 day = dayNumber(s.createdMs(i));
        first = std::min(first, day);
        last = std::max(last, day);
    });
    std::vector<SignInDayCount> days;
    if (first > last)
        return days;
    days.resize(static_cast<std::size_t>(last - first + 1));
    view.forEach([&](std::size_t i) {
        if (!s.hasCreated(i))
            return;
        SignInDayCount& d = days[static_cast<std::size_t>(dayNumber(s.createdMs(i)) - first)];
        (s.isSuccess(i) ? d.success : d.failure) += 1;
    });
    for (std::size_t k = 0; k < days.size(); ++k)
        days[k].day = dateOfDayNumber(first + static_cast<qint64>(k));
    return days;
}

std::vector<SignInAppCount> signInsPerClientApp(const SignInView& view)
{
    const SignInStore& s = view.store();
    std::vector<qint64> success(s.clientApps().size(), 0), failure(s.clientApps().size(), 0);
    view.forEach([&](std::size_t i) { (s.isSuccess(i) ? success : failure)[s.clientAppIndex(i)] += 1; });
    std::vector<SignInAppCount> apps;
    for (std::uint32_t k = 0; k < s.clientApps().size(); ++k) {
        if (success[k] + failure[k] == 0)
            continue;
        const ClientApp kind = s.clientAppKind(k);
        apps.push_back({s.clientApps().at(k), kind, clientapp::isLegacy(kind), success[k], failure[k]});
    }
    std::sort(apps.begin(), apps.end(), [](const SignInAppCount& a, const SignInAppCount& b) {
        return a.total() != b.total() ? a.total() > b.total() : a.clientAppUsed < b.clientAppUsed;
    });
    return apps;
}

std::vector<SignInErrorCount> signInsPerErrorCode(const SignInView& view)
{
    const SignInStore& s = view.store();
    struct Acc
    {
        qint64 count = 0;
        std::unordered_map<std::uint32_t, qint64> reasons;
    };
    std::unordered_map<std::int32_t, Acc> byCode;
    view.forEach([&](std::size_t i) {
        Acc& acc = byCode[s.rawErrorCode(i)];
        ++acc.count;
        if (const std::uint32_t reason = s.failureReasonIndex(i))
            ++acc.reasons[reason];
    });
    std::vector<SignInErrorCount> codes;
    codes.reserve(byCode.size());
    for (const auto& [raw, acc] : byCode) {
        SignInErrorCount entry;
        if (raw != SignInStore::kNoErrorCode) {
            entry.errorCode = raw;
            entry.description = signInErrorDescription(raw);
        }
        entry.count = acc.count;
        if (!acc.reasons.empty())
            entry.failureReason = s.failureReasons().at(mostFrequent(acc.reasons));
        codes.push_back(std::move(entry));
    }
    std::sort(codes.begin(), codes.end(), [](const SignInErrorCount& a, const SignInErrorCount& b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.errorCode.value_or(std::numeric_limits<int>::max()) <
               b.errorCode.value_or(std::numeric_limits<int>::max());
    });
    return codes;
}

std::vector<SignInIpCount> topSourceIps(const SignInView& view, int limit)
{
    const SignInStore& s = view.store();
    const std::uint32_t ipCount = s.ips().size();
    std::vector<qint64> success(ipCount, 0), failure(ipCount, 0);
    view.forEach([&](std::size_t i) { (s.isSuccess(i) ? success : failure)[s.ipIndex(i)] += 1; });

    std::vector<std::uint32_t> candidates;
    for (std::uint32_t k = 1; k < ipCount; ++k) // 0 = no IP
        if (success[k] + failure[k] > 0)
            candidates.push_back(k);
    const auto total = [&](std::uint32_t k) { return success[k] + failure[k]; };
    const auto better = [&](std::uint32_t a, std::uint32_t b) {
        return total(a) != total(b) ? total(a) > total(b) : s.ips().at(a) < s.ips().at(b);
    };
    const std::size_t n = std::min(candidates.size(), static_cast<std::size_t>(std::max(limit, 0)));
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(n), candidates.end(),
                      better);
    candidates.resize(n);

    // Second pass only for the chosen IPs: distinct users and their usual country.
    std::vector<int> slotOf(ipCount, -1);
    for (std::size_t k = 0; k < n; ++k)
        slotOf[candidates[k]] = static_cast<int>(k);
    std::vector<QSet<std::uint32_t>> users(n);
    std::vector<std::unordered_map<std::uint32_t, qint64>> countries(n);
    view.forEach([&](std::size_t i) {
        const int slot = slotOf[s.ipIndex(i)];
        if (slot < 0)
            return;
        if (const std::uint32_t user = s.userIndex(i))
            users[static_cast<std::size_t>(slot)].insert(user);
        if (const std::uint32_t country = s.countryIndex(i))
            ++countries[static_cast<std::size_t>(slot)][country];
    });

    std::vector<SignInIpCount> result;
    for (std::size_t k = 0; k < n; ++k) {
        const std::uint32_t ip = candidates[k];
        SignInIpCount entry{s.ips().at(ip), success[ip], failure[ip], users[k].size(), {}};
        if (!countries[k].empty())
            entry.countryOrRegion = s.countries().at(mostFrequent(countries[k]));
        result.push_back(std::move(entry));
    }
    return result;
}

std::vector<SignInCountryCount> topCountries(const SignInView& view, int limit)
{
    const SignInStore& s = view.store();
    std::vector<qint64> success(s.countries().size(), 0), failure(s.countries().size(), 0);
    view.forEach([&](std::size_t i) { (s.isSuccess(i) ? success : failure)[s.countryIndex(i)] += 1; });
    std::vector<SignInCountryCount> result;
    for (std::uint32_t k = 0; k < s.countries().size(); ++k)
        if (success[k] + failure[k] > 0)
            result.push_back({s.countries().at(k), success[k], failure[k]});
    std::sort(result.begin(), result.end(), [](const SignInCountryCount& a, const SignInCountryCount& b) {
        return a.total() != b.total() ? a.total() > b.total() : a.countryOrRegion < b.countryOrRegion;
    });
    if (result.size() > static_cast<std::size_t>(std::max(limit, 0)))
        result.resize(static_cast<std::size_t>(std::max(limit, 0)));
    return result;
}

} // namespace smtpaudit
