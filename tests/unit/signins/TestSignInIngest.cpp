// Every way into a SignInStore gives the same store: a Graph page body (appendGraphResponse, read straight from
// its bytes), the same page through QJsonDocument (appendGraphPage, the reference path built from QStrings),
// a merge, and appends from two threads at once. Compared is everything the store shows: every row through
// value() and row(), the index columns, every dictionary entry in order with its lookups, ids, and the
// statistics of every append. Malformed pages fail with the category, message and detail they always had.

#include "signins/SignInStore.h"

#include "HostileSignInPages.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <bit>
#include <thread>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

// Text that keeps every UTF-16 unit visible (lone surrogates, U+0000, a BOM, spaces at the ends).
QString shown(const QString& text)
{
    QString out = text.isNull() ? u"<null>"_s : u"\""_s;
    for (const QChar c : text)
        out += c.unicode() >= 0x21 && c.unicode() < 0x7f
                   ? QString(c)
                   : u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
    return text.isNull() ? out : out + u'"';
}

QString shown(const QVariant& value)
{
    if (!value.isValid())
        return u"<invalid>"_s;
    if (value.typeId() == QMetaType::QDateTime)
        return QString::number(value.toDateTime().toMSecsSinceEpoch());
    if (value.typeId() == QMetaType::QString)
        return shown(value.toString());
    return QString::fromLatin1(value.typeName()) + u':' + value.toString();
}

QString shown(std::optional<std::uint32_t> index)
{
    return index ? QString::number(*index) : u"-"_s;
}

void dumpDictionary(QStringList& out, const QString& name, const StringDictionary& d)
{
    out << name + u" size "_s + QString::number(d.size());
    for (std::uint32_t i = 0; i < d.size(); ++i) {
        const QString& value = d.at(i);
        out << name + u'[' + QString::number(i) + u"] "_s + shown(value) + u" find "_s + shown(d.find(value)) + u' ' +
                   shown(d.find(value.toUpper())) + u' ' + shown(d.find(value.toCaseFolded())) + u' ' +
                   shown(d.find(u' ' + value));
    }
}

// Everything a store shows, one line per row, dictionary entry and lookup.
QStringList dump(const SignInStore& s)
{
    QStringList out;
    out << u"size "_s + QString::number(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const auto u = static_cast<std::size_t>(i);
        QString line = u"row "_s + QString::number(i);
        for (int f = 0; f <= static_cast<int>(SignInField::Browser); ++f)
            line += u' ' + shown(s.value(i, static_cast<SignInField>(f)));
        const SignInRow r = s.row(i);
        line += u" | "_s + QString::number(static_cast<int>(r.clientApp)) + u' ' +
                QString::number(static_cast<int>(r.authKind)) + u' ' +
                (r.createdMs ? QString::number(*r.createdMs) : u"-"_s) + u' ' + shown(r.userPrincipalName) + u' ' +
                shown(r.userAgent) + u' ' + shown(r.operatingSystem);
        line += u" | "_s + QString::number(s.userIndex(u)) + u' ' + QString::number(s.userIdIndex(u)) + u' ' +
                QString::number(s.appIndex(u)) + u' ' + QString::number(s.clientAppIndex(u)) + u' ' +
                QString::number(s.ipIndex(u)) + u' ' + QString::number(s.cityIndex(u)) + u' ' +
                QString::number(s.countryIndex(u)) + u' ' + QString::number(s.failureReasonIndex(u)) + u' ' +
                QString::number(s.rawErrorCode(u)) + u' ' + QString::number(s.createdMs(u));
        out << line;
    }
    dumpDictionary(out, u"users"_s, s.users());
    dumpDictionary(out, u"userIds"_s, s.userIds());
    dumpDictionary(out, u"apps"_s, s.apps());
    dumpDictionary(out, u"clientApps"_s, s.clientApps());
    for (std::uint32_t i = 0; i < s.clientApps().size(); ++i)
        out << u"clientAppKind["_s + QString::number(i) + u"] "_s + QString::number(int(s.clientAppKind(i)));
    dumpDictionary(out, u"ips"_s, s.ips());
    dumpDictionary(out, u"cities"_s, s.cities());
    dumpDictionary(out, u"countries"_s, s.countries());
    dumpDictionary(out, u"failureReasons"_s, s.failureReasons());
    dumpDictionary(out, u"userAgents"_s, s.userAgents());
    dumpDictionary(out, u"operatingSystems"_s, s.operatingSystems());
    dumpDictionary(out, u"browsers"_s, s.browsers());
    return out;
}

QString shown(const Result<SignInAppendStats>& r)
{
    if (!r.ok())
        return u"error "_s + QString::number(int(r.error().category)) + u' ' + r.error().message + u" | "_s +
               r.error().detail + u" | "_s + r.error().subject;
    const SignInAppendStats& s = r.value();
    return u"stats %1 %2 %3 %4 "_s.arg(s.appended).arg(s.duplicates).arg(s.withoutId).arg(s.withoutTime) +
           shown(s.nextLink);
}

// The first line where two dumps differ, or empty.
QString firstDifference(const QStringList& a, const QStringList& b)
{
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return u"line %1:\n  %2\n  %3"_s.arg(i).arg(a.value(i, u"<none>"_s), b.value(i, u"<none>"_s));
    return {};
}

// Fails with the first differing line of two dumps, in full.
#define COMPARE_DUMPS(actual, expected)                                                                                \
    do {                                                                                                               \
        const QString difference = firstDifference(actual, expected);                                                  \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

// The reference: the page read by QJsonDocument and appended as records.
Result<SignInAppendStats> appendThroughQJsonDocument(SignInStore& store, const QByteArray& body)
{
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    Result<SignInAppendStats> result = store.appendGraphPage(page.value(u"value"_s).toArray());
    if (result.ok())
        result.value().nextLink = page.value(u"@odata.nextLink"_s).toString();
    return result;
}

// The ids of a page as QJsonDocument reads them.
QStringList idsOf(const QByteArray& body)
{
    QStringList ids;
    for (const QJsonValue& event : QJsonDocument::fromJson(body).object().value(u"value"_s).toArray())
        ids << event.toObject().value(u"id"_s).toString();
    return ids;
}

QStringList containedIds(const SignInStore& store, const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids)
        out << shown(id) + (store.containsId(id) ? u" yes"_s : u" no"_s);
    return out;
}

QByteArray digest(const QStringList& lines)
{
    return QCryptographicHash::hash(lines.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
}

} // namespace

class TestSignInIngest : public QObject
{
    Q_OBJECT

private slots:
    void bodyAndQJsonDocumentPathsAgree_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed = 1; seed <= 16; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void bodyAndQJsonDocumentPathsAgree()
    {
        QFETCH(unsigned, seed);
        const std::vector<QByteArray> pages = HostileSignInPages(seed).pages(6, 150);
        SignInStore fromBody, reference;
        QStringList ids;
        for (const QByteArray& body : pages) {
            QJsonParseError error{};
            QJsonDocument::fromJson(body, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(shown(fromBody.appendGraphResponse(body)), shown(appendThroughQJsonDocument(reference, body)));
            ids << idsOf(body);
        }
        QVERIFY(fromBody.size() > 500);
        const QStringList expected = dump(reference);
        COMPARE_DUMPS(dump(fromBody), expected);
        QCOMPARE(containedIds(fromBody, ids), containedIds(reference, ids));

        SignInStore merged;
        QCOMPARE(merged.merge(fromBody).appended, fromBody.size());
        COMPARE_DUMPS(dump(merged), expected);
    }

    // The digests of the dumps the implementation before the byte-level page path produced for this corpus
    // (both paths gave the same dump). A change to what the store keeps must change this test on purpose.
    void sameStoreAsThePreviousImplementation()
    {
        const std::vector<QByteArray> pages = HostileSignInPages(20261127).pages(8, 200);
        SignInStore fromBody, reference;
        QStringList stats;
        for (const QByteArray& body : pages) {
            stats << shown(fromBody.appendGraphResponse(body));
            appendThroughQJsonDocument(reference, body);
        }
        const QByteArray expectedDigest = "fcd1620c847d62d7808ecf5a";
        const QByteArray expectedStats = "a2338718411c9ec7226b8d52";
        QCOMPARE(digest(dump(reference)), expectedDigest);
        QCOMPARE(digest(dump(fromBody)), expectedDigest);
        QCOMPARE(digest(stats), expectedStats);
    }

    void malformedPagesFailAsTheyAlwaysDid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const QString notJson = u"error 7 The sign-in log page is not valid JSON. | "_s;
        const QString tail = u" | signIns"_s;
        const auto row = [&](const char* name, const QByteArray& body, const QString& expected) {
            QTest::newRow(name) << body << expected;
        };
        row("empty", "", notJson + u"invalid number at offset 0"_s + tail);
        row("spaces", "   ", notJson + u"invalid number at offset 3"_s + tail);
        row("tab newline", "\t\n", notJson + u"invalid number at offset 2"_s + tail);
        row("open brace", "{", notJson + u"expected a member name at offset 1"_s + tail);
        row("unclosed value", "{\"value\":[]", notJson + u"expected ',' or '}' at offset 11"_s + tail);
        row("trailing comma object", "{\"value\":[],}", notJson + u"expected a member name at offset 12"_s + tail);
        row("trailing comma array", "{\"value\":[{},]}", notJson + u"invalid number at offset 13"_s + tail);
        row("array at top", "[{\"value\":[]}]", u"error 7 The sign-in log page is not a JSON object. | "_s + tail);
        row("number at top", "42", u"error 7 The sign-in log page is not a JSON object. | "_s + tail);
        row("null at top", "null", u"error 7 The sign-in log page is not a JSON object. | "_s + tail);
        row("string at top", "\"value\"", u"error 7 The sign-in log page is not a JSON object. | "_s + tail);
        row("data after the object", "{\"value\":[{\"id\":\"a\"}]} x",
            notJson + u"data after the JSON value at offset 23"_s + tail);
        row("array then data", "[1] x", notJson + u"data after the JSON value at offset 4"_s + tail);
        row("value is an object", "{\"value\":{}}",
            u"error 7 The sign-in log page has no list of sign-ins. | missing \"value\" array"_s + tail);
        row("no value", "{\"values\":[]}",
            u"error 7 The sign-in log page has no list of sign-ins. | missing \"value\" array"_s + tail);
        row("numbers in value", "{\"value\":[1,2]}",
            u"error 7 The sign-in log page contains an entry that is not a sign-in object. | value[0] is not an object"_s +
                tail);
        row("array in value", "{\"value\":[{\"id\":\"a\"},[]]}",
            u"error 7 The sign-in log page contains an entry that is not a sign-in object. | value[1] is not an object"_s +
                tail);
        row("last value not an array", "{\"value\":[{}],\"value\":7}",
            u"error 7 The sign-in log page has no list of sign-ins. | missing \"value\" array"_s + tail);
        row("invalid UTF-8 skipped", "{\"value\":[{\"x\":\"\xff\"}]}",
            notJson + u"invalid UTF-8 at offset 16"_s + tail);
        row("truncated UTF-8 read", "{\"value\":[{\"userPrincipalName\":\"a\xc3\"}]}",
            notJson + u"invalid UTF-8 at offset 33"_s + tail);
        row("overlong UTF-8", "{\"value\":[{\"id\":\"\xc0\xaf\"}]}", notJson + u"invalid UTF-8 at offset 17"_s + tail);
        row("UTF-8 surrogate", "{\"value\":[{\"id\":\"\xed\xa0\x80\"}]}",
            notJson + u"invalid UTF-8 at offset 17"_s + tail);
        row("invalid escape read", "{\"value\":[{\"userPrincipalName\":\"a\\x\"}]}",
            notJson + u"invalid escape at offset 36"_s + tail);
        row("invalid escape skipped", "{\"value\":[{\"foo\":\"a\\x\"}]}",
            notJson + u"invalid escape at offset 22"_s + tail);
        row("invalid hex escape nested", "{\"value\":[{\"location\":{\"city\":\"\\u12G4\"}}]}",
            notJson + u"invalid \\u escape at offset 38"_s + tail);
        row("short hex escape", "{\"value\":[{\"id\":\"a\\u12\"}]}",
            notJson + u"invalid \\u escape at offset 23"_s + tail);
        row("raw newline in string", "{\"value\":[{\"id\":\"line\nbreak\"}]}",
            notJson + u"control character in string at offset 21"_s + tail);
        row("raw tab in key", "{\"value\":[{\"i\td\":1}]}",
            notJson + u"control character in string at offset 13"_s + tail);
        row("leading zero", "{\"value\":[{\"status\":{\"errorCode\":01}}]}",
            notJson + u"expected ',' or '}' at offset 34"_s + tail);
        row("number 1.", "{\"value\":[{\"status\":{\"errorCode\":1.}}]}",
            notJson + u"invalid number at offset 35"_s + tail);
        row("minus alone", "{\"value\":[{\"status\":{\"errorCode\":-}}]}",
            notJson + u"invalid number at offset 34"_s + tail);
        row("plus sign", "{\"value\":[{\"status\":{\"errorCode\":+1}}]}",
            notJson + u"invalid number at offset 33"_s + tail);
        row("exponent without digits", "{\"value\":[{\"status\":{\"errorCode\":1e}}]}",
            notJson + u"invalid number at offset 35"_s + tail);
        row("bad literal", "{\"value\":[{\"isInteractive\":tru}]}", notJson + u"invalid literal at offset 30"_s + tail);
        row("unterminated string", "{\"value\":[{\"id\":\"abc", notJson + u"unterminated string at offset 20"_s + tail);
        row("deep nesting", "{\"value\":[{\"x\":" + QByteArray(600, '[') + QByteArray(600, ']') + "}]}",
            notJson + u"nesting too deep at offset 525"_s + tail);
        row("missing colon", "{\"value\" []}", notJson + u"unexpected character at offset 9"_s + tail);
        row("comment", "{\"value\":[]/*c*/}", notJson + u"expected ',' or '}' at offset 11"_s + tail);
        row("invalid escape in key", "{\"value\":[{\"i\\qd\":1}]}", notJson + u"invalid escape at offset 17"_s + tail);
        row("truncated after good events", "{\"value\":[{\"id\":\"a\"},{\"id\":\"b\",\"status\":{\"errorCode\":",
            notJson + u"invalid number at offset 53"_s + tail);
        row("not an object and invalid later", "{\"value\":[{},5,{\"id\":\"x\\q\"}]}",
            notJson + u"invalid escape at offset 26"_s + tail);
        row("BOM before the body", "\xef\xbb\xbf{\"value\":[]}", notJson + u"invalid number at offset 0"_s + tail);
        row("truncated lone surrogate link", "{\"value\":[{\"id\":\"a\"}],\"@odata.nextLink\":\"\\ud800\"",
            notJson + u"expected ',' or '}' at offset 48"_s + tail);
        row("invalid escape in link", "{\"value\":[],\"@odata.nextLink\":\"\\z\"}",
            notJson + u"invalid escape at offset 34"_s + tail);
        row("nul byte raw", QByteArray("{\"value\":[{\"id\":\"a\0b\"}]}", 24),
            notJson + u"control character in string at offset 18"_s + tail);
        row("single quotes", "{\"value\":[{\"id\":'a'}]}", notJson + u"invalid number at offset 16"_s + tail);
        row("unquoted key", "{\"value\":[{id:\"a\"}]}", notJson + u"expected a member name at offset 11"_s + tail);
        row("third entry not an object", "{\"value\":[{},{\"id\":\"b\"},\"c\",{}]}",
            u"error 7 The sign-in log page contains an entry that is not a sign-in object. | value[2] is not an object"_s +
                tail);
    }

    // Category, message and detail as before; a malformed page between good ones changes nothing.
    void malformedPagesFailAsTheyAlwaysDid()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        SignInStore store;
        const std::vector<QByteArray> good = HostileSignInPages(7).pages(1, 40);
        QVERIFY(store.appendGraphResponse(good.front()).ok());
        const QStringList before = dump(store);
        QCOMPARE(shown(store.appendGraphResponse(body)), expected);
        COMPARE_DUMPS(dump(store), before);
    }

    // Two threads append pages at once (overlapping events, competing first spellings): the store is the one
    // some sequential order of whole pages gives, each thread's pages in their order.
    void twoThreadsAppendWholePagesAtATime()
    {
        for (unsigned round = 0; round < 6; ++round) {
            const std::vector<QByteArray> pages = HostileSignInPages(100 + round).pages(6, 120);
            SignInStore store;
            qint64 appended[2] = {0, 0};
            const auto appendEvery = [&](int parity) {
                for (std::size_t i = static_cast<std::size_t>(parity); i < pages.size(); i += 2)
                    appended[parity] += store.appendGraphResponse(pages[i]).value().appended;
            };
            std::thread even(appendEvery, 0), odd(appendEvery, 1);
            even.join();
            odd.join();
            QCOMPARE(appended[0] + appended[1], qint64(store.size()));

            const QStringList actual = dump(store);
            bool matched = false;
            for (unsigned mask = 0; mask < 64 && !matched; ++mask) {
                if (std::popcount(mask) != 3) // the positions of the even pages among the six
                    continue;
                SignInStore reference;
                std::size_t nextEven = 0, nextOdd = 1;
                for (int position = 0; position < 6; ++position) {
                    std::size_t& next = (mask >> position) & 1 ? nextEven : nextOdd;
                    appendThroughQJsonDocument(reference, pages[next]);
                    next += 2;
                }
                matched = dump(reference) == actual;
            }
            QVERIFY2(matched, qPrintable(u"round %1: no sequential order of the pages gives this store"_s.arg(round)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSignInIngest)
#include "TestSignInIngest.moc"
