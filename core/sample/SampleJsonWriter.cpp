#include "sample/SampleJsonWriter.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace smtpaudit::sample {
namespace {

constexpr char Hex[] = "0123456789abcdef";

void appendUnicodeEscape(QByteArray& out, char16_t unit)
{
    const char escape[6] = {
        '\\', 'u', Hex[(unit >> 12) & 0xf], Hex[(unit >> 8) & 0xf], Hex[(unit >> 4) & 0xf], Hex[unit & 0xf]};
    out.append(escape, 6);
}

bool isPlainAscii(char16_t unit)
{
    return unit >= 0x20 && unit < 0x80 && unit != u'"' && unit != u'\\';
}

} // namespace

void JsonWriter::appendEscaped(QByteArray& out, QStringView text)
{
    const char16_t* data = text.utf16();
    const qsizetype size = text.size();
    // Most values are ASCII without anything to escape: copied as they are, without a UTF-8 copy.
    if (std::all_of(data, data + size, isPlainAscii)) {
        const qsizetype start = out.size();
        out.resize(start + size);
        char* to = out.data() + start;
        for (qsizetype i = 0; i < size; ++i)
            to[i] = static_cast<char>(data[i]);
        return;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = data[i];
        if (isPlainAscii(unit)) {
            out.append(static_cast<char>(unit));
            continue;
        }
        switch (unit) {
        case u'"':
            out.append("\\\"", 2);
            continue;
        case u'\\':
            out.append("\\\\", 2);
            continue;
        case u'\b':
            out.append("\\b", 2);
            continue;
        case u'\f':
            out.append("\\f", 2);
            continue;
        case u'\n':
            out.append("\\n", 2);
            continue;
        case u'\r':
            out.append("\\r", 2);
            continue;
        case u'\t':
            out.append("\\t", 2);
            continue;
        default:
            break;
        }
        if (unit < 0x20) {
            appendUnicodeEscape(out, unit);
        } else if (unit < 0x80) { // DEL
            out.append(static_cast<char>(unit));
        } else if (unit < 0x800) {
            const char bytes[2] = {static_cast<char>(0xc0 | (unit >> 6)), static_cast<char>(0x80 | (unit & 0x3f))};
            out.append(bytes, 2);
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(data[i + 1])) {
            const char32_t code = QChar::surrogateToUcs4(unit, data[i + 1]);
            ++i;
            const char bytes[4] = {
                static_cast<char>(0xf0 | (code >> 18)), static_cast<char>(0x80 | ((code >> 12) & 0x3f)),
                static_cast<char>(0x80 | ((code >> 6) & 0x3f)), static_cast<char>(0x80 | (code & 0x3f))};
            out.append(bytes, 4);
        } else if (QChar::isSurrogate(unit)) {
            // A lone surrogate has no UTF-8 form; the escape keeps the text valid UTF-8.
            appendUnicodeEscape(out, unit);
        } else {
            const char bytes[3] = {static_cast<char>(0xe0 | (unit >> 12)),
                                   static_cast<char>(0x80 | ((unit >> 6) & 0x3f)),
                                   static_cast<char>(0x80 | (unit & 0x3f))};
            out.append(bytes, 3);
        }
    }
}

JsonWriter& JsonWriter::key(QStringView name)
{
    string(name);
    m_out.append(':');
    m_needComma = false;
    return *this;
}

JsonWriter& JsonWriter::string(QStringView text)
{
    separate();
    m_out.append('"');
    appendEscaped(m_out, text);
    m_out.append('"');
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::stringOrNull(QStringView text)
{
    return text.isEmpty() ? null() : string(text);
}

JsonWriter& JsonWriter::utcTime(qint64 secondsSinceEpoch)
{
    separate();
    const qint64 days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86400 : (secondsSinceEpoch - 86399) / 86400;
    const qint64 secondOfDay = secondsSinceEpoch - days * 86400;
    // Days to a civil date (proleptic Gregorian; H. Hinnant's "chrono-compatible low-level date algorithms").
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) { // outside ISO 8601's four digits: Qt's own text
        m_needComma = false;
        return string(QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate));
    }
    char* to = grow(22);
    auto digits = [&to](qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            to[i] = static_cast<char>('0' + value % 10);
        to += width;
    };
    *to++ = '"';
    digits(year, 4);
    *to++ = '-';
    digits(month, 2);
    *to++ = '-';
    digits(day, 2);
    *to++ = 'T';
    digits(secondOfDay / 3600, 2);
    *to++ = ':';
    digits(secondOfDay / 60 % 60, 2);
    *to++ = ':';
    digits(secondOfDay % 60, 2);
    *to++ = 'Z';
    *to = '"';
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::ipv4(quint32 ip)
{
    separate();
    char* to = grow(17);
    char* const start = to;
    *to++ = '"';
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (ip >> shift) & 0xff;
        if (octet >= 100)
            *to++ = static_cast<char>('0' + octet / 100);
        if (octet >= 10)
            *to++ = static_cast<char>('0' + octet / 10 % 10);
        *to++ = static_cast<char>('0' + octet % 10);
        if (shift > 0)
            *to++ = '.';
    }
    *to++ = '"';
    m_out.resize(m_out.size() - 17 + (to - start));
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::number(double value)
{
    separate();
    m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::integer(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
    m_needComma = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return null();
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Integers as integers (QJsonValue keeps qint64 exactly only up to 2^53 anyway).
        if (number == static_cast<double>(value.toInteger()))
            return integer(value.toInteger());
        return this->number(number);
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue& item : value.toArray())
            this->value(item);
        return endArray();
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            key(it.key()).value(it.value());
        return endObject();
    }
    }
    return null();
}

JsonWriter& JsonWriter::headerObject(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    beginObject();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArray& name = headers[i].first;
        const bool repeated = std::any_of(headers.begin() + i + 1, headers.end(),
                                          [&name](const auto& later) { return later.first == name; });
        if (!repeated)
            key(QString::fromLatin1(name)).string(QString::fromUtf8(headers[i].second));
    }
    return endObject();
}

JsonWriter& JsonWriter::raw(QByteArrayView json)
{
    separate();
    m_out.append(json.data(), json.size());
    m_needComma = true;
    return *this;
}

} // namespace smtpaudit::sample
