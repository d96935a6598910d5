#pragma once

#include "signins/ChunkedColumn.h"
#include "signins/SignInId.h"
#include "signins/SignInTypes.h"
#include "signins/StringDictionary.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QVariant>

#include <atomic>
#include <cstdint>
#include <limits>
#include <span>

namespace smtpaudit {

class SignInBatch;

// What one append did. Duplicates are events whose id the store already held (overlapping time slices
// return the same event twice); they are not stored again.
struct SignInAppendStats
{
    qint64 appended = 0;
    qint64 duplicates = 0;
    qint64 withoutId = 0;   // stored, keyed by a hash of their fields instead of the id
    qint64 withoutTime = 0; // stored, but outside every time window
    QString nextLink;       // appendGraphResponse() only: the page's @odata.nextLink, if any

    SignInAppendStats& operator+=(const SignInAppendStats& other);
};

// The columns a table shows; value() answers one cell without building the whole row.
enum class SignInField
{
    CreatedDateTime,
    UserPrincipalName,
    UserId,
    AppDisplayName,
    ClientAppUsed,
    IpAddress,
    City,
    CountryOrRegion,
    ErrorCode,
    FailureReason,
    IsInteractive,
    ConditionalAccessStatus,
    AuthenticationProtocol,
    AuthKind,
    UserAgent,
    OperatingSystem,
    Browser,
};

// One stored event with its strings resolved (implicitly shared QStrings: cheap to build).
struct SignInRow
{
    std::optional<qint64> createdMs;
    QString userPrincipalName;
    QString userId;
    QString appDisplayName;
    QString clientAppUsed; // the first spelling seen of this value
    ClientApp clientApp = ClientApp::Missing;
    QString ipAddress;
    QString city;
    QString countryOrRegion;
    std::optional<int> errorCode;
    QString failureReason;
    std::optional<bool> isInteractive;
    ConditionalAccessStatus conditionalAccessStatus = ConditionalAccessStatus::Missing;
    AuthProtocol authProtocol = AuthProtocol::Missing;
    AuthKind authKind = AuthKind::Unknown;
    QString userAgent;
    QString operatingSystem;
    QString browser;

    QDateTime createdDateTime() const;
    bool isSuccess() const { return errorCode == 0; }
};

// A compact columnar store of sign-in events: times as 64-bit milliseconds, every string column interned
// into its own dictionary with 32-bit indices, small enums as bytes, the id as a 128-bit value
// deduplicated through an open-addressing index: 84 bytes of columns and index per event plus the distinct
// strings; BenchSignInStore measures about 113 resident bytes per event for 2,000,000 events.
//
// Threads: appends (any overload, merge) may come from several threads at once; JSON is parsed, and ids and
// strings hashed, outside the lock so parallel time-slice fetchers overlap in all of that. Reading (rows, columns,
// aggregations) must not overlap an append: collect first, then analyse. size() alone may be polled during appends.
//
// Semantics: success is status.errorCode == 0. An event without status counts as not successful
// (errorCode != 0 in the spec's terms) and its errorCode() is nullopt. UPN, clientAppUsed, IP and
// country are matched case-insensitively; the first spelling seen is the one shown.
class SignInStore
{
public:
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    static constexpr std::int32_t kNoErrorCode = std::numeric_limits<std::int32_t>::min();

    SignInStore();
    SignInStore(const SignInStore&) = delete;
    SignInStore& operator=(const SignInStore&) = delete;

    // A whole Graph response body `{"value":[...], "@odata.nextLink":...}`. A body that is not JSON
    // (Microsoft's own sample with its trailing comma is not), not an object, or without a `value` array
    // is a MalformedResponse error and nothing of it is stored.
    Result<SignInAppendStats> appendGraphResponse(const QByteArray& body);
    // The `value` array of a page. An element that is not an object makes the page malformed (nothing is
    // stored); fields inside an object are read leniently (signInFromGraphJson()).
    Result<SignInAppendStats> appendGraphPage(const QJsonArray& value);
    SignInAppendStats append(std::span<const SignInRecord> records);
    SignInAppendStats append(const SignInRecord& record) { return append(std::span(&record, 1)); }
    // Adds every event of `other` not already here (per-slice stores merged at the end). `other` must not
    // be appended to meanwhile.
    SignInAppendStats merge(const SignInStore& other);
    void reserve(qsizetype events);

    qsizetype size() const { return m_published.load(std::memory_order_acquire); }
    bool containsId(QStringView id) const;

    SignInRow row(qsizetype index) const;
    QVariant value(qsizetype index, SignInField field) const;

    // Column access for aggregations and filters (no allocation).
    qint64 createdMs(std::size_t i) const { return m_created[i]; }
    bool hasCreated(std::size_t i) const { return m_created[i] != kNoTime; }
    std::uint32_t userIndex(std::size_t i) const { return m_user[i]; }
    std::uint32_t userIdIndex(std::size_t i) const { return m_userId[i]; }
    std::uint32_t appIndex(std::size_t i) const { return m_app[i]; }
    std::uint32_t clientAppIndex(std::size_t i) const { return m_clientApp[i]; }
    ClientApp clientApp(std::size_t i) const { return m_clientAppKinds[m_clientApp[i]]; }
    std::uint32_t ipIndex(std::size_t i) const { return m_ip[i]; }
    std::uint32_t cityIndex(std::size_t i) const { return m_city[i]; }
    std::uint32_t countryIndex(std::size_t i) const { return m_country[i]; }
    std::int32_t rawErrorCode(std::size_t i) const { return m_errorCode[i]; }
    std::optional<int> errorCode(std::size_t i) const;
    bool isSuccess(std::size_t i) const { return m_errorCode[i] == 0; }
    std::uint32_t failureReasonIndex(std::size_t i) const { return m_failureReason[i]; }
    AuthKind authKind(std::size_t i) const { return static_cast<AuthKind>(m_flags[i].authKind); }

    const StringDictionary& users() const { return m_users; }
    const StringDictionary& userIds() const { return m_userIds; }
    const StringDictionary& apps() const { return m_apps; }
    const StringDictionary& clientApps() const { return m_clientApps; }
    ClientApp clientAppKind(std::uint32_t clientAppIndex) const { return m_clientAppKinds[clientAppIndex]; }
    const StringDictionary& ips() const { return m_ips; }
    const StringDictionary& cities() const { return m_cities; }
    const StringDictionary& countries() const { return m_countries; }
    const StringDictionary& failureReasons() const { return m_failureReasons; }
    const StringDictionary& userAgents() const { return m_userAgents; }
    const StringDictionary& operatingSystems() const { return m_operatingSystems; }
    const StringDictionary& browsers() const { return m_browsers; }

private:
    struct Flags
    {
        std::uint8_t interactive;  // 0 unknown, 1 false, 2 true
        std::uint8_t caStatus;     // ConditionalAccessStatus
        std::uint8_t authProtocol; // AuthProtocol
        std::uint8_t authKind;     // AuthKind
    };
    static_assert(sizeof(Flags) == 4);

    // Interns and writes a batch prepared outside the lock; the caller holds m_writeMutex.
    SignInAppendStats commit(const SignInBatch& batch);
    qsizetype rowCount() const { return static_cast<qsizetype>(m_created.size()); }

    mutable QMutex m_writeMutex;
    std::atomic<qsizetype> m_published{0};

    SignInIdIndex m_idIndex;
    IdColumn m_ids;
    ChunkedColumn<qint64> m_created;
    ChunkedColumn<std::uint32_t> m_user, m_userId, m_app, m_clientApp, m_ip, m_city, m_country;
    ChunkedColumn<std::int32_t> m_errorCode;
    ChunkedColumn<std::uint32_t> m_failureReason, m_userAgent, m_os, m_browser;
    ChunkedColumn<Flags> m_flags;

    StringDictionary m_users{StringDictionary::Matching::CaseInsensitive};
    StringDictionary m_userIds{StringDictionary::Matching::CaseInsensitive};
    StringDictionary m_apps;
    StringDictionary m_clientApps{StringDictionary::Matching::CaseInsensitive};
    std::vector<ClientApp> m_clientAppKinds; // per m_clientApps entry
    StringDictionary m_ips{StringDictionary::Matching::CaseInsensitive};
    StringDictionary m_cities;
    StringDictionary m_countries{StringDictionary::Matching::CaseInsensitive};
    StringDictionary m_failureReasons;
    StringDictionary m_userAgents;
    StringDictionary m_operatingSystems;
    StringDictionary m_browsers;
};

} // namespace smtpaudit
