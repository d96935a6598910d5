#pragma once

// A strict JSON reader over raw bytes, for the pages read often enough that QJsonDocument's tree costs
// more than the reading itself (sign-in pages, directory and mailbox pages).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace smtpaudit::rawjson {

using namespace Qt::StringLiterals;

constexpr int kMaxDepth = 512;

// Most bytes of a sign-in page sit inside strings, and nearly all of them are plain: printable ASCII that is
// neither the closing quote nor a backslash (DEL included: JSON allows it raw). scanString skips runs of those a
// block at a time and leaves every other byte to its byte-at-a-time checks. Each helper returns the first byte
// in [p, end) that is not plain, or end, and never reads at or past end.
namespace detail {

constexpr bool isPlainStringByte(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// Eight bytes at a time, for targets without SSE2 and for SSE2's last few bytes.
inline const char* plainRunEndSwar(const char* p, const char* end)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highBits = 0x8080808080808080ULL;
    while (end - p >= 8) {
        std::uint64_t x = 0;
        std::memcpy(&x, p, sizeof x);
        // A byte's high bit ends up set when it is >= 0x80 (x itself), or, among bytes below 0x80, when it is
        // below 0x20 or equal to the quote or backslash (the subtraction borrows through it). Borrows only start
        // at such a byte, so the word as a whole is flagged exactly when one of its bytes is special; where is
        // left to the byte loop below, which keeps this independent of byte order.
        const std::uint64_t quote = x ^ (ones * '"');
        const std::uint64_t backslash = x ^ (ones * '\\');
        if (((x | (x - ones * 0x20) | (quote - ones) | (backslash - ones)) & highBits) != 0)
            break;
        p += 8;
    }
    while (p < end && isPlainStringByte(static_cast<unsigned char>(*p)))
        ++p;
    return p;
}

#if defined(__SSE2__)
inline const char* plainRunEndSse2(const char* p, const char* end)
{
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        // The comparison is signed: bytes >= 0x80 are negative, so "below space" catches them with the controls.
        const __m128i special = _mm_or_si128(_mm_cmplt_epi8(v, space),
                                             _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(special));
        if (mask != 0)
            return p + std::countr_zero(mask);
        p += 16;
    }
    return plainRunEndSwar(p, end);
}
#endif

inline const char* plainRunEnd(const char* p, const char* end)
{
#if defined(__SSE2__)
    return plainRunEndSse2(p, end);
#else
    return plainRunEndSwar(p, end);
#endif
}

} // namespace detail

// A strict, allocation-light JSON reader over the raw bytes. Every value it is not interested in is still
// fully validated while skipped, so a body it accepts is one any conforming JSON parser accepts.
class Reader
{
public:
    explicit Reader(QByteArrayView body)
        : m_begin(body.data())
        , m_p(body.data())
        , m_end(body.data() + body.size())
    {}

    QString error() const { return m_error; }
    // Where the reader is (after ws() or a value): with a value's start, the bytes it spans.
    const char* position() const { return m_p; }
    bool failed() const { return !m_error.isEmpty(); }

    bool fail(const char* what)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(what) + u" at offset "_s + QString::number(m_p - m_begin);
        return false;
    }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool atEnd()
    {
        ws();
        return m_p == m_end;
    }

    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : '\0';
    }

    bool expect(char c)
    {
        if (peek() != c)
            return fail("unexpected character");
        ++m_p;
        return true;
    }

    // Iterates an object: onMember(key) is called with the reader positioned at the member's value and must
    // consume it (read or skip). Keys are compared in their unescaped UTF-8 form.
    template <typename F>
    bool object(F&& onMember)
    {
        if (!expect('{') || !enter())
            return false;
        if (peek() == '}') {
            ++m_p;
            return leave();
        }
        QByteArray keyBuffer;
        for (;;) {
            if (peek() != '"')
                return fail("expected a member name");
            QByteArrayView key;
            if (!string(key, keyBuffer) || !expect(':'))
                return false;
            ws();
            if (!onMember(key))
                return false;
            const char next = peek();
            if (next != '}' && next != ',')
                return fail("expected ',' or '}'");
            ++m_p;
            if (next == '}')
                return leave();
        }
    }

    // Iterates an array: onElement() is called at each element and must consume it.
    template <typename F>
    bool array(F&& onElement)
    {
        if (!expect('[') || !enter())
            return false;
        if (peek() == ']') {
            ++m_p;
            return leave();
        }
        for (;;) {
            ws();
            if (!onElement())
                return false;
            const char next = peek();
            if (next != ']' && next != ',')
                return fail("expected ',' or ']'");
            ++m_p;
            if (next == ']')
                return leave();
        }
    }

    // Scans a string (the reader is at its opening quote): validates its characters and UTF-8 and returns
    // the raw bytes between the quotes. Escapes are validated when they are decoded.
    bool scanString(const char*& start, const char*& stop, bool& escaped)
    {
        ++m_p; // opening quote
        start = m_p;
        escaped = false;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (detail::isPlainStringByte(c)) {
                ++m_p;
                // Blocks only where a run of plain bytes goes on: tried after every byte, a block that stops at
                // once made CJK text 1.8x slower to scan than byte by byte.
                if (m_p < m_end && detail::isPlainStringByte(static_cast<unsigned char>(*m_p)))
                    m_p = detail::plainRunEnd(m_p, m_end);
                continue;
            }
            if (c == '"')
                break;
            if (c < 0x20)
                return fail("control character in string");
            if (c == '\\') {
                if (m_end - m_p < 2)
                    return fail("unterminated string");
                escaped = true;
                m_p += 2;
            } else if (!utf8Sequence()) { // c >= 0x80
                return false;
            }
        }
        if (m_p >= m_end)
            return fail("unterminated string");
        stop = m_p++;
        return true;
    }

    // A string as UTF-8 bytes (for member names): a view into the body when it has no escapes, else into
    // `buffer`, with a lone \uD800-style surrogate as U+FFFD.
    bool string(QByteArrayView& out, QByteArray& buffer)
    {
        const char *start = nullptr, *stop = nullptr;
        bool escaped = false;
        if (!scanString(start, stop, escaped))
            return false;
        if (!escaped) {
            out = QByteArrayView(start, stop - start);
            return true;
        }
        buffer.clear();
        if (!unescape(
                start, stop, [&buffer](char32_t cp) { appendUtf8(buffer, cp); },
                [&buffer](char byte) { buffer.append(byte); }))
            return false;
        out = buffer;
        return true;
    }

    // A string value as QString. \uXXXX escapes go in as UTF-16 code units, so a lone surrogate survives
    // exactly as QJsonDocument keeps it.
    bool readString(QString& out)
    {
        const char *start = nullptr, *stop = nullptr;
        bool escaped = false;
        if (!scanString(start, stop, escaped))
            return false;
        if (!escaped) {
            out = QString::fromUtf8(start, stop - start);
            return true;
        }
        out.clear();
        const char* plain = start;
        const auto flushPlain = [&](const char* upTo) {
            if (upTo > plain)
                out += QString::fromUtf8(plain, upTo - plain);
        };
        const char* p = start;
        while (p < stop) {
            if (*p != '\\') {
                ++p;
                continue;
            }
            flushPlain(p);
            const char* escapeEnd = p + 2;
            if (p[1] == 'u')
                escapeEnd = std::min(stop, p + 6);
            if (!unescape(
                    p, escapeEnd, [&out](char32_t unit) { out += QChar(char16_t(unit)); }, [](char) {}, false))
                return false;
            p = plain = escapeEnd;
        }
        flushPlain(stop);
        return true;
    }

    // Validates a number and returns its value.
    bool number(double& out)
    {
        const char* start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return fail("invalid number");
        if (*m_p == '0')
            ++m_p;
        else
            digits();
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return fail("invalid number");
            digits();
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return fail("invalid number");
            digits();
        }
        const auto result = std::from_chars(start, m_p, out);
        if (result.ec == std::errc::result_out_of_range)
            out = std::numeric_limits<double>::infinity(); // too large: not a usable integer either
        return true;
    }

    bool literal(const char* word)
    {
        for (const char* w = word; *w; ++w, ++m_p)
            if (m_p >= m_end || *m_p != *w)
                return fail("invalid literal");
        return true;
    }

    bool skip()
    {
        double ignored = 0;
        QByteArrayView view;
        switch (peek()) {
        case '{':
            return object([this](QByteArrayView) { return skip(); });
        case '[':
            return array([this] { return skip(); });
        case '"':
            return string(view, m_scratch);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number(ignored);
        }
    }

private:
    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    void digits()
    {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }

    bool enter() { return ++m_depth <= kMaxDepth || fail("nesting too deep"); }
    bool leave()
    {
        --m_depth;
        return true;
    }

    // One multi-byte UTF-8 sequence at m_p: no overlong forms, no surrogates, nothing above U+10FFFF.
    bool utf8Sequence()
    {
        const auto b0 = static_cast<unsigned char>(*m_p);
        int length = 0;
        char32_t cp = 0;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            length = 2;
            cp = b0 & 0x1f;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            length = 3;
            cp = b0 & 0x0f;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            length = 4;
            cp = b0 & 0x07;
        } else {
            return fail("invalid UTF-8");
        }
        if (m_end - m_p < length)
            return fail("invalid UTF-8");
        for (int i = 1; i < length; ++i) {
            const auto b = static_cast<unsigned char>(m_p[i]);
            if ((b & 0xc0) != 0x80)
                return fail("invalid UTF-8");
            cp = (cp << 6) | (b & 0x3f);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
            (length == 4 && (cp < 0x10000 || cp > 0x10ffff)))
            return fail("invalid UTF-8");
        m_p += length;
        return true;
    }

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    static void appendUtf8(QByteArray& out, char32_t cp)
    {
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xc0 | (cp >> 6))).append(char(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out.append(char(0xe0 | (cp >> 12)))
                .append(char(0x80 | ((cp >> 6) & 0x3f)))
                .append(char(0x80 | (cp & 0x3f)));
        } else {
            out.append(char(0xf0 | (cp >> 18)))
                .append(char(0x80 | ((cp >> 12) & 0x3f)))
                .append(char(0x80 | ((cp >> 6) & 0x3f)))
                .append(char(0x80 | (cp & 0x3f)));
        }
    }

    bool hex4(const char*& p, const char* stop, char32_t& out)
    {
        if (stop - p < 4)
            return fail("invalid \\u escape");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int v = hex(p[i]);
            if (v < 0)
                return fail("invalid \\u escape");
            out = (out << 4) | char32_t(v);
        }
        p += 4;
        return true;
    }

    // Decodes [p, stop). `onCodePoint` receives the escapes' code points (or, with combineSurrogates false, the UTF-16
    // code units of \u escapes as they are); `raw` receives the bytes between escapes.
    template <typename Emit, typename Raw>
    bool unescape(const char* p, const char* stop, Emit&& onCodePoint, Raw&& raw, bool combineSurrogates = true)
    {
        while (p < stop) {
            if (*p != '\\') {
                raw(*p++);
                continue;
            }
            ++p;
            switch (*p++) {
            case '"':
                onCodePoint(U'"');
                break;
            case '\\':
                onCodePoint(U'\\');
                break;
            case '/':
                onCodePoint(U'/');
                break;
            case 'b':
                onCodePoint(U'\b');
                break;
            case 'f':
                onCodePoint(U'\f');
                break;
            case 'n':
                onCodePoint(U'\n');
                break;
            case 'r':
                onCodePoint(U'\r');
                break;
            case 't':
                onCodePoint(U'\t');
                break;
            case 'u': {
                char32_t cp = 0;
                if (!hex4(p, stop, cp))
                    return false;
                if (!combineSurrogates) {
                    onCodePoint(cp);
                    break;
                }
                if (cp >= 0xd800 && cp <= 0xdbff && stop - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                    const char* low = p + 2;
                    char32_t second = 0;
                    if (!hex4(low, stop, second))
                        return false;
                    if (second >= 0xdc00 && second <= 0xdfff) {
                        cp = 0x10000 + ((cp - 0xd800) << 10) + (second - 0xdc00);
                        p = low;
                    }
                }
                onCodePoint((cp >= 0xd800 && cp <= 0xdfff) ? char32_t(0xfffd) : cp);
                break;
            }
            default:
                return fail("invalid escape");
            }
        }
        return true;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    int m_depth = 0;
    QString m_error;
    QByteArray m_scratch;
};

} // namespace smtpaudit::rawjson
