#include "signins/SignInErrorCodes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestSignInErrorCodes : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeTheChartsNeedIsExplained()
    {
        const QList<int> needed{0,     50126, 50053,  50057, 50055, 50076,   50079, 53003,
                                50034, 50074, 500121, 50140, 65001, 7000215, 530035};
        const QList<int> known = knownSignInErrorCodes();
        for (int code : needed) {
            QVERIFY2(known.contains(code), qPrintable(QString::number(code)));
            const auto info = signInErrorCodeInfo(code);
            QVERIFY(info.has_value());
            QCOMPARE(info->code, code);
            QVERIFY(!info->description.isEmpty());
            QVERIFY2(!info->source.isEmpty(), "every explanation names its source");
            QCOMPARE(signInErrorDescription(code), info->description);
        }
        QVERIFY(std::is_sorted(known.begin(), known.end()));
        QCOMPARE(signInErrorCodeInfo(50126)->name, u"InvalidUserNameOrPassword"_s);
        QCOMPARE(signInErrorCodeInfo(53003)->name, u"BlockedByConditionalAccess"_s);
    }

    void unknownCodesGetAGenericPointer()
    {
        QVERIFY(!signInErrorCodeInfo(12345).has_value());
        QVERIFY(signInErrorDescription(12345).contains(u"12345"_s));
    }
};

QTEST_GUILESS_MAIN(TestSignInErrorCodes)
#include "TestSignInErrorCodes.moc"
