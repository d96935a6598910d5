#include "identity/AuthCodeCredential.h"
#include "identity/LoopbackRedirectListener.h"
#include "identity/Pkce.h"

#include "TestSupport.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// The browser's side of the loopback redirect, played by a real socket.
class TestLoopbackRedirect : public QObject
{
    Q_OBJECT

private:
    static QByteArray browse(const QUrl& redirectUri, const QByteArray& pathAndQuery)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(redirectUri.port()));
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        socket.write("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray reply;
        [[maybe_unused]] const bool closed = QTest::qWaitFor(
            [&] {
                reply += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return reply + socket.readAll();
    }

private slots:
    void deliversOnlyTheRedirectWithTheRightState()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen("expected-state").ok());
        const QUrl uri = listener.redirectUri();
        QCOMPARE(uri.scheme(), u"http"_s);
        QCOMPARE(uri.host(), u"127.0.0.1"_s);
        QCOMPARE(uri.path(), u"/"_s);
        QVERIFY(uri.port() > 0);
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);

        QVERIFY(browse(uri, "/favicon.ico").startsWith("HTTP/1.1 400"));
        QVERIFY(browse(uri, "/?code=forged&state=wrong-state").startsWith("HTTP/1.1 400"));
        QVERIFY(browse(uri, "/?code=forged").startsWith("HTTP/1.1 400"));
        QCOMPARE(received.size(), 0);

        const QByteArray page = browse(uri, "/?code=the-code&state=expected-state&session_state=x");
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.constData());
        QVERIFY(page.contains("close this window"));
        QCOMPARE(received.size(), 1);
        const QUrlQuery query = received.first().first().value<QUrlQuery>();
        QCOMPARE(query.queryItemValue(u"code"_s), u"the-code"_s);

        // A replay after success is refused.
        QVERIFY(browse(uri, "/?code=again&state=expected-state").startsWith("HTTP/1.1 400"));
        QCOMPARE(received.size(), 1);
    }

    void errorRedirectIsDelivered()
    {
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen("s1").ok());
        QSignalSpy received(&listener, &LoopbackRedirectListener::redirectReceived);
        const QByteArray page =
            browse(listener.redirectUri(), "/?error=access_denied&error_description=User%20declined&state=s1");
        QVERIFY(page.contains("Sign-in failed"));
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().first().value<QUrlQuery>().queryItemValue(u"error"_s), u"access_denied"_s);
    }

    void authorizeUrlCarriesPkceAndState()
    {
        AuthCodeCredential credential(*CloudEnvironment::named(u"global"_s), u"contoso.onmicrosoft.com"_s,
                                      u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s);
        const QByteArray verifier = Pkce::generateVerifier();
        const QUrl url =
            credential.authorizeUrl(u"https://graph.microsoft.com/.default offline_access"_s,
                                    QUrl(u"http://127.0.0.1:51234/"_s), "st+ate/1", Pkce::challengeS256(verifier));
        QCOMPARE(url.host(), u"login.microsoftonline.com"_s);
        QCOMPARE(url.path(), u"/contoso.onmicrosoft.com/oauth2/v2.0/authorize"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
        QCOMPARE(query.queryItemValue(u"response_mode"_s), u"query"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge"_s).toLatin1(), Pkce::challengeS256(verifier));
        QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), u"http://127.0.0.1:51234/"_s);
        QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
                 u"https://graph.microsoft.com/.default offline_access"_s);
        QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"st+ate/1"_s);
        QVERIFY(
            !url.toString(QUrl::FullyEncoded).contains(QString::fromLatin1(verifier))); // only the challenge travels
    }

    void signInEmitsTheUrlAndTimesOutCleanly()
    {
        AuthCodeCredential credential(*CloudEnvironment::named(u"global"_s), u"t"_s,
                                      u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s);
        credential.setSignInTimeout(std::chrono::milliseconds(300));
        QSignalSpy urls(&credential, &AuthCodeCredential::authorizationUrlReady);
        std::optional<Result<TokenGrant>> result;
        credential.acquire(u"https://graph.microsoft.com/.default"_s,
                           [&](Result<TokenGrant> r) { result = std::move(r); });
        QCOMPARE(urls.size(), 1);
        const QUrl url = urls.first().first().toUrl();
        const QUrl redirect(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QVERIFY(QUrlQuery(url).queryItemValue(u"scope"_s, QUrl::FullyDecoded).endsWith(u"offline_access"_s));
        QVERIFY(test::waitUntil([&] { return result.has_value(); }, 5000));
        QCOMPARE(result->error().category, Error::Category::Timeout);
        // The listener is closed afterwards.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(redirect.port()));
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirect)
#include "TestLoopbackRedirect.moc"
