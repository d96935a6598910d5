#include "http/PagedFetch.h"

#include "http/UrlPolicy.h"
#include "util/Logging.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

Error malformed(const QString& message, const QString& detail)
{
    return Error::make(Error::Category::MalformedResponse, message, detail);
}

// What the pool thread hands back for a page read with startDecoded().
struct DecodedItems
{
    bool hasValue = false; // the page had a `value` array
    qsizetype count = 0;
    std::any items;
};

} // namespace

PagedFetch* PagedFetch::start(ApiClient& client, ApiRequest first, QObject* context, PageCallback onPage,
                              DoneCallback done)
{
    auto* job = new PagedFetch(client, std::move(first), context, std::move(onPage), std::move(done));
    job->request(job->m_first.url);
    return job;
}

PagedFetch* PagedFetch::startDecoded(ApiClient& client, ApiRequest first, QObject* context, PageDecoder decode,
                                     DecodedPageCallback onPage, DoneCallback done)
{
    first.decodeValue = [decode = std::move(decode)](rawjson::Reader& value) -> std::any {
        DecodedItems decoded;
        if (value.peek() != '[') {
            value.skip(); // not a list: reported as such by onPage()
            return decoded;
        }
        rawjson::ArrayView items;
        if (!rawjson::ArrayView::read(value, items))
            return decoded; // the reader's error makes the whole body malformed
        decoded.hasValue = true;
        decoded.count = items.size();
        decoded.items = decode(items);
        return decoded;
    };
    auto* job = new PagedFetch(client, std::move(first), context, {}, std::move(done));
    job->m_onDecodedPage = std::move(onPage);
    job->request(job->m_first.url);
    return job;
}

PagedFetch::PagedFetch(ApiClient& client, ApiRequest first, QObject* context, PageCallback onPage, DoneCallback done)
    : QObject(context ? context : &client)
    , m_client(&client)
    , m_first(std::move(first))
    , m_onPage(std::move(onPage))
    , m_done(std::move(done))
{
    connect(&client, &ApiClient::allCancelled, this, &PagedFetch::cancel);
}

void PagedFetch::request(const QUrl& url)
{
    ApiRequest next = m_first;
    next.url = url;
    if (!m_summary.pages)
        next.label = m_first.label;
    else
        next.label = m_first.label + u" page %1"_s.arg(m_summary.pages + 1);
    next.continuation = m_summary.pages > 0;
    m_inFlight = m_client->send(std::move(next), this, [this](ApiResult result) {
        m_inFlight = 0;
        onPage(std::move(result));
    });
}

void PagedFetch::onPage(ApiResult result)
{
    if (m_finished)
        return;
    if (!result.ok()) {
        complete(result.error());
        return;
    }
    ApiResponse& response = result.value();
    const QJsonObject& page = response.json;
    qsizetype itemCount = 0;
    bool hasItems = false;
    if (m_onDecodedPage) {
        if (const auto* decoded = std::any_cast<DecodedItems>(&response.decoded)) {
            hasItems = decoded->hasValue;
            itemCount = decoded->count;
        }
    } else {
        const QJsonValue value = page.value("value"_L1);
        hasItems = value.isArray();
        itemCount = hasItems ? value.toArray().size() : 0;
    }
    if (!hasItems) {
        complete(malformed(QCoreApplication::translate("PagedFetch", "A page of results has no list of items."),
                           m_first.label));
        return;
    }
    ++m_summary.pages;
    m_summary.items += itemCount;
    if (m_client)
        m_client->reportItems(itemCount);

    // The next page goes out before this page's items are handled: in a long chain the wire then never waits
    // for the caller. A link that cannot be followed is reported after the items, as before.
    const QString nextLink = page.value("@odata.nextLink"_L1).toString();
    std::optional<Error> linkError;
    if (!nextLink.isEmpty()) {
        const QUrl next = response.url.resolved(QUrl(nextLink));
        // The token for this request belongs to the first request's origin; a nextLink elsewhere would
        // carry it to another host.
        if (!next.isValid() || !UrlPolicy::sameOrigin(next, m_first.url)) {
            linkError =
                malformed(QCoreApplication::translate("PagedFetch", "The next-page link points to another server."),
                          next.toDisplayString(QUrl::RemoveQuery));
        } else if (m_seenLinks.contains(nextLink)) {
            linkError = malformed(QCoreApplication::translate("PagedFetch", "The service repeated a next-page link."),
                                  m_first.label);
        } else {
            m_seenLinks.insert(nextLink);
            request(next);
            if (m_finished) // the client refused it at once
                return;
        }
    }
    if (!deliver(response, itemCount) || m_finished)
        return; // stopped by the callback (complete() cancelled the next page) or cancelled from it
    if (linkError) {
        complete(*linkError);
        return;
    }
    if (nextLink.isEmpty())
        complete(m_summary);
    // otherwise the next page is on its way
}

bool PagedFetch::deliver(ApiResponse& response, qsizetype itemCount)
{
    bool wantMore = true;
    if (m_onDecodedPage) {
        auto* decoded = std::any_cast<DecodedItems>(&response.decoded);
        wantMore = m_onDecodedPage(decoded->items, itemCount);
    } else {
        wantMore = m_onPage(response.json.value("value"_L1).toArray(), response.json);
    }
    if (m_finished) // the callback cancelled us
        return false;
    if (!wantMore) {
        m_summary.stoppedByCaller = true;
        complete(m_summary);
        return false;
    }
    return true;
}

void PagedFetch::cancel()
{
    if (m_finished)
        return;
    if (m_inFlight && m_client)
        m_client->cancel(std::exchange(m_inFlight, 0)); // its callback completes us with Cancelled
    if (!m_finished)
        complete(Error::make(Error::Category::Cancelled, QCoreApplication::translate("PagedFetch", "Cancelled.")));
}

void PagedFetch::complete(Result<PagingSummary> result)
{
    if (m_finished)
        return;
    m_finished = true;
    // A next page requested ahead of its time is not wanted any more (its Cancelled answer finds us done).
    if (m_inFlight && m_client)
        m_client->cancel(std::exchange(m_inFlight, 0));
    qCDebug(lcHttp).noquote() << "paging" << m_first.label << "ended after" << m_summary.pages << "pages,"
                              << m_summary.items << "items"
                              << (result.ok() ? QString() : result.error().categoryName());
    m_done(std::move(result));
    deleteLater();
}

} // namespace smtpaudit
