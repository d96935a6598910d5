#include "signins/StringDictionary.h"

#include <QTest>

#include <cstring>
#include <unordered_map>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

// Two different strings from `make(0..count-1)` whose hashes share the 32 bits the spelling table keeps, so the
// table has to tell them apart by their text. With 2^32 values a few hundred thousand strings give some.
template <typename Make>
std::pair<QString, QString> collidingPair(Make&& make, int count)
{
    std::unordered_map<std::uint32_t, int> seen;
    for (int i = 0; i < count; ++i) {
        const auto h = static_cast<std::uint32_t>(StringDictionary::hash(make(i)));
        const auto [it, inserted] = seen.emplace(h, i);
        if (!inserted)
            return {make(it->second), make(i)};
    }
    return {};
}

} // namespace

class TestStringDictionary : public QObject
{
    Q_OBJECT

private slots:
    void exactMatchingKeepsEverySpelling()
    {
        StringDictionary d;
        QCOMPARE(d.intern(QString()), 0u);
        QCOMPARE(d.intern(u""_s), 0u);
        QCOMPARE(d.intern(u"Office"_s), 1u);
        QCOMPARE(d.intern(u"office"_s), 2u);
        QCOMPARE(d.internUtf8("Office", StringDictionary::hash(QByteArrayView("Office"))), 1u);
        QCOMPARE(d.size(), 3u);
        QCOMPARE(d.find(u"OFFICE"_s), std::nullopt);
        QCOMPARE(d.find(u""_s), std::optional<std::uint32_t>(0));
    }

    void caseInsensitiveMatchingKeepsTheFirstSpelling()
    {
        StringDictionary d(StringDictionary::Matching::CaseInsensitive);
        const auto utf8 = [&d](const QString& text) {
            const QByteArray bytes = text.toUtf8();
            return d.internUtf8(bytes, StringDictionary::hash(QByteArrayView(bytes)));
        };
        QCOMPARE(d.intern(u"Printer@Contoso.com"_s), 1u);
        QCOMPARE(utf8(u"printer@contoso.com"_s), 1u);
        QCOMPARE(d.intern(u"PRINTER@CONTOSO.COM"_s), 1u);
        QCOMPARE(utf8(u"PRINTER@CONTOSO.COM"_s), 1u); // a later spelling, now found as it is
        QCOMPARE(d.at(1), u"Printer@Contoso.com"_s);
        // Case folding, not just upper and lower case: the long s and the Kelvin sign.
        QCOMPARE(utf8(u"SOME"_s), 2u);
        QCOMPARE(utf8(u"\u017Fome"_s), 2u);
        QCOMPARE(d.intern(u"\u212Aelvin"_s), 3u);
        QCOMPARE(utf8(u"kelvin"_s), 3u);
        QCOMPARE(d.at(3), u"\u212Aelvin"_s);
        QCOMPARE(d.find(u"KELVIN"_s), std::optional<std::uint32_t>(3));
        QCOMPARE(d.find(u"kelvins"_s), std::nullopt);
        QCOMPARE(d.size(), 4u);
    }

    // The same text given as UTF-8 or as QString is one spelling: non-ASCII, 4-byte sequences, U+0000.
    void bytesAndTextAreTheSameSpelling()
    {
        const QStringList texts{u"j\u00fcrgen"_s,
                                u"\u6771\u4eac"_s,
                                u"pair\U0001F600x"_s,
                                QStringView(u"nul\0x", 5).toString(),
                                u"\uFFFD"_s,
                                u"\u0639\u0631\u0628\u064a"_s,
                                u"a"_s,
                                u"12345678"_s,
                                u"123456789"_s};
        StringDictionary fromText, fromBytes;
        for (const QString& text : texts) {
            const QByteArray bytes = text.toUtf8();
            QCOMPARE(StringDictionary::hash(text), StringDictionary::hash(QByteArrayView(bytes)));
            const std::uint32_t index = fromText.intern(text);
            QCOMPARE(fromText.internUtf8(bytes, StringDictionary::hash(QByteArrayView(bytes))), index);
            QCOMPARE(fromBytes.internUtf8(bytes, StringDictionary::hash(QByteArrayView(bytes))), index);
            QCOMPARE(fromBytes.intern(text), index);
            QCOMPARE(fromBytes.at(index), text);
        }
        QCOMPARE(fromBytes.size(), fromText.size());
    }

    // QString::fromUtf8() drops a BOM at the start; bytes interned here stand for their exact text.
    void aBomAtTheStartIsText()
    {
        StringDictionary d;
        const QByteArray bom = "\xef\xbb\xbf"
                               "abc";
        const std::uint32_t index = d.internUtf8(bom, StringDictionary::hash(QByteArrayView(bom)));
        QCOMPARE(d.at(index), u"\uFEFFabc"_s);
        QCOMPARE(d.intern(u"\uFEFFabc"_s), index);
        QVERIFY(d.intern(u"abc"_s) != index);
    }

    // A lone surrogate has no UTF-8; it is never the replacement character's bytes.
    void loneSurrogatesStayThemselves()
    {
        StringDictionary d;
        const QString lone = QString(QChar(0xd800)) + u"x"_s;
        const QByteArray replacement = "\xef\xbf\xbd"
                                       "x";
        const std::uint32_t a = d.intern(lone);
        const std::uint32_t b = d.internUtf8(replacement, StringDictionary::hash(QByteArrayView(replacement)));
        QVERIFY(a != b);
        QCOMPARE(d.at(a), lone);
        QCOMPARE(d.find(lone), std::optional<std::uint32_t>(a));
    }

    // Strings whose hashes collide in the table are still told apart by their text, ASCII or not.
    void collidingHashesStayApart_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        const auto [asciiA, asciiB] =
            collidingPair([](int i) -> QString { return u"user"_s + QString::number(i) + u"@x"_s; }, 600'000);
        const auto [wideA, wideB] = collidingPair(
            [](int i) -> QString {
                return u"@"_s + QChar(char16_t(0x100 + i % 700)) + QChar(char16_t(0x4e00 + i / 700)) + u"x"_s;
            },
            600'000);
        QVERIFY(!asciiA.isEmpty() && !wideA.isEmpty());
        QTest::newRow("ascii") << asciiA << asciiB;
        QTest::newRow("non-ascii") << wideA << wideB;
    }

    void collidingHashesStayApart()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QVERIFY(first != second);
        for (const auto matching : {StringDictionary::Matching::Exact, StringDictionary::Matching::CaseInsensitive}) {
            StringDictionary d(matching);
            const QByteArray a = first.toUtf8(), b = second.toUtf8();
            const std::uint32_t ia = d.internUtf8(a, StringDictionary::hash(QByteArrayView(a)));
            const std::uint32_t ib = d.internUtf8(b, StringDictionary::hash(QByteArrayView(b)));
            QVERIFY(ia != ib);
            QCOMPARE(d.internUtf8(a, StringDictionary::hash(QByteArrayView(a))), ia);
            QCOMPARE(d.intern(second), ib);
            QCOMPARE(d.find(first), std::optional<std::uint32_t>(ia));
            QCOMPARE(d.at(ib), second);
        }
    }

    // Pairs that collided for every seed under the multiply-xorshift mix the dictionary used before: the top bit
    // of the first word flipped, and the difference that makes in the state (bits 63 and 34) cancelled by the
    // second word. Sign-in strings are tenant data; such pairs could be prepared without knowing the seed.
    void seedIndependentDifferencesDoNotCollide()
    {
        quint64 state = 0x9e3779b97f4a7c15ULL;
        const auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return state;
        };
        int collisions = 0;
        for (int i = 0; i < 1000; ++i) {
            const quint64 w1 = next(), w2 = next();
            const quint64 v1 = w1 ^ (1ULL << 63), v2 = w2 ^ (1ULL << 63) ^ (1ULL << 34);
            QByteArray a(16, Qt::Uninitialized), b(16, Qt::Uninitialized);
            std::memcpy(a.data(), &w1, 8);
            std::memcpy(a.data() + 8, &w2, 8);
            std::memcpy(b.data(), &v1, 8);
            std::memcpy(b.data() + 8, &v2, 8);
            QVERIFY(a != b);
            collisions += StringDictionary::hash(QByteArrayView(a)) == StringDictionary::hash(QByteArrayView(b));
        }
        QCOMPARE(collisions, 0);
    }

    // Growth keeps every spelling findable.
    void manySpellings()
    {
        StringDictionary d(StringDictionary::Matching::CaseInsensitive);
        for (int i = 0; i < 50'000; ++i)
            QCOMPARE(d.intern(u"User%1@x"_s.arg(i)), std::uint32_t(i + 1));
        for (int i = 0; i < 50'000; i += 7) {
            const QByteArray lower = u"user%1@x"_s.arg(i).toUtf8();
            QCOMPARE(d.internUtf8(lower, StringDictionary::hash(QByteArrayView(lower))), std::uint32_t(i + 1));
        }
        QCOMPARE(d.size(), 50'001u);
        QCOMPARE(d.at(50'000), u"User49999@x"_s);
    }
};

QTEST_GUILESS_MAIN(TestStringDictionary)
#include "TestStringDictionary.moc"
