// TypedPages::parsePage: a page's items become typed values in order, and the first unreadable item (no id,
// not an object) is the page's error; optional fields missing keep their defaults.
#include "graph/GraphParsers.h"
#include "http/TypedPages.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestTypedPages : public QObject
{
    Q_OBJECT

private:
    // Views into the literal, which lives as long as the test.
    static rawjson::ArrayView array(const char* json)
    {
        rawjson::Reader in{QByteArrayView(json)};
        rawjson::ArrayView items;
        if (!rawjson::ArrayView::read(in, items))
            qFatal("test data is not a JSON array: %s", json);
        return items;
    }

private slots:
    void itemsInOrder()
    {
        const auto page = TypedPages<DirectoryUser>::parsePage(
            array("[{\"id\":\"1\",\"userPrincipalName\":\"a@x\",\"accountEnabled\":false},"
                  "{\"id\":\"2\",\"displayName\":\"B \\\"quoted\\\" "
                  "\\u00e9\",\"signInActivity\":{\"lastSignInDateTime\":\"2026-11-01T10:00:00Z\"}}]"),
            &GraphParse::user);
        QVERIFY(page.ok());
        QCOMPARE(page.value().size(), 2);
        QCOMPARE(page.value().at(0).id, u"1"_s);
        QCOMPARE(page.value().at(0).accountEnabled, false);
        QCOMPARE(page.value().at(1).displayName, u"B \"quoted\" \u00e9"_s);
        QCOMPARE(page.value().at(1).signInActivity.lastSignIn, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC));
        // Missing optional fields keep the defaults: enabled, no mail, no sign-in.
        QCOMPARE(page.value().at(1).accountEnabled, true);
        QVERIFY(page.value().at(1).mail.isEmpty());
        QVERIFY(!page.value().at(0).signInActivity.lastSignIn.isValid());
    }

    void emptyPageIsEmpty()
    {
        const auto page = TypedPages<DirectoryUser>::parsePage(array("[]"), &GraphParse::user);
        QVERIFY(page.ok());
        QVERIFY(page.value().isEmpty());
    }

    void itemWithoutIdIsTheError()
    {
        const auto page = TypedPages<DirectoryUser>::parsePage(
            array("[{\"id\":\"1\"},{\"displayName\":\"no id\"},{\"id\":\"3\"}]"), &GraphParse::user);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().category, Error::Category::MalformedResponse);
    }

    void itemThatIsNotAnObjectIsTheError()
    {
        for (const char* json : {"[{\"id\":\"1\"}, 7]", "[null]", "[[\"id\",\"1\"]]", "[\"1\"]"}) {
            const auto page = TypedPages<DirectoryUser>::parsePage(array(json), &GraphParse::user);
            QVERIFY2(!page.ok(), json);
            QCOMPARE(page.error().category, Error::Category::MalformedResponse);
        }
    }

    void registrationsNeedAUser()
    {
        const auto good = TypedPages<UserRegistration>::parsePage(
            array("[{\"userPrincipalName\":\"a@x\",\"methodsRegistered\":[\"mobilePhone\",3,\"fido2\"]}]"),
            &GraphParse::registration);
        QVERIFY(good.ok());
        QCOMPARE(good.value().at(0).methodsRegistered, (QStringList{u"mobilePhone"_s, u"fido2"_s}));
        const auto bad =
            TypedPages<UserRegistration>::parsePage(array("[{\"isAdmin\":true}]"), &GraphParse::registration);
        QVERIFY(!bad.ok());
    }
};

QTEST_GUILESS_MAIN(TestTypedPages)
#include "TestTypedPages.moc"
