#include "util/Translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

// The German catalogue is compiled from translations/smtpaudit_de.ts and embedded in smtpaudit_core.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanCatalogueIsEmbeddedAndUsed()
    {
        QVERIFY(smtpaudit::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::German)));
        QCOMPARE(QCoreApplication::translate("smtpaudit::ui::MainWindow", "Mailboxes"), u"Postfächer"_s);
        QCOMPARE(QCoreApplication::translate("cli", "Unknown command: %1").arg(u"x"_s), u"Unbekannter Befehl: x"_s);
    }

    void englishNeedsNoCatalogue()
    {
        QVERIFY(!smtpaudit::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
