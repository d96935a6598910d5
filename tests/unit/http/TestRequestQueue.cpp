#include "http/RequestQueue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// The ApiClient's waiting room: lanes in turn, urgent first within a lane, nothing lost or repeated.
class TestRequestQueue : public QObject
{
    Q_OBJECT

    static QList<RequestQueue::Id> drain(RequestQueue& queue)
    {
        QList<RequestQueue::Id> order;
        while (const std::optional<RequestQueue::Id> id = queue.pop())
            order << *id;
        return order;
    }

private slots:
    void emptyQueue()
    {
        RequestQueue queue;
        QVERIFY(queue.isEmpty());
        QCOMPARE(queue.size(), 0);
        QVERIFY(!queue.pop().has_value());
    }

    void oneLaneIsFirstComeFirstServed()
    {
        RequestQueue queue;
        for (RequestQueue::Id id = 1; id <= 5; ++id)
            queue.push(id, u"graph/v1.0/users"_s, false);
        QCOMPARE(queue.size(), 5);
        QCOMPARE(drain(queue), (QList<RequestQueue::Id>{1, 2, 3, 4, 5}));
        QVERIFY(queue.isEmpty());
    }

    // 300 sign-in slices queued first no longer hold back the Exchange discovery queued after them.
    void lanesTakeTurns()
    {
        RequestQueue queue;
        for (RequestQueue::Id id = 1; id <= 300; ++id)
            queue.push(id, u"graph/v1.0/auditLogs/signIns"_s, false);
        queue.push(1000, u"outlook/AdminApi/v1.0/tenant/EXOModuleFile"_s, false);
        queue.push(2000, u"graph/beta/$batch"_s, false);
        queue.push(2001, u"graph/beta/$batch"_s, false);
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(1));
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(1000));
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(2000));
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(2));
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(2001));
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(3));
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(4)); // the only lane left
        QCOMPARE(queue.size(), 296);
        const QList<RequestQueue::Id> rest = drain(queue);
        QCOMPARE(rest.size(), 296);
        QCOMPARE(rest.first(), RequestQueue::Id(5));
        QCOMPARE(rest.last(), RequestQueue::Id(300));
    }

    void urgentComesFirstWithinItsLane()
    {
        RequestQueue queue;
        queue.push(1, u"a"_s, false);
        queue.push(2, u"a"_s, false);
        queue.push(3, u"a"_s, true); // a continuation
        queue.pushFront(4, u"a"_s);  // a retry due now: ahead of the continuation
        queue.push(5, u"b"_s, false);
        QCOMPARE(drain(queue), (QList<RequestQueue::Id>{4, 5, 3, 1, 2}));
    }

    // A lane that empties and fills again gets a turn again, once.
    void laneComesBackAfterEmptying()
    {
        RequestQueue queue;
        queue.push(1, u"a"_s, false);
        QCOMPARE(queue.pop(), std::optional<RequestQueue::Id>(1));
        QVERIFY(queue.isEmpty());
        queue.push(2, u"b"_s, false);
        queue.push(3, u"a"_s, true);
        queue.push(4, u"a"_s, false);
        QCOMPARE(drain(queue), (QList<RequestQueue::Id>{2, 3, 4}));
        QVERIFY(queue.isEmpty());
        QCOMPARE(queue.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestQueue)
#include "TestRequestQueue.moc"
