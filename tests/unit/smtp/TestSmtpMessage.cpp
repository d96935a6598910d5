#include "smtp/SmtpMessage.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

// Independent RFC 2047 "B" decoder for the checks (not the code under test).
QString decodeEncodedWords(const QByteArray& header)
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="_s);
    QByteArray bytes;
    auto it = word.globalMatch(QString::fromLatin1(header));
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

OutgoingMessage validMessage()
{
    return OutgoingMessage{u"sender@example.test"_s,
                           {u"rcpt@example.test"_s},
                           u"Hello"_s,
                           u"Body"_s,
                           OutgoingMessage::BodyEncoding::QuotedPrintable};
}

} // namespace

class TestSmtpMessage : public QObject
{
    Q_OBJECT

private slots:
    void dotStuffing()
    {
        QCOMPARE(MessageComposer::dotStuff(".\r\n"_ba), "..\r\n"_ba);
        QCOMPARE(MessageComposer::dotStuff("a\r\n.b\r\n..c\r\nd.\r\n"_ba), "a\r\n..b\r\n...c\r\nd.\r\n"_ba);
        QCOMPARE(MessageComposer::dotStuff(".start"_ba), "..start\r\n"_ba);
        QCOMPARE(MessageComposer::dotStuff("x\r\n"_ba), "x\r\n"_ba);
    }

    void lineEndsNormalised() { QCOMPARE(MessageComposer::toCrlf("a\nb\rc\r\nd"_ba), "a\r\nb\r\nc\r\nd"_ba); }

    void headerInjectionRejected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("subject CRLF") << u"subject"_s << u"Hi\r\nBcc: victim@example.test"_s;
        QTest::newRow("subject LF") << u"subject"_s << u"Hi\nX: y"_s;
        QTest::newRow("subject NUL") << u"subject"_s << u"Hi\u0000"_s;
        QTest::newRow("from CR") << u"from"_s << u"a@example.test\rRCPT TO:<x@y>"_s;
        QTest::newRow("to LF") << u"to"_s << u"b@example.test\nDATA"_s;
        QTest::newRow("to brackets") << u"to"_s << u"b@example.test> NOTIFY=NEVER"_s;
        QTest::newRow("from space") << u"from"_s << u"a b@example.test"_s;
        QTest::newRow("from no at") << u"from"_s << u"nobody"_s;
        QTest::newRow("to non-ascii") << u"to"_s << u"jörg@example.test"_s;
    }
    void headerInjectionRejected()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        OutgoingMessage message = validMessage();
        if (field == u"subject"_s)
            message.subject = value;
        else if (field == u"from"_s)
            message.from = value;
        else
            message.to = {value};
        const Status status = MessageComposer::validate(message);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().category, Error::Category::InvalidInput);
        QVERIFY(!status.error().message.isEmpty());
    }

    void validMessagePasses()
    {
        QVERIFY(MessageComposer::validate(validMessage()).ok());
        OutgoingMessage none = validMessage();
        none.to.clear();
        QVERIFY(!MessageComposer::validate(none).ok());
    }

    void rfc2047()
    {
        QCOMPARE(MessageComposer::encodeHeaderText(u"Plain ASCII subject"_s), "Plain ASCII subject"_ba);
        const QString utf8 = u"Grüße aus Köln – 東京 🚀 שלום"_s;
        const QByteArray encoded = MessageComposer::encodeHeaderText(utf8);
        QVERIFY(encoded.startsWith("=?UTF-8?B?"));
        QCOMPARE(decodeEncodedWords(encoded), utf8);
        // Looks like an encoded word: must be encoded itself, or a reader would decode it.
        QVERIFY(MessageComposer::encodeHeaderText(u"=?UTF-8?B?SGk=?="_s).startsWith("=?UTF-8?B?"));
    }

    void rfc2047LongTextFoldsWithoutSplittingCharacters()
    {
        const QString long_ = QString(u"äöü€😀"_s).repeated(30);
        const QByteArray encoded = MessageComposer::encodeHeaderText(long_);
        const QList<QByteArray> lines = encoded.split('\n');
        QVERIFY(lines.size() > 3);
        for (const QByteArray& line : lines) {
            const QByteArray word = line.trimmed();
            QVERIFY2(word.size() <= 75, word.constData());
            // Each word decodes to valid UTF-8 on its own.
            const QByteArray payload = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            QCOMPARE(QString::fromUtf8(payload).toUtf8(), payload);
        }
        QCOMPARE(decodeEncodedWords(encoded), long_);
    }

    void quotedPrintable()
    {
        const QByteArray qp = MessageComposer::encodeQuotedPrintable("Grüße = ok \r\n.dot line\r\ntrailing \r\n"_ba);
        QCOMPARE(qp, "Gr=C3=BC=C3=9Fe =3D ok=20\r\n.dot line\r\ntrailing=20\r\n"_ba);
        const QByteArray longLine = MessageComposer::encodeQuotedPrintable(QByteArray(200, 'x') + "\r\n");
        for (const QByteArray& line : longLine.split('\n'))
            QVERIFY(line.trimmed().size() <= 76);
        QVERIFY(longLine.contains("=\r\n"));
    }

    void composeHasRfc5322Headers()
    {
        const QDateTime when(QDate(2026, 11, 26), QTime(10, 5, 7), QTimeZone(3600));
        MessageComposer composer([when] { return when; }, [] { return u"fixed-id"_s; });
        OutgoingMessage message = validMessage();
        message.subject = u"Tëst"_s;
        message.body = u"line one\n.starts with dot\nünïcode"_s;
        const QByteArray data = composer.compose(message);
        const qsizetype split = data.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray headers = data.left(split + 2);
        QVERIFY2(headers.contains("Date: Thu, 26 Nov 2026 10:05:07 +0100\r\n"), headers.constData());
        QVERIFY(headers.contains("Message-ID: <fixed-id@example.test>\r\n"));
        QVERIFY(headers.contains("MIME-Version: 1.0\r\n"));
        QVERIFY(headers.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(headers.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
        QVERIFY(headers.contains("From: sender@example.test\r\n"));
        QVERIFY(headers.contains("To: rcpt@example.test\r\n"));
        QVERIFY(headers.contains("Subject: =?UTF-8?B?"));
        const QByteArray body = data.mid(split + 4);
        QCOMPARE(body, "line one\r\n.starts with dot\r\n=C3=BCn=C3=AFcode\r\n"_ba);
        // Every line ends in CRLF: no bare LF or CR anywhere.
        QCOMPARE(data.count('\n'), data.count("\r\n"));
        QCOMPARE(data.count('\r'), data.count("\r\n"));
    }

    void composeBase64()
    {
        MessageComposer composer;
        OutgoingMessage message = validMessage();
        message.encoding = OutgoingMessage::BodyEncoding::Base64;
        message.body = u"Ünïcödé body"_s;
        const QByteArray data = composer.compose(message);
        QVERIFY(data.contains("Content-Transfer-Encoding: base64\r\n"));
        const QByteArray body = data.mid(data.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(body.trimmed())), u"Ünïcödé body\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmtpMessage)
#include "TestSmtpMessage.moc"
