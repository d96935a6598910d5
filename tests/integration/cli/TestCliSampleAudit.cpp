// smtpaudit-cli audit --sample-tenant end to end, as a user runs it: the tenant is started inside the CLI,
// the audit JSON it writes is compared field by field with the ground truth the same process wrote for
// every mailbox (verdict, reason chain, SMTP usage, MFA, ...), and the exit codes follow the outcome.
#include "AuditRunFixture.h"
#include "CliProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestCliSampleAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    static QJsonObject readJson(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Audits the sample tenant of `size`; returns the run, the audit JSON and the ground truth.
    CliRun audit(const QString& name, const QStringList& extra, QJsonObject* audit = nullptr,
                 QJsonObject* truth = nullptr)
    {
        const QString json = m_directory.filePath(name + u".json"_s);
        const QString truthFile = m_directory.filePath(name + u"-truth.json"_s);
        const CliRun run = runCli(
            QStringList{u"audit"_s, u"--no-history"_s, u"--json"_s, json, u"--sample-ground-truth"_s, truthFile} +
            extra);
        if (audit)
            *audit = readJson(json);
        if (truth)
            *truth = readJson(truthFile);
        return run;
    }

    void equalsGroundTruth(const QString& size)
    {
        QJsonObject json, truth;
        const QString csv = m_directory.filePath(size + u"-csv"_s);
        const CliRun run =
            audit(size, {u"--sample-tenant"_s, size, u"--seed"_s, u"5"_s, u"--csv"_s, csv}, &json, &truth);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Not even Qt's own warnings (one used to come from the network stack's teardown at exit).
        QVERIFY2(!run.err.contains(u"QObject::"_s), qPrintable(run.err));
        QCOMPARE(json.value(u"complete"_s).toBool(), true);
        const QJsonArray rows = truth.value(u"mailboxes"_s).toArray();
        QVERIFY(rows.size() >= (size == u"small"_s ? 50 : 5000));
        // Every field of the truth, for every mailbox: verdict, reasons, smtpSignIns, MFA, type, ...
        const QStringList differences = compareMailboxes(json, truth);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
        const QJsonObject organization = json.value(u"organization"_s).toObject();
        const QJsonObject expected = truth.value(u"organization"_s).toObject();
        for (const QString& key : expected.keys())
            QCOMPARE(organization.value(key), expected.value(key));
        // The verdicts are not all alike: the comparison above covered every branch of the resolver.
        QSet<QString> verdicts;
        for (const QJsonValue& row : rows)
            verdicts.insert(row.toObject().value(u"effectiveSmtpAuth"_s).toString());
        QCOMPARE(verdicts, (QSet<QString>{u"enabled"_s, u"disabled"_s, u"blocked"_s}));
        // The CSV holds one row per mailbox.
        QFile mailboxes(QDir(csv).filePath(u"mailboxes.csv"_s));
        QVERIFY(mailboxes.open(QIODevice::ReadOnly));
        QCOMPARE(mailboxes.readAll().trimmed().count('\n'), rows.size());
    }

private slots:
    void initTestCase() { QVERIFY(m_directory.isValid()); }

    void smallTenantEqualsGroundTruth() { equalsGroundTruth(u"small"_s); }
    void mediumTenantEqualsGroundTruth() { equalsGroundTruth(u"medium"_s); }

    void failOnFindingsIsExit1()
    {
        QJsonObject json;
        const CliRun run = audit(u"fail-on"_s, {u"--sample-tenant"_s, u"small"_s, u"--fail-on"_s, u"low"_s}, &json);
        QVERIFY(run.finished);
        bool issueAtOrAboveLow = false;
        for (const QJsonValue& finding : json.value(u"findings"_s).toArray())
            issueAtOrAboveLow = issueAtOrAboveLow || (finding.toObject().value(u"kind"_s).toString() == u"issue"_s &&
                                                      finding.toObject().value(u"severity"_s).toString() != u"info"_s);
        QVERIFY(issueAtOrAboveLow); // the sample tenant has problems to find
        QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    }

    void withoutPremiumIsExit4AndPartial()
    {
        QJsonObject json, truth;
        const CliRun run = audit(u"no-p1"_s, {u"--sample-tenant"_s, u"small"_s, u"--sample-no-premium"_s, u"--quiet"_s},
                                 &json, &truth);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 4, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"signIns"_s), qPrintable(run.err)); // the failed collector is named
        QCOMPARE(json.value(u"complete"_s).toBool(true), false);
        // Every field, the unknowable ones included: what needs Entra ID P1 is null, not a guessed false.
        const QStringList differences = compareMailboxes(json, truth);
        QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));
    }

    void missingPermissionIsExit3()
    {
        QJsonObject json;
        const CliRun run =
            audit(u"restricted"_s, {u"--sample-tenant"_s, u"small"_s, u"--sample-restricted-app"_s}, &json);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 3, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"AuditLog.Read.All"_s), qPrintable(run.err));
        QVERIFY(!json.isEmpty()); // the partial audit is still written
    }

    void pdfOfTheSampleTenant()
    {
        const QString pdf = m_directory.filePath(u"small.pdf"_s);
        QJsonObject json;
        const CliRun run = audit(u"pdf"_s, {u"--sample-tenant"_s, u"small"_s, u"--pdf"_s, pdf}, &json);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = runTool(u"PDFTOTEXT"_s, {pdf, u"-"_s});
        // Every mailbox with SMTP AUTH effectively enabled is listed in full.
        int enabled = 0;
        for (const QJsonValue& row : json.value(u"mailboxes"_s).toArray()) {
            if (row.toObject().value(u"effectiveSmtpAuth"_s).toString() != u"enabled"_s)
                continue;
            ++enabled;
            const QString upn = row.toObject().value(u"userPrincipalName"_s).toString();
            QVERIFY2(text.contains(upn), qPrintable(upn));
        }
        QVERIFY(enabled > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSampleAudit)
#include "TestCliSampleAudit.moc"
