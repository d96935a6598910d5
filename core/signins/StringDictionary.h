#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace smtpaudit {

// Interns the strings of one store column: each distinct value is kept once and rows hold a 32-bit
// index. Index 0 is the empty string (an absent field). With CaseInsensitive matching, spellings that
// differ only in case share one index, and the first spelling seen is the one returned by at().
// Not thread-safe by itself: SignInStore serialises writers.
class StringDictionary
{
public:
    enum class Matching
    {
        Exact,
        CaseInsensitive,
    };

    explicit StringDictionary(Matching matching = Matching::Exact);

    std::uint32_t intern(const QString& value);
    // The index of `value` if it was interned (under this dictionary's matching), else nullopt.
    // The empty string is always index 0.
    std::optional<std::uint32_t> find(const QString& value) const;
    const QString& at(std::uint32_t index) const { return m_values.at(index); }
    std::uint32_t size() const { return static_cast<std::uint32_t>(m_values.size()); }
    Matching matching() const { return m_matching; }

private:
    Matching m_matching;
    QList<QString> m_values;
    QHash<QString, std::uint32_t> m_exact;  // every spelling seen -> index
    QHash<QString, std::uint32_t> m_folded; // CaseInsensitive only: case-folded value -> index
};

} // namespace smtpaudit
