#include "graph/SignInsCollector.h"

#include "audit/TenantSnapshot.h"
#include "graph/SignInSlice.h"
#include "graph/SignInSummary.h"
#include "http/ApiClient.h"

#include "util/PoolTask.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit {

SignInsCollector::SignInsCollector(CollectorContext context, QObject* parent)
    : Collector(std::move(context), {CollectorId::SignIns}, parent)
    , m_store(std::make_shared<SignInStore>())
{}

SignInsCollector::~SignInsCollector() = default;

int SignInsCollector::automaticSliceCount(int days, int concurrency)
{
    const int wanted = std::clamp(2 * concurrency, 1, 48);
    return std::clamp(wanted, 1, std::max(1, days * 24));
}

int SignInsCollector::pages() const
{
    int total = 0;
    for (const auto& slice : m_slices)
        total += slice->pages();
    return total;
}

void SignInsCollector::run()
{
    const int days = std::clamp(context().settings.signInDays, 1, 30);
    const QDateTime now = (context().now.isValid() ? context().now : QDateTime::currentDateTimeUtc()).toUTC();
    const QDateTime from = now.addDays(-days);
    const int slices = context().settings.signInSlices > 0 ? context().settings.signInSlices
                                                           : automaticSliceCount(days, client()->maxConcurrency());
    const GraphQuery::SignInScope scope = context().settings.signInScope;
    m_query = GraphQuery::describe(GraphQuery::signIns(context().cloud, GraphQuery::signInFilter(from, {}, scope))) +
              u" (%1 createdDateTime slices in parallel)"_s.arg(slices);

    const qint64 spanMs = now.toMSecsSinceEpoch() - from.toMSecsSinceEpoch();
    for (int i = 0; i < slices; ++i) {
        // Whole seconds: the filter writes seconds, and adjacent slices must meet exactly.
        const QDateTime sliceFrom =
            QDateTime::fromSecsSinceEpoch((from.toMSecsSinceEpoch() + spanMs * i / slices) / 1000, Qt::UTC);
        const QDateTime sliceTo =
            QDateTime::fromSecsSinceEpoch((from.toMSecsSinceEpoch() + spanMs * (i + 1) / slices) / 1000, Qt::UTC);
        // The newest slice is open-ended: events logged while the audit runs still belong to the window.
        const bool newest = i == slices - 1;
        const QString filter =
            GraphQuery::signInFilter(i == 0 ? from : sliceFrom, newest ? std::nullopt : std::optional(sliceTo), scope);
        ApiRequest request = ApiRequest::get(GraphQuery::signIns(context().cloud, filter));
        request.tokenScope = context().graphScope();
        request.permissionHint = QString(GraphQuery::permission::auditLog);
        request.label = u"sign-ins slice %1/%2"_s.arg(i + 1).arg(slices);
        auto slice = std::make_unique<SignInSlice>(*client(), m_store, std::move(request), i == 0 ? from : sliceFrom,
                                                   newest ? now : sliceTo, context().settings.parseSignInsInWorker);
        connect(slice.get(), &SignInSlice::pageStored, this, [this](qint64 appended) {
            addRequests();
            addItems(appended);
            updateCoverage();
        });
        connect(slice.get(), &SignInSlice::finished, this, &SignInsCollector::onSliceFinished);
        m_slices.push_back(std::move(slice));
    }
    m_running = slices;
    for (const auto& slice : m_slices)
        slice->start();
}

void SignInsCollector::updateCoverage()
{
    if (m_slices.empty())
        return;
    double covered = 0;
    for (const auto& slice : m_slices)
        covered += slice->coverage();
    setFraction(covered / static_cast<double>(m_slices.size()));
}

void SignInsCollector::onSliceFinished(const Status& result)
{
    --m_running;
    if (!isActive(CollectorId::SignIns))
        return;
    if (!result.ok()) {
        failAll(result.error(), m_query);
        return;
    }
    updateCoverage();
    if (m_running > 0)
        return;
    const int days = std::clamp(context().settings.signInDays, 1, 30);
    const QDateTime now = (context().now.isValid() ? context().now : QDateTime::currentDateTimeUtc()).toUTC();
    if (!context().settings.parseSignInsInWorker) {
        m_data = summariseSignIns(*m_store, now, days);
        complete(CollectorId::SignIns, m_query, m_store->size());
        return;
    }
    // Summarised on the thread pool: the store is complete and nothing appends any more, and the audit's
    // thread keeps answering the other collectors' replies meanwhile. A cancel meanwhile drops the summary.
    runOnPool(
        this, [store = m_store, now, days] { return summariseSignIns(*store, now, days); },
        [this](SignInData data) {
            if (!isActive(CollectorId::SignIns))
                return;
            m_data = std::move(data);
            complete(CollectorId::SignIns, m_query, m_store->size());
        });
}

void SignInsCollector::stopJobs()
{
    Collector::stopJobs();
    for (const auto& slice : m_slices)
        slice->cancel();
}

void SignInsCollector::applyTo(TenantSnapshot& snapshot) const
{
    if (status(CollectorId::SignIns).isComplete())
        snapshot.signIns = m_data;
}

} // namespace smtpaudit
