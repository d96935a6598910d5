#pragma once

// Pure aggregations over a SignInView for the sign-in charts and the rules (per-user ones are in
// UserSignInSummaries.h). Every function reads the store's integer columns and resolves strings only for
// its output rows.

#include "signins/SignInView.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace smtpaudit {

// Success = status.errorCode == 0; failure = anything else (an event without status included).
struct SignInDayCount
{
    QDate day; // UTC
    qint64 success = 0;
    qint64 failure = 0;
    qint64 total() const { return success + failure; }
};
// One entry per UTC day from the first to the last day present (days without events included, at 0),
// so a stacked bar chart has no holes. Events without a time are left out.
std::vector<SignInDayCount> signInsPerDay(const SignInView& view);

struct SignInAppCount
{
    QString clientAppUsed; // first spelling seen; empty = missing
    ClientApp clientApp = ClientApp::Missing;
    bool legacy = false;
    qint64 success = 0;
    qint64 failure = 0;
    qint64 total() const { return success + failure; }
};
// Per clientAppUsed value (case variants together), most events first, then by name.
std::vector<SignInAppCount> signInsPerClientApp(const SignInView& view);

struct SignInErrorCount
{
    std::optional<int> errorCode; // nullopt: events without status
    qint64 count = 0;
    QString failureReason; // the most frequent non-empty failureReason seen with this code
    QString description;   // signInErrorDescription(); empty for nullopt
};
// Per status.errorCode (0 included), most frequent first, then by code.
std::vector<SignInErrorCount> signInsPerErrorCode(const SignInView& view);

struct SignInIpCount
{
    QString ipAddress;
    qint64 success = 0;
    qint64 failure = 0;
    qint64 distinctUsers = 0;
    QString countryOrRegion; // the most frequent one seen with this IP
    qint64 total() const { return success + failure; }
};
// The `limit` IPs with the most events (ties by IP text); events without an IP are left out.
std::vector<SignInIpCount> topSourceIps(const SignInView& view, int limit = 10);

struct SignInCountryCount
{
    QString countryOrRegion; // empty = unknown location
    qint64 success = 0;
    qint64 failure = 0;
    qint64 total() const { return success + failure; }
};
std::vector<SignInCountryCount> topCountries(const SignInView& view, int limit = 10);

// UTC day of a timestamp (floor division, so times before 1970 fall on the right day).
QDate utcDayOf(qint64 msSinceEpoch);

} // namespace smtpaudit
