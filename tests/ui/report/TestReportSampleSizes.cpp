// The PDF report of the sample tenant for each size (small and medium in TestReportSampleSizes; large, whose
// audit alone takes about a minute, in TestReportLargeSample; its speed is measured by
// tests/bench/report/BenchReport): smtpaudit-cli audits the tenant and writes
// the JSON and the PDF, as a user runs it; the PDF is read back with poppler and checked against the
// numbers of the audit JSON it was made from (never against hard-coded numbers).
#include "audit/AuditJson.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestReportSampleSizes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    static QString run(const char* toolVariable, const QStringList& arguments, int* exitCode = nullptr,
                       QString* errors = nullptr)
    {
        QProcess process;
        process.start(qEnvironmentVariable(toolVariable), arguments);
        const bool finished = process.waitForFinished(600000);
        if (exitCode)
            *exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (errors)
            *errors = QString::fromUtf8(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString withoutSpaces(QString text)
    {
        text.remove(QRegularExpression(u"\\s+"_s));
        return text;
    }

    // pdftotext reads a table row cell by cell, but a cell that wraps can have its neighbour's text between
    // its lines: the words of `value` must follow `anchor` (the row's address, first cell) in order and
    // within the row. Words longer than a column (wrapped inside the word) are left to TestReportWriter.
    static bool wordsInRow(const QString& text, qsizetype from, const QString& anchor, const QString& value)
    {
        qsizetype at = text.indexOf(anchor, from);
        if (at < 0)
            return false;
        const qsizetype rowEnd = at + 600;
        for (const QString& word : value.split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() > 20)
                continue;
            at = text.indexOf(word, at);
            if (at < 0 || at > rowEnd)
                return false;
            at += word.size();
        }
        return true;
    }

    static bool listedInFull(const MailboxAssessment& mailbox)
    {
        return mailbox.smtpAuth.verdict == SmtpAuthVerdict::Enabled ||
               mailbox.smtpAuth.verdict == SmtpAuthVerdict::Unknown;
    }

    void reportOfSize(const QString& size)
    {
        const QString json = m_directory.filePath(size + u".json"_s);
        const QString pdf = m_directory.filePath(size + u".pdf"_s);
        int exitCode = -1;
        QString errors;
        run("SMTPAUDIT_CLI",
            {u"audit"_s, u"--sample-tenant"_s, size, u"--seed"_s, u"7"_s, u"--no-history"_s, u"--json"_s, json,
             u"--pdf"_s, pdf},
            &exitCode, &errors);
        // 0 or 1: the sample tenant has findings; the audit itself must be complete.
        QVERIFY2(exitCode == 0 || exitCode == 1, qPrintable(errors));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto parsed = AuditJson::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().error.toString()));
        const AuditResult& audit = parsed.value();
        QVERIFY(audit.complete);

        // pdfinfo's page count is the N of every "Page n of N" footer, and the last page says so.
        const QString info = run("PDFINFO", {pdf});
        const QRegularExpressionMatch pagesMatch = QRegularExpression(u"Pages:\\s*(\\d+)"_s).match(info);
        QVERIFY2(pagesMatch.hasMatch(), qPrintable(info));
        const int pages = pagesMatch.captured(1).toInt();
        const QString last = run("PDFTOTEXT", {u"-f"_s, QString::number(pages), u"-l"_s, QString::number(pages),
                                               u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY2(last.contains(u"Page %1 of %1"_s.arg(pages)), qPrintable(last));

        const QString text = run("PDFTOTEXT", {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        const QString layout = run("PDFTOTEXT", {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        const QString flat = text.simplified();
        const QString compact = withoutSpaces(text);
        for (const QString& section : {u"Executive summary"_s, u"Findings by best practice"_s,
                                       u"SMTP AUTH per mailbox"_s, u"Mailboxes by type and SMTP AUTH state"_s,
                                       u"MFA coverage"_s, u"Sign-ins over SMTP"_s, u"Credential rotation schedule"_s,
                                       u"Changes since the previous audit"_s, u"Appendix"_s, u"BP01"_s, u"BP16"_s})
            QVERIFY2(flat.contains(section), qPrintable(section));
        QVERIFY2(flat.contains(u"%1 / 100"_s.arg(audit.score)), "score");
        const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QVERIFY2(compact.contains(QString::fromLatin1(sha)), "SHA-256 of the audit JSON");

        // The summary row counts every mailbox by verdict: on, OAuth only, off, unknown, total.
        std::map<SmtpAuthVerdict, int> verdicts;
        QList<const MailboxAssessment*> listed;
        for (const MailboxAssessment& mailbox : audit.mailboxes) {
            ++verdicts[mailbox.smtpAuth.verdict];
            if (listedInFull(mailbox))
                listed << &mailbox;
        }
        const QLocale locale;
        const QString totals = u"All mailboxes\\s+%1\\s+%2\\s+%3\\s+%4\\s+%5"_s.arg(
            locale.toString(verdicts[SmtpAuthVerdict::Enabled]), locale.toString(verdicts[SmtpAuthVerdict::Blocked]),
            locale.toString(verdicts[SmtpAuthVerdict::Disabled]), locale.toString(verdicts[SmtpAuthVerdict::Unknown]),
            locale.toString(audit.mailboxes.size()));
        QVERIFY2(QRegularExpression(totals).match(layout).hasMatch(), qPrintable(totals));
        QVERIFY(verdicts[SmtpAuthVerdict::Enabled] > 0);
        QVERIFY(verdicts[SmtpAuthVerdict::Blocked] > 0 || verdicts[SmtpAuthVerdict::Disabled] > 0);

        // Every mailbox that accepts a password over SMTP is listed, with its display name printed literally
        // (the sample tenant's names include markup, formulas and non-Latin scripts).
        QVERIFY2(
            flat.contains(u"Mailboxes where SMTP AUTH is effectively on (%1)"_s.arg(locale.toString(listed.size()))),
            "listed count");
        const qsizetype table = text.indexOf(u"Mailboxes where SMTP AUTH is effectively on"_s);
        QVERIFY(table > 0);
        for (const MailboxAssessment* mailbox : listed) {
            QVERIFY2(compact.contains(withoutSpaces(mailbox->userPrincipalName)),
                     qPrintable(mailbox->userPrincipalName));
            if (!mailbox->displayName.isRightToLeft())
                QVERIFY2(wordsInRow(text, table, mailbox->userPrincipalName.section(u'@', 0, 0) + u'@',
                                    mailbox->displayName),
                         qPrintable(mailbox->displayName));
        }
        // The header row repeats on every page the table covers: at least one per 60 rows (a page holds fewer).
        const int headers = static_cast<int>(flat.count(u"User principal name Display name"_s));
        QVERIFY2(headers >= 1 + static_cast<int>(listed.size()) / 60, qPrintable(QString::number(headers)));
        // The rest is summarised, not listed: the page count grows with the listed rows and the credentials,
        // not with every mailbox (one row per page at most would be far more).
        const qsizetype rows = listed.size() + audit.credentials.size();
        QVERIFY2(pages <= 20 + rows / 8, qPrintable(u"%1 pages for %2 rows"_s.arg(pages).arg(rows)));
        QVERIFY(pages >= 9); // cover and eight sections, each on its own page

        // Organisation name and the issues by severity as the audit counts them.
        QVERIFY(flat.contains(audit.snapshot.organization.displayName.simplified()));
        std::map<Severity, int> issues;
        for (const Finding& finding : audit.findings)
            if (finding.kind == FindingKind::Issue)
                ++issues[finding.severity];
        const QString critical = u"Critical\\s+%1\\b"_s.arg(issues[Severity::Critical]);
        QVERIFY2(QRegularExpression(critical).match(layout).hasMatch(), qPrintable(critical));
        const QString high = u"High\\s+%1\\b"_s.arg(issues[Severity::High]);
        QVERIFY2(QRegularExpression(high).match(layout).hasMatch(), qPrintable(high));
    }

private slots:
    void initTestCase() { QVERIFY(m_directory.isValid()); }
    void smallTenant() { reportOfSize(u"small"_s); }
    void mediumTenant() { reportOfSize(u"medium"_s); }
    void largeTenant() { reportOfSize(u"large"_s); }
};

QTEST_GUILESS_MAIN(TestReportSampleSizes)
#include "TestReportSampleSizes.moc"
