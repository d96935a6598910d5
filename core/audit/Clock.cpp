#include "audit/Clock.h"

namespace smtpaudit {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime currentDateTimeUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace smtpaudit
