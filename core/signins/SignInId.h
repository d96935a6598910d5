#pragma once

#include "signins/ChunkedColumn.h"

#include <QByteArrayView>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace smtpaudit {

// The 128-bit identity of a sign-in. Graph's signIn.id is a GUID: its 128 bits are kept as they are
// (so "66EA…" and "66ea…" are the same event). Any other id is hashed with BLAKE2s-128; a collision
// of two different ids is as likely as a GUID collision, which deduplication already accepts.
struct SignInIdHash
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;

    friend bool operator==(const SignInIdHash&, const SignInIdHash&) = default;

    static SignInIdHash fromId(QStringView id);
    // The same for an id given as valid UTF-8: fromUtf8(b) == fromId(QString::fromUtf8(b)) when b has no BOM
    // at its start (which QString::fromUtf8() would drop).
    static SignInIdHash fromUtf8(QByteArrayView id);
    // A well-spread 64-bit value for hash tables (ids in tests and generators are often sequential).
    std::uint64_t mixed() const;
};

using IdColumn = ChunkedColumn<SignInIdHash>;

// Open-addressing set of row numbers keyed by the id column they point into: 4 bytes per slot, so
// deduplicating millions of sign-ins costs about 6-8 bytes per event, not a node per event.
class SignInIdIndex
{
public:
    // The row that already holds `id`, or nullopt after recording that `row` now holds it.
    std::optional<std::uint32_t> findOrInsert(const SignInIdHash& id, std::uint32_t row, const IdColumn& ids);
    std::optional<std::uint32_t> find(const SignInIdHash& id, const IdColumn& ids) const;
    void reserve(std::size_t rows, const IdColumn& ids);
    std::size_t size() const { return m_used; }

private:
    void rehash(std::size_t slotCount, const IdColumn& ids);

    std::vector<std::uint32_t> m_slots; // 0 = empty, otherwise row + 1
    std::size_t m_used = 0;
};

} // namespace smtpaudit
