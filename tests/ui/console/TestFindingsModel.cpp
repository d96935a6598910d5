#include "UiTestData.h"
#include "common/Practices.h"
#include "findings/FindingDetails.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

class TestFindingsModel : public QObject
{
    Q_OBJECT

    ConsoleAudit m_audit;

private slots:
    void initTestCase() { m_audit = uitest::makeAudit(); }

    void groupsByPracticeInOrder()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(m_audit.result->findings);
        QVERIFY(model.rowCount() > 3);
        int children = 0;
        QString previous;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex group = model.index(g, 0);
            const QString practice = group.data(FindingsModel::PracticeIdRole).toString();
            QVERIFY(practice > previous);
            previous = practice;
            QVERIFY(group.data().toString().contains(Practices::title(practice)));
            QVERIFY(group.data(FindingsModel::IsPracticeRole).toBool());
            QVERIFY(!model.finding(group));
            std::optional<int> lastSeverity;
            for (int r = 0; r < model.rowCount(group); ++r) {
                const Finding* f = model.finding(model.index(r, 0, group));
                QVERIFY(f);
                QCOMPARE(f->practiceId, practice);
                QCOMPARE(model.parent(model.index(r, 2, group)), group);
                // Highest severity first within the group.
                QVERIFY(!lastSeverity || int(f->severity) <= *lastSeverity);
                lastSeverity = int(f->severity);
                ++children;
            }
        }
        QCOMPARE(children, m_audit.result->findings.size());
    }

    void issuesOnlyHidesTheRest()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(m_audit.result->findings);
        model.setIssuesOnly(true);
        int issues = 0;
        for (const Finding& f : m_audit.result->findings)
            issues += f.kind == FindingKind::Issue;
        int shown = 0;
        for (int g = 0; g < model.rowCount(); ++g)
            for (int r = 0; r < model.rowCount(model.index(g, 0)); ++r) {
                QCOMPARE(model.finding(model.index(r, 0, model.index(g, 0)))->kind, FindingKind::Issue);
                ++shown;
            }
        QCOMPARE(shown, issues);
        const QString someId = m_audit.result->findings.last().id;
        model.setIssuesOnly(false);
        QVERIFY(model.indexOfFinding(someId).isValid());
    }

    void detailsShowEvidenceAndRemediation()
    {
        const Finding* idle = m_audit.result->finding(u"BP02-enabled-idle"_s);
        QVERIFY(idle);
        const QString html = FindingDetails::html(*idle, QPalette(), 3);
        QVERIFY(html.contains(idle->title.toHtmlEscaped()));
        QVERIFY(html.contains(u"Set-CASMailbox"_s));
        QVERIFY(html.contains(idle->evidence.first().dataPoint.toHtmlEscaped()));
        if (idle->affectedObjects.size() > 3)
            QVERIFY(html.contains(u"more"_s));
    }

    void pageSelectsAndCopies()
    {
        FindingsPage page;
        page.setAudit(m_audit);
        QVERIFY(page.selectFinding(u"BP02-enabled-idle"_s));
        page.findChild<QPushButton*>(u"copyFindingRemediation"_s)->click();
        QVERIFY(QApplication::clipboard()->text().contains(u"Set-CASMailbox"_s));
        QVERIFY(!page.selectFinding(u"BP99-nothing"_s));
    }
};

QTEST_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
