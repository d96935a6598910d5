// JsonWriter (core/sample/SampleJsonWriter.h): the text it writes is valid JSON that Qt's parser reads back as
// exactly the values written, for every UTF-16 code unit, hostile strings, times, numbers and nested values.

#include "SampleServiceHarness.h"
#include "sample/SampleJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;

namespace {

// Parses `text` as one JSON value (wrapped in an array, since QJsonDocument takes only arrays and objects).
QJsonValue parseValue(const QByteArray& text, bool* ok = nullptr)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text + ']', &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError && document.isArray() && document.array().size() == 1;
    return document.array().at(0);
}

QByteArray written(const std::function<void(JsonWriter&)>& write)
{
    QByteArray text;
    JsonWriter json(text);
    write(json);
    return text;
}

} // namespace

class TestSampleGraphJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void exactCompactText()
    {
        const QByteArray text = written([](JsonWriter& json) {
            json.beginObject();
            json.key("a").string(u"x\"y");
            json.key("b").beginArray().integer(1).boolean(true).boolean(false).null().endArray();
            json.key("c").beginObject().endObject();
            json.key(u"k\u00e9y").stringOrNull(u"");
            json.key("d").stringOrNull(u"v");
            json.key("e").raw("{\"r\":[1]}");
            json.endObject();
        });
        QCOMPARE(text, QByteArray("{\"a\":\"x\\\"y\",\"b\":[1,true,false,null],\"c\":{},\"k\xc3\xa9y\":null,"
                                  "\"d\":\"v\",\"e\":{\"r\":[1]}}"));
    }

    void prebuiltMembersAndPlainStrings()
    {
        const QByteArray members = written([](JsonWriter& json) { json.key("m").integer(1).key("n").string(u"\""); });
        QCOMPARE(members, QByteArray("\"m\":1,\"n\":\"\\\"\""));
        const QByteArray text = written([&](JsonWriter& json) {
            json.beginObject().members(members).key("g").plainString("0a-ff").members(members).endObject();
            json.beginArray().plainString("x").plainString("").endArray();
        });
        QCOMPARE(text, QByteArray("{\"m\":1,\"n\":\"\\\"\",\"g\":\"0a-ff\",\"m\":1,\"n\":\"\\\"\"},[\"x\",\"\"]"));
    }

    void escapesEveryCodeUnit()
    {
        // Every BMP code unit that is a character on its own (surrogates are tested in pairs below).
        QString all;
        for (char32_t c = 0; c <= 0xffff; ++c)
            if (!QChar::isSurrogate(c))
                all.append(QChar(static_cast<char16_t>(c)));
        all += QString::fromUcs4(U"\U0001F600\U0001F4E7\U00010000\U0010FFFF");
        bool ok = false;
        const QByteArray text = written([&](JsonWriter& json) { json.string(all); });
        QCOMPARE(parseValue(text, &ok).toString(), all);
        QVERIFY(ok);
        // The text is valid UTF-8, and control characters never appear raw.
        QCOMPARE(QString::fromUtf8(text).toUtf8(), text);
        for (const char byte : text)
            QVERIFY(static_cast<unsigned char>(byte) >= 0x20);
    }

    void hostileStringsRoundTripAsKeysAndValues()
    {
        for (const QString& hostile : smtpaudit::test::hostileStrings()) {
            const QByteArray text = written([&](JsonWriter& json) {
                json.beginObject().key(hostile).string(hostile).key("list").beginArray().string(hostile).endArray();
                json.endObject();
            });
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(text, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(object.value(hostile).toString(), hostile);
            QCOMPARE(object.value(u"list"_s).toArray().at(0).toString(), hostile);
            // The same value as Qt's own writer gives.
            QCOMPARE(object, QJsonDocument::fromJson(
                                 QJsonDocument(QJsonObject{{hostile, hostile}, {u"list"_s, QJsonArray{hostile}}})
                                     .toJson(QJsonDocument::Compact))
                                 .object());
        }
    }

    void loneSurrogatesStayValidUtf8()
    {
        const QString lone = u"a"_s + QChar(0xd800) + u"b"_s + QChar(0xdc00);
        const QByteArray text = written([&](JsonWriter& json) { json.string(lone); });
        QCOMPARE(text, QByteArray("\"a\\ud800b\\udc00\""));
    }

    void utcTimeEqualsQtIsoText_data()
    {
        QTest::addColumn<qint64>("seconds");
        for (const qint64 s :
             {qint64(0), qint64(-1), qint64(-86400), qint64(951782400) /* 2000-02-29 */, qint64(951868799),
              qint64(1709164800) /* 2024-02-29 */, qint64(1795000000), qint64(4102444799),
              qint64(-62135596800) /* 0001-01-01 */, qint64(253402300799) /* 9999-12-31T23:59:59 */})
            QTest::addRow("%lld", static_cast<long long>(s)) << s;
    }
    void utcTimeEqualsQtIsoText()
    {
        QFETCH(qint64, seconds);
        const QString expected = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
        QCOMPARE(parseValue(written([&](JsonWriter& json) { json.utcTime(seconds); })).toString(), expected);
    }

    void utcTimeOverManyDays()
    {
        // Every day of 1900-2100 at a varying time of day.
        for (qint64 day = -25567; day < 47482; ++day) {
            const qint64 seconds = day * 86400 + (day * 3677) % 86400;
            const QByteArray text = written([&](JsonWriter& json) { json.utcTime(seconds); });
            QCOMPARE(text,
                     '"' + QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate).toLatin1() + '"');
        }
    }

    void numbers()
    {
        for (const qint64 i : {qint64(0), qint64(-7), qint64(1) << 53, std::numeric_limits<qint64>::max(),
                               std::numeric_limits<qint64>::min()})
            QCOMPARE(written([&](JsonWriter& json) { json.integer(i); }), QByteArray::number(i));
        for (const double d : {0.1, -33.8688, 151.2093, 1e-300, 6.02214076e23, 52.52})
            QCOMPARE(parseValue(written([&](JsonWriter& json) { json.number(d); })).toDouble(), d);
    }

    void ipv4()
    {
        QCOMPARE(written([](JsonWriter& json) { json.ipv4(0xc0000201); }), QByteArray("\"192.0.2.1\""));
        QCOMPARE(written([](JsonWriter& json) { json.ipv4(0); }), QByteArray("\"0.0.0.0\""));
        QCOMPARE(written([](JsonWriter& json) { json.beginArray().ipv4(0xffffffff).ipv4(0x0a00640a).endArray(); }),
                 QByteArray("[\"255.255.255.255\",\"10.0.100.10\"]"));
    }

    void anyQJsonValue()
    {
        const QJsonObject nested{{u"s"_s, smtpaudit::test::hostileStrings().at(1)},
                                 {u"n"_s, 2.5},
                                 {u"i"_s, 42},
                                 {u"b"_s, false},
                                 {u"z"_s, QJsonValue::Null},
                                 {u"a"_s, QJsonArray{1, u"two"_s, QJsonObject{{u"three"_s, 3}}, QJsonArray{}}}};
        const QByteArray text = written([&](JsonWriter& json) { json.value(nested); });
        QCOMPARE(QJsonDocument::fromJson(text).object(), nested);
        QVERIFY(text.contains("\"i\":42"));
    }

    void headerObjectKeepsTheLastOfARepeatedName()
    {
        const QList<QPair<QByteArray, QByteArray>> headers{
            {"Content-Type", "application/json"}, {"request-id", "1"}, {"request-id", "2"}, {"x", "\xc3\xa9"}};
        const QJsonObject object =
            QJsonDocument::fromJson(written([&](JsonWriter& json) { json.headerObject(headers); })).object();
        QCOMPARE(object,
                 (QJsonObject{
                     {u"Content-Type"_s, u"application/json"_s}, {u"request-id"_s, u"2"_s}, {u"x"_s, u"\u00e9"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestSampleGraphJsonWriter)
#include "TestSampleGraphJsonWriter.moc"
