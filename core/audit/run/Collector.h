#pragma once

#include "audit/CollectorStatus.h"
#include "graph/GraphQueries.h"
#include "http/BatchRunner.h"
#include "http/PagedFetch.h"
#include "identity/CloudEnvironment.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace smtpaudit {

class ApiClient;
struct TenantSnapshot;

// Settings that change what or how the collectors fetch.
struct CollectorSettings
{
    int signInDays = 30;  // 1..30 (retention with Entra ID P1 is 30 days)
    int signInSlices = 0; // parallel createdDateTime slices; 0 = chosen from the window and concurrency
    bool batching = true; // Graph $batch (20) and Exchange $batch (10) where they save requests
    GraphQuery::SignInScope signInScope = GraphQuery::SignInScope::LegacyProtocols;
    bool parseSignInsInWorker = true; // parse sign-in pages on the thread pool (the main thread keeps paging)
};

// What every collector needs to reach the tenant.
struct CollectorContext
{
    QPointer<ApiClient> client;
    CloudEnvironment cloud;
    QString tenantId;       // GUID: the Exchange admin API's path and the app-only anchor mailbox
    QString signedInUpn;    // delegated sign-ins only: the Exchange anchor mailbox
    bool delegated = false; // delegated sign-in: the Exchange anchor mailbox is the user's
    QDateTime now;          // the audit's clock: end of the sign-in window
    CollectorSettings settings;

    // ApiRequest::tokenScope: the resource key, so the TokenProvider picks the app-only or delegated scope
    // and caches one token per resource (whose claims the permission check reads).
    QString graphScope() const { return tokenResourceKey(TokenResource::Graph); }
    QString exchangeScope() const { return tokenResourceKey(TokenResource::ExchangeAdmin); }
};

// Progress of one collector: counts always, a total or a fraction when one is known (for an ETA).
struct CollectorProgress
{
    qint64 items = 0;          // objects read so far
    qint64 expectedItems = -1; // -1: unknown
    double fraction = -1;      // 0..1 when computable (sign-ins: share of the time window covered)
    int requests = 0;          // HTTP requests this collector completed (pages, batches)

    // items/expectedItems or the fraction; -1 when neither is known.
    double completion() const;
};

// One reader of tenant data. It fetches asynchronously over the shared ApiClient, reports progress, and
// ends with a status per CollectorId it owns (most own one; the Exchange settings batch owns three).
// A failure never leaves data half-applied: applyTo() writes only what completed, and the status says
// which parts are missing. Lives on the ApiClient's thread.
class Collector : public QObject
{
    Q_OBJECT

public:
    Collector(CollectorContext context, QList<CollectorId> ids, QObject* parent = nullptr);
    ~Collector() override;

    const QList<CollectorId>& ids() const { return m_ids; }
    QString name() const; // the first id's stable name, for logs

    void start();
    // Stops at once: unfinished ids end Failed with a Cancelled error before this returns.
    void cancel();
    // Ends the ids not finished yet with `error` (a dependency failed, or the audit gave up on it).
    void abandon(const Error& error);

    bool isStarted() const { return m_started; }
    bool isFinished() const;
    CollectorStatus status(CollectorId id) const { return m_statuses.value(id); }
    const CollectorProgress& progress() const { return m_progress; }
    // Problems that did not fail the collector (a fallback it took), for the audit's notes.
    const QList<Error>& warnings() const { return m_warnings; }

    // Writes the collected values of the completed ids into the snapshot (not the statuses).
    virtual void applyTo(TenantSnapshot& snapshot) const = 0;

signals:
    void progressChanged();
    void finished();

protected:
    using ItemHandler = std::function<Status(const QJsonObject& item)>;
    using PagesDone = std::function<void(Result<PagingSummary>)>;

    virtual void run() = 0;
    // Cancels the tracked jobs; called by cancel(), abandon() and failAll(). Overrides call the base.
    virtual void stopJobs();

    // Reads every page of `request` (PagedFetch), handing each item of `value` to `onItem`; items and
    // requests count as progress. An error from `onItem` stops the paging and ends it with that error.
    // `afterPage` runs once per page after its items (e.g. to hand a page's ids to another collector).
    void readPages(ApiRequest request, ItemHandler onItem, PagesDone done, std::function<void()> afterPage = {});
    // Sends `items` through a BatchRunner that stopJobs() cancels; each answered $batch counts as a request.
    void runBatch(BatchRunner::Options options, QList<BatchItem> items, BatchRunner::ItemCallback onItem,
                  BatchRunner::DoneCallback done);

    const CollectorContext& context() const { return m_context; }
    ApiClient* client() const { return m_context.client.data(); }
    bool isActive(CollectorId id) const;

    void addItems(qint64 count);
    void addRequests(int count = 1);
    void setExpectedItems(qint64 total);
    void setFraction(double fraction);
    void addWarning(const Error& warning) { m_warnings << warning; }

    void complete(CollectorId id, const QString& query, qsizetype itemCount);
    void fail(CollectorId id, const Error& error, const QString& query = {});
    void failAll(const Error& error, const QString& query = {});

private:
    void finishIfDone();

    CollectorContext m_context;
    QList<CollectorId> m_ids;
    QList<QPointer<PagedFetch>> m_pagers;
    QList<QPointer<BatchRunner>> m_batches;
    QMap<CollectorId, CollectorStatus> m_statuses;
    CollectorProgress m_progress;
    QList<Error> m_warnings;
    bool m_started = false;
    bool m_finishedSignalled = false;
};

} // namespace smtpaudit
