#pragma once

// What one append hands to the store under its lock: every event with its id already hashed and its strings
// ready to intern (hashed, and for a page, still the page's UTF-8 bytes). Built outside the lock, so two
// threads appending pages overlap in all of it; under the lock only lookups and column writes remain.

#include "signins/SignInId.h"
#include "signins/SignInPageParser.h"
#include "signins/SignInTypes.h"
#include "signins/StringDictionary.h"

#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>
#include <deque>
#include <vector>

namespace smtpaudit {

// The store's interned string columns, in the order PreparedSignIn::keys holds them.
enum class SignInColumn : std::uint8_t
{
    User,
    UserId,
    App,
    ClientAppUsed,
    Ip,
    City,
    Country,
    FailureReason,
    UserAgent,
    OperatingSystem,
    Browser,
};
inline constexpr std::size_t kSignInColumns = 11;

// One string of an event, ready to intern: a text, or else the valid UTF-8 bytes of a page; with its hash.
struct InternKey
{
    QByteArrayView utf8;
    const QString* text = nullptr;
    std::uint64_t hash = 0;

    std::uint32_t internInto(StringDictionary& dictionary) const
    {
        return text ? dictionary.intern(*text, hash) : dictionary.internUtf8(utf8, hash);
    }
};

struct PreparedSignIn
{
    SignInIdHash id;
    bool withoutId = false; // keyed by a hash of its fields
    bool hasCreated = false;
    qint64 createdMs = 0;
    std::optional<int> errorCode;
    std::optional<bool> isInteractive;
    ConditionalAccessStatus conditionalAccessStatus = ConditionalAccessStatus::Missing;
    AuthProtocol authProtocol = AuthProtocol::Missing;
    AuthKind authKind = AuthKind::Unknown;
    bool passwordStepSeen = false;
    std::array<InternKey, kSignInColumns> keys;

    const InternKey& key(SignInColumn column) const { return keys[static_cast<std::size_t>(column)]; }
};

class SignInBatch
{
public:
    void reserve(std::size_t events) { m_events.reserve(events); }
    // A record as given (it must outlive the batch), keyed by its trimmed id, or by its content without one.
    void add(const SignInRecord& record);
    // A record rebuilt from another store's row, with the id that store holds for it.
    void add(const SignInRecord& record, const SignInIdHash& id);
    // An event of a page, read as parseSignInPage() would read it into a record and then add(record) would
    // add that; strings without escapes stay the page's bytes (the page must outlive the batch).
    void add(const SignInFields& event);

    const std::vector<PreparedSignIn>& events() const { return m_events; }

private:
    PreparedSignIn& addRecord(const SignInRecord& record);
    InternKey textKey(const QString& text) const;
    InternKey ownedKey(QString text);
    InternKey trimmedKey(const QString& text);
    InternKey pageKey(const SignInText& text, bool trim);

    std::vector<PreparedSignIn> m_events;
    std::deque<QString> m_texts; // strings the keys point to that no record holds (decoded or trimmed)
};

} // namespace smtpaudit
