#include "sample/server/FaultInjector.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;

class TestFaultInjector : public QObject
{
    Q_OBJECT

    static QList<int> sequence(FaultOptions options, int count)
    {
        FaultInjector injector(options);
        QList<int> kinds;
        for (int i = 0; i < count; ++i) {
            const auto kind = injector.draw();
            kinds << (kind ? static_cast<int>(*kind) : -1);
        }
        return kinds;
    }

private slots:
    void sameSeedSameFaults()
    {
        FaultOptions options;
        options.seed = 42;
        options.tooManyRequestsRate = 0.1;
        options.connectionResetRate = 0.1;
        options.truncatedJsonRate = 0.1;
        const QList<int> first = sequence(options, 200);
        QCOMPARE(sequence(options, 200), first);
        options.seed = 43;
        QVERIFY(sequence(options, 200) != first);
        QVERIFY(first.count(-1) > 0 && first.count(-1) < 200);
    }

    void ratesAreRoughlyHonoured()
    {
        FaultOptions options;
        options.seed = 7;
        options.serviceUnavailableRate = 0.25;
        FaultInjector injector(options);
        int hits = 0;
        for (int i = 0; i < 4000; ++i)
            hits += injector.draw() == FaultKind::ServiceUnavailable ? 1 : 0;
        QVERIFY2(hits > 800 && hits < 1200, qPrintable(QString::number(hits))); // deterministic for seed 7
        options.serviceUnavailableRate = 1.0;
        FaultInjector always(options);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(always.draw(), std::optional<FaultKind>(FaultKind::ServiceUnavailable));
        FaultInjector never(FaultOptions{});
        for (int i = 0; i < 100; ++i)
            QVERIFY(!never.draw().has_value());
    }

    void scope()
    {
        FaultOptions options;
        FaultInjector injector(options);
        QVERIFY(injector.appliesTo(u"/v1.0/users"_s));
        QVERIFY(!injector.appliesTo(u"/contoso.onmicrosoft.com/oauth2/v2.0/token"_s));
        options.includeTokenEndpoint = true;
        options.pathPrefix = u"/v1.0/auditLogs"_s;
        FaultInjector narrowed(options);
        QVERIFY(!narrowed.appliesTo(u"/v1.0/users"_s));
        QVERIFY(narrowed.appliesTo(u"/v1.0/auditLogs/signIns"_s));
    }

    void bodyShapes()
    {
        const QByteArray body = R"({"value":[{"id":"1"},{"id":"2"}]})";
        QVERIFY(!QJsonDocument::fromJson(body).isNull());
        const QByteArray cut = FaultInjector::truncated(body);
        QCOMPARE(cut.size(), body.size() / 2);
        QVERIFY(body.startsWith(cut));
        QVERIFY(QJsonDocument::fromJson(cut).isNull());
        const QByteArray broken = FaultInjector::malformed(body);
        QCOMPARE(broken.size(), body.size());
        QVERIFY(broken != body);
        QJsonParseError error;
        QJsonDocument::fromJson(broken, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QCOMPARE(FaultInjector::malformed(QByteArray()), QByteArray("<"));
    }
};

QTEST_GUILESS_MAIN(TestFaultInjector)
#include "TestFaultInjector.moc"
