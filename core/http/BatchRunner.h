#pragma once

#include "http/ApiClient.h"
#include "http/JsonBatch.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace smtpaudit {

struct BatchSummary
{
    int batches = 0;   // $batch POSTs sent (first tries and item retries)
    int succeeded = 0; // items with a status < 400
    int failed = 0;    // items reported with an error
    int itemRetries = 0;
};

// Sends many sub-requests as JSON $batch POSTs of at most `maxPerBatch` items (Graph 20, Exchange 10).
// The service answers 200 for the batch even when items fail; an item answered 429/503/504 is sent
// again in a later batch after its Retry-After (or the client's backoff), up to the retry policy's
// attempts. Every item is reported exactly once through the item callback. A failure of a $batch POST
// itself (after the ApiClient's own retries) ends the run with that error: nothing would get through.
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl batchUrl; // e.g. https://graph.microsoft.com/beta/$batch
        int maxPerBatch = JsonBatch::graphLimit;
        QString tokenScope;
        HeaderList headers;     // on the outer POST (X-AnchorMailbox for Exchange)
        bool idempotent = true; // every item only reads
        QString permissionHint;
        QString label;
    };
    using ItemCallback = std::function<void(const BatchItemResult& result)>;
    using DoneCallback = std::function<void(Result<BatchSummary>)>;

    // Starts at once; deletes itself after `done`; owned by `context`.
    static BatchRunner* start(ApiClient& client, Options options, QList<BatchItem> items, QObject* context,
                              ItemCallback onItem, DoneCallback done);

    void cancel();

private:
    BatchRunner(ApiClient& client, Options options, QObject* context, ItemCallback onItem, DoneCallback done);
    void sendChunks(const QList<BatchItem>& items);
    void onReply(const QList<BatchItem>& sent, ApiResult result);
    void scheduleRetry(QList<BatchItem> items, std::chrono::milliseconds delay);
    void maybeFinish();
    void complete(Result<BatchSummary> result);

    QPointer<ApiClient> m_client;
    Options m_options;
    QString m_label;
    ItemCallback m_onItem;
    DoneCallback m_done;
    BatchSummary m_summary;
    QHash<QString, int> m_attempts; // per item id
    QSet<ApiClient::RequestId> m_inFlight;
    std::vector<std::unique_ptr<QTimer>> m_retryTimers;
    int m_waitingRetries = 0;
    bool m_finished = false;
};

} // namespace smtpaudit
