#include "MainWindow.h"

#include <QAction>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestMainWindow"_s);
    }

    void opensAndCloses()
    {
        auto* window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<MainWindow> guard(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->windowTitle().contains(u"smtpaudit"_s));
        QVERIFY(window->close());
        QTRY_VERIFY(guard.isNull());
    }

    void navigationSwitchesPages()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
        auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
        QVERIFY(navigation && pages);
        QCOMPARE(navigation->count(), navigationPageCount);
        QCOMPARE(pages->count(), navigationPageCount);

        navigation->setCurrentRow(static_cast<int>(NavigationPage::Mailboxes));
        QCOMPARE(pages->currentWidget()->objectName(), u"mailboxesPage"_s);
        window.showPage(NavigationPage::History);
        QCOMPARE(window.currentPage(), NavigationPage::History);
        QCOMPARE(pages->currentWidget()->objectName(), u"historyPage"_s);

        // Keyboard: Ctrl+3 goes to the MFA page.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), NavigationPage::Mfa);
    }

    void remembersGeometry()
    {
        {
            MainWindow window;
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
