#include "common/EnglishPlurals.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::ui;

// The English plural forms the console shows instead of "(s)" placeholders, through QCoreApplication::translate
// as every tr() call goes.
class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void resolvesMarkers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one day") << u"%n day(s) left"_s << 1 << u"%n day left"_s;
        QTest::newRow("no days") << u"%n day(s) left"_s << 0 << u"%n days left"_s;
        QTest::newRow("mailboxes") << u"%n mailbox(es) idle"_s << 2 << u"%n mailboxes idle"_s;
        QTest::newRow("one mailbox") << u"%n mailbox(es) idle"_s << 1 << u"%n mailbox idle"_s;
        QTest::newRow("policies") << u"%n policy(ies)"_s << 3 << u"%n policies"_s;
        QTest::newRow("one policy") << u"%n policy(ies)"_s << 1 << u"%n policy"_s;
        QTest::newRow("two markers") << u"%n expired app secret(s) or certificate(s)"_s << 4
                                     << u"%n expired app secrets or certificates"_s;
        QTest::newRow("bare parenthesis stays") << u"%n found (see below)"_s << 2 << u"%n found (see below)"_s;
    }

    void resolvesMarkers()
    {
        QFETCH(QString, text);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(EnglishPlurals::resolve(text, n), expected);
    }

    void installedTranslatorAppliesToTr()
    {
        EnglishPlurals plurals;
        QCoreApplication::installTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("Format", "%n day(s) overdue", nullptr, 1), u"1 day overdue"_s);
        QCOMPARE(QCoreApplication::translate("Format", "%n day(s) overdue", nullptr, 330), u"330 days overdue"_s);
        // Without n the text is left alone, and so is a string without markers.
        QCOMPARE(QCoreApplication::translate("Format", "day(s)"), u"day(s)"_s);
        QCOMPARE(QCoreApplication::translate("Format", "%n item", nullptr, 5), u"5 item"_s);
        QCoreApplication::removeTranslator(&plurals);
        QCOMPARE(QCoreApplication::translate("Format", "%n day(s) overdue", nullptr, 1), u"1 day(s) overdue"_s);
    }
};

QTEST_MAIN(TestEnglishPlurals)
#include "TestEnglishPlurals.moc"
