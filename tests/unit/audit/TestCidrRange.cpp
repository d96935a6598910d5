#include "audit/CidrRange.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestCidrRange : public QObject
{
    Q_OBJECT

private slots:
    void contains_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("inside");
        QTest::newRow("v4 inside") << u"203.0.113.0/24"_s << u"203.0.113.77"_s << true;
        QTest::newRow("v4 outside") << u"203.0.113.0/24"_s << u"203.0.114.1"_s << false;
        QTest::newRow("v4 host route") << u"198.51.100.10"_s << u"198.51.100.10"_s << true;
        QTest::newRow("v4 host route other") << u"198.51.100.10"_s << u"198.51.100.11"_s << false;
        QTest::newRow("v6 inside") << u"2001:db8:10::/48"_s << u"2001:db8:10:ffff::1"_s << true;
        QTest::newRow("v6 outside") << u"2001:db8:10::/48"_s << u"2001:db8:11::1"_s << false;
        QTest::newRow("v4 address vs v6 range") << u"2001:db8::/32"_s << u"192.0.2.1"_s << false;
        QTest::newRow("v4-mapped v6 address") << u"192.0.2.0/24"_s << u"::ffff:192.0.2.9"_s << true;
        QTest::newRow("garbage address") << u"192.0.2.0/24"_s << u"not-an-ip"_s << false;
        QTest::newRow("whitespace tolerated") << u" 192.0.2.0/24 "_s << u" 192.0.2.3"_s << true;
    }
    void contains()
    {
        QFETCH(QString, range);
        QFETCH(QString, address);
        QFETCH(bool, inside);
        const auto parsed = CidrRange::parse(range);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->contains(address), inside);
    }

    void rejectsInvalid()
    {
        QStringList invalid;
        const QList<CidrRange> ranges =
            parseCidrRanges({u"10.0.0.0/8"_s, u"10.0.0.0/33"_s, u"nonsense"_s, u""_s, u"2001:db8::/129"_s}, &invalid);
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(invalid.size(), 4);
        QVERIFY(anyRangeContains(ranges, u"10.200.1.1"_s));
        QVERIFY(!anyRangeContains(ranges, u"11.0.0.1"_s));
    }
};

QTEST_GUILESS_MAIN(TestCidrRange)
#include "TestCidrRange.moc"
