#include "MainWindow.h"
#include "testsend/TestSendDialog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::ui;

// "Send test from this mailbox" (the Mailboxes context menu emits sendTestRequested) opens the Test Send
// dialog, not modal, owned by the window and deleted when closed.
class TestMainWindowTestSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestMainWindowTestSend"_s);
    }

    void sendTestOpensTheDialog()
    {
        MainWindow window;
        QVERIFY(window.findChildren<TestSendDialog*>().isEmpty());
        emit window.sendTestRequested(u"printer@contoso.example"_s);
        const QList<TestSendDialog*> dialogs = window.findChildren<TestSendDialog*>();
        QCOMPARE(dialogs.size(), 1);
        QPointer<TestSendDialog> dialog = dialogs.constFirst();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        dialog->close();
        QTRY_VERIFY(dialog.isNull());
    }
};

QTEST_MAIN(TestMainWindowTestSend)
#include "TestMainWindowTestSend.moc"
