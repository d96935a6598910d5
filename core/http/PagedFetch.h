#pragma once

#include "http/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace smtpaudit {

struct PagingSummary
{
    int pages = 0;
    qint64 items = 0;
    bool stoppedByCaller = false;
};

// Reads every page of an OData collection: the complete @odata.nextLink URL is requested until it is
// absent (never rebuilt from $skiptoken; Graph paging.md). GET requests page with GET and the same
// headers (ConsistencyLevel is not carried over by the service, so it is re-sent); POST requests (the
// Exchange admin API's InvokeCommand) re-POST the same body to the nextLink. Each page's `value` goes to
// the page callback and is then dropped, so a caller can stream millions of items. A nextLink to a
// different origin than the first request, a repeated nextLink or a page without a `value` array is a
// MalformedResponse.
class PagedFetch : public QObject
{
    Q_OBJECT

public:
    // Return false to stop after this page (not an error).
    using PageCallback = std::function<bool(const QJsonArray& items, const QJsonObject& page)>;
    using DoneCallback = std::function<void(Result<PagingSummary>)>;

    // Starts at once. The job deletes itself after `done`; it is owned by `context` (callbacks are not
    // called once the context is gone).
    static PagedFetch* start(ApiClient& client, ApiRequest first, QObject* context, PageCallback onPage,
                             DoneCallback done);

    void cancel();

private:
    PagedFetch(ApiClient& client, ApiRequest first, QObject* context, PageCallback onPage, DoneCallback done);
    void request(const QUrl& url);
    void onPage(ApiResult result);
    void complete(Result<PagingSummary> result);

    QPointer<ApiClient> m_client;
    ApiRequest m_first;
    PageCallback m_onPage;
    DoneCallback m_done;
    PagingSummary m_summary;
    QSet<QString> m_seenLinks;
    ApiClient::RequestId m_inFlight = 0;
    bool m_finished = false;
};

} // namespace smtpaudit
