#include "signins/UserSignInSummaries.h"

#include "signins/SignInAggregations.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace smtpaudit {

namespace {

// Sorted distinct strings of a set of dictionary indices; index 0 (absent) is left out.
QStringList sortedDistinct(const StringDictionary& dictionary, std::vector<std::uint32_t>& indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    QStringList values;
    values.reserve(static_cast<qsizetype>(indices.size()));
    for (const std::uint32_t index : indices)
        if (index != 0)
            values.append(dictionary.at(index));
    std::sort(values.begin(), values.end());
    return values;
}

std::u16string_view utf16View(const QString& s)
{
    return {reinterpret_cast<const char16_t*>(s.constData()), static_cast<std::size_t>(s.size())};
}

} // namespace

QDateTime UserSignInSummary::lastSuccess() const
{
    return lastSuccessMs ? QDateTime::fromMSecsSinceEpoch(*lastSuccessMs, Qt::UTC) : QDateTime();
}

const UserSignInSummary* UserSignInSummaries::find(const QString& userPrincipalName) const
{
    if (!m_store)
        return nullptr;
    const auto index = m_store->users().find(userPrincipalName.trimmed());
    if (!index || *index >= m_rowOfUser.size() || m_rowOfUser[*index] < 0)
        return nullptr;
    return &m_rows[static_cast<std::size_t>(m_rowOfUser[*index])];
}

void UserSignInSummaries::sortByUpn()
{
    std::vector<QString> keys(m_rows.size());
    for (std::size_t k = 0; k < m_rows.size(); ++k)
        keys[k] = m_rows[k].userPrincipalName.toCaseFolded();
    std::vector<std::size_t> order(m_rows.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(),
              [&keys](std::size_t a, std::size_t b) { return utf16View(keys[a]) < utf16View(keys[b]); });
    std::vector<UserSignInSummary> sorted;
    sorted.reserve(m_rows.size());
    for (const std::size_t k : order) {
        m_rowOfUser[m_rows[k].userIndex] = static_cast<std::int32_t>(sorted.size());
        sorted.push_back(std::move(m_rows[k]));
    }
    m_rows = std::move(sorted);
}

UserSignInSummaries summariseByUser(const SignInView& view)
{
    const SignInStore& s = view.store();
    const std::uint32_t userCount = s.users().size();
    struct Acc
    {
        qint64 success = 0, failure = 0, basic = 0, oauth = 0, unknown = 0;
        qint64 lastSuccess = std::numeric_limits<qint64>::min();
    };
    std::vector<Acc> acc(userCount);
    std::vector<std::uint64_t> userIpPairs;
    view.forEach([&](std::size_t i) {
        const std::uint32_t user = s.userIndex(i);
        if (user == 0)
            return;
        Acc& a = acc[user];
        if (s.isSuccess(i)) {
            ++a.success;
            if (s.hasCreated(i))
                a.lastSuccess = std::max(a.lastSuccess, s.createdMs(i));
        } else {
            ++a.failure;
        }
        switch (s.authKind(i)) {
        case AuthKind::Basic:
            ++a.basic;
            break;
        case AuthKind::OAuth:
            ++a.oauth;
            break;
        case AuthKind::Unknown:
            ++a.unknown;
            break;
        }
        if (const std::uint32_t ip = s.ipIndex(i))
            userIpPairs.push_back((std::uint64_t{user} << 32) | ip);
    });
    std::sort(userIpPairs.begin(), userIpPairs.end());
    userIpPairs.erase(std::unique(userIpPairs.begin(), userIpPairs.end()), userIpPairs.end());

    UserSignInSummaries result;
    result.m_store = &s;
    result.m_rowOfUser.assign(userCount, -1);
    std::vector<std::uint32_t> ipsOfUser;
    std::size_t pair = 0;
    for (std::uint32_t user = 1; user < userCount; ++user) {
        ipsOfUser.clear();
        while (pair < userIpPairs.size() && (userIpPairs[pair] >> 32) == user)
            ipsOfUser.push_back(static_cast<std::uint32_t>(userIpPairs[pair++] & 0xffffffffu));
        const Acc& a = acc[user];
        if (a.success + a.failure == 0)
            continue;
        UserSignInSummary summary;
        summary.userPrincipalName = s.users().at(user);
        summary.success = a.success;
        summary.failure = a.failure;
        if (a.lastSuccess != std::numeric_limits<qint64>::min())
            summary.lastSuccessMs = a.lastSuccess;
        summary.sourceIps = sortedDistinct(s.ips(), ipsOfUser);
        summary.basic = a.basic;
        summary.oauth = a.oauth;
        summary.authUnknown = a.unknown;
        summary.userIndex = user;
        result.m_rowOfUser[user] = static_cast<std::int32_t>(result.m_rows.size());
        result.m_rows.push_back(std::move(summary));
    }
    return result;
}

UserSignInSummaries smtpUsageByUser(const SignInStore& store, const QDateTime& now, int days)
{
    SignInFilter filter = SignInFilter::lastDays(now, days);
    filter.protocol = ProtocolScope::AuthenticatedSmtp;
    return summariseByUser(SignInView::filtered(store, filter));
}

std::vector<UserFailureTrend> failuresPerUserPerDay(const SignInView& view, const QStringList& users)
{
    const SignInStore& s = view.store();
    std::vector<char> wanted(s.users().size(), 0);
    for (const QString& upn : users)
        if (const auto index = s.users().find(upn.trimmed()); index && *index != 0)
            wanted[*index] = 1;

    struct Acc
    {
        qint64 failures = 0;
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        std::vector<qint64> julianDays;
        std::vector<std::uint32_t> ips;
    };
    std::unordered_map<std::uint32_t, Acc> byUser;
    view.forEach([&](std::size_t i) {
        const std::uint32_t user = s.userIndex(i);
        if (!wanted[user] || s.isSuccess(i))
            return;
        Acc& a = byUser[user];
        ++a.failures;
        if (s.hasCreated(i)) {
            const qint64 t = s.createdMs(i);
            a.first = std::min(a.first, t);
            a.last = std::max(a.last, t);
            a.julianDays.push_back(utcDayOf(t).toJulianDay());
        }
        a.ips.push_back(s.ipIndex(i));
    });

    std::vector<UserFailureTrend> result;
    for (auto& [user, a] : byUser) {
        UserFailureTrend trend;
        trend.userPrincipalName = s.users().at(user);
        trend.failures = a.failures;
        if (!a.julianDays.empty()) {
            trend.firstFailureMs = a.first;
            trend.lastFailureMs = a.last;
        }
        std::sort(a.julianDays.begin(), a.julianDays.end());
        for (const qint64 day : a.julianDays) {
            if (trend.days.empty() || trend.days.back().day.toJulianDay() != day)
                trend.days.push_back({QDate::fromJulianDay(day), 0});
            ++trend.days.back().failures;
        }
        trend.sourceIps = sortedDistinct(s.ips(), a.ips);
        result.push_back(std::move(trend));
    }
    std::sort(result.begin(), result.end(), [](const UserFailureTrend& a, const UserFailureTrend& b) {
        if (a.failures != b.failures)
            return a.failures > b.failures;
        return a.userPrincipalName.toCaseFolded() < b.userPrincipalName.toCaseFolded();
    });
    return result;
}

} // namespace smtpaudit
