#pragma once

#include "signins/SignInView.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace smtpaudit {

// Password spraying: one source address tries one or a few passwords against many accounts, so it shows
// up as failures from one IP against many distinct users in a short time, with (almost) no successes.
// The defaults are a heuristic, chosen to ignore an office NAT address where a few people mistype their
// password in the same hour, and to be tuned by the admin:
struct SprayDetectionParameters
{
    qint64 windowMs = 60 * 60 * 1000; // a burst is >= minDistinctUsers users failing within one hour
    int minDistinctUsers = 10;
    // Successes from the IP during the burst, over all its events then: above this it is a busy shared
    // address with ordinary typos, not a spray.
    double maxSuccessRatio = 0.2;
    // Failure codes that count (reference-error-codes.md): 50126 wrong password, 50053 locked out or
    // malicious IP, 50034 no such account, 50057 account disabled.
    QList<int> errorCodes{50126, 50053, 50034, 50057};
    int maxSampleUsers = 5;
};

struct SprayBurst
{
    QString ipAddress;
    QString countryOrRegion; // most frequent among the burst's failures, if known
    qint64 startMs = 0;      // first counted failure
    qint64 endMs = 0;        // last counted failure
    qint64 distinctUsers = 0;
    qint64 failures = 0;     // counted failures in [start, end]
    qint64 successes = 0;    // successes from the same IP in [start, end]
    QStringList sampleUsers; // up to maxSampleUsers UPNs, alphabetical

    QDateTime start() const { return QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC); }
    QDateTime end() const { return QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC); }
};

// Sliding windows per IP over the view's failures; overlapping qualifying windows merge into one burst.
// Sorted by start time, then IP. Events without time or IP cannot be placed and are ignored.
std::vector<SprayBurst> detectPasswordSpray(const SignInView& view, const SprayDetectionParameters& parameters = {});

} // namespace smtpaudit
