#include "MainWindow.h"

#include <QDir>
#include <QImage>
#include <QScreen>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::ui;

// Saves a PNG per console page under $SMTPAUDIT_BINARY_DIR/screenshots, taken from the real X server
// (Xvfb), so a person can look at what the product shows. Asserts the pictures are real renderings.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void everyPage()
    {
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        const QString dir = qEnvironmentVariable("SMTPAUDIT_BINARY_DIR") + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));

        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < navigationPageCount; ++i) {
            window.showPage(static_cast<NavigationPage>(i));
            QTest::qWait(50);
            const QImage shot = window.screen()->grabWindow(window.winId()).toImage();
            QVERIFY(!shot.isNull());
            QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
            // A blank or uniform image means nothing was drawn.
            QSet<QRgb> colours;
            for (int y = 0; y < shot.height() && colours.size() < 16; y += 7)
                for (int x = 0; x < shot.width() && colours.size() < 16; x += 7)
                    colours.insert(shot.pixel(x, y));
            QVERIFY2(colours.size() >= 8, "screenshot looks blank");
            const QString path = u"%1/main-%2.png"_s.arg(dir).arg(i);
            QVERIFY(shot.save(path));
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
