#include "smtp/SmtpTranscript.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestSmtpTranscript : public QObject
{
    Q_OBJECT

private slots:
    void authPayloadsAreRedactedByPattern_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"AUTH PLAIN AHVzZXIAcGFzcw=="_s << u"AUTH PLAIN [redacted]"_s;
        QTest::newRow("xoauth2") << u"auth xoauth2 dXNlcj10ZXN0"_s << u"auth xoauth2 [redacted]"_s;
        QTest::newRow("login initial") << u"AUTH LOGIN dXNlcg=="_s << u"AUTH LOGIN [redacted]"_s;
        QTest::newRow("already redacted")
            << u"AUTH PLAIN [credentials redacted]"_s << u"AUTH PLAIN [credentials redacted]"_s;
        QTest::newRow("no payload") << u"AUTH LOGIN"_s << u"AUTH LOGIN"_s;
        QTest::newRow("other") << u"MAIL FROM:<a@b>"_s << u"MAIL FROM:<a@b>"_s;
    }
    void authPayloadsAreRedactedByPattern()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        SmtpTranscript transcript;
        QCOMPARE(transcript.append(TranscriptEntry::Kind::Client, line).text, expected);
    }

    void redactorScrubsEveryRegisteredForm()
    {
        CredentialRedactor redactor;
        redactor.addSecret("hunter22-password");
        redactor.addSecret("hunter22-password"_ba.toBase64());
        redactor.addSecret("abc"); // too short to scrub by value
        const QString text = redactor.redact(u"S: 535 echo hunter22-password and aHVudGVyMjItcGFzc3dvcmQ= abc"_s);
        QVERIFY(!text.contains(u"hunter22"_s));
        QVERIFY(!text.contains(u"aHVudGVyMjItcGFzc3dvcmQ="_s));
        QCOMPARE(text.count(u"[redacted]"_s), 2);
        QVERIFY(text.endsWith(u"abc"_s));
        redactor.clear();
        QVERIFY(redactor.isEmpty());
    }

    void textFormatAndSave()
    {
        SmtpTranscript transcript;
        const QDateTime when = QDateTime::fromString(u"2026-11-26T10:00:00.250Z"_s, Qt::ISODateWithMs);
        transcript.append(TranscriptEntry::Kind::Server, u"220 ready"_s, when);
        transcript.append(TranscriptEntry::Kind::Client, u"AUTH PLAIN c2VjcmV0"_s, when);
        transcript.append(TranscriptEntry::Kind::Tls, u"negotiated TLSv1.3"_s, when);
        QCOMPARE(transcript.toText(), u"2026-11-26T10:00:00.250Z S: 220 ready\n"
                                      "2026-11-26T10:00:00.250Z C: AUTH PLAIN [redacted]\n"
                                      "2026-11-26T10:00:00.250Z TLS: negotiated TLSv1.3\n"_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"transcript.txt"_s);
        QVERIFY(transcript.saveTo(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QCOMPARE(QString::fromUtf8(saved), transcript.toText());
        QVERIFY(!saved.contains("c2VjcmV0"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        const Status failed = transcript.saveTo(dir.filePath(u"missing/dir/t.txt"_s));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().category, Error::Category::Io);
    }
};

QTEST_GUILESS_MAIN(TestSmtpTranscript)
#include "TestSmtpTranscript.moc"
