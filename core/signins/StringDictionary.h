#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace smtpaudit {

// Interns the strings of one store column: each distinct value is kept once and rows hold a 32-bit
// index. Index 0 is the empty string (an absent field). With CaseInsensitive matching, spellings that
// differ only in case share one index, and the first spelling seen is the one returned by at().
// Not thread-safe by itself: SignInStore serialises writers. hash() is pure and may run anywhere.
//
// A value can be given as text or as the UTF-8 bytes of a JSON page: a spelling seen before is then found
// without building a QString (the table compares the bytes with the stored UTF-16 text); only a new
// spelling is decoded.
class StringDictionary
{
public:
    enum class Matching
    {
        Exact,
        CaseInsensitive,
    };

    explicit StringDictionary(Matching matching = Matching::Exact);

    // The hash the spelling table uses. Equal for a text and its UTF-8 bytes; a lone surrogate (which has no
    // UTF-8) is hashed as its three-byte generalised form, which no valid UTF-8 contains. Seeded per process.
    static std::uint64_t hash(QStringView text);
    static std::uint64_t hash(QByteArrayView utf8);

    std::uint32_t intern(const QString& value) { return intern(value, hash(value)); }
    // `valueHash` must be hash(value).
    std::uint32_t intern(const QString& value, std::uint64_t valueHash);
    // Interns the text `utf8` decodes to, exactly (a BOM at its start is kept as U+FEFF, unlike
    // QString::fromUtf8()). `utf8` must be valid UTF-8, as rawjson::Reader validates it; `utf8Hash` must be
    // hash(utf8).
    std::uint32_t internUtf8(QByteArrayView utf8, std::uint64_t utf8Hash);
    // The index of `value` if it was interned (under this dictionary's matching), else nullopt.
    // The empty string is always index 0.
    std::optional<std::uint32_t> find(const QString& value) const;
    const QString& at(std::uint32_t index) const { return m_values.at(index); }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_values.size()); }
    Matching matching() const { return m_matching; }

private:
    // An open-addressing table of every spelling seen: 8 bytes a slot, the text itself stays in m_values
    // (first spellings) or m_otherSpellings (later case variants).
    struct Slot
    {
        std::uint32_t hash = 0;     // the low 32 bits of the spelling's hash (its home slot comes from them)
        std::uint32_t spelling = 0; // 0 empty; else spelling reference + 1
    };
    struct OtherSpelling
    {
        QString text;
        std::uint32_t index;
    };
    static constexpr std::uint32_t kOtherSpelling = 0x8000'0000u;

    const QString& spellingText(std::uint32_t reference) const;
    std::uint32_t spellingIndex(std::uint32_t reference) const;
    template <typename Equal>
    std::optional<std::uint32_t> findSpelling(std::uint64_t spellingHash, Equal&& equal) const;
    std::uint32_t addSpelling(const QString& value, std::uint64_t valueHash);
    void insertSlot(std::uint32_t spellingHash, std::uint32_t reference);

    Matching m_matching;
    QList<QString> m_values;
    std::vector<OtherSpelling> m_otherSpellings; // CaseInsensitive only
    std::vector<Slot> m_slots;
    std::size_t m_usedSlots = 0;
    QHash<QString, std::uint32_t> m_folded; // CaseInsensitive only: case-folded value -> index
};

} // namespace smtpaudit
