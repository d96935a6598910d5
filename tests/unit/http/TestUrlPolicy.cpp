#include "http/UrlPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.8.9.10") << u"127.8.9.10"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("[::1]") << u"[::1]"_s << true;
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LocalHost") << u"LocalHost"_s << true;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
        QTest::newRow("::2") << u"::2"_s << false;
        QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
        QTest::newRow("127.0.0.1.nip.io") << u"127.0.0.1.nip.io"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(UrlPolicy::isLoopbackHost(host), loopback);
    }

    void serviceUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://graph.microsoft.com/v1.0"_s << true;
        QTest::newRow("https with port") << u"https://example.test:8443/"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080/"_s << true;
        QTest::newRow("http localhost") << u"http://localhost/"_s << true;
        QTest::newRow("http remote") << u"http://graph.microsoft.com/"_s << false;
        QTest::newRow("http private net") << u"http://192.168.1.10/"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
        QTest::newRow("relative") << u"/v1.0/users"_s << false;
        QTest::newRow("user info") << u"https://user:pass@example.test/"_s << false;
    }
    void serviceUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const Status status = UrlPolicy::checkServiceUrl(QUrl(url), u"Graph base URL"_s);
        QCOMPARE(status.ok(), allowed);
        if (!allowed) {
            QCOMPARE(status.error().category, Error::Category::InvalidInput);
            QCOMPARE(status.error().subject, u"Graph base URL"_s);
            QVERIFY(!status.error().message.isEmpty());
            QVERIFY2(!status.error().detail.contains(u"pass"_s), "a password from the URL reached the error text");
        }
    }

    void sameOriginComparesSchemeHostPort()
    {
        QVERIFY(UrlPolicy::sameOrigin(QUrl(u"https://a.test/x"_s), QUrl(u"https://A.test:443/y?z"_s)));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(u"https://a.test/"_s), QUrl(u"http://a.test/"_s)));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(u"https://a.test/"_s), QUrl(u"https://b.test/"_s)));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(u"https://a.test/"_s), QUrl(u"https://a.test:8443/"_s)));
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "TestUrlPolicy.moc"
