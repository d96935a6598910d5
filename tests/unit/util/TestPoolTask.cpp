// runOnPool(): the work runs on the pool, its result comes back once, on the context's thread, and not at all
// once the context is gone.
#include "util/PoolTask.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace smtpaudit;

class TestPoolTask : public QObject
{
    Q_OBJECT

private slots:
    void resultArrivesOnTheContextsThread()
    {
        QObject context;
        QThread* workThread = nullptr;
        QThread* doneThread = nullptr;
        int result = 0;
        runOnPool(
            &context,
            [&workThread] {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                doneThread = QThread::currentThread();
                result = value;
            });
        QTRY_COMPARE(result, 42);
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    // Move-only results are handed over, not copied.
    void moveOnlyResult()
    {
        QObject context;
        std::unique_ptr<int> received;
        runOnPool(
            &context, [] { return std::make_unique<int>(7); },
            [&received](std::unique_ptr<int> value) { received = std::move(value); });
        QTRY_VERIFY(received != nullptr);
        QCOMPARE(*received, 7);
    }

    // Many short tasks finishing while their callbacks are attached (the window in which Qt 6.4's
    // then(context) could run a continuation twice): every result arrives exactly once.
    void everyResultExactlyOnce()
    {
        QObject context;
        constexpr int total = 20'000;
        std::vector<int> deliveries(total, 0);
        int done = 0;
        for (int i = 0; i < total; ++i)
            runOnPool(
                &context, [i] { return i; },
                [&deliveries, &done](int index) {
                    ++deliveries[static_cast<std::size_t>(index)];
                    ++done;
                });
        QTRY_COMPARE_WITH_TIMEOUT(done, total, 30'000);
        QCoreApplication::processEvents(); // a second delivery would be queued by now
        QCOMPARE(done, total);
        QCOMPARE(static_cast<int>(std::count(deliveries.cbegin(), deliveries.cend(), 1)), total);
        // The watchers are gone with their results.
        QTRY_COMPARE(context.findChildren<QFutureWatcherBase*>().size(), 0);
    }

    // The context goes while the work still runs: the work finishes, the callback is never called.
    void noCallbackAfterTheContextIsGone()
    {
        QSemaphore release;
        std::atomic<bool> finished{false};
        bool called = false;
        {
            QObject context;
            runOnPool(
                &context,
                [&release, &finished] {
                    release.acquire();
                    finished = true;
                    return 1;
                },
                [&called](int) { called = true; });
        }
        release.release();
        QTRY_VERIFY(finished.load());
        QTest::qWait(50); // time for a (wrong) queued delivery
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestPoolTask)
#include "TestPoolTask.moc"
