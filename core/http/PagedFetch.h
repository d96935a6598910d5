#pragma once

#include "http/ApiClient.h"
#include "util/JsonView.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <any>
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
//
// The next page is requested as soon as a page's nextLink is known, before the page's items are handed to
// the callback, so a long chain keeps one request on the wire while the caller works; if the callback
// stops the paging or fails, that request is cancelled. Next pages are ApiRequest::continuation requests.
class PagedFetch : public QObject
{
    Q_OBJECT

public:
    // Return false to stop after this page (not an error).
    using PageCallback = std::function<bool(const QJsonArray& items, const QJsonObject& page)>;
    using DoneCallback = std::function<void(Result<PagingSummary>)>;
    // Runs on a pool thread with a page's `value` array, read straight from the body's bytes, and returns its
    // typed items (see ApiRequest::decodeValue: it must only use what it captured by value).
    using PageDecoder = std::function<std::any(const rawjson::ArrayView& items)>;
    // Gets what the decoder returned and the page's item count, on the caller's thread.
    using DecodedPageCallback = std::function<bool(std::any& decoded, qsizetype itemCount)>;

    // Starts at once. The job deletes itself after `done`; it is owned by `context` (callbacks are not
    // called once the context is gone).
    static PagedFetch* start(ApiClient& client, ApiRequest first, QObject* context, PageCallback onPage,
                             DoneCallback done);
    // Like start(), but each page's items are decoded off the caller's thread; the page's JSON never
    // reaches the caller.
    static PagedFetch* startDecoded(ApiClient& client, ApiRequest first, QObject* context, PageDecoder decode,
                                    DecodedPageCallback onPage, DoneCallback done);

    void cancel();

private:
    PagedFetch(ApiClient& client, ApiRequest first, QObject* context, PageCallback onPage, DoneCallback done);
    void request(const QUrl& url);
    void onPage(ApiResult result);
    bool deliver(ApiResponse& response, qsizetype itemCount);
    void complete(Result<PagingSummary> result);

    QPointer<ApiClient> m_client;
    ApiRequest m_first;
    PageCallback m_onPage;
    DecodedPageCallback m_onDecodedPage;
    DoneCallback m_done;
    PagingSummary m_summary;
    QSet<QString> m_seenLinks;
    ApiClient::RequestId m_inFlight = 0;
    bool m_finished = false;
};

} // namespace smtpaudit
