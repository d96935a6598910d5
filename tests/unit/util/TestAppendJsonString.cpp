// appendJsonString copies plain ASCII in blocks; these tests hold it to a unit-at-a-time reference written
// here: byte-identical output for every UTF-16 unit in every lane, escapes and surrogate pairs across block
// boundaries, and random text. Every input ends right before an inaccessible page, so reading past the
// string's end crashes the test.
#include "GuardedBuffer.h"
#include "util/JsonString.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xc0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += char(0xe0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    } else {
        out += char(0xf0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3f));
        out += char(0x80 | ((cp >> 6) & 0x3f));
        out += char(0x80 | (cp & 0x3f));
    }
}

void appendEscape(QByteArray& out, char16_t unit)
{
    out += "\\u" + QByteArray::number(unit, 16).rightJustified(4, '0');
}

// The reference: one UTF-16 unit at a time, the rules of the escaper's header spelled out.
QByteArray referenceQuoted(QStringView text)
{
    QByteArray out("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\b':
            out += "\\b";
            continue;
        case u'\f':
            out += "\\f";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            appendEscape(out, u);
        } else if (QChar::isHighSurrogate(u) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            appendUtf8(out, QChar::surrogateToUcs4(u, text[i + 1].unicode()));
            ++i;
        } else if (QChar::isSurrogate(u)) {
            appendEscape(out, u);
        } else {
            appendUtf8(out, u);
        }
    }
    out += '"';
    return out;
}

class Checker
{
public:
    // Empty when appendJsonString (after a prefix already in the array) and the reference agree on `text`,
    // placed at the guard page; else what differs.
    QString differs(QStringView text)
    {
        const auto* placed = static_cast<const char16_t*>(m_guarded.place(text.utf16(), text.size() * 2));
        const QStringView view(placed, text.size());
        QByteArray actual("prefix:");
        appendJsonString(actual, view);
        const QByteArray expected = "prefix:" + referenceQuoted(view);
        ++m_cases;
        if (actual == expected)
            return {};
        QStringList units;
        for (const QChar c : text)
            units << QString::number(c.unicode(), 16);
        return u"text [%1]\n   appendJsonString: %2\n   reference:        %3"_s.arg(
            units.join(u' '), QString::fromLatin1(actual.toHex(' ')), QString::fromLatin1(expected.toHex(' ')));
    }
    qsizetype cases() const { return m_cases; }

private:
    GuardedBuffer m_guarded{1 << 16};
    qsizetype m_cases = 0;
};

#define CHECK_QUOTED(checker, text)                                                                                    \
    do {                                                                                                               \
        if (const QString diff = (checker).differs(text); !diff.isEmpty())                                             \
            QFAIL(qPrintable(diff));                                                                                   \
    } while (false)

bool isPlain(char16_t u)
{
    return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
}

// Plain filler walking through every plain unit (space, DEL and the neighbours of '"' and '\' included).
QString plainFiller(qsizetype length, int seed)
{
    static const QString plain = [] {
        QString units;
        for (char16_t u = 0x20; u < 0x80; ++u)
            if (isPlain(u))
                units += QChar(u);
        return units;
    }();
    QString out(length, Qt::Uninitialized);
    for (qsizetype k = 0; k < length; ++k)
        out[k] = plain[(k * 37 + seed) % plain.size()];
    return out;
}

// Units worth trying at every position: all of the first 257, the UTF-8 length edges, every kind of surrogate,
// and units whose low or high byte alone would look plain, a quote or a backslash.
std::vector<char16_t> interestingUnits()
{
    std::vector<char16_t> units;
    for (char16_t u = 0; u <= 0x100; ++u)
        units.push_back(u);
    for (const char16_t u : {0x0122, 0x015c, 0x0141, 0x017f, 0x2022, 0x5c5c, 0x2222, 0x4100, 0x5c00, 0x2200,
                             0x7f7f, 0x7f80, 0x7fff, 0x07ff, 0x0800, 0x8000, 0x8020, 0xff20, 0xff7f, 0xd7ff,
                             0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfeff, 0xfffd, 0xfffe, 0xffff})
        units.push_back(u);
    return units;
}

} // namespace

class TestAppendJsonString : public QObject
{
    Q_OBJECT

private slots:
    void emptyAndSimple()
    {
        QByteArray out;
        appendJsonString(out, QStringView());
        QCOMPARE(out, QByteArray("\"\""));
        appendJsonString(out, u"a\"b\\c\n\u00e9\U0001F600");
        QCOMPARE(out, QByteArray("\"\"\"a\\\"b\\\\c\\n\xc3\xa9\xf0\x9f\x98\x80\""));
    }

    // Every UTF-16 unit alone and in every lane of a block of eight, and just after it.
    void everyUnitInEveryLane()
    {
        Checker checker;
        for (int unit = 0; unit <= 0xffff; ++unit) {
            const QChar c(static_cast<char16_t>(unit));
            CHECK_QUOTED(checker, QString(c));
            const QString filler = plainFiller(9, unit);
            for (qsizetype lane = 0; lane < 9; ++lane) {
                QString text = filler;
                text[lane] = c;
                CHECK_QUOTED(checker, text);
            }
        }
    }

    // Interesting units at every position of strings up to 64 units (eight blocks), alone, before a surrogate
    // pair and after a lone high surrogate.
    void unitsAtEveryPosition()
    {
        Checker checker;
        const std::vector<char16_t> units = interestingUnits();
        for (qsizetype length = 0; length <= 64; ++length) {
            const QString filler = plainFiller(length, int(length));
            CHECK_QUOTED(checker, filler);
            for (qsizetype position = 0; position < length; ++position) {
                for (const char16_t unit : units) {
                    QString text = filler;
                    text[position] = QChar(unit);
                    CHECK_QUOTED(checker, text);
                }
            }
        }
        QVERIFY(checker.cases() > 500'000);
    }

    // Surrogates at every position: a pair (split across every block boundary), a lone high one, a lone low
    // one, a reversed pair, two highs before a low, a high at the very end.
    void surrogatesAtEveryPosition()
    {
        Checker checker;
        const QString pieces[] = {u"\U0001F600"_s,
                                  QString(QChar(0xd83d)),
                                  QString(QChar(0xde00)),
                                  QString(QChar(0xde00)) + QChar(0xd83d),
                                  QString(QChar(0xd83d)) + QChar(0xd83d) + QChar(0xde00),
                                  u"\U0010FFFF\U00010000"_s};
        for (const QString& piece : pieces) {
            for (qsizetype length = 0; length <= 64; ++length) {
                const QString filler = plainFiller(length, int(length));
                for (qsizetype position = 0; position <= length; ++position)
                    CHECK_QUOTED(checker, QString(filler.left(position) + piece + filler.mid(position)));
            }
        }
    }

    // Random text mixing plain runs, escapes, controls, 2-, 3- and 4-byte characters and lone surrogates.
    void randomText()
    {
        Checker checker;
        std::mt19937 rng(20261128);
        const auto below = [&rng](unsigned n) { return static_cast<unsigned>(rng() % n); };
        for (int n = 0; n < 50'000; ++n) {
            QString text;
            const unsigned pieces = below(24);
            for (unsigned k = 0; k < pieces; ++k) {
                const unsigned kind = below(100);
                if (kind < 50) {
                    text += plainFiller(below(40), int(below(1000)));
                } else if (kind < 60) {
                    text += QChar(static_cast<char16_t>(0x80 + below(0x800 - 0x80)));
                } else if (kind < 70) {
                    char16_t u = 0;
                    do
                        u = static_cast<char16_t>(0x800 + below(0x10000 - 0x800));
                    while (QChar::isSurrogate(u));
                    text += QChar(u);
                } else if (kind < 78) {
                    const char32_t cp = 0x10000 + below(0x110000 - 0x10000);
                    text += QChar(QChar::highSurrogate(cp));
                    text += QChar(QChar::lowSurrogate(cp));
                } else if (kind < 84) {
                    text += QChar(static_cast<char16_t>(0xd800 + below(0x800)));
                } else if (kind < 90) {
                    text += QChar(static_cast<char16_t>(below(0x20)));
                } else if (kind < 95) {
                    text += QChar(u'"');
                } else {
                    text += QChar(u'\\');
                }
            }
            CHECK_QUOTED(checker, text);
        }
    }

    // What the escaper's header promises besides: QJsonDocument writes the same bytes for valid text.
    void matchesQJsonDocument()
    {
        const QString text =
            plainFiller(40, 1) + u"\"\\/\b\f\n\r\t\u0001\u001f\u007f\u00e9\u20ac\U0001F600"_s + plainFiller(17, 2);
        QByteArray ours("[");
        appendJsonString(ours, text);
        ours += ']';
        QCOMPARE(ours, QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact));
    }

    // The array may be shared: appending detaches it and leaves the other copy as it was.
    void sharedArray()
    {
        QByteArray out("before:");
        const QByteArray copy = out;
        appendJsonString(out, plainFiller(30, 3));
        QCOMPARE(copy, QByteArray("before:"));
        QCOMPARE(out, "before:" + referenceQuoted(plainFiller(30, 3)));
    }
};

QTEST_GUILESS_MAIN(TestAppendJsonString)
#include "TestAppendJsonString.moc"
