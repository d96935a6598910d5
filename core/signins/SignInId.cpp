#include "signins/SignInId.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <bit>
#include <cstring>

namespace smtpaudit {

namespace {

int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// 8-4-4-4-12 hex digits, optionally in braces. Returns false for anything else.
bool parseGuid(QStringView id, SignInIdHash& out)
{
    if (id.size() == 38 && id.front() == u'{' && id.back() == u'}')
        id = id.mid(1, 36);
    if (id.size() != 36)
        return false;
    std::uint64_t words[2] = {0, 0};
    int digits = 0;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return false;
        std::uint64_t& word = words[digits / 16];
        word = (word << 4) | static_cast<std::uint64_t>(v);
        ++digits;
    }
    out.high = words[0];
    out.low = words[1];
    return true;
}

// splitmix64 finaliser (Steele, Lea, Flood 2014): a cheap, well-known bit mixer.
std::uint64_t mix64(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

} // namespace

SignInIdHash SignInIdHash::fromId(QStringView id)
{
    SignInIdHash hash;
    if (parseGuid(id, hash))
        return hash;
    const QByteArray digest = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Blake2s_128); // 16 bytes
    std::memcpy(&hash.high, digest.constData(), 8);
    std::memcpy(&hash.low, digest.constData() + 8, 8);
    return hash;
}

std::uint64_t SignInIdHash::mixed() const
{
    return mix64(high ^ std::rotl(low, 29) ^ 0x9e3779b97f4a7c15ULL);
}

std::optional<std::uint32_t> SignInIdIndex::find(const SignInIdHash& id, const IdColumn& ids) const
{
    if (m_slots.empty())
        return std::nullopt;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = id.mixed() & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = m_slots[slot];
        if (entry == 0)
            return std::nullopt;
        if (ids[entry - 1] == id)
            return entry - 1;
    }
}

std::optional<std::uint32_t> SignInIdIndex::findOrInsert(const SignInIdHash& id, std::uint32_t row, const IdColumn& ids)
{
    // Keep the load under 0.7 so probe chains stay short.
    if ((m_used + 1) * 10 > m_slots.size() * 7)
        rehash(m_slots.empty() ? 1024 : m_slots.size() * 2, ids);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t slot = id.mixed() & mask;; slot = (slot + 1) & mask) {
        const std::uint32_t entry = m_slots[slot];
        if (entry == 0) {
            m_slots[slot] = row + 1;
            ++m_used;
            return std::nullopt;
        }
        if (ids[entry - 1] == id)
            return entry - 1;
    }
}

void SignInIdIndex::reserve(std::size_t rows, const IdColumn& ids)
{
    std::size_t slotCount = m_slots.empty() ? 1024 : m_slots.size();
    while (rows * 10 > slotCount * 7)
        slotCount *= 2;
    if (slotCount != m_slots.size())
        rehash(slotCount, ids);
}

void SignInIdIndex::rehash(std::size_t slotCount, const IdColumn& ids)
{
    std::vector<std::uint32_t> old;
    old.swap(m_slots);
    m_slots.assign(slotCount, 0);
    const std::size_t mask = slotCount - 1;
    for (const std::uint32_t entry : old) {
        if (entry == 0)
            continue;
        std::size_t slot = ids[entry - 1].mixed() & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = entry;
    }
}

} // namespace smtpaudit
