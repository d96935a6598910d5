#include "signins/SignInId.h"

#include "signins/HashMix.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <bit>
#include <cstring>

namespace smtpaudit {

namespace {

template <typename Char>
int hexValue(Char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// 8-4-4-4-12 hex digits, optionally in braces, as UTF-16 or UTF-8. Returns false for anything else.
template <typename Char>
bool parseGuid(const Char* id, qsizetype size, SignInIdHash& out)
{
    if (size == 38 && id[0] == '{' && id[37] == '}') {
        ++id;
        size = 36;
    }
    if (size != 36)
        return false;
    std::uint64_t words[2] = {0, 0};
    int digits = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const Char c = id[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
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

} // namespace

SignInIdHash SignInIdHash::fromId(QStringView id)
{
    SignInIdHash hash;
    if (parseGuid(id.utf16(), id.size(), hash))
        return hash;
    return fromUtf8(id.toUtf8());
}

SignInIdHash SignInIdHash::fromUtf8(QByteArrayView id)
{
    SignInIdHash hash;
    if (parseGuid(id.data(), id.size(), hash))
        return hash;
    const QByteArray digest = QCryptographicHash::hash(id, QCryptographicHash::Blake2s_128); // 16 bytes
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
