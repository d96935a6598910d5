// smtpaudit-cli report --from-audit: a saved audit (written by AuditJson, as `audit --json` does) becomes a
// PDF (read back with poppler) and CSV files; bad input and unwritable outputs give the documented codes.
#include "AuditFixtures.h"
#include "CliProcess.h"

#include "audit/AuditJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    QString m_auditFile;
    QByteArray m_auditJson;

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        TenantSnapshot snapshot = variedSnapshot();
        snapshot.capturedAt = testNow();
        snapshot.organization.displayName = u"Contoso <Sample> & Co"_s;
        userOf(snapshot, u"alice@contoso.com"_s).displayName = u"<b>Alice</b>"_s;
        mailboxOf(snapshot, u"alice@contoso.com"_s).displayName = u"<b>Alice</b>"_s;
        const AuditResult result = AuditEngine::evaluate(snapshot, FixedClock(testNow()));
        m_auditJson = AuditJson::serialize(result, QJsonDocument::Indented);
        m_auditFile = m_directory.filePath(u"audit.json"_s);
        QVERIFY(writeFile(m_auditFile, m_auditJson));
    }

    void pdfAndCsvOfASavedAudit()
    {
        const QString pdf = m_directory.filePath(u"report.pdf"_s);
        const QString csv = m_directory.filePath(u"csv"_s);
        const CliRun run = runCli({u"report"_s, u"--from-audit"_s, m_auditFile, u"--pdf"_s, pdf, u"--csv"_s, csv});
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), "%PDF-"_ba);
        const QString info = runTool(u"PDFINFO"_s, {pdf});
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s*(\\d+)"_s).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QVERIFY(pages.captured(1).toInt() >= 3);
        // The CLI's own account of the file agrees with the file.
        QVERIFY2(run.err.contains(u"%1 pages"_s.arg(pages.captured(1))), qPrintable(run.err));

        const QString text = runTool(u"PDFTOTEXT"_s, {u"-layout"_s, pdf, u"-"_s});
        // Tied to the exact bytes of the audit file.
        QVERIFY2(text.contains(
                     QString::fromLatin1(QCryptographicHash::hash(m_auditJson, QCryptographicHash::Sha256).toHex())),
                 "the SHA-256 of the audit file is missing");
        QVERIFY(text.contains(u"Contoso <Sample> & Co"_s));
        QVERIFY(text.contains(u"alice@contoso.com"_s));
        QVERIFY(text.contains(u"<b>Alice</b>"_s)); // printed literally, not as markup

        const QStringList files = QDir(csv).entryList({u"*.csv"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{u"credentials.csv"_s, u"findings.csv"_s, u"mailboxes.csv"_s,
                                     u"signins-by-client-app.csv"_s, u"signins-per-day.csv"_s}));
        QFile mailboxes(QDir(csv).filePath(u"mailboxes.csv"_s));
        QVERIFY(mailboxes.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = mailboxes.readAll().trimmed().split('\n');
        const auto audit = AuditJson::parse(m_auditJson);
        QVERIFY(audit.ok());
        QCOMPARE(lines.size(), audit.value().mailboxes.size() + 1); // header + one row per mailbox
    }

    void csvOnlyNeedsNoGraphics()
    {
        const QString csv = m_directory.filePath(u"csv-only"_s);
        const CliRun run = runCli({u"report"_s, u"--from-audit"_s, m_auditFile, u"--csv"_s, csv, u"--quiet"_s});
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty()); // --quiet
        QVERIFY(QFile::exists(QDir(csv).filePath(u"findings.csv"_s)));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no audit") << QStringList{u"--pdf"_s, u"x.pdf"_s} << u"--from-audit"_s;
        QTest::newRow("nothing to write") << QStringList{u"--from-audit"_s, u"a.json"_s} << u"--pdf"_s;
        QTest::newRow("missing file") << QStringList{u"--from-audit"_s, u"/nonexistent/a.json"_s, u"--csv"_s, u"out"_s}
                                      << u"/nonexistent/a.json"_s;
        QTest::newRow("stray argument") << QStringList{u"extra"_s, u"--from-audit"_s, u"a.json"_s, u"--csv"_s, u"d"_s}
                                        << u"extra"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{u"report"_s} + arguments);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void corruptAuditIsRefusedWithTheReason()
    {
        const QString corrupt = m_directory.filePath(u"corrupt.json"_s);
        QVERIFY(writeFile(corrupt, m_auditJson.left(m_auditJson.size() / 2)));
        const QString wrongSchema = m_directory.filePath(u"schema.json"_s);
        QVERIFY(writeFile(wrongSchema, R"({"schemaVersion": 99})"_ba));
        const CliRun truncated = runCli({u"report"_s, u"--from-audit"_s, corrupt, u"--csv"_s, u"never"_s});
        QCOMPARE(truncated.exitCode, 2);
        QVERIFY2(truncated.err.contains(u"not-json"_s), qPrintable(truncated.err));
        const CliRun future = runCli({u"report"_s, u"--from-audit"_s, wrongSchema, u"--csv"_s, u"never"_s});
        QCOMPARE(future.exitCode, 2);
        QVERIFY2(future.err.contains(u"unsupported"_s), qPrintable(future.err));
        QVERIFY(!QFile::exists(u"never"_s));
    }

    void unwritableOutputIsIncomplete()
    {
        const CliRun run = runCli({u"report"_s, u"--from-audit"_s, m_auditFile, u"--pdf"_s,
                                   m_directory.filePath(u"no-such-dir/report.pdf"_s)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"report.pdf"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "TestCliReport.moc"
