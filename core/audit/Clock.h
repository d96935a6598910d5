#pragma once

#include <QDateTime>

namespace smtpaudit {

// Everything in the audit that depends on "now" (idle windows, countdowns, rotation due dates) asks a
// Clock instead of QDateTime::currentDateTimeUtc(), so tests can pin the date (KeePassXC's Clock/MockClock
// idea, but passed explicitly rather than swapped in a global).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentDateTimeUtc() const = 0;

    // The real wall clock.
    static const Clock& system();
};

// A clock that stands still until told otherwise: for tests and for re-evaluating a saved snapshot
// "as of" the moment it was captured.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime& now)
        : m_now(now.toUTC())
    {}

    QDateTime currentDateTimeUtc() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace smtpaudit
