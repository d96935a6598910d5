#include "audit/AuditResult.h"
#include "audit/Clock.h"
#include "report/AuditCsv.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestAuditCsv : public QObject
{
    Q_OBJECT

private:
    static AuditResult audit()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        TenantSnapshot s;
        s.capturedAt = now;
        s.organization.tenantId = u"t"_s;
        s.organization.smtpClientAuthenticationDisabled = false;
        s.organization.securityDefaultsEnabled = false;
        const QStringList names = {u"=HYPERLINK(\"http://evil\",\"x\")"_s, u"Doe, \"Jane\""_s, u"Ünïcødé 漢字"_s};
        for (int i = 0; i < names.size(); ++i) {
            DirectoryUser user;
            user.id = u"id-%1"_s.arg(i);
            user.userPrincipalName = u"u%1@contoso.com"_s.arg(i);
            user.displayName = names.at(i);
            s.users << user;
            Mailbox mailbox;
            mailbox.userPrincipalName = user.userPrincipalName;
            mailbox.externalDirectoryObjectId = user.id;
            mailbox.displayName = names.at(i);
            mailbox.recipientTypeDetails = u"UserMailbox"_s;
            mailbox.smtpClientAuthenticationDisabled = i == 2 ? std::optional<bool>(true) : std::nullopt;
            s.mailboxes << mailbox;
        }
        s.signIns.tenant.smtpPerDay << DailySmtpCount{QDate(2026, 11, 25), 3, 1};
        for (CollectorId id : allCollectors())
            s.setStatus(id, CollectorStatus::complete(defaultCollectorQuery(id), now));
        return AuditEngine::evaluate(s, FixedClock(now));
    }

private slots:
    void mailboxesCsvKeepsEveryMailboxAndNeutralisesFormulas()
    {
        const AuditResult result = audit();
        const QByteArray bytes = auditcsv::mailboxes(result);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(bytes.mid(3));
        QVERIFY(csv.startsWith(u"userPrincipalName,displayName,type,"_s));
        QCOMPARE(csv.count(u"\r\n"_s), 1 + 3);
        QVERIFY(csv.contains(u"\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""_s));
        QVERIFY(csv.contains(u"\"Doe, \"\"Jane\"\"\""_s));
        QVERIFY(csv.contains(u"Ünïcødé 漢字"_s));
        QVERIFY(csv.contains(u"u2@contoso.com,Ünïcødé 漢字,UserMailbox,true,true,disabled,mailbox-disabled"_s));
        QVERIFY(csv.contains(u",null,enabled,org-enabled"_s));
    }

    void findingsAndSignInsCsv()
    {
        const AuditResult result = audit();
        const QString findings = QString::fromUtf8(auditcsv::findings(result));
        QCOMPARE(findings.count(u"\r\n"_s) >= 1 + result.findings.size(), true);
        for (const Finding& f : result.findings)
            QVERIFY2(findings.contains(f.id), qPrintable(f.id));
        QCOMPARE(auditcsv::signInsPerDay(result), QByteArray("\xEF\xBB\xBF"
                                                             "date,smtpSuccess,smtpFailure\r\n2026-11-25,3,1\r\n"));
    }

    void writeAllCreatesFiles()
    {
        QTemporaryDir dir;
        const auto written = auditcsv::writeAll(audit(), dir.filePath(u"csv/out"_s));
        QVERIFY(written.ok());
        QCOMPARE(written->size(), 5);
        for (const QString& path : *written)
            QVERIFY2(QFile(path).size() > 3, qPrintable(path));
        QVERIFY(!auditcsv::writeAll(audit(), u"/proc/nope/csv"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditCsv)
#include "TestAuditCsv.moc"
