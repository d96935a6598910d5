#include "MainWindow.h"
#include "Screenshots.h"
#include "UiTestData.h"
#include "audit/Clock.h"
#include "common/EnglishPlurals.h"
#include "util/Translations.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

// Every console page with an audit loaded, rendered by a real X server (Xvfb) at 1400x900 in English and in
// German, and saved as PNG under $SMTPAUDIT_BINARY_DIR/screenshots/console-<lang>-<page>.png for people to
// look at. Asserts that each picture is a real rendering, that no table header is cut off, and that the
// English pages show no "(s)" plural placeholders.
class TestConsoleScreenshots : public QObject
{
    Q_OBJECT

private:
    void shootEveryPage(const QString& language)
    {
        FixedClock clock(uitest::fixedNow());
        MainWindow window(clock, nullptr);
        window.setAudit(uitest::makeAudit());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < navigationPageCount; ++i) {
            const auto page = static_cast<NavigationPage>(i);
            window.showPage(page);
            QTest::qWait(150); // let charts animate in and lay out
            const QImage shot = screenshots::grab(&window);
            QVERIFY(!shot.isNull());
            QVERIFY2(screenshots::looksRendered(shot), "screenshot looks blank");
            const QString name = MainWindow::pageObjectName(page).chopped(4); // "dashboardPage" -> "dashboard"
            QVERIFY(shot.save(u"%1/console-%2-%3.png"_s.arg(screenshots::directory(), language, name)));
            if (language == u"en"_s) {
                static const QRegularExpression placeholder(u"\\p{L}\\((s|es|ies)\\)"_s);
                for (QLabel* label : window.findChildren<QLabel*>())
                    if (label->isVisible())
                        QVERIFY2(!placeholder.match(label->text()).hasMatch(), qPrintable(label->text()));
            }
            const QStringList clipped = screenshots::clippedHeaders(&window);
            QVERIFY2(clipped.isEmpty(), qPrintable(name + u": "_s + clipped.join(u"; "_s)));
        }
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestConsoleScreenshots"_s);
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    }

    void everyPageInEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        EnglishPlurals plurals; // as the application installs it when it runs in English
        QCoreApplication::installTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("Format", "%n day(s) left", nullptr, 1), u"1 day left"_s);
        shootEveryPage(u"en"_s);
        QCoreApplication::removeTranslator(&plurals);
    }

    void everyPageInGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        shootEveryPage(u"de"_s);
    }
};

QTEST_MAIN(TestConsoleScreenshots)
#include "TestConsoleScreenshots.moc"
