// rawjson::Reader::scanString skips plain ASCII in blocks; these tests hold it to a byte-at-a-time reference
// written here (the reader's loop as it was before the fast path, with its UTF-8 check as the RFC 3629 table):
// same result, same bounds, same escaped flag, same error text and offset, same position afterwards. Every
// input ends right before an inaccessible page, so reading past the body's end crashes the test.
#include "GuardedBuffer.h"
#include "util/JsonReader.h"

#include <QTest>

#include <random>
#include <vector>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

struct Scan
{
    bool ok = false;
    qsizetype start = -1; // offsets into the body; -1 when not set
    qsizetype stop = -1;
    bool escaped = false;
    QString error;
    qsizetype position = -1;

    bool operator==(const Scan&) const = default;
    QString toString() const
    {
        return u"ok=%1 start=%2 stop=%3 escaped=%4 position=%5 error='%6'"_s.arg(ok)
            .arg(start)
            .arg(stop)
            .arg(escaped)
            .arg(position)
            .arg(error);
    }
};

// Length of the well-formed UTF-8 sequence at body[i] (RFC 3629, table 3-7 of Unicode), or 0.
int wellFormedSequence(QByteArrayView body, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < body.size() ? static_cast<unsigned char>(body[k]) : 0x100u; };
    const auto in = [](unsigned b, unsigned low, unsigned high) { return b >= low && b <= high; };
    const unsigned b0 = at(i), b1 = at(i + 1), b2 = at(i + 2), b3 = at(i + 3);
    if (in(b0, 0xc2, 0xdf))
        return in(b1, 0x80, 0xbf) ? 2 : 0;
    if (b0 == 0xe0)
        return in(b1, 0xa0, 0xbf) && in(b2, 0x80, 0xbf) ? 3 : 0;
    if (in(b0, 0xe1, 0xec) || in(b0, 0xee, 0xef))
        return in(b1, 0x80, 0xbf) && in(b2, 0x80, 0xbf) ? 3 : 0;
    if (b0 == 0xed)
        return in(b1, 0x80, 0x9f) && in(b2, 0x80, 0xbf) ? 3 : 0;
    if (b0 == 0xf0)
        return in(b1, 0x90, 0xbf) && in(b2, 0x80, 0xbf) && in(b3, 0x80, 0xbf) ? 4 : 0;
    if (in(b0, 0xf1, 0xf3))
        return in(b1, 0x80, 0xbf) && in(b2, 0x80, 0xbf) && in(b3, 0x80, 0xbf) ? 4 : 0;
    if (b0 == 0xf4)
        return in(b1, 0x80, 0x8f) && in(b2, 0x80, 0xbf) && in(b3, 0x80, 0xbf) ? 4 : 0;
    return 0;
}

// The reference: one byte at a time, on offsets. body[0] is the opening quote.
Scan referenceScan(QByteArrayView body)
{
    Scan r;
    r.start = 1;
    qsizetype i = 1;
    const auto failHere = [&](const char* what) {
        r.error = QString::fromLatin1(what) + u" at offset "_s + QString::number(i);
        r.position = i;
        return r;
    };
    while (i < body.size()) {
        const auto c = static_cast<unsigned char>(body[i]);
        if (c == '"') {
            r.ok = true;
            r.stop = i;
            r.position = i + 1;
            return r;
        }
        if (c < 0x20)
            return failHere("control character in string");
        if (c == '\\') {
            if (body.size() - i < 2)
                return failHere("unterminated string");
            r.escaped = true;
            i += 2;
        } else if (c < 0x80) {
            ++i;
        } else if (const int length = wellFormedSequence(body, i); length > 0) {
            i += length;
        } else {
            return failHere("invalid UTF-8");
        }
    }
    return failHere("unterminated string");
}

Scan readerScan(QByteArrayView body)
{
    rawjson::Reader in(body);
    const char* start = nullptr;
    const char* stop = nullptr;
    Scan r;
    r.ok = in.scanString(start, stop, r.escaped);
    r.start = start ? start - body.data() : -1;
    r.stop = stop ? stop - body.data() : -1;
    r.error = in.error();
    r.position = in.position() - body.data();
    return r;
}

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

class Checker
{
public:
    // Empty when the reader and the reference agree on `body` (placed at the guard page), else what differs.
    QString differs(QByteArrayView body)
    {
        const auto* placed = static_cast<const char*>(m_guarded.place(body.data(), body.size()));
        const QByteArrayView view(placed, body.size());
        const Scan expected = referenceScan(view), actual = readerScan(view);
        ++m_cases;
        if (actual == expected)
            return {};
        return u"body [%1]\n   reader:    %2\n   reference: %3"_s.arg(hex(body), actual.toString(),
                                                                      expected.toString());
    }
    qsizetype cases() const { return m_cases; }

private:
    GuardedBuffer m_guarded{1 << 16};
    qsizetype m_cases = 0;
};

#define CHECK_SCAN(checker, body)                                                                                      \
    do {                                                                                                               \
        if (const QString diff = (checker).differs(QByteArray(body)); !diff.isEmpty())                                 \
            QFAIL(qPrintable(diff));                                                                                   \
    } while (false)

bool isPlain(unsigned char c)
{
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// Plain filler that walks through every plain byte, the edges (space, DEL, the quote's and backslash's
// neighbours) included, so each lane of a block sees them.
QByteArray plainFiller(qsizetype length, int seed)
{
    static const QByteArray plain = [] {
        QByteArray bytes;
        for (int c = 0x20; c < 0x80; ++c)
            if (isPlain(static_cast<unsigned char>(c)))
                bytes.append(static_cast<char>(c));
        return bytes;
    }();
    QByteArray out(length, Qt::Uninitialized);
    for (qsizetype k = 0; k < length; ++k)
        out[k] = plain[(k * 37 + seed) % plain.size()];
    return out;
}

// Pieces that are special to the scan, each tried at every position.
const QByteArray SpecialPieces[] = {
    "\"",
    "\\",
    "\\\"",
    "\\\\",
    "\\n",
    "\\u00e9",
    "\\ud83d\\ude00",
    "\x01",
    "\x1f",
    "\x7f",
    "\xc3\xa9",
    "\xe2\x82\xac",
    "\xf0\x9f\x98\x80",
    "\xc2\x80",
    "\xdf\xbf",
    "\xe0\xa0\x80",
    "\xef\xbf\xbf",
    "\xf4\x8f\xbf\xbf",
    "\xc0\x80",
    "\xc1\xbf",
    "\x80",
    "\xbf",
    "\xe0\x80\x80",
    "\xed\xa0\x80",
    "\xf0\x80\x80\x80",
    "\xf4\x90\x80\x80",
    "\xf5\x80\x80\x80",
    "\xff",
    "\xe2\x82",
    "\xc3",
    "\xc3\"",
};

} // namespace

class TestJsonScanString : public QObject
{
    Q_OBJECT

private slots:
    // The block helpers on their own: each returns the first byte that is not plain, for every byte value in
    // every lane, at every length around the block sizes.
    void helpersStopAtTheFirstSpecialByte()
    {
        GuardedBuffer guarded(4096);
        for (qsizetype length = 0; length <= 48; ++length) {
            const QByteArray filler = plainFiller(length, int(length));
            const auto* all = static_cast<const char*>(guarded.place(filler.data(), length));
            QCOMPARE(rawjson::detail::plainRunEndSwar(all, all + length) - all, length);
#if defined(__SSE2__)
            QCOMPARE(rawjson::detail::plainRunEndSse2(all, all + length) - all, length);
#endif
            QCOMPARE(rawjson::detail::plainRunEnd(all, all + length) - all, length);
            for (qsizetype position = 0; position < length; ++position) {
                for (int byte = 0; byte < 256; ++byte) {
                    QByteArray bytes = filler;
                    bytes[position] = static_cast<char>(byte);
                    const auto* p = static_cast<const char*>(guarded.place(bytes.data(), length));
                    const char* expected = isPlain(static_cast<unsigned char>(byte)) ? p + length : p + position;
                    if (rawjson::detail::plainRunEndSwar(p, p + length) != expected)
                        QFAIL(qPrintable(u"SWAR: length %1, byte %2 at %3"_s.arg(length).arg(byte).arg(position)));
#if defined(__SSE2__)
                    if (rawjson::detail::plainRunEndSse2(p, p + length) != expected)
                        QFAIL(qPrintable(u"SSE2: length %1, byte %2 at %3"_s.arg(length).arg(byte).arg(position)));
#endif
                }
            }
        }
    }

    void everySingleByte()
    {
        Checker checker;
        for (int byte = 0; byte < 256; ++byte) {
            const char c = static_cast<char>(byte);
            const QByteArray suffix = plainFiller(20, byte);
            CHECK_SCAN(checker, QByteArray("\"") + c);
            CHECK_SCAN(checker, QByteArray("\"") + c + '"');
            CHECK_SCAN(checker, QByteArray("\"") + c + '"' + suffix);
            CHECK_SCAN(checker, QByteArray("\"") + c + suffix);
            CHECK_SCAN(checker, QByteArray("\"\\") + c);
            CHECK_SCAN(checker, QByteArray("\"\\") + c + '"');
            CHECK_SCAN(checker, QByteArray("\"\\") + c + suffix + '"');
        }
        CHECK_SCAN(checker, QByteArray("\""));
        CHECK_SCAN(checker, QByteArray("\"\""));
    }

    // Every byte value at every position of strings up to 64 bytes (four blocks), terminated with nothing,
    // a little or a block's worth after the closing quote, and unterminated.
    void everyByteAtEveryPosition()
    {
        Checker checker;
        for (qsizetype length = 0; length <= 64; ++length) {
            const QByteArray filler = plainFiller(length, int(length) * 3);
            for (qsizetype position = 0; position < length; ++position) {
                for (int byte = 0; byte < 256; ++byte) {
                    QByteArray content = filler;
                    content[position] = static_cast<char>(byte);
                    const QByteArray body = '"' + content;
                    CHECK_SCAN(checker, body);
                    CHECK_SCAN(checker, body + '"');
                    CHECK_SCAN(checker, body + "\"]");
                    CHECK_SCAN(checker, body + "\"," + filler + "\"\x01");
                }
            }
        }
        QVERIFY(checker.cases() > 2'000'000);
    }

    // Escapes and UTF-8 sequences, valid and not, at every position, so they straddle every block boundary.
    void specialPiecesAtEveryPosition()
    {
        Checker checker;
        for (const QByteArray& piece : SpecialPieces) {
            for (qsizetype length = 0; length <= 64; ++length) {
                const QByteArray filler = plainFiller(length, int(length));
                for (qsizetype position = 0; position <= length; ++position) {
                    const QByteArray body = '"' + filler.left(position) + piece + filler.mid(position);
                    CHECK_SCAN(checker, body);
                    CHECK_SCAN(checker, body + '"');
                    CHECK_SCAN(checker, body + "\"" + filler);
                    for (qsizetype cut = 1; cut < body.size(); ++cut)
                        CHECK_SCAN(checker, body.left(cut));
                }
            }
        }
    }

    // Random strings mixing every kind of byte the scan treats differently, each also cut at every length.
    void randomStrings()
    {
        Checker checker;
        std::mt19937 rng(20261128);
        const auto below = [&rng](unsigned n) { return static_cast<unsigned>(rng() % n); };
        const auto appendUtf8 = [](QByteArray& out, char32_t cp) {
            if (cp < 0x800) {
                out.append(char(0xc0 | (cp >> 6))).append(char(0x80 | (cp & 0x3f)));
            } else if (cp < 0x10000) {
                out.append(char(0xe0 | (cp >> 12))).append(char(0x80 | ((cp >> 6) & 0x3f)));
                out.append(char(0x80 | (cp & 0x3f)));
            } else {
                out.append(char(0xf0 | (cp >> 18))).append(char(0x80 | ((cp >> 12) & 0x3f)));
                out.append(char(0x80 | ((cp >> 6) & 0x3f))).append(char(0x80 | (cp & 0x3f)));
            }
        };
        for (int n = 0; n < 20'000; ++n) {
            QByteArray body("\"");
            const unsigned pieces = below(24);
            for (unsigned k = 0; k < pieces; ++k) {
                const unsigned kind = below(100);
                if (kind < 50) {
                    body += plainFiller(below(40), int(below(1000)));
                } else if (kind < 62) {
                    appendUtf8(body, 0x80 + below(0x800 - 0x80));
                } else if (kind < 72) {
                    char32_t cp = 0;
                    do
                        cp = 0x800 + below(0x10000 - 0x800);
                    while (cp >= 0xd800 && cp <= 0xdfff);
                    appendUtf8(body, cp);
                } else if (kind < 80) {
                    appendUtf8(body, 0x10000 + below(0x110000 - 0x10000));
                } else if (kind < 90) {
                    body += '\\';
                    body += "\"\\/bfnrtu0123456789abcdefABCDEF"[below(31)];
                } else if (kind < 93) {
                    body += static_cast<char>(below(0x20));
                } else if (kind < 96) {
                    body += SpecialPieces[below(std::size(SpecialPieces))];
                } else if (kind < 98) {
                    body += static_cast<char>(0x80 + below(0x80));
                } else {
                    body += '"';
                }
            }
            if (below(2) == 0)
                body += '"';
            body += plainFiller(below(20), n);
            CHECK_SCAN(checker, body);
            if (n < 3'000)
                for (qsizetype cut = 1; cut < body.size(); ++cut)
                    CHECK_SCAN(checker, body.left(cut));
        }
    }

    // A few bodies through the public readers: the scan's bounds are what they return.
    void readersSeeTheSameText()
    {
        const QByteArray long1 = plainFiller(100, 1);
        const QByteArray body = "[\"" + long1 + "\\u00e9\xc3\xa9\\\"" + long1 + "\",\"\xf0\x9f\x98\x80" + long1 + "\"]";
        rawjson::Reader in(body);
        QStringList values;
        QVERIFY(in.array([&] {
            QString value;
            if (!in.readString(value))
                return false;
            values << value;
            return true;
        }));
        QVERIFY(in.atEnd());
        QCOMPARE(values, QStringList({QString::fromLatin1(long1) + u"\u00e9\u00e9\""_s + QString::fromLatin1(long1),
                                      u"\U0001F600"_s + QString::fromLatin1(long1)}));
        const QByteArray badBody = "{\"" + long1 + "\x01\":1}";
        rawjson::Reader bad(badBody);
        QVERIFY(!bad.skip());
        QCOMPARE(bad.error(), u"control character in string at offset 102"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonScanString)
#include "TestJsonScanString.moc"
