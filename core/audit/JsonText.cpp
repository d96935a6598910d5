#include "audit/JsonText.h"

#include "audit/AuditJson.h"
#include "util/JsonString.h"

namespace smtpaudit {

namespace {

char* twoDigits(char* cursor, int value)
{
    *cursor++ = static_cast<char>('0' + value / 10);
    *cursor++ = static_cast<char>('0' + value % 10);
    return cursor;
}

} // namespace

QByteArray JsonText::quoted(QStringView text)
{
    QByteArray out;
    appendJsonString(out, text);
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
    appendJsonString(m_out, text);
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
        appendJsonString(m_out, AuditJson::isoUtc(dateTime));
}

} // namespace smtpaudit
