#include "smtp/SmtpSession.h"

#include "support/ScriptedSmtpServer.h"
#include "support/SmtpTestTls.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace smtpaudit;
using smtpaudit::test::ScriptedSmtpServer;

namespace {

const QByteArray kPassword = "Corr3ct-Horse-Battery";

OutgoingMessage message()
{
    return OutgoingMessage{u"sender@example.test"_s,
                           {u"rcpt@example.test"_s},
                           u"Subject"_s,
                           u"Body"_s,
                           OutgoingMessage::BodyEncoding::QuotedPrintable};
}

bool sawAuth(const ScriptedSmtpServer& server)
{
    for (const QByteArray& line : server.received) {
        if (line.toUpper().startsWith("AUTH"))
            return true;
    }
    return false;
}

// EHLO answers with the given capability lines; everything else answers normally.
std::function<void(ScriptedSmtpServer::Connection&, const QByteArray&)> ehloWith(QByteArrayList capabilities)
{
    return [capabilities](ScriptedSmtpServer::Connection& c, const QByteArray& line) {
        if (line.toUpper().startsWith("EHLO")) {
            QByteArray reply = "250-scripted.test\r\n";
            for (qsizetype i = 0; i < capabilities.size(); ++i)
                reply += "250" + QByteArray(i + 1 == capabilities.size() ? " " : "-") + capabilities.at(i) + "\r\n";
            c.send(reply);
        } else if (line.toUpper().startsWith("AUTH PLAIN")) {
            c.send("235 2.7.0 Authentication successful\r\n");
        } else {
            ScriptedSmtpServer::answerNormally(c, line);
        }
    };
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT

private:
    smtpaudit::test::SmtpTestPki m_pki;

    SmtpSessionOptions options(const ScriptedSmtpServer& server, AuthMechanism auth = AuthMechanism::Plain)
    {
        SmtpSessionOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = server.serverPort();
        o.caFile = m_pki.caFile();
        o.stepTimeout = 10s;
        o.heloName = u"client.test"_s;
        o.auth = auth;
        o.user = u"user@example.test"_s;
        o.secret = kPassword;
        return o;
    }

    static SmtpOutcome run(SmtpSession& session, SmtpSessionOptions o, OutgoingMessage m = message())
    {
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start(std::move(o), std::move(m));
        if (!finished.wait(20000))
            return {};
        return finished.at(0).at(0).value<SmtpOutcome>();
    }

    static void verifyNoSecret(const SmtpSession& session, const SmtpOutcome& outcome)
    {
        const QString text = session.transcript().toText();
        QVERIFY(!text.contains(QString::fromLatin1(kPassword)));
        QVERIFY(!text.contains(QString::fromLatin1(kPassword.toBase64())));
        QVERIFY(!text.contains(QString::fromLatin1(sasl::plainInitialResponse(u"user@example.test"_s, kPassword))));
        if (outcome.error)
            QVERIFY(!outcome.error->toString().contains(QString::fromLatin1(kPassword)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.makeServer(u"server"_s, u"DNS:localhost,IP:127.0.0.1"_s));
        QVERIFY(m_pki.makeServer(u"other"_s, u"DNS:other.example"_s));
    }

    void validationFailsBeforeConnecting()
    {
        ScriptedSmtpServer server;
        QVERIFY(server.start());
        SmtpSession session;
        OutgoingMessage injected = message();
        injected.subject = u"Hello\r\nBcc: victim@example.test"_s;
        const SmtpOutcome outcome = run(session, options(server), injected);
        QCOMPARE(outcome.phase, SmtpPhase::Validate);
        QCOMPARE(outcome.error->category, Error::Category::InvalidInput);
        QCoreApplication::processEvents();
        QCOMPARE(server.connections, 0);
    }

    void noStartTlsMeansNoAuth()
    {
        ScriptedSmtpServer server;
        server.onLine = ehloWith({"AUTH PLAIN LOGIN", "SIZE 1000000"});
        QVERIFY(server.start());
        SmtpSession session;
        const SmtpOutcome outcome = run(session, options(server));
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.phase, SmtpPhase::Tls);
        QCOMPARE(outcome.error->category, Error::Category::Network);
        QVERIFY(outcome.error->message.contains(u"STARTTLS"_s));
        QVERIFY(!sawAuth(server));
        QVERIFY(server.received.contains("QUIT"_ba));
        QVERIFY(!session.transcript().toText().contains(u"C: AUTH"_s));
        verifyNoSecret(session, outcome);
    }

    void plaintextOnLoopbackOnlyWhenAskedLoudly()
    {
        ScriptedSmtpServer server;
        server.onLine = ehloWith({"AUTH PLAIN LOGIN"});
        QVERIFY(server.start());
        SmtpSession session;
        SmtpSessionOptions o = options(server);
        o.allowPlaintextOnLoopback = true;
        const SmtpOutcome outcome = run(session, o);
        QVERIFY2(outcome.success, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        QVERIFY(outcome.plaintext);
        QVERIFY(sawAuth(server));
        QVERIFY(session.transcript().toText().contains(u"WITHOUT TLS"_s));
        QVERIFY(session.transcript().toText().contains(u"AUTH PLAIN [credentials redacted]"_s));
        verifyNoSecret(session, outcome);
    }

    void plaintextOptionIgnoredForNonLoopbackNames()
    {
        ScriptedSmtpServer server;
        server.onLine = ehloWith({"AUTH PLAIN"});
        QVERIFY(server.start());
        SmtpSession session;
        SmtpSessionOptions o = options(server);
        o.allowPlaintextOnLoopback = true;
        o.host = u"localhost.example.test"_s; // not a loopback name, even if it resolved to one
        const SmtpOutcome outcome = run(session, o);
        QVERIFY(!outcome.success);
        QVERIFY(!sawAuth(server));
    }

    void implicitTlsSuccessRecordsTlsDetails()
    {
        ScriptedSmtpServer server;
        server.implicitTls = true;
        server.tls = m_pki.serverConfiguration(u"server"_s);
        server.onLine = ehloWith({"AUTH PLAIN LOGIN"});
        QVERIFY(server.start());
        SmtpSession session;
        QSignalSpy tlsSpy(&session, &SmtpSession::tlsEstablished);
        SmtpSessionOptions o = options(server);
        o.tls = TlsMode::Implicit;
        const SmtpOutcome outcome = run(session, o);
        QVERIFY2(outcome.success, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        QCOMPARE(tlsSpy.count(), 1);
        QVERIFY(outcome.tls.has_value());
        QVERIFY(outcome.tls->protocol == u"TLSv1.3"_s || outcome.tls->protocol == u"TLSv1.2"_s);
        QVERIFY(!outcome.tls->chain.isEmpty());
        QVERIFY(outcome.tls->chain.first().subject.contains(u"CN=server"_s));
        QVERIFY(outcome.authenticated);
        QCOMPARE(outcome.reply->code, 250);
        const QString text = session.transcript().toText();
        QVERIFY(text.contains(u"TLS: negotiated"_s));
        QVERIFY(text.contains(u"certificate 0: subject"_s));
        verifyNoSecret(session, outcome);
    }

    void certificateForAnotherNameIsRefused()
    {
        ScriptedSmtpServer server;
        server.implicitTls = true;
        server.tls = m_pki.serverConfiguration(u"other"_s);
        server.onLine = ehloWith({"AUTH PLAIN"});
        QVERIFY(server.start());
        SmtpSession session;
        SmtpSessionOptions o = options(server);
        o.tls = TlsMode::Implicit;
        const SmtpOutcome outcome = run(session, o);
        QCOMPARE(outcome.phase, SmtpPhase::Tls);
        QCOMPARE(outcome.error->category, Error::Category::Network);
        QVERIFY2(outcome.error->message.contains(u"host name"_s, Qt::CaseInsensitive),
                 qPrintable(outcome.error->message));
        QVERIFY(server.received.isEmpty());
    }

    void untrustedCaIsRefused()
    {
        ScriptedSmtpServer server;
        server.implicitTls = true;
        server.tls = m_pki.serverConfiguration(u"server"_s);
        QVERIFY(server.start());
        SmtpSession session;
        SmtpSessionOptions o = options(server);
        o.tls = TlsMode::Implicit;
        o.caFile.clear(); // only the system's CAs
        const SmtpOutcome outcome = run(session, o);
        QCOMPARE(outcome.phase, SmtpPhase::Tls);
        QVERIFY(session.transcript().toText().contains(u"certificate problem"_s));
    }

    void dataInjectedAfterStartTlsIsRefused()
    {
        ScriptedSmtpServer server;
        server.tls = m_pki.serverConfiguration(u"server"_s);
        server.onLine = [](ScriptedSmtpServer::Connection& c, const QByteArray& line) {
            if (line.startsWith("EHLO"))
                c.send("250-scripted.test\r\n250 STARTTLS\r\n");
            else if (line == "STARTTLS")
                c.send("220 2.0.0 go ahead\r\n250-injected.test\r\n250 AUTH PLAIN\r\n");
        };
        QVERIFY(server.start());
        SmtpSession session;
        const SmtpOutcome outcome = run(session, options(server));
        QCOMPARE(outcome.phase, SmtpPhase::Tls);
        QCOMPARE(outcome.error->category, Error::Category::MalformedResponse);
        QVERIFY(!sawAuth(server));
    }

    void timeoutIsNotCancel()
    {
        ScriptedSmtpServer silent;
        silent.onConnect = [](ScriptedSmtpServer::Connection&) {}; // never greets
        QVERIFY(silent.start());
        SmtpSession session;
        QSignalSpy phases(&session, &SmtpSession::phaseChanged);
        SmtpSessionOptions o = options(silent);
        o.stepTimeout = 300ms;
        const SmtpOutcome timedOut = run(session, o);
        QCOMPARE(timedOut.phase, SmtpPhase::Greeting);
        QCOMPARE(timedOut.error->category, Error::Category::Timeout);
        QVERIFY(phases.count() >= 2);

        SmtpSession cancelled;
        QSignalSpy finished(&cancelled, &SmtpSession::finished);
        o.stepTimeout = 30s;
        cancelled.start(o, message());
        QTRY_COMPARE(cancelled.phase(), SmtpPhase::Greeting);
        QVERIFY(cancelled.isRunning());
        cancelled.cancel();
        QVERIFY(finished.wait(5000));
        const auto outcome = finished.at(0).at(0).value<SmtpOutcome>();
        QCOMPARE(outcome.error->category, Error::Category::Cancelled);
        QCOMPARE(outcome.phase, SmtpPhase::Greeting);
        QVERIFY(!cancelled.isRunning());
    }

    void malformedGreeting()
    {
        ScriptedSmtpServer server;
        server.onConnect = [](ScriptedSmtpServer::Connection& c) { c.send("hello there\r\n"); };
        QVERIFY(server.start());
        SmtpSession session;
        const SmtpOutcome outcome = run(session, options(server));
        QCOMPARE(outcome.phase, SmtpPhase::Greeting);
        QCOMPARE(outcome.error->category, Error::Category::MalformedResponse);
    }

    void connectRefused()
    {
        quint16 port = 0;
        {
            ScriptedSmtpServer closed;
            QVERIFY(closed.start());
            port = closed.serverPort();
        }
        SmtpSession session;
        SmtpSessionOptions o;
        o.host = u"127.0.0.1"_s;
        o.port = port;
        const SmtpOutcome outcome = run(session, o);
        QCOMPARE(outcome.phase, SmtpPhase::Connect);
        QCOMPARE(outcome.error->category, Error::Category::Network);
    }

    void mechanismNotOfferedIsNotFaked()
    {
        ScriptedSmtpServer server;
        server.implicitTls = true;
        server.tls = m_pki.serverConfiguration(u"server"_s);
        server.onLine = ehloWith({"AUTH LOGIN XOAUTH2"});
        QVERIFY(server.start());
        SmtpSession session;
        SmtpSessionOptions o = options(server, AuthMechanism::Plain);
        o.tls = TlsMode::Implicit;
        const SmtpOutcome outcome = run(session, o);
        QCOMPARE(outcome.phase, SmtpPhase::Auth);
        QVERIFY(!outcome.authenticated);
        QVERIFY(outcome.error->message.contains(u"LOGIN, XOAUTH2"_s));
        QVERIFY(!sawAuth(server));
        QVERIFY(!server.received.contains("MAIL FROM:<sender@example.test>"_ba));
    }

    void xoauth2ErrorChallenge()
    {
        ScriptedSmtpServer server;
        server.implicitTls = true;
        server.tls = m_pki.serverConfiguration(u"server"_s);
        server.onLine = [](ScriptedSmtpServer::Connection& c, const QByteArray& line) {
            if (line.startsWith("EHLO"))
                c.send("250-scripted.test\r\n250 AUTH XOAUTH2\r\n");
            else if (line.startsWith("AUTH XOAUTH2"))
                c.send("334 " +
                       QByteArray("{\"status\":\"400\",\"schemes\":\"Bearer\",\"scope\":\"https://mail.google.com/\"}")
                           .toBase64() +
                       "\r\n");
            else if (line.isEmpty())
                c.send("535 5.7.3 Authentication unsuccessful\r\n");
            else
                ScriptedSmtpServer::answerNormally(c, line);
        };
        QVERIFY(server.start());
        SmtpSession session;
        SmtpSessionOptions o = options(server, AuthMechanism::XOAuth2);
        o.tls = TlsMode::Implicit;
        o.secret = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.payload.signature";
        const SmtpOutcome outcome = run(session, o);
        QCOMPARE(outcome.phase, SmtpPhase::Auth);
        QCOMPARE(outcome.error->category, Error::Category::Authentication);
        QCOMPARE(outcome.reply->enhanced->toString(), u"5.7.3"_s);
        const QString text = session.transcript().toText();
        QVERIFY(text.contains(u"XOAUTH2 error challenge"_s));
        QVERIFY(text.contains(u"AUTH XOAUTH2 [access token redacted]"_s));
        QVERIFY(!text.contains(u"eyJ0eXAi"_s));
        QVERIFY(!text.contains(QString::fromLatin1(sasl::xoauth2InitialResponse(o.user, o.secret))));
    }

    void rejectedRecipientStopsInRcptPhase()
    {
        ScriptedSmtpServer server;
        server.implicitTls = true;
        server.tls = m_pki.serverConfiguration(u"server"_s);
        server.onLine = [](ScriptedSmtpServer::Connection& c, const QByteArray& line) {
            if (line.startsWith("EHLO"))
                c.send("250-scripted.test\r\n250 SIZE 100\r\n");
            else if (line.startsWith("RCPT"))
                c.send("550 5.1.1 User unknown\r\n");
            else
                ScriptedSmtpServer::answerNormally(c, line);
        };
        QVERIFY(server.start());
        SmtpSession session;
        SmtpSessionOptions o = options(server, AuthMechanism::None);
        o.tls = TlsMode::Implicit;
        const SmtpOutcome outcome = run(session, o);
        QCOMPARE(outcome.phase, SmtpPhase::RcptTo);
        QCOMPARE(outcome.reply->code, 550);
        QVERIFY(outcome.error->message.contains(u"rcpt@example.test"_s));
        QVERIFY(server.received.contains("QUIT"_ba));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "TestSmtpSession.moc"
