#include "http/BatchRunner.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {
using ParsedBatch = Result<QList<BatchItemResult>>;
} // namespace

BatchRunner* BatchRunner::start(ApiClient& client, Options options, QList<BatchItem> items, QObject* context,
                                ItemCallback onItem, DoneCallback done)
{
    auto* runner = new BatchRunner(client, std::move(options), context, std::move(onItem), std::move(done));
    if (items.isEmpty()) {
        QTimer::singleShot(0, runner, [runner] { runner->complete(runner->m_summary); });
        return runner;
    }
    runner->sendChunks(items);
    return runner;
}

BatchRunner::BatchRunner(ApiClient& client, Options options, QObject* context, ItemCallback onItem, DoneCallback done)
    : QObject(context ? context : &client)
    , m_client(&client)
    , m_options(std::move(options))
    , m_onItem(std::move(onItem))
    , m_done(std::move(done))
{
    m_options.maxPerBatch = std::max(1, m_options.maxPerBatch);
    m_label = m_options.label + u" $batch"_s;
    connect(&client, &ApiClient::allCancelled, this, &BatchRunner::cancel);
}

void BatchRunner::sendChunks(const QList<BatchItem>& items)
{
    for (const QList<BatchItem>& chunk : JsonBatch::split(items, m_options.maxPerBatch)) {
        for (const BatchItem& item : chunk)
            ++m_attempts[item.id];
        ApiRequest request = ApiRequest::postJson(m_options.batchUrl, JsonBatch::buildBodyBytes(chunk));
        for (const auto& [name, value] : m_options.headers)
            request.setHeader(name, value);
        request.tokenScope = m_options.tokenScope;
        request.idempotent = m_options.idempotent;
        request.permissionHint = m_options.permissionHint;
        request.label = m_label;
        // The reply is matched to its items on a pool thread; this thread only hands the results out.
        request.decode = [chunk, hint = m_options.permissionHint](QJsonObject& reply) -> std::any {
            ParsedBatch parsed = JsonBatch::parseResponse(reply, chunk, hint);
            reply.remove("responses"_L1); // what the results do not share is freed here
            return parsed;
        };
        ++m_summary.batches;
        // The id is known only after send(); the callback can run later only, so capture via a holder.
        auto id = std::make_shared<ApiClient::RequestId>(0);
        *id = m_client->send(std::move(request), this, [this, chunk, id](ApiResult result) {
            m_inFlight.remove(*id);
            onReply(chunk, std::move(result));
        });
        m_inFlight.insert(*id);
    }
}

void BatchRunner::onReply(const QList<BatchItem>& sent, ApiResult result)
{
    if (m_finished)
        return;
    if (!result.ok()) {
        complete(result.error());
        return;
    }
    const auto* decoded = std::any_cast<ParsedBatch>(&result.value().decoded);
    const ParsedBatch parsed =
        decoded ? *decoded : JsonBatch::parseResponse(result.value().json, sent, m_options.permissionHint);
    if (!parsed.ok()) {
        complete(parsed.error());
        return;
    }
    QList<BatchItem> again;
    std::optional<std::chrono::milliseconds> longestRetryAfter;
    const QList<BatchItemResult>& results = parsed.value();
    int answered = 0; // reported to the client once per reply, not once per item
    for (qsizetype i = 0; i < results.size(); ++i) {
        const BatchItemResult& item = results.at(i);
        const bool unanswered = item.status == 0;
        const bool retryable = unanswered || isRetryableStatus(item.status);
        if (retryable && m_client && m_client->retryPolicy().mayRetry(m_attempts.value(item.id))) {
            again.append(sent.at(i));
            if (const auto wait = JsonBatch::itemRetryAfter(item))
                longestRetryAfter = std::max(longestRetryAfter.value_or(std::chrono::milliseconds(0)), *wait);
            continue;
        }
        if (item.ok()) {
            ++m_summary.succeeded;
            ++answered;
        } else {
            ++m_summary.failed;
        }
        m_onItem(item);
        if (m_finished) // the callback cancelled us
            return;
    }
    if (answered > 0 && m_client)
        m_client->reportItems(answered);
    if (!again.isEmpty()) {
        m_summary.itemRetries += static_cast<int>(again.size());
        int retry = 0;
        for (const BatchItem& item : again)
            retry = std::max(retry, m_attempts.value(item.id) - 1);
        QRandomGenerator random(static_cast<quint32>(m_summary.batches));
        const std::chrono::milliseconds delay =
            m_client->retryPolicy().delayBeforeRetry(retry, longestRetryAfter, random);
        scheduleRetry(std::move(again), delay);
        return;
    }
    maybeFinish();
}

void BatchRunner::scheduleRetry(QList<BatchItem> items, std::chrono::milliseconds delay)
{
    qCInfo(lcHttp).noquote() << m_options.label << ":" << items.size() << "batch items throttled, again in"
                             << delay.count() << "ms";
    auto timer = std::make_unique<QTimer>();
    timer->setSingleShot(true);
    QTimer* raw = timer.get();
    ++m_waitingRetries;
    connect(raw, &QTimer::timeout, this, [this, raw, items = std::move(items)] {
        --m_waitingRetries;
        std::erase_if(m_retryTimers, [raw](const auto& t) { return t.get() == raw; });
        if (!m_finished)
            sendChunks(items);
    });
    raw->start(static_cast<int>(delay.count()));
    m_retryTimers.push_back(std::move(timer));
}

void BatchRunner::maybeFinish()
{
    if (m_inFlight.isEmpty() && m_waitingRetries == 0)
        complete(m_summary);
}

void BatchRunner::cancel()
{
    complete(Error::make(Error::Category::Cancelled, QCoreApplication::translate("BatchRunner", "Cancelled.")));
}

void BatchRunner::complete(Result<BatchSummary> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimers.clear();
    // A failed POST ends the run; the other POSTs of the run are not needed any more.
    for (const ApiClient::RequestId id : std::exchange(m_inFlight, {}))
        if (m_client)
            m_client->cancel(id);
    m_done(std::move(result));
    deleteLater();
}

} // namespace smtpaudit
