// rawjson views answer like QJsonValue / QJsonObject / QJsonArray read from the same text (the collectors'
// item parsers are one template over both), and refuse what QJsonDocument refuses.
#include "exchange/ExchangeParsers.h"
#include "graph/GraphParsers.h"
#include "util/JsonView.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

// Objects written to catch a view that answers differently: duplicate and escaped keys, every type where
// another is expected, escapes (a lone surrogate, NUL), raw UTF-8, nesting and whitespace.
const char* const HostileObjects[] = {
    R"({"id":"1","id":"2","displayName":"first","displayName":null})",
    R"({"a\u0062":"escaped key","n":null,"t":true,"f":false,"num":-1.5e3,"zero":0,
        "s":"x\"y\\z\/\u00e9\ud83d\ude00 lone \ud800 end \udc00","nul":"a\u0000b","tab":"\t\r\n\b\f"})",
    R"({ "o" : { "p" : [ 1 , "two" , { "q" : null } , [ ] ] , "e" : { } } , "arr" : [ ] })",
    "{\"name\":\"Zo\xc3\xab \xe5\x8c\x97\xe4\xba\xac \xf0\x9f\x98\x80\",\"k\xc3\xa9y\":\"non-ASCII key\"}",
    R"({"accountEnabled":"true","assignedLicenses":{},"signInActivity":[],"mail":7,"userType":false})",
    R"({"id":"u","signInActivity":{"lastSignInDateTime":"0001-01-01T00:00:00Z",
        "lastNonInteractiveSignInDateTime":"2026-11-01T10:00:00.1234567Z","lastSuccessfulSignInDateTime":null}})",
    R"({"SmtpClientAuthenticationDisabled":null,"UserPrincipalName":{"Name":"ref"},
        "AuthenticationPolicy":"CN=Block\\, Basic,CN=Auth Policies,DC=x","Identity":["not","a","name"]})",
    R"({})",
};

rawjson::ObjectView objectView(QByteArrayView text)
{
    rawjson::Reader in(text);
    rawjson::ObjectView view;
    if (!rawjson::ObjectView::read(in, view) || !in.atEnd())
        qFatal("test data is not one JSON object: %s", qPrintable(in.error()));
    return view;
}

bool sameValue(const QJsonValue& expected, const rawjson::ValueView& actual, const QString& path);

bool sameObject(const QJsonObject& expected, const rawjson::ObjectView& actual, const QString& path)
{
    QSet<QString> keys;
    for (const rawjson::ObjectView::Member& member : actual)
        keys.insert(QString::fromUtf8(member.key));
    const QStringList expectedKeys = expected.keys();
    if (keys != QSet<QString>(expectedKeys.cbegin(), expectedKeys.cend())) {
        qWarning() << path << "keys differ:" << keys << expectedKeys;
        return false;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString key = it.key();
        if (std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.unicode() >= 0x80; }))
            continue; // the parsers ask for ASCII keys only; members' keys were compared above
        const QByteArray ascii = key.toLatin1();
        if (!sameValue(it.value(), actual.value(QLatin1StringView(ascii)), path + u'.' + key))
            return false;
    }
    return actual.value("no such key"_L1).isUndefined() && !actual.contains("no such key"_L1);
}

bool sameValue(const QJsonValue& expected, const rawjson::ValueView& actual, const QString& path)
{
    const auto fail = [&](const char* what) {
        qWarning() << path << what << expected << QString::fromUtf8(actual.text());
        return false;
    };
    if (expected.isUndefined() != actual.isUndefined() || expected.isNull() != actual.isNull() ||
        expected.isBool() != actual.isBool() || expected.isDouble() != actual.isDouble() ||
        expected.isString() != actual.isString() || expected.isArray() != actual.isArray() ||
        expected.isObject() != actual.isObject())
        return fail("type differs");
    if (expected.toBool() != actual.toBool() || expected.toBool(true) != actual.toBool(true))
        return fail("toBool differs");
    if (expected.toString() != actual.toString())
        return fail("toString differs");
    if (expected != actual.toJsonValue())
        return fail("toJsonValue differs");
    const QJsonArray expectedArray = expected.toArray();
    const rawjson::ArrayView actualArray = actual.toArray();
    if (expectedArray.size() != actualArray.size())
        return fail("array size differs");
    for (qsizetype i = 0; i < expectedArray.size(); ++i)
        if (!sameValue(expectedArray.at(i), actualArray.at(i), path + u'[' + QString::number(i) + u']'))
            return false;
    return sameObject(expected.toObject(), actual.toObject(), path);
}

} // namespace

class TestJsonView : public QObject
{
    Q_OBJECT

private slots:
    void viewsAnswerAsQJsonDocumentDoes()
    {
        for (const char* text : HostileObjects) {
            QJsonParseError error{};
            const QJsonObject expected = QJsonDocument::fromJson(QByteArray(text), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY2(sameObject(expected, objectView(QByteArrayView(text)), u"$"_s), text);
        }
        // Spot checks that would pass a comparison with a wrong reference.
        const rawjson::ObjectView duplicate = objectView(QByteArrayView(HostileObjects[0]));
        QCOMPARE(duplicate.value("id"_L1).toString(), u"2"_s);
        QVERIFY(duplicate.value("displayName"_L1).isNull());
        const rawjson::ObjectView escaped = objectView(QByteArrayView(HostileObjects[1]));
        QCOMPARE(escaped.value("ab"_L1).toString(), u"escaped key"_s);
        QCOMPARE(escaped.value("nul"_L1).toString(), QString(reinterpret_cast<const QChar*>(u"a\0b"), 3));
        QCOMPARE(escaped.value("s"_L1).toString().right(6), QString(u" end "_s + QChar(0xdc00)));
    }

    void copiedObjectsKeepEscapedKeys()
    {
        rawjson::ObjectView copy;
        {
            const rawjson::ObjectView original = objectView(R"({"\u0069d":"x","plain":1})");
            copy = original;
        }
        QCOMPARE(copy.value("id"_L1).toString(), u"x"_s);
        QVERIFY(copy.value("plain"_L1).isDouble());
    }

    void invalidTextIsRefused()
    {
        for (const char* text : {R"({"a":})", "{\"a\":\"\x01\"}", R"({"a":"b")", "{\"a\":\"\xff\"}", R"({"a":"\q"})",
                                 R"({"a":01})", R"({"a":[1,]})", R"({"a" "b"})", R"({"a":tru})", R"({"a":"\u12"})"}) {
            // QJsonDocument refuses these too, except a raw control character and an unknown escape in a
            // string, which RFC 8259 forbids and which Graph and Exchange Online never send.
            const bool laxInQt =
                QByteArrayView(text) == QByteArrayView("{\"a\":\"\x01\"}") || QByteArrayView(text).contains("\\q");
            if (!laxInQt)
                QVERIFY2(QJsonDocument::fromJson(QByteArray(text)).isNull(), text);
            rawjson::Reader in{QByteArrayView(text)};
            rawjson::ObjectView view;
            QVERIFY2(!rawjson::ObjectView::read(in, view), text);
            QVERIFY(in.error().contains(u"offset"_s));
        }
    }

    // The parsers are one template over both types: fed the same hostile items they agree, errors included.
    void parsersAgree()
    {
        for (const char* text : HostileObjects) {
            const QJsonObject object = QJsonDocument::fromJson(QByteArray(text)).object();
            const rawjson::ObjectView view = objectView(QByteArrayView(text));
            const auto user = GraphParse::user(object), userFromView = GraphParse::user(view);
            QCOMPARE(user.ok(), userFromView.ok());
            if (user.ok()) {
                QCOMPARE(userFromView.value().id, user.value().id);
                QCOMPARE(userFromView.value().displayName, user.value().displayName);
                QCOMPARE(userFromView.value().accountEnabled, user.value().accountEnabled);
                QCOMPARE(userFromView.value().assignedLicenseCount, user.value().assignedLicenseCount);
                QCOMPARE(userFromView.value().signInActivity.lastSignIn, user.value().signInActivity.lastSignIn);
                QCOMPARE(userFromView.value().signInActivity.lastNonInteractiveSignIn,
                         user.value().signInActivity.lastNonInteractiveSignIn);
            } else {
                QCOMPARE(userFromView.error().message, user.error().message);
            }
            const auto mailbox = ExchangeParse::casMailbox(object), mailboxFromView = ExchangeParse::casMailbox(view);
            QCOMPARE(mailbox.ok(), mailboxFromView.ok());
            if (mailbox.ok()) {
                QCOMPARE(mailboxFromView.value().userPrincipalName, mailbox.value().userPrincipalName);
                QCOMPARE(mailboxFromView.value().smtpClientAuthenticationDisabled,
                         mailbox.value().smtpClientAuthenticationDisabled);
            } else {
                QCOMPARE(mailboxFromView.error().message, mailbox.error().message);
                QCOMPARE(mailboxFromView.error().detail, mailbox.error().detail);
            }
            const auto exchangeUser = ExchangeParse::user(object), exchangeUserFromView = ExchangeParse::user(view);
            QCOMPARE(exchangeUser.ok(), exchangeUserFromView.ok());
            if (exchangeUser.ok())
                QCOMPARE(exchangeUserFromView.value().authenticationPolicy, exchangeUser.value().authenticationPolicy);
        }
        const auto policy = ExchangeParse::user(objectView(QByteArrayView(HostileObjects[6])));
        QVERIFY(policy.ok());
        QCOMPARE(policy.value().authenticationPolicy, u"Block, Basic"_s);
        QCOMPARE(policy.value().userPrincipalName, u"ref"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonView)
#include "TestJsonView.moc"
