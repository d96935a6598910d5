#include "signins/SignInView.h"

#include <QTime>

#include <algorithm>

namespace smtpaudit {

namespace {

constexpr qint64 kMsPerDay = 86'400'000;

// A filter with its strings resolved to dictionary indices once, so testing a row is integer compares.
struct CompiledFilter
{
    bool matchesNothing = false;
    std::optional<qint64> fromMs, toMs;
    std::vector<char> clientAppAllowed; // per clientApps dictionary entry; empty = all allowed
    std::optional<std::uint32_t> clientAppIndex, user, ip, country;
    std::optional<std::int32_t> rawErrorCode;
    SignInOutcome outcome = SignInOutcome::Any;

    bool matches(const SignInStore& s, std::size_t i) const
    {
        if (fromMs || toMs) {
            if (!s.hasCreated(i))
                return false;
            const qint64 t = s.createdMs(i);
            if ((fromMs && t < *fromMs) || (toMs && t >= *toMs))
                return false;
        }
        if (!clientAppAllowed.empty() && !clientAppAllowed[s.clientAppIndex(i)])
            return false;
        if (clientAppIndex && s.clientAppIndex(i) != *clientAppIndex)
            return false;
        if (user && s.userIndex(i) != *user)
            return false;
        if (ip && s.ipIndex(i) != *ip)
            return false;
        if (country && s.countryIndex(i) != *country)
            return false;
        if (rawErrorCode && s.rawErrorCode(i) != *rawErrorCode)
            return false;
        if (outcome == SignInOutcome::Success && !s.isSuccess(i))
            return false;
        if (outcome == SignInOutcome::Failure && s.isSuccess(i))
            return false;
        return true;
    }
};

// An empty criterion matches all; a criterion naming a value the store never saw matches nothing.
bool resolve(const StringDictionary& dictionary, const QString& value, std::optional<std::uint32_t>& out)
{
    if (value.isEmpty())
        return true;
    out = dictionary.find(value.trimmed());
    return out.has_value();
}

CompiledFilter compile(const SignInStore& store, const SignInFilter& filter)
{
    CompiledFilter c;
    c.fromMs = filter.fromMs;
    c.toMs = filter.toMs;
    c.outcome = filter.outcome;
    if (filter.withoutStatus)
        c.rawErrorCode = SignInStore::kNoErrorCode;
    if (filter.errorCode) {
        if (filter.withoutStatus)
            c.matchesNothing = true;
        c.rawErrorCode = *filter.errorCode;
    }
    if (filter.protocol != ProtocolScope::Any) {
        const StringDictionary& apps = store.clientApps();
        c.clientAppAllowed.assign(apps.size(), 0);
        for (std::uint32_t k = 0; k < apps.size(); ++k) {
            const ClientApp kind = store.clientAppKind(k);
            switch (filter.protocol) {
            case ProtocolScope::Legacy:
                c.clientAppAllowed[k] = clientapp::isLegacy(kind);
                break;
            case ProtocolScope::AuthenticatedSmtp:
                c.clientAppAllowed[k] = kind == ClientApp::AuthenticatedSmtp;
                break;
            case ProtocolScope::Listed:
                c.clientAppAllowed[k] = filter.clientApps.contains(kind);
                break;
            case ProtocolScope::Any:
                break;
            }
        }
    }
    if (!resolve(store.clientApps(), filter.clientAppUsed, c.clientAppIndex) ||
        !resolve(store.users(), filter.userPrincipalName, c.user) || !resolve(store.ips(), filter.ipAddress, c.ip) ||
        !resolve(store.countries(), filter.countryOrRegion, c.country))
        c.matchesNothing = true;
    return c;
}

} // namespace

SignInFilter SignInFilter::lastDays(const QDateTime& now, int days)
{
    SignInFilter filter;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    filter.fromMs = nowMs - qint64(days) * kMsPerDay;
    return filter;
}

SignInFilter SignInFilter::forUtcDay(QDate day)
{
    SignInFilter filter;
    filter.fromMs = QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    filter.toMs = *filter.fromMs + kMsPerDay;
    return filter;
}

SignInView SignInView::all(const SignInStore& store)
{
    SignInView view(store);
    view.m_all = true;
    view.m_count = static_cast<std::size_t>(store.size());
    return view;
}

SignInView SignInView::filtered(const SignInStore& store, const SignInFilter& filter)
{
    return all(store).refined(filter);
}

SignInView SignInView::refined(const SignInFilter& filter) const
{
    SignInView view(*m_store);
    const CompiledFilter compiled = compile(*m_store, filter);
    if (compiled.matchesNothing)
        return view;
    forEach([&](std::size_t row) {
        if (compiled.matches(*m_store, row))
            view.m_rows.push_back(static_cast<std::uint32_t>(row));
    });
    return view;
}

void SignInView::sortNewestFirst()
{
    if (m_all) {
        m_rows.resize(m_count);
        for (std::size_t i = 0; i < m_count; ++i)
            m_rows[i] = static_cast<std::uint32_t>(i);
        m_all = false;
    }
    const SignInStore& s = *m_store;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&s](std::uint32_t a, std::uint32_t b) { return s.createdMs(a) > s.createdMs(b); });
}

} // namespace smtpaudit
