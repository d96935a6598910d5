#include "smtp/SmtpReply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestSmtpReply : public QObject
{
    Q_OBJECT

private slots:
    void singleLineWithEnhancedCode()
    {
        const ReplyParse parse = parseReply("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is "
                                            "disabled for the Tenant.\r\nrest");
        QCOMPARE(parse.status, ReplyParse::Status::Complete);
        QCOMPARE(parse.reply.code, 535);
        QVERIFY(parse.reply.enhanced.has_value());
        QCOMPARE(parse.reply.enhanced->toString(), u"5.7.139"_s);
        QCOMPARE(parse.reply.text(),
                 u"Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."_s);
        QCOMPARE(parse.consumed, qsizetype(strlen("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
                                                  "is disabled for the Tenant.\r\n")));
        QVERIFY(parse.reply.isPermanentFailure());
    }

    void multiLineEhlo()
    {
        const QByteArray ehlo = "250-PN4P287CA0064.outlook.office365.com Hello [192.0.2.1]\r\n"
                                "250-SIZE 157286400\r\n250-PIPELINING\r\n250-ENHANCEDSTATUSCODES\r\n"
                                "250-AUTH LOGIN XOAUTH2\r\n250 SMTPUTF8\r\n";
        const ReplyParse parse = parseReply(ehlo);
        QCOMPARE(parse.status, ReplyParse::Status::Complete);
        QCOMPARE(parse.reply.lines.size(), 6);
        QCOMPARE(parse.consumed, ehlo.size());
        QVERIFY(!parse.reply.enhanced.has_value());
        const SmtpCapabilities caps = parseCapabilities(parse.reply);
        QCOMPARE(caps.greetingDomain, u"PN4P287CA0064.outlook.office365.com"_s);
        QVERIFY(caps.supportsAuth(u"xoauth2"));
        QVERIFY(caps.supportsAuth(u"LOGIN"));
        QVERIFY(!caps.supportsAuth(u"PLAIN"));
        QVERIFY(!caps.startTls());
        QVERIFY(caps.has(u"smtputf8"));
        QCOMPARE(caps.maxSize, 157286400);
    }

    void legacyAuthEqualsAndStartTls()
    {
        const ReplyParse parse = parseReply("250-mx.test\r\n250-AUTH=LOGIN PLAIN\r\n250 STARTTLS\r\n");
        const SmtpCapabilities caps = parseCapabilities(parse.reply);
        QVERIFY(caps.startTls());
        QCOMPARE(caps.authMechanisms, (QStringList{u"LOGIN"_s, u"PLAIN"_s}));
    }

    void incompleteUntilLastLine()
    {
        QCOMPARE(parseReply("250-first\r\n250-second\r\n").status, ReplyParse::Status::Incomplete);
        QCOMPARE(parseReply("250 no line end yet").status, ReplyParse::Status::Incomplete);
        QCOMPARE(parseReply("").status, ReplyParse::Status::Incomplete);
    }

    void bareLfAndCodeOnly()
    {
        const ReplyParse parse = parseReply("220\n");
        QCOMPARE(parse.status, ReplyParse::Status::Complete);
        QCOMPARE(parse.reply.code, 220);
        QCOMPARE(parse.reply.text(), QString());
    }

    void enhancedCodeStrippedFromEveryLine()
    {
        const ReplyParse parse = parseReply("550-5.1.1 first line\r\n550 5.1.1 second line\r\n");
        QCOMPARE(parse.reply.enhanced->toString(), u"5.1.1"_s);
        QCOMPARE(parse.reply.text(), u"first line second line"_s);
        QCOMPARE(parse.reply.summary(), u"550 5.1.1 first line second line"_s);
    }

    void enhancedCodeMustMatchClass()
    {
        // RFC 2034: "5.x.x" on a 250 reply is not an enhanced code, it is text.
        const ReplyParse parse = parseReply("250 5.0.0 odd\r\n");
        QVERIFY(!parse.reply.enhanced.has_value());
        QCOMPARE(parse.reply.text(), u"5.0.0 odd"_s);
        QVERIFY(!parseReply("250 2.1000.0 too long subject\r\n").reply.enhanced.has_value());
        QVERIFY(!parseReply("250 2.1.0x glued\r\n").reply.enhanced.has_value());
    }

    void malformedInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no code") << "hello\r\n"_ba;
        QTest::newRow("code 100") << "100 too small\r\n"_ba;
        QTest::newRow("code 600") << "600 too big\r\n"_ba;
        QTest::newRow("bad separator") << "250x text\r\n"_ba;
        QTest::newRow("code changes") << "250-one\r\n251 two\r\n"_ba;
        QTest::newRow("bare CR") << "250 a\rb\r\n"_ba;
        QTest::newRow("NUL") << QByteArray("250 a\0b\r\n", 9);
        QTest::newRow("short") << "25\r\n"_ba;
    }
    void malformedInputs()
    {
        QFETCH(QByteArray, input);
        const ReplyParse parse = parseReply(input);
        QCOMPARE(parse.status, ReplyParse::Status::Malformed);
        QVERIFY(!parse.error.isEmpty());
    }

    void limitsAreEnforced()
    {
        QCOMPARE(parseReply(QByteArray(kMaxReplyLineLength + 10, 'a')).status, ReplyParse::Status::Malformed);
        QByteArray many;
        for (int i = 0; i <= kMaxReplyLines; ++i)
            many += "250-x\r\n";
        QCOMPARE(parseReply(many).status, ReplyParse::Status::Malformed);
    }

    void enhancedFromString()
    {
        QCOMPARE(EnhancedStatusCode::fromString(u"5.7.139")->detail, 139);
        QVERIFY(!EnhancedStatusCode::fromString(u"5.7.139 x").has_value());
        QVERIFY(!EnhancedStatusCode::fromString(u"3.0.0").has_value());
    }
};

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "TestSmtpReply.moc"
