#pragma once

#include "signins/SignInStore.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace smtpaudit {

// Which client apps a filter keeps.
enum class ProtocolScope
{
    Any,
    Legacy,            // every legacy protocol of the reference (clientapp::legacyProtocols())
    AuthenticatedSmtp, // clientAppUsed == "Authenticated SMTP", case-insensitive
    Listed,            // those in SignInFilter::clientApps
};

enum class SignInOutcome
{
    Any,
    Success, // status.errorCode == 0
    Failure, // anything else, an event without status included
};

// Criteria are combined with AND; empty/unset criteria match everything. String criteria match the way
// the store interns them (UPN, clientAppUsed, IP and country case-insensitively). One filter per chart
// click: forUtcDay(), a client app, an IP, a country or an error code.
struct SignInFilter
{
    std::optional<qint64> fromMs; // inclusive, ms since epoch UTC; events without a time never match
    std::optional<qint64> toMs;   // exclusive
    ProtocolScope protocol = ProtocolScope::Any;
    QList<ClientApp> clientApps; // for ProtocolScope::Listed
    QString clientAppUsed;       // one exact value, also an unrecognised one ("Modern clients")
    QString userPrincipalName;
    QString ipAddress;
    QString countryOrRegion;
    std::optional<int> errorCode;
    bool withoutStatus = false; // only events that had no status at all
    SignInOutcome outcome = SignInOutcome::Any;

    // The spec's window "createdDateTime >= now - N days": no upper bound, so an event stamped a little
    // after `now` (clock skew between Entra and this machine) still counts.
    static SignInFilter lastDays(const QDateTime& now, int days);
    // One UTC calendar day: what a click on a per-day bar selects.
    static SignInFilter forUtcDay(QDate day);
};

// The rows of a store that passed a filter, as store row numbers in store order (or every row). Cheap to
// copy around relative to the store: 4 bytes per selected row. Like the store, not valid across appends.
class SignInView
{
public:
    static SignInView all(const SignInStore& store);
    static SignInView filtered(const SignInStore& store, const SignInFilter& filter);
    // This view narrowed by another filter (a chart click inside an already filtered table).
    SignInView refined(const SignInFilter& filter) const;

    const SignInStore& store() const { return *m_store; }
    std::size_t size() const { return m_all ? m_count : m_rows.size(); }
    bool isEmpty() const { return size() == 0; }
    // The store row behind view position `i` (what a table model maps its row to).
    std::size_t storeRow(std::size_t i) const { return m_all ? i : m_rows[i]; }

    // Newest first (the order Graph returns), ties by store row; events without a time go last.
    void sortNewestFirst();

    template <typename F>
    void forEach(F&& f) const
    {
        if (m_all) {
            for (std::size_t i = 0; i < m_count; ++i)
                f(i);
        } else {
            for (const std::uint32_t row : m_rows)
                f(static_cast<std::size_t>(row));
        }
    }

private:
    explicit SignInView(const SignInStore& store)
        : m_store(&store)
    {}

    const SignInStore* m_store;
    bool m_all = false;
    std::size_t m_count = 0; // when m_all
    std::vector<std::uint32_t> m_rows;
};

} // namespace smtpaudit
