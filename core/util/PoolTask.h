#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace smtpaudit {

// Runs `work` on the global thread pool and hands its result to `done` on `context`'s thread (the calling
// thread, which must be context's), through a QFutureWatcher owned by `context`: when `context` goes first,
// `done` is never called.
//
// Not QtConcurrent::run(...).then(context, ...): in Qt 6.4 a continuation attached while the task finishes
// can run twice (setContinuation runs it and stores it again; runContinuation on the pool thread then finds
// it), and the second run starts a moved-from promise. A large audit crashed that way once in about 70
// runs: SIGSEGV at address 0xbc in QFutureInterfaceBase::reportStarted on the main thread. A watcher gets
// the finished state under the future's own mutex and only once.
template <typename Work, typename Done>
void runOnPool(QObject* context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace smtpaudit
