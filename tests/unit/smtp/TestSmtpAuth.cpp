#include "smtp/SmtpAuth.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

SmtpReply reply(const QByteArray& text)
{
    return parseReply(QByteArray(text + "\r\n")).reply;
}

} // namespace

class TestSmtpAuth : public QObject
{
    Q_OBJECT

private slots:
    void xoauth2MatchesMicrosoftsTestVector()
    {
        // EXODEV how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth.md (microsoft-apis.md section 6).
        QCOMPARE(
            sasl::xoauth2InitialResponse(u"test@contoso.onmicrosoft.com"_s, "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA"),
            "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYm"
            "pMQldaV0NjbFJDM0VvQUEBAQ=="_ba);
    }

    void plainIsNulSeparated()
    {
        QCOMPARE(QByteArray::fromBase64(sasl::plainInitialResponse(u"user@example.test"_s, "pa:ss")),
                 QByteArray("\0user@example.test\0pa:ss", 24));
    }

    void mechanismNames()
    {
        QCOMPARE(authMechanismName(AuthMechanism::XOAuth2), u"XOAUTH2"_s);
        QCOMPARE(authMechanismFromName(u"Login"), AuthMechanism::Login);
        QVERIFY(!authMechanismFromName(u"cram-md5").has_value());
    }

    void plainExchangeNeverShowsTheSecret()
    {
        SmtpAuthExchange exchange(AuthMechanism::Plain, u"u@example.test"_s, "Secr3t-Passw0rd");
        const auto first = exchange.start();
        QCOMPARE(first.state, SmtpAuthExchange::State::SendLine);
        QVERIFY(first.line.startsWith("AUTH PLAIN "));
        QVERIFY(!first.transcriptLine.contains(QString::fromLatin1(first.line.mid(11))));
        QVERIFY(first.transcriptLine.contains(u"redacted"_s));
        QCOMPARE(exchange.onReply(reply("235 2.7.0 Authentication successful")).state,
                 SmtpAuthExchange::State::Succeeded);
    }

    void loginExchangeRedactsBothContinuationLines()
    {
        SmtpAuthExchange exchange(AuthMechanism::Login, u"u@example.test"_s, "Secr3t-Passw0rd");
        QCOMPARE(exchange.start().line, "AUTH LOGIN"_ba);
        const auto user = exchange.onReply(reply("334 VXNlcm5hbWU6"));
        QCOMPARE(user.line, "u@example.test"_ba.toBase64());
        QVERIFY(!user.transcriptLine.contains(QString::fromLatin1(user.line)));
        const auto password = exchange.onReply(reply("334 UGFzc3dvcmQ6"));
        QCOMPARE(password.line, "Secr3t-Passw0rd"_ba.toBase64());
        QVERIFY(!password.transcriptLine.contains(QString::fromLatin1(password.line)));
        const auto failed = exchange.onReply(reply("535 5.7.3 Authentication unsuccessful"));
        QCOMPARE(failed.state, SmtpAuthExchange::State::Failed);
        QVERIFY(failed.failure.contains(u"5.7.3"_s));
    }

    void xoauth2ErrorChallengeIsAcknowledgedWithAnEmptyLine()
    {
        SmtpAuthExchange exchange(AuthMechanism::XOAuth2, u"u@example.test"_s, "token-value-123");
        exchange.start();
        const QByteArray error =
            R"({"status":"401","schemes":"bearer","scope":"https://outlook.office.com/SMTP.Send"})";
        const auto ack = exchange.onReply(reply("334 " + error.toBase64()));
        QCOMPARE(ack.state, SmtpAuthExchange::State::SendLine);
        QCOMPARE(ack.line, QByteArray());
        QVERIFY(ack.note.contains(u"\"status\":\"401\""_s));
        QCOMPARE(exchange.onReply(reply("535 5.7.3 Authentication unsuccessful")).state,
                 SmtpAuthExchange::State::Failed);
    }

    void unexpectedChallengeIsCancelled()
    {
        SmtpAuthExchange exchange(AuthMechanism::Plain, u"u@example.test"_s, "Secr3t-Passw0rd");
        exchange.start();
        const auto cancel = exchange.onReply(reply("334 "));
        QCOMPARE(cancel.line, "*"_ba);
        QCOMPARE(exchange.onReply(reply("501 5.7.0 Authentication aborted")).state, SmtpAuthExchange::State::Failed);
    }

    void secretFormsCoverEveryEncoding()
    {
        SmtpAuthExchange exchange(AuthMechanism::XOAuth2, u"u@example.test"_s, "token-value-123");
        const QList<QByteArray> forms = exchange.secretForms();
        QVERIFY(forms.contains("token-value-123"_ba));
        QVERIFY(forms.contains(sasl::xoauth2InitialResponse(u"u@example.test"_s, "token-value-123")));
    }
};

QTEST_GUILESS_MAIN(TestSmtpAuth)
#include "TestSmtpAuth.moc"
