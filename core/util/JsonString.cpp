#include "util/JsonString.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace smtpaudit {

namespace {

constexpr char hexDigit(unsigned value)
{
    return static_cast<char>(value < 10 ? '0' + value : 'a' + value - 10);
}

bool isHighSurrogate(char16_t u)
{
    return u >= 0xd800 && u < 0xdc00;
}

bool isLowSurrogate(char16_t u)
{
    return u >= 0xdc00 && u < 0xe000;
}

char* escapeUnit(char* cursor, char16_t u)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = hexDigit((u >> 12) & 0xf);
    *cursor++ = hexDigit((u >> 8) & 0xf);
    *cursor++ = hexDigit((u >> 4) & 0xf);
    *cursor++ = hexDigit(u & 0xf);
    return cursor;
}

#if defined(__SSE2__)
// Copies the run of plain units (printable ASCII other than '"' and '\\') at `src`, eight at a time, and returns
// how many it copied; it stops at the first block of eight that holds anything else, and leaves the last
// few units (fewer than eight) to the caller. Each block is stored whole, even one that ends in a unit to
// escape: the cursor moves past its plain units only, and the caller overwrites the rest. That is safe because
// appendJsonString has six bytes of room per unit still to write.
qsizetype copyPlainRun(const char16_t* src, const char16_t* end, char* cursor)
{
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i del = _mm_set1_epi16(0x7f);
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backslash = _mm_set1_epi16(u'\\');
    qsizetype copied = 0;
    while (end - src >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src));
        // Signed comparisons: units >= 0x8000 are negative and fall "below space"; 0x80..0x7fff are above DEL.
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, space), _mm_cmpgt_epi16(v, del)),
                                             _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)));
        // Every plain unit is below 0x80, so packing with unsigned saturation keeps it as it is.
        _mm_storel_epi64(reinterpret_cast<__m128i*>(cursor), _mm_packus_epi16(v, v));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special)); // two bits per unit
        if (mask != 0)
            return copied + std::countr_zero(mask) / 2;
        src += 8;
        cursor += 8;
        copied += 8;
    }
    if (end - src >= 4) {
        const __m128i v = _mm_loadl_epi64(reinterpret_cast<const __m128i*>(src));
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, space), _mm_cmpgt_epi16(v, del)),
                                             _mm_or_si128(_mm_cmpeq_epi16(v, quote), _mm_cmpeq_epi16(v, backslash)));
        const int packed = _mm_cvtsi128_si32(_mm_packus_epi16(v, v));
        std::memcpy(cursor, &packed, 4);
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special)) & 0xffu;
        if (mask != 0)
            return copied + std::countr_zero(mask) / 2;
        copied += 4;
    }
    return copied;
}
#endif

} // namespace

void appendJsonString(QByteArray& out, QStringView text)
{
    // Worst case six bytes per UTF-16 unit (\uXXXX), plus the quotes: write into that much, then trim.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char* cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t* src = text.utf16();
    const char16_t* const end = src + text.size();
    while (src != end) {
#if defined(__SSE2__)
        const qsizetype plain = copyPlainRun(src, end, cursor);
        src += plain;
        cursor += plain;
        if (src == end)
            break;
#endif
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = static_cast<char>(u);
                continue;
            }
            *cursor++ = '\\';
            switch (u) {
            case u'"':
                *cursor++ = '"';
                break;
            case u'\\':
                *cursor++ = '\\';
                break;
            case 0x08:
                *cursor++ = 'b';
                break;
            case 0x0c:
                *cursor++ = 'f';
                break;
            case 0x0a:
                *cursor++ = 'n';
                break;
            case 0x0d:
                *cursor++ = 'r';
                break;
            case 0x09:
                *cursor++ = 't';
                break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *cursor++ = static_cast<char>(0xc0 | (u >> 6));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (!isHighSurrogate(u) && !isLowSurrogate(u)) {
            *cursor++ = static_cast<char>(0xe0 | (u >> 12));
            *cursor++ = static_cast<char>(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (u & 0x3f));
        } else if (isHighSurrogate(u) && src != end && isLowSurrogate(*src)) {
            const char32_t code = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*src++) - 0xdc00);
            *cursor++ = static_cast<char>(0xf0 | (code >> 18));
            *cursor++ = static_cast<char>(0x80 | ((code >> 12) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | ((code >> 6) & 0x3f));
            *cursor++ = static_cast<char>(0x80 | (code & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form; Qt writes it as a JSON escape and so do we.
            cursor = escapeUnit(cursor, u);
        }
    }
    *cursor++ = '"';
    out.truncate(cursor - out.constData());
}

} // namespace smtpaudit
