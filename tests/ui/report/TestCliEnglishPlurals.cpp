// smtpaudit-cli in English says "1 day" and "34 days", never "day(s)": main() installs EnglishPlurals when no
// catalogue matches the locale, and the PDF report, written in the same process, goes through it too. A small
// sample audit with a one-day sign-in window is run for real; its human-readable output (standard error) and
// the PDF's text (pdftotext) are searched for leftover plural markers.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// No exceptions: every counted noun in the CLI's output and the report goes through %n.
const QStringList countWithoutN;

QStringList pluralMarkers(QString text)
{
    text = text.simplified();
    for (const QString& known : countWithoutN)
        text.remove(known);
    QStringList found;
    static const QRegularExpression marker(u"\\S*\\((s|es|ies)\\)"_s);
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

} // namespace

class TestCliEnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void auditTextAndReportHaveEnglishPlurals()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString pdf = directory.filePath(u"report.pdf"_s);
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        cli.setProcessEnvironment(environment);
        cli.start(qEnvironmentVariable("SMTPAUDIT_CLI"),
                  {u"audit"_s, u"--sample-tenant"_s, u"small"_s, u"--seed"_s, u"7"_s, u"--days"_s, u"1"_s,
                   u"--no-history"_s, u"--pdf"_s, pdf});
        QVERIFY(cli.waitForFinished(90000));
        const QString text = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && (cli.exitCode() == 0 || cli.exitCode() == 1),
                 qPrintable(text));
        QVERIFY(text.contains(u"PDF report written"_s));
        QVERIFY2(pluralMarkers(text).isEmpty(), qPrintable(pluralMarkers(text).join(u", "_s)));

        QProcess pdftotext;
        pdftotext.start(qEnvironmentVariable("PDFTOTEXT"), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString report = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY(report.contains(u"Executive summary"_s));
        // %n strings with n = 1 and n > 1 in the same report: the one-day window and the days to December 2026.
        QVERIFY2(report.contains(u"1 day, from"_s), "the sign-in window in the singular");
        QVERIFY2(report.contains(QRegularExpression(u"\\b\\d+ days until Microsoft disables"_s)), "plural days");
        QVERIFY2(report.contains(u"in the last 1 day."_s), "a finding's %n sentence in the singular");
        const QStringList markers = pluralMarkers(report);
        QVERIFY2(markers.isEmpty(), qPrintable(markers.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliEnglishPlurals)
#include "TestCliEnglishPlurals.moc"
