#include "audit/run/Collector.h"

#include "util/Logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace smtpaudit {

double CollectorProgress::completion() const
{
    if (expectedItems > 0)
        return std::clamp(static_cast<double>(items) / static_cast<double>(expectedItems), 0.0, 1.0);
    if (fraction >= 0)
        return std::clamp(fraction, 0.0, 1.0);
    return -1;
}

Collector::Collector(CollectorContext context, QList<CollectorId> ids, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_ids(std::move(ids))
{}

Collector::~Collector() = default;

QString Collector::name() const
{
    return m_ids.isEmpty() ? QString() : collectorName(m_ids.constFirst());
}

void Collector::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!client()) {
        failAll(Error::make(Error::Category::InvalidInput,
                            QCoreApplication::translate("Collector", "No API client is configured.")));
        return;
    }
    qCDebug(lcAudit) << "collector" << name() << "started";
    run();
}

bool Collector::isFinished() const
{
    return std::all_of(m_ids.cbegin(), m_ids.cend(),
                       [this](CollectorId id) { return m_statuses.value(id).state != CollectorStatus::State::NotRun; });
}

bool Collector::isActive(CollectorId id) const
{
    return m_statuses.value(id).state == CollectorStatus::State::NotRun;
}

void Collector::cancel()
{
    abandon(Error::make(Error::Category::Cancelled, QCoreApplication::translate("Collector", "Cancelled.")));
}

void Collector::abandon(const Error& error)
{
    if (isFinished())
        return;
    m_started = true;
    // Mark first, then stop: callbacks that the stop triggers find nothing left to report.
    for (const CollectorId id : m_ids)
        if (isActive(id))
            m_statuses.insert(id, CollectorStatus::failed(error, defaultCollectorQuery(id), QDateTime()));
    stopJobs();
    finishIfDone();
}

void Collector::addItems(qint64 count)
{
    m_progress.items += count;
    emit progressChanged();
}

void Collector::addRequests(int count)
{
    m_progress.requests += count;
    emit progressChanged();
}

void Collector::setExpectedItems(qint64 total)
{
    m_progress.expectedItems = total;
    emit progressChanged();
}

void Collector::setFraction(double fraction)
{
    m_progress.fraction = fraction;
    emit progressChanged();
}

void Collector::complete(CollectorId id, const QString& query, qsizetype itemCount)
{
    if (!isActive(id))
        return;
    m_statuses.insert(id, CollectorStatus::complete(query, QDateTime::currentDateTimeUtc(), itemCount));
    qCDebug(lcAudit) << "collector" << collectorName(id) << "complete," << itemCount << "items";
    finishIfDone();
}

void Collector::fail(CollectorId id, const Error& error, const QString& query)
{
    if (!isActive(id))
        return;
    qCInfo(lcAudit).noquote() << "collector" << collectorName(id) << "failed:" << error.categoryName() << error.subject
                              << error.detail;
    m_statuses.insert(id, CollectorStatus::failed(error, query.isEmpty() ? defaultCollectorQuery(id) : query,
                                                  QDateTime::currentDateTimeUtc()));
    finishIfDone();
}

void Collector::failAll(const Error& error, const QString& query)
{
    // Stop the other jobs first: their cancellation callbacks then find every id already decided.
    for (const CollectorId id : m_ids)
        if (isActive(id))
            m_statuses.insert(id, CollectorStatus::failed(error, query.isEmpty() ? defaultCollectorQuery(id) : query,
                                                          QDateTime::currentDateTimeUtc()));
    qCInfo(lcAudit).noquote() << "collector" << name() << "failed:" << error.categoryName() << error.subject
                              << error.detail;
    stopJobs();
    finishIfDone();
}

void Collector::stopJobs()
{
    // Copies: a job's cancellation runs our done callbacks, which may start nothing new (every id is
    // decided by now) but may touch the lists.
    const auto pagers = std::exchange(m_pagers, {});
    for (const QPointer<PagedFetch>& pager : pagers)
        if (pager)
            pager->cancel();
    const auto batches = std::exchange(m_batches, {});
    for (const QPointer<BatchRunner>& batch : batches)
        if (batch)
            batch->cancel();
}

void Collector::readPages(ApiRequest request, ItemHandler onItem, PagesDone done, std::function<void()> afterPage)
{
    auto itemError = std::make_shared<std::optional<Error>>();
    PagedFetch* pager = PagedFetch::start(
        *client(), std::move(request), this,
        [this, onItem = std::move(onItem), afterPage = std::move(afterPage), itemError](const QJsonArray& items,
                                                                                        const QJsonObject&) {
            addRequests();
            for (const QJsonValue& value : items) {
                const Status handled = onItem(value.toObject());
                if (!handled.ok()) {
                    *itemError = handled.error();
                    return false;
                }
            }
            addItems(items.size());
            if (afterPage)
                afterPage();
            return true;
        },
        [done = std::move(done), itemError](Result<PagingSummary> result) {
            if (itemError->has_value())
                done(**itemError);
            else
                done(std::move(result));
        });
    m_pagers.removeAll(nullptr);
    m_pagers << pager;
}

void Collector::runBatch(BatchRunner::Options options, QList<BatchItem> items, BatchRunner::ItemCallback onItem,
                         BatchRunner::DoneCallback done)
{
    BatchRunner* runner = BatchRunner::start(*client(), std::move(options), std::move(items), this, std::move(onItem),
                                             [this, done = std::move(done)](Result<BatchSummary> result) {
                                                 if (result.ok())
                                                     addRequests(result.value().batches);
                                                 done(std::move(result));
                                             });
    m_batches.removeAll(nullptr);
    m_batches << runner;
}

void Collector::finishIfDone()
{
    if (m_finishedSignalled || !isFinished())
        return;
    m_finishedSignalled = true;
    emit finished();
}

} // namespace smtpaudit
