#include "util/Result.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestError : public QObject
{
    Q_OBJECT

private slots:
    void resultCarriesValueOrError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad(Error::make(Error::Category::Timeout, u"slow"_s, u"after 30 s"_s));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().category, Error::Category::Timeout);
        QCOMPARE(bad.error().toString(), u"slow (after 30 s)"_s);
    }

    void categoryNamesAreStableAndDistinct()
    {
        QSet<QString> names;
        for (int c = 0; c <= static_cast<int>(Error::Category::Io); ++c)
            names.insert(Error::categoryName(static_cast<Error::Category>(c)));
        QCOMPARE(names.size(), static_cast<int>(Error::Category::Io) + 1);
        QCOMPARE(Error::categoryName(Error::Category::PermissionMissing), u"permission-missing"_s);
        QCOMPARE(Error::categoryName(Error::Category::Timeout), u"timeout"_s);
        QCOMPARE(Error::categoryName(Error::Category::Cancelled), u"cancelled"_s);
        QVERIFY(!names.contains(u"unknown"_s));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "TestError.moc"
