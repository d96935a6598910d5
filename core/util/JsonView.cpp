#include "util/JsonView.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <functional>

namespace smtpaudit::rawjson {
namespace {

ValueView::Type typeOf(char first)
{
    switch (first) {
    case '{':
        return ValueView::Type::Object;
    case '[':
        return ValueView::Type::Array;
    case '"':
        return ValueView::Type::String;
    case 't':
    case 'f':
        return ValueView::Type::Bool;
    case 'n':
        return ValueView::Type::Null;
    default:
        return ValueView::Type::Number;
    }
}

} // namespace

bool ValueView::read(Reader& in, ValueView& out)
{
    in.peek(); // past whitespace
    const char* start = in.position();
    if (!in.skip())
        return false;
    out = ValueView(QByteArrayView(start, in.position() - start));
    return true;
}

ValueView::ValueView(QByteArrayView text)
    : m_type(text.isEmpty() ? Type::Undefined : typeOf(text.front()))
    , m_text(text)
{}

bool ValueView::toBool(bool defaultValue) const
{
    return m_type == Type::Bool ? m_text.front() == 't' : defaultValue;
}

QString ValueView::toString() const
{
    if (m_type != Type::String)
        return {};
    QString out;
    Reader in(m_text);
    in.readString(out); // validated when the view was made
    return out;
}

QJsonValue ValueView::toJsonValue() const
{
    switch (m_type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return toBool();
    case Type::String:
        return toString();
    case Type::Number:
    case Type::Array:
    case Type::Object:
        break;
    }
    // Rare here (a page's other members are strings): QJsonDocument decides, so numbers read as it reads them.
    const QByteArray wrapped = '[' + m_text.toByteArray() + ']';
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

ArrayView ValueView::toArray() const
{
    ArrayView array;
    if (m_type == Type::Array) {
        Reader in(m_text);
        ArrayView::read(in, array);
    }
    return array;
}

ObjectView ValueView::toObject() const
{
    ObjectView object;
    if (m_type == Type::Object) {
        Reader in(m_text);
        ObjectView::read(in, object);
    }
    return object;
}

bool ArrayView::read(Reader& in, ArrayView& out)
{
    out.m_items.clear();
    return in.array([&] {
        ValueView item;
        if (!ValueView::read(in, item))
            return false;
        out.m_items.append(item);
        return true;
    });
}

bool ObjectView::read(Reader& in, ObjectView& out)
{
    out.m_members.clear();
    out.m_escapedKeys.clear();
    const char* const begin = in.position();
    return in.object([&](QByteArrayView key) {
        Member member;
        // An unescaped key is a view into the text; an escaped one into the reader's buffer, which the next
        // key reuses: keep a copy.
        const bool inText =
            std::greater_equal<const char*>()(key.data(), begin) && std::less<const char*>()(key.data(), in.position());
        if (inText) {
            member.key = key;
        } else {
            out.m_escapedKeys.emplace_back(key.data(), key.size());
            member.key = out.m_escapedKeys.back();
        }
        if (!ValueView::read(in, member.value))
            return false;
        out.m_members.append(member);
        return true;
    });
}

ValueView ObjectView::value(QLatin1StringView key) const
{
    // From the end: of duplicate keys the last one counts, as in QJsonDocument.
    for (auto it = m_members.crbegin(); it != m_members.crend(); ++it)
        if (it->key.size() == key.size() && std::memcmp(it->key.data(), key.data(), size_t(key.size())) == 0)
            return it->value;
    return {};
}

} // namespace smtpaudit::rawjson
