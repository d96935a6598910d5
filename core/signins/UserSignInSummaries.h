#pragma once

// Per-user aggregations: the audit's per-mailbox SMTP usage (spec-effective-smtp-auth.md) and the
// "disabled but still trying" trend.

#include "signins/SignInView.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace smtpaudit {

struct UserSignInSummary
{
    QString userPrincipalName; // first spelling seen
    qint64 success = 0;        // status.errorCode == 0
    qint64 failure = 0;        // anything else, an event without status included
    std::optional<qint64> lastSuccessMs;
    QStringList sourceIps; // sorted distinct ipAddress values (success and failure), empty IPs left out
    qint64 basic = 0;      // by AuthKind (see signinenum::deriveAuthKind())
    qint64 oauth = 0;
    qint64 authUnknown = 0;
    std::uint32_t userIndex = 0; // in the store's user dictionary

    QDateTime lastSuccess() const; // invalid when there was none
};

// The summaries of the users seen in a view, with a case-insensitive lookup that needs no sorting (it goes
// through the store's user dictionary). Rows are in the order the store first saw each user; sortByUpn()
// orders them for display or export. Valid while the store is not appended to.
class UserSignInSummaries
{
public:
    const std::vector<UserSignInSummary>& rows() const { return m_rows; }
    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    // nullptr when the user had no event in the view.
    const UserSignInSummary* find(const QString& userPrincipalName) const;
    // By case-folded UPN. Costs a string sort (about as much as building the summaries), hence optional.
    void sortByUpn();

private:
    friend UserSignInSummaries summariseByUser(const SignInView& view);

    const SignInStore* m_store = nullptr;
    std::vector<UserSignInSummary> m_rows;
    std::vector<std::int32_t> m_rowOfUser; // by user dictionary index; -1 = no row
};

// Per user (UPN, case-insensitive) over the view. Events without UPN are left out.
UserSignInSummaries summariseByUser(const SignInView& view);

// spec-effective-smtp-auth.md "SMTP sign-in usage": sign-ins with createdDateTime >= now - days and
// clientAppUsed "Authenticated SMTP" (case-insensitive), per user (UPN case-insensitive): success =
// errorCode 0, failure = errorCode != 0 (no status counts as failure), lastSuccess = newest success,
// sourceIps = sorted distinct IPs of both. A user absent from the result had no SMTP sign-in (0/0, null).
UserSignInSummaries smtpUsageByUser(const SignInStore& store, const QDateTime& now, int days = 30);

struct UserDayFailures
{
    QDate day; // UTC
    qint64 failures = 0;
};

struct UserFailureTrend
{
    QString userPrincipalName;
    qint64 failures = 0;
    std::optional<qint64> firstFailureMs;
    std::optional<qint64> lastFailureMs;
    std::vector<UserDayFailures> days; // only days with failures, ascending
    QStringList sourceIps;             // sorted distinct IPs of the failures
};

// "Disabled but still trying": failing sign-ins per UTC day of the given users (matched case-insensitively),
// e.g. over the SMTP sign-ins of mailboxes whose SMTP AUTH is disabled. Users without failures are left
// out; sorted by most failures, then UPN.
std::vector<UserFailureTrend> failuresPerUserPerDay(const SignInView& view, const QStringList& users);

} // namespace smtpaudit
