#include "MainWindow.h"
#include "UiTestData.h"
#include "audit/AuditJson.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

// File > Export from the main window: each action writes real files (the path chooser stands in for the
// file dialog), and the files are read back: the JSON parses to the same audit, the CSV has a row per
// mailbox, and the PDF (read with poppler's pdftotext) names the tenant and prints the SHA-256 of exactly
// the exported JSON.
class TestAuditExport : public QObject
{
    Q_OBJECT

private:
    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestAuditExport"_s);
    }

    void exportIsOffOnlyWithoutAnAudit()
    {
        MainWindow window;
        QVERIFY(window.exportMenu());
        QVERIFY(!window.exportMenu()->isEnabled());
        QVERIFY(!window.exportAudit(AuditExport::Kind::Json).ok());
        window.setAudit(uitest::makeAudit({.mailboxes = 30}));
        QVERIFY(window.exportMenu()->isEnabled());
    }

    void writesPdfCsvAndJson()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ConsoleAudit audit = uitest::makeAudit({.mailboxes = 60});
        MainWindow window;
        window.setAudit(audit);
        QStringList suggested;
        window.setExportPathChooser([&](AuditExport::Kind kind, const QString& name) {
            suggested << name;
            switch (kind) {
            case AuditExport::Kind::Pdf:
                return dir.filePath(u"report.pdf"_s);
            case AuditExport::Kind::Json:
                return dir.filePath(u"audit.json"_s);
            case AuditExport::Kind::Csv:
                return dir.filePath(u"csv"_s);
            }
            return QString();
        });

        window.findChild<QAction*>(u"exportJsonAction"_s)->trigger();
        window.findChild<QAction*>(u"exportCsvAction"_s)->trigger();
        window.findChild<QAction*>(u"exportPdfAction"_s)->trigger();
        QCOMPARE(suggested.size(), 3);
        QVERIFY(suggested.at(0).endsWith(u".json"_s));
        QVERIFY(suggested.at(0).startsWith(u"smtpaudit-contoso-example-gmbh-"_s));

        // JSON: the same audit comes back.
        const QByteArray json = readAll(dir.filePath(u"audit.json"_s));
        auto parsed = AuditJson::parse(json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().score, audit.result->score);
        QCOMPARE(parsed.value().mailboxes.size(), audit.result->mailboxes.size());
        QCOMPARE(parsed.value().findings.size(), audit.result->findings.size());

        // CSV: header plus one line per mailbox (no display name here holds a line break).
        const QByteArray mailboxes = readAll(dir.filePath(u"csv/mailboxes.csv"_s));
        QVERIFY(!mailboxes.isEmpty());
        QCOMPARE(mailboxes.trimmed().split('\n').size(), audit.result->mailboxes.size() + 1);
        QVERIFY(mailboxes.contains(uitest::upnOf(7).toUtf8()));
        QVERIFY(QFile::exists(dir.filePath(u"csv/findings.csv"_s)));

        // PDF: a real PDF whose text names the tenant and carries the JSON's SHA-256.
        const QString pdf = dir.filePath(u"report.pdf"_s);
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        QProcess text;
        text.start(qEnvironmentVariable("PDFTOTEXT"), {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        QCOMPARE(text.exitCode(), 0);
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(u"Contoso Example GmbH"_s));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        QVERIFY2(QString(content).remove(QRegularExpression(u"\\s"_s)).contains(sha), qPrintable(sha));
    }

    void failedExportIsReported()
    {
        MainWindow window;
        window.setAudit(uitest::makeAudit({.mailboxes = 10}));
        window.setExportPathChooser(
            [](AuditExport::Kind, const QString&) { return u"/nonexistent-directory/for/sure/audit.json"_s; });
        const Result<QStringList> written = window.exportAudit(AuditExport::Kind::Json);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().category, Error::Category::Io);
        // An empty choice (dialog cancelled) writes nothing and says so.
        window.setExportPathChooser([](AuditExport::Kind, const QString&) { return QString(); });
        QCOMPARE(window.exportAudit(AuditExport::Kind::Pdf).error().category, Error::Category::Cancelled);
    }
};

QTEST_MAIN(TestAuditExport)
#include "TestAuditExport.moc"
