#pragma once

#include "signins/SignInAggregations.h"
#include "signins/SprayDetector.h"

#include <vector>

namespace smtpaudit::ui {

// Everything the sign-in charts draw, computed in one go from a view of the store. Pure, so it is
// tested and benchmarked without widgets (300,000 events must take well under 100 ms).
struct SignInChartData
{
    qint64 events = 0;
    qint64 successes = 0;
    qint64 failures = 0;
    qint64 distinctUsers = 0;
    std::vector<SignInDayCount> perDay;
    // Failures from an IP during one of its spray bursts, per entry of perDay (same length): the chart
    // stacks them apart from other failures so bursts stand out.
    std::vector<qint64> sprayFailuresPerDay;
    std::vector<SignInAppCount> perClientApp;
    std::vector<SignInIpCount> topIps;
    std::vector<SignInCountryCount> topCountries;
    std::vector<SignInErrorCount> failureReasons; // errorCode != 0 (and events without status)
    std::vector<SprayBurst> sprayBursts;

    static SignInChartData compute(const SignInView& view, int topLimit = 10,
                                   const SprayDetectionParameters& spray = {});
};

} // namespace smtpaudit::ui
