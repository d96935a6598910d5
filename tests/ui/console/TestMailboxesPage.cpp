#include "UiTestData.h"
#include "mailboxes/MailboxFilterModel.h"
#include "mailboxes/MailboxTableModel.h"
#include "mailboxes/MailboxesPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

class TestMailboxesPage : public QObject
{
    Q_OBJECT

private slots:
    void emptyBeforeAnAudit()
    {
        MailboxesPage page;
        QCOMPARE(page.filterModel()->rowCount(), 0);
        QVERIFY(!page.findChild<QAction*>(u"sendTestAction"_s)->isEnabled());
    }

    void typingFiltersInstantly()
    {
        MailboxesPage page;
        page.resize(1200, 700);
        page.setAudit(uitest::makeAudit());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* edit = page.findChild<QLineEdit*>(u"mailboxFilter"_s);
        auto* count = page.findChild<QLabel*>(u"mailboxCount"_s);
        QVERIFY(edit && count);
        const int total = page.mailboxModel()->rowCount();
        QCOMPARE(count->text(), u"%1 mailboxes"_s.arg(total));

        QTest::keyClicks(edit, u"greta"_s);
        QVERIFY(page.filterModel()->rowCount() > 0);
        QVERIFY(page.filterModel()->rowCount() < total);
        for (int r = 0; r < page.filterModel()->rowCount(); ++r)
            QVERIFY(page.filterModel()->index(r, 0).data().toString().contains(u"greta"_s));
        QVERIFY(count->text().contains(u"of"_s));

        // Ctrl+F focuses the filter from anywhere on the page.
        page.table()->setFocus();
        QTest::keyClick(page.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(edit->hasFocus());
        edit->clear();
        QCOMPARE(page.filterModel()->rowCount(), total);
    }

    void quickFilterButtons()
    {
        MailboxesPage page;
        page.setAudit(uitest::makeAudit());
        auto* onButton = page.findChild<QToolButton*>(u"quickFilterEffectivelyOn"_s);
        auto* mfaButton = page.findChild<QToolButton*>(u"quickFilterNoMfa"_s);
        QVERIFY(onButton && mfaButton);
        onButton->click();
        QCOMPARE(page.filterModel()->quickFilters(), quint32(MailboxTableModel::EffectivelyOn));
        mfaButton->click();
        QCOMPARE(page.filterModel()->quickFilters(),
                 quint32(MailboxTableModel::EffectivelyOn | MailboxTableModel::NoMfa));
        for (int r = 0; r < page.filterModel()->rowCount(); ++r) {
            const auto& m = page.mailboxModel()->mailbox(page.filterModel()->sourceRow(r));
            QCOMPARE(m.smtpAuth.verdict, SmtpAuthVerdict::Enabled);
            QCOMPARE(m.mfaRegistered, std::optional<bool>(false));
        }
        page.setQuickFilters(0);
        QVERIFY(!onButton->isChecked() && !mfaButton->isChecked());
    }

    void detailsAndContextActions()
    {
        MailboxesPage page;
        page.setAudit(uitest::makeAudit());
        const QString upn = uitest::upnOf(2);
        QVERIFY(page.selectMailbox(upn));
        QCOMPARE(page.currentMailbox(), upn);
        auto* details = page.findChild<QTextBrowser*>(u"mailboxDetails"_s);
        QVERIFY(details->toPlainText().contains(upn));

        QSignalSpy sendSpy(&page, &MailboxesPage::sendTestRequested);
        QSignalSpy signInSpy(&page, &MailboxesPage::showSignInsRequested);
        page.findChild<QAction*>(u"sendTestAction"_s)->trigger();
        page.findChild<QAction*>(u"showSignInsAction"_s)->trigger();
        QCOMPARE(sendSpy.count(), 1);
        QCOMPARE(sendSpy.at(0).at(0).toString(), upn);
        QCOMPARE(signInSpy.at(0).at(0).toString(), upn);

        page.findChild<QAction*>(u"copyRemediationAction"_s)->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"'%1'"_s.arg(upn)), qPrintable(copied));

        // Selecting a mailbox hidden by the filter clears the filter.
        page.setFilterText(u"zzz-nothing"_s);
        QCOMPARE(page.filterModel()->rowCount(), 0);
        QVERIFY(page.selectMailbox(upn));
        QCOMPARE(page.filterModel()->filterText(), QString());
        QVERIFY(!page.selectMailbox(u"nobody@contoso.example"_s));
    }

    void selectionFollowsTheFilter()
    {
        MailboxesPage page;
        page.setAudit(uitest::makeAudit());
        const QString upn = uitest::upnOf(40);
        QVERIFY(page.selectMailbox(upn));
        page.setFilterText(upn.left(8));
        QCOMPARE(page.currentMailbox(), upn);
    }
};

QTEST_MAIN(TestMailboxesPage)
#include "TestMailboxesPage.moc"
