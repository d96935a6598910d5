#pragma once

#include <QDateTime>

#include <functional>

namespace smtpaudit::sample {

// The sample tenant's notion of "now" (UTC). Injectable so that tests can move time forward instead of
// sleeping: token expiry, device-code lifetimes and throttling windows all read it.
using SampleClock = std::function<QDateTime()>;

inline SampleClock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// A clock that never is empty: falls back to the system clock.
inline QDateTime clockNow(const SampleClock& clock)
{
    return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace smtpaudit::sample
