#include "UiTestData.h"
#include "audit/AuditStore.h"
#include "history/DiffText.h"
#include "history/HistoryModel.h"
#include "history/HistoryPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void listsAuditsAndDiffsToThePrevious()
    {
        QTemporaryDir dir;
        AuditStore store(dir.path());
        // Two audits of the same tenant a week apart; the newer one has fewer mailboxes (so the diff is
        // not empty) and a corrupt file lies next to them.
        uitest::AuditOptions older;
        older.now = uitest::fixedNow().addDays(-7);
        const ConsoleAudit first = uitest::makeAudit(older);
        uitest::AuditOptions newer;
        newer.mailboxes = 200;
        const ConsoleAudit second = uitest::makeAudit(newer);
        QVERIFY(store.save(*first.result).ok());
        QVERIFY(store.save(*second.result).ok());
        QFile corrupt(dir.filePath(u"broken-tenant_20260101T000000Z.json"_s));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("{\"schemaVersion\": 1, trunc");
        corrupt.close();

        HistoryPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&page, &HistoryPage::refreshed);
        page.setStore(&store);
        QVERIFY(refreshed.wait(20000));
        HistoryModel* model = page.model();
        QCOMPARE(model->rowCount(), 3);
        // Newest first; the corrupt file is listed with its reason, not dropped.
        QCOMPARE(model->entry(0).file.generatedAt, second.result->generatedAt);
        QCOMPARE(model->entry(0).score, second.result->score);
        QCOMPARE(model->entry(0).mailboxes, qsizetype(200));
        const auto corruptRow = std::find_if(model->entries().begin(), model->entries().end(),
                                             [](const HistoryEntry& e) { return e.error.has_value(); });
        QVERIFY(corruptRow != model->entries().end());
        QCOMPARE(model->previousOf(0), 1);
        QCOMPARE(model->previousOf(1), -1);

        page.selectRow(0);
        const QString diff = page.diffHtml();
        QVERIFY2(diff.contains(u"Removed mailboxes"_s), qPrintable(diff));
        QVERIFY(diff.contains(uitest::upnOf(239).toHtmlEscaped()) || diff.contains(u"more"_s));

        QSignalSpy open(&page, &HistoryPage::openAuditRequested);
        page.findChild<QPushButton*>(u"openHistoricAudit"_s)->click();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), model->entry(0).file.path);
    }

    void diffTextNamesEverySection()
    {
        AuditDiff diff;
        diff.olderGeneratedAt = uitest::fixedNow();
        QVERIFY(DiffText::html(diff, QPalette()).contains(u"Nothing changed"_s));
        Finding f;
        f.id = u"BP02-enabled-idle"_s;
        f.practiceId = u"BP02"_s;
        f.title = u"<script>x</script>"_s;
        diff.newFindings << f;
        diff.resolvedFindings << f;
        diff.verdictChanges << VerdictChange{u"a@x"_s, SmtpAuthVerdict::Enabled, SmtpAuthVerdict::Disabled};
        diff.mailboxesAdded << u"new@x"_s;
        const QString html = DiffText::html(diff, QPalette());
        QVERIFY(html.contains(u"New findings"_s));
        QVERIFY(html.contains(u"Resolved"_s));
        QVERIFY(html.contains(u"a@x"_s));
        QVERIFY(html.contains(u"new@x"_s));
        QVERIFY(!html.contains(u"<script>"_s));
    }

    void emptyStore()
    {
        QTemporaryDir dir;
        AuditStore store(dir.path() + u"/none"_s);
        HistoryPage page;
        QSignalSpy refreshed(&page, &HistoryPage::refreshed);
        page.setStore(&store);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestHistoryPage)
#include "TestHistoryPage.moc"
