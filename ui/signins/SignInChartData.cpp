#include "SignInChartData.h"

#include <unordered_map>

namespace smtpaudit::ui {

namespace {

struct Interval
{
    qint64 start;
    qint64 end;
};

} // namespace

SignInChartData SignInChartData::compute(const SignInView& view, int topLimit, const SprayDetectionParameters& spray)
{
    SignInChartData data;
    const SignInStore& store = view.store();
    data.events = qint64(view.size());

    std::vector<std::uint8_t> seenUser(store.users().size(), 0);
    view.forEach([&](std::size_t i) {
        if (store.isSuccess(i))
            ++data.successes;
        const std::uint32_t user = store.userIndex(i);
        if (user != 0 && !seenUser[user]) {
            seenUser[user] = 1;
            ++data.distinctUsers;
        }
    });
    data.failures = data.events - data.successes;

    data.perDay = signInsPerDay(view);
    data.perClientApp = signInsPerClientApp(view);
    data.topIps = topSourceIps(view, topLimit);
    data.topCountries = smtpaudit::topCountries(view, topLimit);
    for (SignInErrorCount& error : signInsPerErrorCode(view))
        if (error.errorCode != std::optional<int>(0))
            data.failureReasons.push_back(std::move(error));
    data.sprayBursts = detectPasswordSpray(view, spray);

    // Failures inside the bursts' windows from the bursts' addresses, per day of perDay.
    data.sprayFailuresPerDay.assign(data.perDay.size(), 0);
    if (!data.sprayBursts.empty() && !data.perDay.empty()) {
        std::unordered_map<std::uint32_t, std::vector<Interval>> byIp;
        for (const SprayBurst& burst : data.sprayBursts)
            if (const auto ip = store.ips().find(burst.ipAddress))
                byIp[*ip].push_back({burst.startMs, burst.endMs});
        const QDate firstDay = data.perDay.front().day;
        view.forEach([&](std::size_t i) {
            if (store.isSuccess(i) || !store.hasCreated(i))
                return;
            const auto it = byIp.find(store.ipIndex(i));
            if (it == byIp.end())
                return;
            const qint64 t = store.createdMs(i);
            for (const Interval& interval : it->second) {
                if (t >= interval.start && t <= interval.end) {
                    const qint64 day = firstDay.daysTo(utcDayOf(t));
                    if (day >= 0 && day < qint64(data.sprayFailuresPerDay.size()))
                        ++data.sprayFailuresPerDay[size_t(day)];
                    break;
                }
            }
        });
    }
    return data;
}

} // namespace smtpaudit::ui
