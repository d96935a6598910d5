#pragma once

// What the audit needs from the sign-in log, as aggregates. The sign-in store (core/signins) scans the
// events once and fills these; the audit never sees individual events. Counting rules for SMTP follow
// the shared spec: clientAppUsed == "Authenticated SMTP" (case-insensitive), success = errorCode 0.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace smtpaudit {

// The window the sign-ins were read for (createdDateTime >= from).
struct SignInWindow
{
    int days = 30;
    QDateTime from;
    QDateTime to;
};

// Per-user legacy/SMTP usage in the window. Users with no SMTP or legacy sign-in need no entry:
// absence means zero (provided the SignIns collector completed).
struct UserSignInUsage
{
    QString userPrincipalName;
    QString userId; // may be empty; matching is by UPN, case-insensitive
    int smtpSuccess = 0;
    int smtpFailure = 0;
    QDateTime smtpLastSuccess; // invalid = none
    QDateTime smtpLastFailure;
    QStringList smtpSourceIps; // sorted, distinct (success and failure)
    QStringList smtpCountries; // sorted, distinct location.countryOrRegion
    // Basic vs OAuth where the log says so; smtpSuccess + smtpFailure - basic - oauth are unknown.
    int smtpBasicAuth = 0;
    int smtpOAuth = 0;
    // Other legacy clients (IMAP4, POP3, Exchange ActiveSync, Other clients, ...).
    int legacyOtherSignIns = 0;
    QStringList legacyClientApps; // sorted, distinct clientAppUsed values other than SMTP

    int smtpTotal() const { return smtpSuccess + smtpFailure; }
};

struct DailySmtpCount
{
    QDate date; // UTC
    int success = 0;
    int failure = 0;
};

struct ClientAppCount
{
    QString clientAppUsed;
    int count = 0;
};

// A password-spray pattern the sign-in store detected: one source address failing against many users
// within a short window.
struct PasswordSprayPattern
{
    QString ipAddress;
    QDateTime windowStart;
    QDateTime windowEnd;
    int distinctUsers = 0;
    int failures = 0;
};

struct SignInAggregates
{
    qint64 eventsScanned = 0;
    int smtpSuccess = 0;
    int smtpFailure = 0;
    int smtpBasicAuth = 0;
    int smtpOAuth = 0;
    int distinctSmtpUsers = 0;
    int distinctSmtpSourceIps = 0;
    QList<DailySmtpCount> smtpPerDay;       // ascending by date
    QList<ClientAppCount> legacyClientApps; // every legacy clientAppUsed seen (SMTP included), by count
    QList<PasswordSprayPattern> sprayPatterns;
};

struct SignInData
{
    SignInWindow window;
    QList<UserSignInUsage> perUser;
    SignInAggregates tenant;
};

} // namespace smtpaudit
