#include "signins/StringDictionary.h"

#include <QHashFunctions>
#include <QStringDecoder>
#include <QVarLengthArray>

namespace smtpaudit {

namespace {

// Qt's keyed byte hash (SipHash, or AES rounds where the CPU has them) with the process's QHash seed: the
// spellings are tenant data (user agents, cities) that an attacker can choose. The multiply-xorshift mix used
// before had seed-independent differences (flipping a word's top bit changed the state the same way for every
// seed, so a second word could cancel it): colliding spellings could be written down in advance, and enough of
// them turn every lookup into a long probe.
std::uint64_t hashBytes(const char* p, std::size_t n)
{
    // No further mixing: the table keeps the low 32 bits, and qHashBits already covers the length.
    return qHashBits(p, n, QHashSeed::globalSeed());
}

// Whether valid UTF-8 `utf8` decodes to exactly the UTF-16 units of `text`.
bool sameText(QByteArrayView utf8, QStringView text)
{
    if (text.size() > utf8.size())
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
    const auto* const end = p + utf8.size();
    const char16_t* u = text.utf16();
    const char16_t* const uend = u + text.size();
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            if (u == uend || *u != b)
                return false;
            ++p;
            ++u;
            continue;
        }
        const int length = b >= 0xf0 ? 4 : (b >= 0xe0 ? 3 : 2);
        if (end - p < length)
            return false;
        char32_t cp = b & (0x7f >> length);
        for (int i = 1; i < length; ++i)
            cp = (cp << 6) | (p[i] & 0x3f);
        p += length;
        if (cp >= 0x10000) {
            if (uend - u < 2 || u[0] != QChar::highSurrogate(cp) || u[1] != QChar::lowSurrogate(cp))
                return false;
            u += 2;
        } else {
            if (u == uend || *u != cp)
                return false;
            ++u;
        }
    }
    return u == uend;
}

// The text valid UTF-8 stands for. QString::fromUtf8() drops a BOM at the start; a value read from JSON keeps
// it when spaces were trimmed off in front of it, so it is converted here.
QString decodeExactly(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(utf8);
}

} // namespace

StringDictionary::StringDictionary(Matching matching)
    : m_matching(matching)
{
    m_values.append(QString());
}

std::uint64_t StringDictionary::hash(QByteArrayView utf8)
{
    return hashBytes(utf8.data(), static_cast<std::size_t>(utf8.size()));
}

std::uint64_t StringDictionary::hash(QStringView text)
{
    // UTF-8 (three bytes at most per UTF-16 unit), with a lone surrogate encoded like any other BMP unit.
    QVarLengthArray<char, 256> buffer(text.size() * 3);
    char* out = buffer.data();
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            *out++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *out++ = static_cast<char>(0xc0 | (c >> 6));
            *out++ = static_cast<char>(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t cp = QChar::surrogateToUcs4(c, *p++);
            *out++ = static_cast<char>(0xf0 | (cp >> 18));
            *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
            *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (cp & 0x3f));
        } else {
            *out++ = static_cast<char>(0xe0 | (c >> 12));
            *out++ = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
            *out++ = static_cast<char>(0x80 | (c & 0x3f));
        }
    }
    // GCC 12 cannot tell that the loop wrote every byte qHashBits reads (the count is out - data).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
    return hashBytes(buffer.data(), static_cast<std::size_t>(out - buffer.data()));
#pragma GCC diagnostic pop
}

const QString& StringDictionary::spellingText(std::uint32_t reference) const
{
    return reference & kOtherSpelling ? m_otherSpellings[reference & ~kOtherSpelling].text : m_values.at(reference);
}

std::uint32_t StringDictionary::spellingIndex(std::uint32_t reference) const
{
    return reference & kOtherSpelling ? m_otherSpellings[reference & ~kOtherSpelling].index : reference;
}

template <typename Equal>
std::optional<std::uint32_t> StringDictionary::findSpelling(std::uint64_t spellingHash, Equal&& equal) const
{
    if (m_slots.empty())
        return std::nullopt;
    const auto h = static_cast<std::uint32_t>(spellingHash);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot slot = m_slots[i];
        if (slot.spelling == 0)
            return std::nullopt;
        if (slot.hash == h && equal(spellingText(slot.spelling - 1)))
            return spellingIndex(slot.spelling - 1);
    }
}

void StringDictionary::insertSlot(std::uint32_t spellingHash, std::uint32_t reference)
{
    // At most half full, so probe chains stay short.
    if ((m_usedSlots + 1) * 2 > m_slots.size()) {
        std::vector<Slot> old(m_slots.empty() ? 16 : m_slots.size() * 2);
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.spelling == 0)
                continue;
            std::size_t i = slot.hash & mask;
            while (m_slots[i].spelling != 0)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = spellingHash & mask;
    while (m_slots[i].spelling != 0)
        i = (i + 1) & mask;
    m_slots[i] = {spellingHash, reference + 1};
    ++m_usedSlots;
}

std::uint32_t StringDictionary::addSpelling(const QString& value, std::uint64_t valueHash)
{
    const auto h = static_cast<std::uint32_t>(valueHash);
    if (m_matching == Matching::CaseInsensitive) {
        // Only new spellings pay for case folding.
        const QString folded = value.toCaseFolded();
        const auto hit = m_folded.constFind(folded);
        if (hit != m_folded.cend()) {
            insertSlot(h, kOtherSpelling | static_cast<std::uint32_t>(m_otherSpellings.size()));
            m_otherSpellings.push_back({value, hit.value()});
            return hit.value();
        }
        const auto index = static_cast<std::uint32_t>(m_values.size());
        m_values.append(value);
        m_folded.insert(folded, index);
        insertSlot(h, index);
        return index;
    }
    const auto index = static_cast<std::uint32_t>(m_values.size());
    m_values.append(value);
    insertSlot(h, index);
    return index;
}

std::uint32_t StringDictionary::intern(const QString& value, std::uint64_t valueHash)
{
    if (value.isEmpty())
        return 0;
    if (const auto hit = findSpelling(valueHash, [&value](const QString& spelling) { return spelling == value; }))
        return *hit;
    return addSpelling(value, valueHash);
}

std::uint32_t StringDictionary::internUtf8(QByteArrayView utf8, std::uint64_t utf8Hash)
{
    if (utf8.isEmpty())
        return 0;
    if (const auto hit = findSpelling(utf8Hash, [utf8](const QString& spelling) { return sameText(utf8, spelling); }))
        return *hit;
    return addSpelling(decodeExactly(utf8), utf8Hash);
}

std::optional<std::uint32_t> StringDictionary::find(const QString& value) const
{
    if (value.isEmpty())
        return 0u;
    if (const auto hit = findSpelling(hash(value), [&value](const QString& spelling) { return spelling == value; }))
        return hit;
    if (m_matching == Matching::CaseInsensitive) {
        const auto hit = m_folded.constFind(value.toCaseFolded());
        if (hit != m_folded.cend())
            return hit.value();
    }
    return std::nullopt;
}

} // namespace smtpaudit
