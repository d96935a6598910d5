#include "audit/JsonText.h"

#include "audit/AuditJson.h"

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

char* twoDigits(char* cursor, int value)
{
    *cursor++ = static_cast<char>('0' + value / 10);
    *cursor++ = static_cast<char>('0' + value % 10);
    return cursor;
}

} // namespace

void JsonText::appendString(QByteArray& out, QStringView text)
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

QByteArray JsonText::quoted(QStringView text)
{
    QByteArray out;
    appendString(out, text);
    return out;
}

bool JsonText::appendIsoUtc(QByteArray& out, const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return false;
    const QDateTime utc = dateTime.timeSpec() == Qt::UTC ? dateTime : dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    const int year = date.year();
    if (year < 1 || year > 9999)
        return false;
    char text[22];
    char* cursor = text;
    *cursor++ = '"';
    cursor = twoDigits(cursor, year / 100);
    cursor = twoDigits(cursor, year % 100);
    *cursor++ = '-';
    cursor = twoDigits(cursor, date.month());
    *cursor++ = '-';
    cursor = twoDigits(cursor, date.day());
    *cursor++ = 'T';
    cursor = twoDigits(cursor, time.hour());
    *cursor++ = ':';
    cursor = twoDigits(cursor, time.minute());
    *cursor++ = ':';
    cursor = twoDigits(cursor, time.second());
    *cursor++ = 'Z';
    *cursor++ = '"';
    out.append(text, cursor - text);
    return true;
}

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_needComma.isEmpty())
        return;
    if (m_needComma.last())
        m_out.append(',');
    m_needComma.last() = true;
}

void JsonText::open(char bracket)
{
    separate();
    m_out.append(bracket);
    m_needComma.append(false);
}

void JsonText::close(char bracket)
{
    m_needComma.removeLast();
    m_out.append(bracket);
}

void JsonText::key(QLatin1StringView name)
{
    separate();
    m_out.append('"');
    m_out.append(name.data(), name.size());
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonText::value(QStringView text)
{
    separate();
    appendString(m_out, text);
}

void JsonText::value(bool flag)
{
    separate();
    if (flag)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonText::value(qint64 number)
{
    separate();
    if (number >= 0 && number < 10) {
        m_out.append(static_cast<char>('0' + number));
        return;
    }
    m_out.append(QByteArray::number(number));
}

void JsonText::value(const std::optional<bool>& flag)
{
    if (flag)
        value(*flag);
    else
        nullValue();
}

void JsonText::nullValue()
{
    separate();
    m_out.append("null", 4);
}

void JsonText::raw(const QByteArray& json)
{
    separate();
    m_out.append(json);
}

void JsonText::strings(const QStringList& list)
{
    beginArray();
    for (const QString& item : list)
        value(QStringView(item));
    endArray();
}

void JsonText::time(const QDateTime& dateTime)
{
    separate();
    if (!dateTime.isValid())
        m_out.append("null", 4);
    else if (!appendIsoUtc(m_out, dateTime))
        appendString(m_out, AuditJson::isoUtc(dateTime));
}

} // namespace smtpaudit
