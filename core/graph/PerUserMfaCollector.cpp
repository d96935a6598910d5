#include "graph/PerUserMfaCollector.h"

#include "audit/TenantSnapshot.h"
#include "graph/GraphParsers.h"
#include "http/ApiClient.h"
#include "util/Logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace smtpaudit {

PerUserMfaCollector::PerUserMfaCollector(CollectorContext context, QObject* parent)
    : Collector(std::move(context), {CollectorId::PerUserMfa}, parent)
{}

void PerUserMfaCollector::addUsers(const QStringList& userIds)
{
    if (!isActive(CollectorId::PerUserMfa))
        return;
    for (const QString& id : userIds) {
        const QString key = id.toLower();
        if (id.isEmpty() || m_seen.contains(key))
            continue;
        m_seen.insert(key);
        m_waiting << id;
    }
    if (isStarted())
        flush(false);
}

void PerUserMfaCollector::noMoreUsers()
{
    m_noMoreUsers = true;
    setExpectedItems(m_seen.size());
    if (isStarted() && isActive(CollectorId::PerUserMfa)) {
        flush(true);
        finishIfComplete();
    }
}

void PerUserMfaCollector::run()
{
    flush(m_noMoreUsers);
    finishIfComplete();
}

void PerUserMfaCollector::flush(bool everything)
{
    if (m_waiting.isEmpty())
        return;
    if (!context().settings.batching) {
        for (const QString& id : std::exchange(m_waiting, {}))
            sendSingle(id);
        return;
    }
    // Whole batches now; a remainder waits for more ids unless this is the end.
    const qsizetype sendable =
        everything ? m_waiting.size() : m_waiting.size() - m_waiting.size() % JsonBatch::graphLimit;
    if (sendable <= 0)
        return;
    const QStringList ids = m_waiting.mid(0, sendable);
    m_waiting.remove(0, sendable);
    sendBatched(ids);
}

void PerUserMfaCollector::sendBatched(const QStringList& ids)
{
    QList<BatchItem> items;
    items.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        BatchItem item;
        item.id = QString::number(i + 1);
        item.url = GraphQuery::perUserMfaRelativeUrl(ids.at(i));
        items << item;
    }
    BatchRunner::Options options;
    options.batchUrl = GraphQuery::batch(context().cloud, "beta"_L1);
    options.maxPerBatch = JsonBatch::graphLimit;
    options.tokenScope = context().graphScope();
    options.permissionHint = QString(GraphQuery::permission::policy);
    options.label = u"per-user MFA"_s;
    m_requested += ids.size();
    ++m_runningJobs;
    runBatch(
        std::move(options), std::move(items),
        [this, ids](const BatchItemResult& item) {
            const QString id = ids.value(item.id.toInt() - 1);
            const Status handled = handleAnswer(id, item.status, item.error, item.body.toObject());
            if (!handled.ok())
                failAll(handled.error(), defaultCollectorQuery(CollectorId::PerUserMfa));
        },
        [this](Result<BatchSummary> result) {
            --m_runningJobs;
            if (!result.ok()) {
                failAll(result.error(), defaultCollectorQuery(CollectorId::PerUserMfa));
                return;
            }
            finishIfComplete();
        });
}

void PerUserMfaCollector::sendSingle(const QString& id)
{
    ApiRequest request = ApiRequest::get(GraphQuery::perUserMfa(context().cloud, id));
    request.tokenScope = context().graphScope();
    request.permissionHint = QString(GraphQuery::permission::policy);
    request.label = u"per-user MFA"_s;
    ++m_requested;
    ++m_runningJobs;
    auto requestId = std::make_shared<quint64>(0);
    *requestId = client()->send(std::move(request), this, [this, id, requestId](ApiResult result) {
        m_singleRequests.remove(*requestId);
        --m_runningJobs;
        addRequests();
        if (!isActive(CollectorId::PerUserMfa))
            return;
        const Status handled = result.ok() ? handleAnswer(id, result.value().status, std::nullopt, result.value().json)
                                           : handleAnswer(id, result.error().httpStatus, result.error(), {});
        if (!handled.ok()) {
            failAll(handled.error(), defaultCollectorQuery(CollectorId::PerUserMfa));
            return;
        }
        finishIfComplete();
    });
    m_singleRequests.insert(*requestId);
}

Status PerUserMfaCollector::handleAnswer(const QString& id, int httpStatus, const std::optional<Error>& error,
                                         const QJsonObject& body)
{
    if (error) {
        if (httpStatus == 404) { // deleted since it was listed: nothing to audit
            ++m_skippedMissing;
            return Success{};
        }
        return *error;
    }
    const Result<PerUserMfaState> state = GraphParse::perUserMfaState(body);
    if (!state.ok()) {
        Error malformed = state.error();
        malformed.detail = id + u": "_s + malformed.detail;
        return malformed;
    }
    PerUserMfa record;
    if (id.contains(u'@'))
        record.userPrincipalName = id;
    else
        record.userId = id;
    record.state = state.value();
    m_states << record;
    reportItemsSoon();
    return Success{};
}

void PerUserMfaCollector::reportItemsSoon()
{
    // A $batch reply answers 20 users: one progress update for them rather than 20 (every update reaches the
    // audit's listeners; 88,000 of them were a visible cost).
    if (m_unreportedItems++ > 0)
        return;
    QTimer::singleShot(0, this, [this] {
        if (m_unreportedItems > 0)
            addItems(std::exchange(m_unreportedItems, 0));
    });
}

void PerUserMfaCollector::finishIfComplete()
{
    if (!isActive(CollectorId::PerUserMfa) || !m_noMoreUsers || m_runningJobs > 0 || !m_waiting.isEmpty())
        return;
    if (m_unreportedItems > 0)
        addItems(std::exchange(m_unreportedItems, 0));
    if (m_skippedMissing > 0)
        qCInfo(lcGraph) << "per-user MFA:" << m_skippedMissing << "users were deleted while the audit ran";
    complete(CollectorId::PerUserMfa, u"GET /beta/users/{id}/authentication/requirements (%1 users)"_s.arg(m_requested),
             m_states.size());
}

void PerUserMfaCollector::stopJobs()
{
    Collector::stopJobs();
    m_waiting.clear();
    for (const quint64 id : std::exchange(m_singleRequests, {}))
        if (client())
            client()->cancel(id);
}

void PerUserMfaCollector::applyTo(TenantSnapshot& snapshot) const
{
    if (status(CollectorId::PerUserMfa).isComplete())
        snapshot.perUserMfa = m_states;
}

} // namespace smtpaudit
