#include "http/PagedFetch.h"

#include "http/UrlPolicy.h"
#include "util/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

Error malformed(const QString& message, const QString& detail)
{
    return Error::make(Error::Category::MalformedResponse, message, detail);
}

} // namespace

PagedFetch* PagedFetch::start(ApiClient& client, ApiRequest first, QObject* context, PageCallback onPage,
                              DoneCallback done)
{
    auto* job = new PagedFetch(client, std::move(first), context, std::move(onPage), std::move(done));
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
    const QJsonObject& page = result.value().json;
    const QJsonValue value = page.value(u"value"_s);
    if (!value.isArray()) {
        complete(malformed(QCoreApplication::translate("PagedFetch", "A page of results has no list of items."),
                           m_first.label));
        return;
    }
    const QJsonArray items = value.toArray();
    ++m_summary.pages;
    m_summary.items += items.size();
    if (m_client)
        m_client->reportItems(items.size());
    const bool wantMore = m_onPage(items, page);
    if (m_finished) // the callback cancelled us
        return;
    const QString nextLink = page.value(u"@odata.nextLink"_s).toString();
    if (!wantMore) {
        m_summary.stoppedByCaller = true;
        complete(m_summary);
        return;
    }
    if (nextLink.isEmpty()) {
        complete(m_summary);
        return;
    }
    const QUrl next = result.value().url.resolved(QUrl(nextLink));
    // The token for this request belongs to the first request's origin; a nextLink elsewhere would
    // carry it to another host.
    if (!next.isValid() || !UrlPolicy::sameOrigin(next, m_first.url)) {
        complete(malformed(QCoreApplication::translate("PagedFetch", "The next-page link points to another server."),
                           next.toDisplayString(QUrl::RemoveQuery)));
        return;
    }
    if (m_seenLinks.contains(nextLink)) {
        complete(malformed(QCoreApplication::translate("PagedFetch", "The service repeated a next-page link."),
                           m_first.label));
        return;
    }
    m_seenLinks.insert(nextLink);
    request(next);
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
    qCDebug(lcHttp).noquote() << "paging" << m_first.label << "ended after" << m_summary.pages << "pages,"
                              << m_summary.items << "items"
                              << (result.ok() ? QString() : result.error().categoryName());
    m_done(std::move(result));
    deleteLater();
}

} // namespace smtpaudit
