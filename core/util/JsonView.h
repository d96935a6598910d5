#pragma once

// Read-only views of JSON values inside a text the rawjson::Reader has validated. They answer the parts of
// QJsonValue / QJsonObject / QJsonArray's reading API that the collectors' parsers use, with the same
// answers (a missing key is undefined, the wrong type reads as empty or false, the last of duplicate keys
// wins), so one parser template serves both. A string is only decoded when asked for. Views point into the
// text: it must outlive them. The reader is stricter than QJsonDocument in two ways (a raw control character
// or an unknown escape inside a string, both forbidden by RFC 8259, are errors) and laxer in one (a number
// beyond double's range reads as infinity instead of failing the whole text).

#include "util/JsonReader.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

#include <vector>

namespace smtpaudit::rawjson {

class ArrayView;
class ObjectView;

class ValueView
{
public:
    enum class Type : quint8
    {
        Undefined,
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    ValueView() = default;
    // `text` is one complete, valid JSON value.
    explicit ValueView(QByteArrayView text);
    // Reads (and so validates) the value at the reader's position; false with the reader's error.
    static bool read(Reader& in, ValueView& out);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isDouble() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool(bool defaultValue = false) const;
    QString toString() const; // empty unless a string
    ArrayView toArray() const;
    ObjectView toObject() const;
    QJsonValue toJsonValue() const; // the same value as QJsonDocument reads it
    QByteArrayView text() const { return m_text; }

private:
    Type m_type = Type::Undefined;
    QByteArrayView m_text;
};

class ArrayView
{
public:
    ArrayView() = default;
    // Reads the array at the reader's position; false (with the reader's error) if it is not valid.
    static bool read(Reader& in, ArrayView& out);

    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const ValueView* begin() const { return m_items.cbegin(); }
    const ValueView* end() const { return m_items.cend(); }
    const ValueView& at(qsizetype i) const { return m_items.at(i); }

private:
    QVarLengthArray<ValueView, 8> m_items;
};

class ObjectView
{
public:
    struct Member
    {
        QByteArrayView key; // unescaped UTF-8
        ValueView value;
    };

    ObjectView() = default;
    // Reads the object at the reader's position; false (with the reader's error) if it is not valid.
    static bool read(Reader& in, ObjectView& out);

    // `key` is ASCII (compared bytewise with the members' UTF-8 names).
    ValueView value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }
    qsizetype size() const { return m_members.size(); }
    bool isEmpty() const { return m_members.isEmpty(); }
    const Member* begin() const { return m_members.cbegin(); }
    const Member* end() const { return m_members.cend(); }

private:
    QVarLengthArray<Member, 16> m_members;
    // Keys written with escapes, unescaped; members point into them. Copies share the bytes (QByteArray is
    // implicitly shared and never written again), so a copied view's pointers stay valid.
    std::vector<QByteArray> m_escapedKeys;
};

} // namespace smtpaudit::rawjson
