#include "sample/graph/ODataFilter.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {
namespace {

struct Token
{
    enum class Kind
    {
        Open,
        Close,
        Word,   // identifiers, paths, keywords, unquoted literals
        String, // quoted literal, unescaped
        Comma,
        Colon,
        End,
    };
    Kind kind = Kind::End;
    QString text;
};

class Parser
{
public:
    explicit Parser(const QString& text)
        : m_text(text)
    {}

    FilterParseResult parse()
    {
        FilterParseResult result;
        if (!tokenize(result.error))
            return result;
        std::optional<FilterNode> node = parseOr();
        if (node && peek().kind != Token::Kind::End)
            fail(u"unexpected '"_s + peek().text + u'\'');
        if (!m_error.isEmpty()) {
            result.error = m_error;
            return result;
        }
        result.node = std::move(node);
        return result;
    }

private:
    bool tokenize(QString& error)
    {
        qsizetype i = 0;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (c == u'(' || c == u')' || c == u',' || c == u':') {
                m_tokens.push_back({c == u'('   ? Token::Kind::Open
                                    : c == u')' ? Token::Kind::Close
                                    : c == u',' ? Token::Kind::Comma
                                                : Token::Kind::Colon,
                                    QString(c)});
                ++i;
            } else if (c == u'\'') {
                QString value;
                ++i;
                bool closed = false;
                while (i < m_text.size()) {
                    if (m_text.at(i) == u'\'') {
                        if (i + 1 < m_text.size() && m_text.at(i + 1) == u'\'') {
                            value += u'\'';
                            i += 2;
                            continue;
                        }
                        closed = true;
                        ++i;
                        break;
                    }
                    value += m_text.at(i++);
                }
                if (!closed) {
                    error = u"unterminated string literal"_s;
                    return false;
                }
                m_tokens.push_back({Token::Kind::String, value});
            } else {
                const qsizetype start = i;
                while (i < m_text.size() && !m_text.at(i).isSpace() && m_text.at(i) != u'(' && m_text.at(i) != u')' &&
                       m_text.at(i) != u',' && m_text.at(i) != u'\'' &&
                       !(m_text.at(i) == u':' && !looksLikeTime(start, i)))
                    ++i;
                m_tokens.push_back({Token::Kind::Word, m_text.mid(start, i - start)});
            }
        }
        m_tokens.push_back({Token::Kind::End, u"end of filter"_s});
        return true;
    }

    // A colon inside a word belongs to a time ("2026-11-01T10:00:00Z"), not to a lambda ("x:x/skuId").
    bool looksLikeTime(qsizetype start, qsizetype at) const { return at > start && m_text.at(start).isDigit(); }

    const Token& peek() const { return m_tokens[m_position]; }
    Token take() { return m_tokens[m_position < m_tokens.size() - 1 ? m_position++ : m_position]; }
    bool isKeyword(const QString& word) const
    {
        return peek().kind == Token::Kind::Word && peek().text.compare(word, Qt::CaseInsensitive) == 0;
    }
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    std::optional<FilterNode> parseOr()
    {
        std::optional<FilterNode> left = parseAnd();
        if (!left || !isKeyword(u"or"_s))
            return left;
        FilterNode node;
        node.kind = FilterNode::Kind::Or;
        node.children.push_back(std::move(*left));
        while (isKeyword(u"or"_s)) {
            take();
            std::optional<FilterNode> right = parseAnd();
            if (!right)
                return std::nullopt;
            node.children.push_back(std::move(*right));
        }
        return node;
    }

    std::optional<FilterNode> parseAnd()
    {
        std::optional<FilterNode> left = parseUnary();
        if (!left || !isKeyword(u"and"_s))
            return left;
        FilterNode node;
        node.kind = FilterNode::Kind::And;
        node.children.push_back(std::move(*left));
        while (isKeyword(u"and"_s)) {
            take();
            std::optional<FilterNode> right = parseUnary();
            if (!right)
                return std::nullopt;
            node.children.push_back(std::move(*right));
        }
        return node;
    }

    std::optional<FilterNode> parseUnary()
    {
        if (isKeyword(u"not"_s)) {
            take();
            std::optional<FilterNode> inner = parseUnary();
            if (!inner)
                return std::nullopt;
            FilterNode node;
            node.kind = FilterNode::Kind::Not;
            node.children.push_back(std::move(*inner));
            return node;
        }
        if (peek().kind == Token::Kind::Open) {
            take();
            std::optional<FilterNode> inner = parseOr();
            if (!inner)
                return std::nullopt;
            if (take().kind != Token::Kind::Close) {
                fail(u"missing ')'"_s);
                return std::nullopt;
            }
            return inner;
        }
        return parseComparison();
    }

    std::optional<FilterNode> parseComparison()
    {
        const Token property = take();
        if (property.kind != Token::Kind::Word) {
            fail(u"expected a property, found '"_s + property.text + u'\'');
            return std::nullopt;
        }
        if (peek().kind == Token::Kind::Open) {
            if (property.text.compare(u"startswith"_s, Qt::CaseInsensitive) == 0)
                return parseStartsWith();
            fail(u"the function or lambda '"_s + property.text + u"' is not supported"_s);
            return std::nullopt;
        }
        static const QStringList operators{u"eq"_s, u"ne"_s, u"gt"_s, u"ge"_s, u"lt"_s, u"le"_s};
        const Token op = take();
        if (op.kind != Token::Kind::Word || !operators.contains(op.text.toLower())) {
            fail(u"expected a comparison operator after '"_s + property.text + u'\'');
            return std::nullopt;
        }
        const Token literal = take();
        FilterNode node;
        node.property = property.text;
        node.op = op.text.toLower();
        if (!toLiteral(literal, node.value)) {
            fail(u"invalid literal '"_s + literal.text + u'\'');
            return std::nullopt;
        }
        return node;
    }

    // startswith(property,'text'): a Compare node with the operator "startswith" and a string literal.
    std::optional<FilterNode> parseStartsWith()
    {
        take(); // '('
        const Token property = take();
        const Token comma = take();
        const Token literal = take();
        const Token close = take();
        if (property.kind != Token::Kind::Word || comma.kind != Token::Kind::Comma ||
            literal.kind != Token::Kind::String || close.kind != Token::Kind::Close) {
            fail(u"expected startswith(property,'text')"_s);
            return std::nullopt;
        }
        FilterNode node;
        node.property = property.text;
        node.op = u"startswith"_s;
        toLiteral(literal, node.value);
        return node;
    }

    static bool toLiteral(const Token& token, FilterLiteral& literal)
    {
        if (token.kind == Token::Kind::String) {
            literal.type = FilterLiteral::Type::String;
            literal.text = token.text;
            return true;
        }
        if (token.kind != Token::Kind::Word)
            return false;
        literal.text = token.text;
        const QString lower = token.text.toLower();
        if (lower == u"true"_s || lower == u"false"_s) {
            literal.type = FilterLiteral::Type::Boolean;
            literal.boolean = lower == u"true"_s;
            return true;
        }
        if (lower == u"null"_s) {
            literal.type = FilterLiteral::Type::Null;
            return true;
        }
        static const QRegularExpression guid(
            u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
        if (guid.match(token.text).hasMatch()) {
            literal.type = FilterLiteral::Type::Guid;
            return true;
        }
        if (token.text.contains(u'T') && token.text.at(0).isDigit()) {
            const QDateTime time = QDateTime::fromString(token.text, Qt::ISODateWithMs);
            if (!time.isValid())
                return false;
            literal.type = FilterLiteral::Type::DateTime;
            literal.seconds = time.toSecsSinceEpoch();
            literal.msecs = time.toMSecsSinceEpoch();
            return true;
        }
        bool ok = false;
        literal.number = token.text.toDouble(&ok);
        literal.type = FilterLiteral::Type::Number;
        return ok;
    }

    const QString& m_text;
    std::vector<Token> m_tokens;
    std::size_t m_position = 0;
    QString m_error;
};

} // namespace

FilterParseResult parseODataFilter(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {std::nullopt, u"empty filter"_s};
    return Parser(text).parse();
}

} // namespace smtpaudit::sample
