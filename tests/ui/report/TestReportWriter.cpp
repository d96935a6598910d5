#include "audit/AuditResult.h"
#include "audit/Clock.h"
#include "report/ReportWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// Writes real PDFs and reads them back with poppler (pdftotext, pdfinfo): what a reader of the PDF gets.
class TestReportWriter : public QObject
{
    Q_OBJECT

private:
    static QString run(const QString& toolVariable, const QStringList& arguments)
    {
        QProcess process;
        process.start(qEnvironmentVariable(toolVariable.toLatin1().constData()), arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return u"<%1 failed: %2>"_s.arg(toolVariable, QString::fromUtf8(process.readAllStandardError()));
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // `enabledEvery` > 0: of the extra mailboxes only every n-th keeps SMTP AUTH on (a large tenant that
    // switched it off for most); 0: two in three keep it on.
    static TenantSnapshot snapshot(int extraMailboxes, int enabledEvery = 0)
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        TenantSnapshot s;
        s.capturedAt = now;
        s.organization.tenantId = u"11111111-2222-3333-4444-555555555555"_s;
        s.organization.displayName = u"Contoso <Sample> & Co"_s;
        s.organization.smtpClientAuthenticationDisabled = false;
        s.organization.securityDefaultsEnabled = false;
        const QStringList names = {u"<b>x</b>"_s, u"مدير البريد"_s, u"Jürgen Öztürk"_s, u"=cmd|' /C calc'!A0"_s};
        for (int i = 0; i < names.size() + extraMailboxes; ++i) {
            DirectoryUser user;
            user.id = u"id-%1"_s.arg(i);
            user.userPrincipalName = u"user%1@contoso.com"_s.arg(i);
            user.displayName = i < names.size() ? names.at(i) : u"User %1"_s.arg(i);
            user.lastPasswordChangeDateTime = now.addDays(-200);
            s.users << user;
            Mailbox mailbox;
            mailbox.userPrincipalName = user.userPrincipalName;
            mailbox.externalDirectoryObjectId = user.id;
            mailbox.displayName = user.displayName;
            mailbox.recipientTypeDetails = u"UserMailbox"_s;
            const bool off = enabledEvery > 0 ? i % enabledEvery != 0 : i % 3 == 2;
            mailbox.smtpClientAuthenticationDisabled =
                i >= names.size() && off ? std::optional<bool>(true) : std::nullopt;
            s.mailboxes << mailbox;
            UserRegistration registration;
            registration.userId = user.id;
            registration.userPrincipalName = user.userPrincipalName;
            registration.isAdmin = i == 0;
            registration.isMfaRegistered = i % 2 == 1;
            s.registrations << registration;
        }
        s.signIns.window = {30, now.addDays(-30), now};
        for (int d = 0; d < 30; ++d)
            s.signIns.tenant.smtpPerDay << DailySmtpCount{now.addDays(d - 29).date(), 10 + d, d % 7};
        s.signIns.tenant.legacyClientApps = {{u"Authenticated SMTP"_s, 500}, {u"IMAP4"_s, 40}};
        s.signIns.tenant.sprayPatterns << PasswordSprayPattern{u"203.0.113.7"_s, now.addDays(-3),
                                                               now.addDays(-3).addSecs(600), 42, 84};
        for (CollectorId id : allCollectors())
            s.setStatus(id, CollectorStatus::complete(defaultCollectorQuery(id), now, 1));
        return s;
    }

private slots:
    void reportHasEverySectionAndLiteralHostileStrings()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        const AuditResult result = AuditEngine::evaluate(snapshot(0), clock);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"audit.pdf"_s);
        const QByteArray json = "{\"schemaVersion\":1}";
        const auto written = ui::ReportWriter::writePdf(result, json, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QVERIFY(written->pages >= 6);
        QCOMPARE(written->bytes, QFileInfo(path).size());

        const QString info = run(u"PDFINFO"_s, {path});
        QVERIFY2(info.contains(u"Pages:"_s), qPrintable(info));
        QVERIFY2(QRegularExpression(u"Pages:\\s*%1\\n"_s.arg(written->pages)).match(info).hasMatch(), qPrintable(info));

        // Table cells wrap, so compare with whitespace collapsed.
        const QString text = run(u"PDFTOTEXT"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).simplified();
        for (const QString& section :
             {u"Executive summary"_s, u"Findings by best practice"_s, u"SMTP AUTH per mailbox"_s, u"MFA coverage"_s,
              u"Sign-ins over SMTP"_s, u"Credential rotation schedule"_s, u"Changes since the previous audit"_s,
              u"Appendix"_s, u"BP01"_s, u"BP16"_s})
            QVERIFY2(text.contains(section), qPrintable(section));
        // Tenant data is printed literally, never interpreted (table cells wrap: compare without spaces).
        const QString compact = QString(text).remove(u' ');
        QVERIFY(compact.contains(u"<b>x</b>"_s));
        QVERIFY(text.contains(u"Contoso <Sample> & Co"_s));
        QVERIFY(compact.contains(u"JürgenÖztürk"_s));
        QVERIFY(compact.contains(u"=cmd|'/Ccalc'!A0"_s));
        // A word with "ff" stays searchable (no ligature glyph in place of the letters).
        QVERIFY(text.contains(u"effectively on"_s));
        QVERIFY(text.contains(u"203.0.113.7"_s));
        // The SHA-256 of the audit JSON ties the PDF to its data.
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        QVERIFY2(text.contains(sha), "SHA-256 of the audit JSON missing");
        QVERIFY(text.contains(u"Page 2 of %1"_s.arg(written->pages)));
        QVERIFY(text.contains(u"Score"_s));
        QVERIFY2(text.contains(u"%1 / 100"_s.arg(result.score)), "score missing");
    }

    void longTablesSpanPagesWithRepeatedHeaders()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        const AuditResult result = AuditEngine::evaluate(snapshot(400), clock);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.pdf"_s);
        const auto written = ui::ReportWriter::writePdf(result, "{}", path);
        QVERIFY(written.ok());
        // Table cells wrap, so compare with whitespace collapsed.
        const QString text = run(u"PDFTOTEXT"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).simplified();
        // The mailbox table's header row repeats on every page it covers.
        QVERIFY2(text.count(u"User principal name"_s) >= 4,
                 qPrintable(QString::number(text.count(u"User principal name"_s))));
        const QString compact = QString(text).remove(u' ');
        int enabledRows = 0;
        for (const MailboxAssessment& mailbox : result.mailboxes) {
            if (mailbox.smtpAuth.verdict == SmtpAuthVerdict::Disabled)
                continue;
            ++enabledRows;
            QVERIFY2(compact.contains(mailbox.userPrincipalName), qPrintable(mailbox.userPrincipalName));
        }
        QVERIFY(enabledRows > 200);

        // Pages as pictures for people to look at.
        const QString shots = qEnvironmentVariable("SMTPAUDIT_BINARY_DIR") + u"/screenshots/report"_s;
        QVERIFY(QDir().mkpath(shots));
        run(u"PDFTOPPM"_s, {u"-png"_s, u"-r"_s, u"60"_s, u"-l"_s, u"6"_s, path, shots + u"/page"_s});
        QVERIFY(!QDir(shots).entryList({u"page*.png"_s}).isEmpty());
    }

    // A tenant of 100,000 mailboxes of which 2,004 accept a password: those are listed in full (header on
    // every page), the rest is counted in the summary, and the PDF does not grow with every mailbox.
    void largeTenantListsTheOnesThatAreOnAndSummarisesTheRest()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        const AuditResult result = AuditEngine::evaluate(snapshot(100000, 50), clock);
        int on = 0;
        for (const MailboxAssessment& mailbox : result.mailboxes)
            on += mailbox.smtpAuth.verdict == SmtpAuthVerdict::Enabled ? 1 : 0;
        QCOMPARE(on, 2004); // the four named ones and every 50th of the 100,000 (i = 0 is a named one)
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.pdf"_s);
        const auto written = ui::ReportWriter::writePdf(result, "{}", path);
        QVERIFY(written.ok());
        const QString layout = run(u"PDFTOTEXT"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        const QString text = layout.simplified();
        const QLocale locale;
        const QString totals = u"All mailboxes\\s+%1\\s+0\\s+%2\\s+0\\s+%3"_s.arg(
            locale.toString(on), locale.toString(result.mailboxes.size() - on),
            locale.toString(result.mailboxes.size()));
        QVERIFY2(QRegularExpression(totals).match(layout).hasMatch(), qPrintable(totals));
        QVERIFY(text.contains(u"Mailboxes where SMTP AUTH is effectively on (%1)"_s.arg(locale.toString(on))));
        // Wrapped addresses continue on the next line of their cell in pdftotext's reading order.
        const QString compact =
            run(u"PDFTOTEXT"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}).remove(QRegularExpression(u"\\s+"_s));
        for (const MailboxAssessment& mailbox : result.mailboxes)
            if (mailbox.smtpAuth.verdict == SmtpAuthVerdict::Enabled)
                QVERIFY2(compact.contains(mailbox.userPrincipalName), qPrintable(mailbox.userPrincipalName));
        QVERIFY(text.count(u"User principal name Display name"_s) >= on / 60);
        // Rows listed (the 2,004 mailboxes and their 2,004 passwords due for rotation), not 100,000: more than
        // 20 rows a page, plus the other sections.
        const qsizetype listedRows = on + result.credentials.size();
        QVERIFY2(written->pages < 30 + listedRows / 20, qPrintable(QString::number(written->pages)));
        QVERIFY2(written->bytes < 5'000'000, qPrintable(QString::number(written->bytes)));
    }

    void unwritablePathIsAClearError()
    {
        const FixedClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC));
        const AuditResult result = AuditEngine::evaluate(snapshot(0), clock);
        const auto written = ui::ReportWriter::writePdf(result, "{}", u"/nonexistent-dir/x/report.pdf"_s);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().category, Error::Category::Io);
    }
};

QTEST_MAIN(TestReportWriter)
#include "TestReportWriter.moc"
