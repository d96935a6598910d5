#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QStringView>

#include <algorithm>
#include <cstring>

namespace smtpaudit::sample {

// Writes compact JSON text straight into a byte array. The sample tenant's list endpoints (users, sign-ins,
// registration details, Exchange cmdlet pages) answer hundreds of thousands of objects during a large audit;
// building a QJsonObject per object and serialising it again cost the server most of its CPU, so they write
// text once. Values are separated automatically: call key() before each member of an object, and the value
// writers in order inside arrays. The caller keeps the nesting balanced (beginObject/endObject,
// beginArray/endArray); the writer checks nothing at run time.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out)
        : m_out(out)
    {}

    // A member name given as an ASCII literal without characters to escape (the common case: known names).
    template <std::size_t N>
    JsonWriter& key(const char (&name)[N])
    {
        separate();
        char* to = grow(static_cast<qsizetype>(N) + 2); // "name": (N counts the terminating zero)
        *to++ = '"';
        std::memcpy(to, name, N - 1);
        to += N - 1;
        *to++ = '"';
        *to = ':';
        m_needComma = false;
        return *this;
    }
    // Any member name, escaped like a string value.
    JsonWriter& key(QStringView name);

    JsonWriter& string(QStringView text);
    // A string, or null when it is empty (Graph's nullable text properties).
    JsonWriter& stringOrNull(QStringView text);
    // "yyyy-MM-ddTHH:mm:ssZ": the text QDateTime::toString(Qt::ISODate) gives for that UTC time.
    JsonWriter& utcTime(qint64 secondsSinceEpoch);
    // An IPv4 address held as a number, dotted ("192.0.2.1").
    JsonWriter& ipv4(quint32 ip);
    JsonWriter& number(double value);
    JsonWriter& integer(qint64 value);
    JsonWriter& boolean(bool value) { return literal("true", "false", value); }
    JsonWriter& null()
    {
        separate();
        m_out.append("null", 4);
        m_needComma = true;
        return *this;
    }
    // Any QJsonValue (objects and arrays recursively): for the few values that already exist as one.
    JsonWriter& value(const QJsonValue& value);
    // A complete JSON value that is already text (a prebuilt body); written as it is, unchecked.
    JsonWriter& raw(QByteArrayView json);
    // Members of the current object that are already text (`"a":1,"b":"x"`, no surrounding braces): parts
    // escaped once and written many times. Written as they are, unchecked.
    JsonWriter& members(QByteArrayView text) { return raw(text); }
    // A string value whose characters need no escaping (printable ASCII without quote or backslash: GUIDs,
    // hex); unchecked.
    JsonWriter& plainString(QByteArrayView ascii)
    {
        separate();
        char* to = grow(ascii.size() + 2);
        *to++ = '"';
        std::memcpy(to, ascii.data(), static_cast<std::size_t>(ascii.size()));
        to[ascii.size()] = '"';
        m_needComma = true;
        return *this;
    }

    // HTTP header fields as an object of strings, as $batch answers carry them (names as given, values as
    // UTF-8; a repeated name keeps its last value, as inserting them into a QJsonObject did).
    JsonWriter& headerObject(const QList<QPair<QByteArray, QByteArray>>& headers);

    JsonWriter& beginObject() { return open('{'); }
    JsonWriter& endObject() { return close('}'); }
    JsonWriter& beginArray() { return open('['); }
    JsonWriter& endArray() { return close(']'); }

private:
    // Makes room for `bytes` more at the end and returns where they go.
    char* grow(qsizetype bytes)
    {
        const qsizetype start = m_out.size();
        if (m_out.capacity() < start + bytes)
            m_out.reserve(std::max<qsizetype>(start + bytes, m_out.capacity() * 2));
        m_out.resize(start + bytes);
        return m_out.data() + start;
    }
    JsonWriter& literal(const char* yes, const char* no, bool which)
    {
        separate();
        m_out.append(which ? yes : no);
        m_needComma = true;
        return *this;
    }
    JsonWriter& open(char bracket)
    {
        separate();
        m_out.append(bracket);
        m_needComma = false;
        return *this;
    }
    JsonWriter& close(char bracket)
    {
        m_out.append(bracket);
        m_needComma = true;
        return *this;
    }
    void separate()
    {
        if (m_needComma)
            m_out.append(',');
        m_needComma = false;
    }

    QByteArray& m_out;
    bool m_needComma = false;
};

} // namespace smtpaudit::sample
