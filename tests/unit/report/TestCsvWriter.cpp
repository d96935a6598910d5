#include "report/CsvWriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotingFollowsRfc4180_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"alice@contoso.com"_s << u"alice@contoso.com"_s;
        QTest::newRow("comma") << u"Doe, John"_s << u"\"Doe, John\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("non-latin") << u"مدير البريد"_s << u"مدير البريد"_s;
    }
    void quotingFollowsRfc4180()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeField(field), expected);
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << u"=cmd|' /C calc'!A0"_s << u"\"'=cmd|' /C calc'!A0\""_s;
        QTest::newRow("plus") << u"+1+1"_s << u"\"'+1+1\""_s;
        QTest::newRow("minus") << u"-2+3"_s << u"\"'-2+3\""_s;
        QTest::newRow("at") << u"@SUM(A1)"_s << u"\"'@SUM(A1)\""_s;
        QTest::newRow("tab") << u"\t=1"_s << u"\"'\t=1\""_s;
        QTest::newRow("with comma") << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
        QTest::newRow("inner equals is fine") << u"a=b"_s << u"a=b"_s;
    }
    void formulasAreNeutralised()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::escapeField(field), expected);
    }

    void documentHasBomHeaderAndCrlf()
    {
        CsvWriter csv({u"userPrincipalName"_s, u"displayName"_s});
        csv.addRow({u"a@contoso.com"_s, u"Ä, Ö"_s});
        csv.addRow({u"b@contoso.com"_s});
        QCOMPARE(csv.rowCount(), 2);
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "userPrincipalName,displayName\r\n"
                                    "a@contoso.com,\"\xC3\x84, \xC3\x96\"\r\n"
                                    "b@contoso.com,\r\n";
        QCOMPARE(csv.data(), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
