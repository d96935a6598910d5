#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <optional>

namespace smtpaudit {

// Appends JSON text to a QByteArray, byte for byte what QJsonDocument::toJson(QJsonDocument::Compact)
// writes for the same values: no spaces, strings escaped as Qt escapes them (", \, \b \f \n \r \t, other
// control characters as \u00XX, everything else as UTF-8, a lone surrogate as \uXXXX). The caller writes
// an object's keys in QJsonObject's (sorted) order. For the audit's large arrays, where a QJsonObject per
// row and a QJsonDocument per row cost most of the serialisation.
class JsonText
{
public:
    explicit JsonText(QByteArray& out)
        : m_out(out)
    {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    // Continue an object whose text (with at least one member) is already in the buffer, brace included.
    void resumeObject() { m_needComma.append(true); }
    void endArray() { close(']'); }
    // The key must be plain ASCII that needs no escaping (the audit's own field names).
    void key(QLatin1StringView name);

    void value(QStringView text);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(static_cast<qint64>(number)); }
    void value(const std::optional<bool>& flag);
    void nullValue();
    // Already-encoded JSON (a number, a literal, an escaped and quoted string).
    void raw(const QByteArray& json);
    void strings(const QStringList& list);
    // AuditJson::isoUtc() as a string, null for an invalid time.
    void time(const QDateTime& dateTime);

    // `text` escaped and quoted (util/JsonString.h).
    static QByteArray quoted(QStringView text);
    // "yyyy-MM-ddTHH:mm:ssZ" like QDateTime::toUTC().toString(Qt::ISODate); false when that would not be
    // the text (an invalid time or a year outside 0-9999), so the caller falls back to Qt's formatter.
    static bool appendIsoUtc(QByteArray& out, const QDateTime& dateTime);

private:
    void separate();
    void open(char bracket);
    void close(char bracket);

    QByteArray& m_out;
    // Per open container: does the next member need a comma? A key's value never does.
    QVarLengthArray<bool, 8> m_needComma;
    bool m_afterKey = false;
};

} // namespace smtpaudit
