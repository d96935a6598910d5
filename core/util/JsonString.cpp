#include "util/JsonString.h"

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
