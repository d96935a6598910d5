// SmtpSession against a real Postfix with Dovecot SASL (tests/scripts/mailserver.sh): the message arrives
// intact in the Maildir, a wrong password fails in the auth phase, a server without STARTTLS makes the client
// refuse AUTH, and the password appears in no transcript, saved file or error.

#include "smtp/SmtpSession.h"

#include "MailServerFixture.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace smtpaudit;

namespace {

// The decoders below are the test's own (independent of MessageComposer), so a composer bug cannot hide.
QByteArray decodeQuotedPrintable(const QByteArray& text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '=') {
            out += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '\n') {
            i += 1; // soft line break
        } else if (i + 2 < text.size()) {
            out += char(QByteArray::fromHex(text.mid(i + 1, 2)).at(0));
            i += 2;
        }
    }
    return out;
}

QString decodeEncodedWords(const QByteArray& value)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QByteArray bytes;
    qsizetype last = 0;
    const QString text = QString::fromLatin1(value);
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(last, match.capturedStart() - last);
        if (!between.trimmed().isEmpty()) // whitespace between adjacent encoded words is dropped (RFC 2047 6.2)
            bytes += between.toLatin1();
        bytes += QByteArray::fromBase64(match.captured(1).toLatin1());
        last = match.capturedEnd();
    }
    bytes += text.mid(last).toLatin1();
    return QString::fromUtf8(bytes);
}

struct ParsedMessage
{
    QMultiHash<QByteArray, QByteArray> headers; // lower-case name -> unfolded value
    QByteArray body;
};

ParsedMessage parse(QByteArray delivered)
{
    delivered.replace("\r\n", "\n");
    ParsedMessage message;
    const qsizetype split = delivered.indexOf("\n\n");
    message.body = delivered.mid(split + 2);
    QByteArray unfolded = delivered.left(split);
    unfolded.replace("\n ", " ").replace("\n\t", " ");
    for (const QByteArray& line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            message.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
    }
    return message;
}

} // namespace

class TestSmtpPostfix : public QObject
{
    Q_OBJECT

private:
    test::MailServerFixture m_server;
    QTemporaryDir m_files;
    QStringList m_transcripts; // every transcript of this test, checked for secrets at the end

    SmtpSessionOptions options(quint16 port, AuthMechanism auth = AuthMechanism::Plain) const
    {
        SmtpSessionOptions o;
        o.host = u"localhost"_s;
        o.port = port;
        o.caFile = m_server.caFile();
        o.stepTimeout = 20s;
        o.heloName = u"client.smtpaudit.test"_s;
        o.auth = auth;
        o.user = m_server.user();
        o.secret = m_server.password();
        return o;
    }

    OutgoingMessage message(const QString& marker) const
    {
        OutgoingMessage m;
        m.from = m_server.user();
        m.to = {m_server.recipient()};
        m.subject = u"Prüfung ✓ 日本語 SMTP AUTH test "_s + marker;
        m.body = u"Hello %1\n.a line that starts with a dot\n..two dots\n.\nÄÖÜ äöü ß € 🙂\n"_s
                 u"a long line: %2\nend\n"_s.arg(marker, QString(200, u'x'));
        return m;
    }

    SmtpOutcome run(SmtpSessionOptions o, OutgoingMessage m)
    {
        SmtpSession session;
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start(std::move(o), std::move(m));
        if (!finished.wait(60000))
            return {};
        const QString path = m_files.filePath(u"transcript-%1.txt"_s.arg(m_transcripts.size()));
        [&] { QVERIFY(session.transcript().saveTo(path)); }();
        m_transcripts << session.transcript().toText();
        return finished.at(0).at(0).value<SmtpOutcome>();
    }

    static QString why(const SmtpOutcome& outcome) { return outcome.error ? outcome.error->toString() : QString(); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_files.isValid());
    }

    void cleanupTestCase()
    {
        // No transcript, saved file or log line of this test holds the password or its encoded forms.
        const QByteArray password = m_server.password();
        const QList<QByteArray> forms = {password, password.toBase64(),
                                         sasl::plainInitialResponse(m_server.user(), password)};
        QVERIFY(!m_transcripts.isEmpty());
        for (const QByteArray& form : forms) {
            for (const QString& transcript : std::as_const(m_transcripts))
                QVERIFY(!transcript.contains(QString::fromLatin1(form)));
            QCOMPARE(test::filesContaining(m_files.path(), form), QStringList());
            QCOMPARE(test::filesContaining(QDir::homePath(), form), QStringList());
        }
        m_server.stop();
    }

    void startTlsPlainDeliversIntact()
    {
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const OutgoingMessage sent = message(marker);
        const SmtpOutcome outcome = run(options(m_server.submissionPort()), sent);
        QVERIFY2(outcome.success, qPrintable(why(outcome)));
        QVERIFY(outcome.authenticated);
        QVERIFY(!outcome.plaintext);
        QVERIFY(outcome.tls.has_value());
        QVERIFY(outcome.capabilities.supportsAuth(u"PLAIN"));
        QCOMPARE(outcome.reply->code, 250);

        QByteArray delivered;
        QTRY_VERIFY_WITH_TIMEOUT(!(delivered = m_server.deliveredContaining(marker.toLatin1())).isEmpty(), 30000);
        const ParsedMessage parsed = parse(delivered);
        QCOMPARE(decodeEncodedWords(parsed.headers.value("subject")), sent.subject);
        QCOMPARE(parsed.headers.value("from"), sent.from.toLatin1());
        QCOMPARE(parsed.headers.value("to"), sent.to.first().toLatin1());
        QVERIFY(parsed.headers.value("message-id").startsWith('<'));
        QVERIFY(parsed.headers.value("date").contains(QByteArray::number(QDate::currentDate().year())));
        QCOMPARE(parsed.headers.value("content-type"), "text/plain; charset=UTF-8"_ba);
        QCOMPARE(parsed.headers.value("content-transfer-encoding"), "quoted-printable"_ba);
        // Postfix records that the client authenticated over TLS: "with ESMTPSA".
        bool esmtpsa = false;
        for (const QByteArray& received : parsed.headers.values("received"))
            esmtpsa = esmtpsa || received.contains("with ESMTPSA");
        QVERIFY(esmtpsa);
        // Dot-stuffing undone by the server, line by line: the body is exactly what was sent.
        QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(parsed.body)), sent.body);
    }

    void implicitTlsLoginDelivers()
    {
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SmtpSessionOptions o = options(m_server.implicitPort(), AuthMechanism::Login);
        o.tls = TlsMode::Implicit;
        OutgoingMessage m = message(marker);
        m.encoding = OutgoingMessage::BodyEncoding::Base64;
        m.subject = u"implicit TLS "_s + marker; // plain ASCII: the marker stays readable in the raw message
        const SmtpOutcome outcome = run(o, m);
        QVERIFY2(outcome.success, qPrintable(why(outcome)));
        QByteArray delivered;
        QTRY_VERIFY_WITH_TIMEOUT(!(delivered = m_server.deliveredContaining(marker.toLatin1())).isEmpty(), 30000);
        const ParsedMessage parsed = parse(delivered);
        QCOMPARE(parsed.headers.value("subject"), m.subject.toLatin1());
        QCOMPARE(parsed.headers.value("content-transfer-encoding"), "base64"_ba);
        // MIME encodes the canonical form: the decoded text has CRLF line ends.
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(parsed.body)), QString(m.body).replace(u"\n"_s, u"\r\n"_s));
    }

    void wrongPasswordFailsInAuthPhase()
    {
        const qsizetype before = m_server.deliveredMessages().size();
        SmtpSessionOptions o = options(m_server.submissionPort());
        o.secret = "definitely-not-the-password";
        const SmtpOutcome outcome = run(o, message(u"wrong-password"_s));
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.phase, SmtpPhase::Auth);
        QCOMPARE(outcome.error->category, Error::Category::Authentication);
        QVERIFY(outcome.reply.has_value());
        QCOMPARE(outcome.reply->code, 535);
        QVERIFY(!outcome.authenticated);
        QVERIFY(outcome.tls.has_value()); // the failure came after a verified handshake
        QVERIFY(!m_transcripts.last().contains(u"definitely-not-the-password"_s));
        QCOMPARE(m_server.deliveredMessages().size(), before);
    }

    void untrustedCertificateFailsInTlsPhase()
    {
        SmtpSessionOptions o = options(m_server.submissionPort());
        o.caFile.clear(); // the test CA is not in the system store
        const SmtpOutcome outcome = run(o, message(u"untrusted"_s));
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.phase, SmtpPhase::Tls);
        QVERIFY(!outcome.authenticated);
    }

    void noStartTlsMeansNoAuth()
    {
        const QByteArray logBefore = m_server.postfixLogText();
        const SmtpOutcome outcome = run(options(m_server.plainPort()), message(u"no-starttls"_s));
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.phase, SmtpPhase::Tls);
        QVERIFY(outcome.error->message.contains(u"STARTTLS"_s));
        QVERIFY(!outcome.authenticated);
        // This port does offer AUTH in clear text: only the client's refusal kept the password off the wire.
        QVERIFY(outcome.capabilities.supportsAuth(u"PLAIN"));
        QVERIFY(!m_transcripts.last().contains(u"C: AUTH"_s));
        // Postfix's own record of the connection: EHLO and QUIT, no AUTH attempt.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.postfixLogText().size() > logBefore.size() &&
                                     m_server.postfixLogText().mid(logBefore.size()).contains("ehlo=1 quit=1"),
                                 10000);
        QVERIFY(!m_server.postfixLogText().mid(logBefore.size()).contains("auth="));
    }
};

QTEST_GUILESS_MAIN(TestSmtpPostfix)
#include "TestSmtpPostfix.moc"
