#include "signins/StringDictionary.h"

namespace smtpaudit {

StringDictionary::StringDictionary(Matching matching)
    : m_matching(matching)
{
    m_values.append(QString());
}

std::uint32_t StringDictionary::intern(const QString& value)
{
    if (value.isEmpty())
        return 0;
    // Most lookups hit a spelling seen before; only new spellings pay for case folding.
    const auto exact = m_exact.constFind(value);
    if (exact != m_exact.cend())
        return exact.value();

    if (m_matching == Matching::CaseInsensitive) {
        const QString folded = value.toCaseFolded();
        const auto hit = m_folded.constFind(folded);
        if (hit != m_folded.cend()) {
            m_exact.insert(value, hit.value());
            return hit.value();
        }
        const auto index = static_cast<std::uint32_t>(m_values.size());
        m_values.append(value);
        m_exact.insert(value, index);
        m_folded.insert(folded, index);
        return index;
    }

    const auto index = static_cast<std::uint32_t>(m_values.size());
    m_values.append(value);
    m_exact.insert(value, index);
    return index;
}

std::optional<std::uint32_t> StringDictionary::find(const QString& value) const
{
    if (value.isEmpty())
        return 0u;
    const auto exact = m_exact.constFind(value);
    if (exact != m_exact.cend())
        return exact.value();
    if (m_matching == Matching::CaseInsensitive) {
        const auto hit = m_folded.constFind(value.toCaseFolded());
        if (hit != m_folded.cend())
            return hit.value();
    }
    return std::nullopt;
}

} // namespace smtpaudit
