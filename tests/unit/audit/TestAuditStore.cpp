// The audit history over real files in a temporary directory: atomic save, listing, loading with a
// corrupt file among good ones, and the diff between two audits.
#include "audit/AuditStore.h"

#include "AuditFixtures.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

AuditResult auditOf(const QString& tenant, const QDateTime& when)
{
    TenantSnapshot s = variedSnapshot();
    s.organization.tenantId = tenant;
    return AuditEngine::evaluate(s, FixedClock(when));
}

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT

private slots:
    void defaultDirectoryIsUnderAppData()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit"_s);
        QCoreApplication::setApplicationName(u"smtpaudit"_s);
        const QString dir = AuditStore::defaultDirectory();
        QVERIFY(dir.endsWith(u"/audits"_s));
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void saveListLoad()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(u"history/audits"_s); // created on first save
        AuditStore store(dir);
        const QString tenantA = u"contoso.onmicrosoft.com"_s;
        const AuditResult older = auditOf(tenantA, testNow().addDays(-7));
        const AuditResult newer = auditOf(tenantA, testNow());
        const AuditResult other = auditOf(u"Fabrikam/../evil"_s, testNow().addDays(-1));

        const Result<QString> first = store.save(older);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(QFileInfo(first.value()).fileName(), u"contoso.onmicrosoft.com_20261119T120000Z.json"_s);
        QVERIFY(store.save(newer).ok());
        const Result<QString> third = store.save(other);
        QVERIFY(third.ok());
        QCOMPARE(QFileInfo(third.value()).dir().absolutePath(), QDir(dir).absolutePath()); // no path escape
        const Result<QString> sameSecond = store.save(newer);
        QVERIFY(sameSecond.ok());
        QVERIFY(sameSecond.value().endsWith(u"_20261126T120000Z-2.json"_s));

        // Atomic writes leave no temporary files; only the owner can read the history.
        const QStringList entries = QDir(dir).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries.size(), 4);
        for (const QString& name : entries)
            QVERIFY2(name.endsWith(u".json"_s), qPrintable(name));
        QCOMPARE(QFile::permissions(first.value()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(dir) & (QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());

        const QList<AuditFileInfo> all = store.list();
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().generatedAt, testNow());
        QCOMPARE(all.last().generatedAt, testNow().addDays(-7));
        const QList<AuditFileInfo> mine = store.list(tenantA);
        QCOMPARE(mine.size(), 3);
        for (const AuditFileInfo& info : mine)
            QCOMPARE(info.tenant, tenantA);

        const auto loaded = store.load(first.value());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().generatedAt, older.generatedAt);
        QCOMPARE(loaded.value().mailboxes.size(), older.mailboxes.size());
        QCOMPARE(AuditJson::serialize(loaded.value()), AuditJson::serialize(older));
    }

    void corruptFilesDoNotStopTheOthers()
    {
        QTemporaryDir tmp;
        AuditStore store(tmp.path());
        const QString tenant = u"contoso.onmicrosoft.com"_s;
        QVERIFY(store.save(auditOf(tenant, testNow().addDays(-30))).ok());
        const Result<QString> good = store.save(auditOf(tenant, testNow().addDays(-10)));
        QVERIFY(good.ok());
        QFile goodFile(good.value());
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = goodFile.readAll();

        // Newer than the good ones, so they are tried first.
        writeFile(tmp.filePath(AuditStore::fileNameFor(tenant, testNow().addDays(-1))), bytes.left(bytes.size() / 3));
        writeFile(tmp.filePath(AuditStore::fileNameFor(tenant, testNow().addDays(-2))), "\xff\xfe garbage");
        QByteArray future = bytes;
        future.replace("\"schemaVersion\":2", "\"schemaVersion\":99");
        writeFile(tmp.filePath(AuditStore::fileNameFor(tenant, testNow().addDays(-3))), future);
        writeFile(tmp.filePath(u"notes.json"_s), "[]");

        const AuditStore::LoadAllResult all = store.loadAll();
        QCOMPARE(all.audits.size(), 2);
        QCOMPARE(all.failures.size(), 4);
        int notJson = 0, schema = 0;
        for (const AuditParseError& failure : all.failures) {
            QVERIFY(!failure.path.isEmpty());
            QCOMPARE(failure.error.subject, failure.path);
            QVERIFY(!failure.error.message.isEmpty());
            notJson += failure.kind == AuditParseError::Kind::NotJson ? 1 : 0;
            schema += failure.kind == AuditParseError::Kind::UnsupportedSchema ? 1 : 0;
        }
        QCOMPARE(notJson, 3); // truncated, garbage, a JSON array
        QCOMPARE(schema, 1);

        const auto latest = store.latest(tenant);
        QVERIFY(latest.has_value());
        QCOMPARE(latest->file.path, good.value());
        QCOMPARE(latest->audit.generatedAt, testNow().addDays(-10));
        const auto before = store.latest(tenant, testNow().addDays(-10));
        QVERIFY(before.has_value());
        QCOMPARE(before->audit.generatedAt, testNow().addDays(-30));
        QVERIFY(!store.latest(u"someone-else"_s).has_value());

        const auto missing = store.load(tmp.filePath(u"gone.json"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, AuditParseError::Kind::Unreadable);
        QCOMPARE(missing.error().error.category, Error::Category::Io);
    }

    void saveFailureIsAnError()
    {
        QTemporaryDir tmp;
        writeFile(tmp.filePath(u"blocker"_s), "a file where the folder should be");
        AuditStore store(tmp.filePath(u"blocker/audits"_s));
        const Result<QString> saved = store.save(variedAudit());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().category, Error::Category::Io);
    }

    void diffBetweenAudits()
    {
        QTemporaryDir tmp;
        AuditStore store(tmp.path());
        const AuditResult before = variedAudit(testNow().addDays(-7));

        TenantSnapshot s = variedSnapshot();
        mailboxOf(s, u"Bob@Contoso.com"_s).smtpClientAuthenticationDisabled.reset(); // disabled -> blocked
        s.mailboxes.removeIf([](const Mailbox& m) { return m.recipientTypeDetails == u"RoomMailbox"_s; });
        addUser(s, u"new.scanner@contoso.com"_s);
        s.applications.clear();                       // the expiring secret was rotated
        s.transportProbe->tlsProtocol = u"TLSv1.0"_s; // and a new problem appears
        const AuditResult after = AuditEngine::evaluate(s, FixedClock(testNow()), &before);

        // Diff of audits read back from disk equals the in-memory one.
        QVERIFY(store.save(before).ok());
        QVERIFY(store.save(after).ok());
        const auto loaded = store.loadAll();
        QCOMPARE(loaded.audits.size(), 2);
        const AuditDiff diff = diffAudits(loaded.audits.at(1).audit, loaded.audits.at(0).audit);
        QVERIFY(after.sincePrevious.has_value());

        for (const AuditDiff& d : {diff, *after.sincePrevious}) {
            QCOMPARE(d.verdictChanges.size(), 1);
            QCOMPARE(d.verdictChanges.first().userPrincipalName, u"Bob@Contoso.com"_s);
            QCOMPARE(d.verdictChanges.first().from, SmtpAuthVerdict::Disabled);
            QCOMPARE(d.verdictChanges.first().to, SmtpAuthVerdict::Blocked); // now under the CA block policy
            QCOMPARE(d.mailboxesAdded, QStringList{u"new.scanner@contoso.com"_s});
            QCOMPARE(d.mailboxesRemoved, QStringList{u"o'brien\u2019s room@contoso.com"_s});
            QStringList newIds, resolvedIds;
            for (const Finding& f : d.newFindings)
                newIds << f.id;
            for (const Finding& f : d.resolvedFindings)
                resolvedIds << f.id;
            QVERIFY2(newIds.contains(u"BP05-old-tls"_s), qPrintable(newIds.join(u' ')));
            QVERIFY2(resolvedIds.contains(u"BP03-app-credential-expiring"_s), qPrintable(resolvedIds.join(u' ')));
            for (const QString& id : newIds + resolvedIds)
                QVERIFY2(!id.startsWith(u"BP11"_s), qPrintable(id));
            bool idleChanged = false;
            for (const FindingChange& change : d.changedFindings)
                if (change.id == u"BP02-enabled-idle"_s)
                    idleChanged = change.addedObjects.contains(u"new.scanner@contoso.com"_s);
            QVERIFY(idleChanged);
            QVERIFY(d.unverifiedFindings.isEmpty());
        }
        QCOMPARE(AuditDiff{}.isEmpty(), true);
        QVERIFY(!diff.isEmpty());
    }

    void partialAuditDoesNotResolveFindings()
    {
        const AuditResult before = variedAudit(testNow().addDays(-7));
        QVERIFY(before.finding(u"BP06-password-spray"_s));
        TenantSnapshot s = variedSnapshot();
        failCollector(s, CollectorId::SignIns, Error::Category::Network);
        const AuditResult after = AuditEngine::evaluate(s, FixedClock(testNow()), &before);
        const AuditDiff& d = *after.sincePrevious;
        QStringList unverified, resolved;
        for (const Finding& f : d.unverifiedFindings)
            unverified << f.id;
        for (const Finding& f : d.resolvedFindings)
            resolved << f.id;
        QVERIFY2(unverified.contains(u"BP06-password-spray"_s), qPrintable(unverified.join(u' ')));
        QVERIFY(!resolved.contains(u"BP06-password-spray"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuditStore)
#include "TestAuditStore.moc"
