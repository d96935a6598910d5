#include "sample/SampleJsonWriter.h"

#include "util/JsonString.h"

#include <QDateTime>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace smtpaudit::sample {
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
    appendJsonString(m_out, text);
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
