#pragma once

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace smtpaudit::sample {

// The subset of OData $filter the sample tenant answers: comparisons (eq ne gt ge lt le) of a property
// path with a literal and startswith(property,'text'), combined with and / or / not and parentheses.
// Anything else (other functions, lambdas) is a parse error, which the endpoints answer with Graph's 400.
struct FilterLiteral
{
    enum class Type
    {
        String,
        Number,
        Boolean,
        Null,
        DateTime, // unquoted 2026-11-01T00:00:00Z
        Guid,
    };
    Type type = Type::Null;
    QString text; // strings unescaped; other types: the literal as written
    double number = 0;
    bool boolean = false;
    qint64 seconds = 0; // DateTime: seconds since the epoch
    qint64 msecs = 0;   // DateTime: milliseconds since the epoch
};

struct FilterNode
{
    enum class Kind
    {
        And,
        Or,
        Not,
        Compare,
    };
    Kind kind = Kind::Compare;
    QString property; // Compare: "createdDateTime", "status/errorCode", "assignedLicenses/$count"
    QString op;       // Compare: eq ne gt ge lt le, or startswith
    FilterLiteral value;
    std::vector<FilterNode> children;
};

struct FilterParseResult
{
    std::optional<FilterNode> node;
    QString error; // set when node is empty
};

FilterParseResult parseODataFilter(const QString& text);

// Turns a tree into a predicate; `leaf` compiles one comparison or returns an empty function with
// `error` set (unsupported property or operator).
template <typename T>
using FilterPredicate = std::function<bool(const T&)>;

template <typename T>
FilterPredicate<T> compileFilter(const FilterNode& node,
                                 const std::function<FilterPredicate<T>(const FilterNode&, QString& error)>& leaf,
                                 QString& error)
{
    switch (node.kind) {
    case FilterNode::Kind::Compare:
        return leaf(node, error);
    case FilterNode::Kind::Not: {
        FilterPredicate<T> inner = compileFilter<T>(node.children.front(), leaf, error);
        if (!inner)
            return {};
        return [inner](const T& item) { return !inner(item); };
    }
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        std::vector<FilterPredicate<T>> parts;
        for (const FilterNode& child : node.children) {
            parts.push_back(compileFilter<T>(child, leaf, error));
            if (!parts.back())
                return {};
        }
        const bool all = node.kind == FilterNode::Kind::And;
        return [parts, all](const T& item) {
            for (const auto& part : parts)
                if (part(item) != all)
                    return !all;
            return all;
        };
    }
    }
    return {};
}

// A comparison operator, resolved once when a filter is compiled: the predicates run per object, and
// comparing the operator's text there cost more than the comparison itself.
enum class Comparison
{
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    None, // startswith, or anything else a leaf compiler rejects
};

inline Comparison comparisonOf(QStringView op)
{
    if (op == QLatin1StringView("eq"))
        return Comparison::Eq;
    if (op == QLatin1StringView("ne"))
        return Comparison::Ne;
    if (op == QLatin1StringView("gt"))
        return Comparison::Gt;
    if (op == QLatin1StringView("ge"))
        return Comparison::Ge;
    if (op == QLatin1StringView("lt"))
        return Comparison::Lt;
    if (op == QLatin1StringView("le"))
        return Comparison::Le;
    return Comparison::None;
}

// Compares with a literal's operator: used by the leaf compilers.
template <typename V>
bool compareWith(Comparison op, const V& left, const V& right)
{
    switch (op) {
    case Comparison::Eq:
        return left == right;
    case Comparison::Ne:
        return !(left == right);
    case Comparison::Gt:
        return right < left;
    case Comparison::Ge:
        return !(left < right);
    case Comparison::Lt:
        return left < right;
    case Comparison::Le:
        return !(right < left);
    case Comparison::None:
        break;
    }
    return false;
}

} // namespace smtpaudit::sample
