#include "graph/SignInSlice.h"

#include "http/UrlPolicy.h"
#include "signins/SignInJson.h"
#include "util/Logging.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

SignInPageOutcome parsePage(SignInStore& store, const QByteArray& body)
{
    SignInPageOutcome outcome;
    outcome.stats = store.appendGraphResponse(body);
    if (outcome.stats.ok())
        outcome.oldestMs = SignInSlice::oldestCreatedMs(body);
    return outcome;
}

} // namespace

SignInSlice::SignInSlice(ApiClient& client, std::shared_ptr<SignInStore> store, ApiRequest first, QDateTime from,
                         QDateTime to, bool parseInWorker, QObject* parent)
    : QObject(parent)
    , m_client(&client)
    , m_store(std::move(store))
    , m_first(std::move(first))
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_parseInWorker(parseInWorker)
{
    // The client hands the body over as bytes; the store checks it.
    m_first.expectJson = false;
}

SignInSlice::~SignInSlice()
{
    cancel();
}

void SignInSlice::start()
{
    request(m_first.url);
}

void SignInSlice::cancel()
{
    if (m_done)
        return;
    m_done = true;
    if (m_inFlight && m_client)
        m_client->cancel(std::exchange(m_inFlight, 0));
    // A parse already running finishes on the pool (it holds the store); nobody waits for its result.
    if (m_watcher)
        m_watcher->disconnect(this);
}

double SignInSlice::coverage() const
{
    if (m_done)
        return 1.0;
    if (!m_hasOldest)
        return 0.0;
    const qint64 span = m_to.toMSecsSinceEpoch() - m_from.toMSecsSinceEpoch();
    if (span <= 0)
        return 1.0;
    return std::clamp(static_cast<double>(m_to.toMSecsSinceEpoch() - m_oldestMs) / static_cast<double>(span), 0.0, 1.0);
}

std::optional<qint64> SignInSlice::oldestCreatedMs(const QByteArray& body)
{
    static const QByteArray key = "\"createdDateTime\"";
    const qsizetype at = body.lastIndexOf(key);
    if (at < 0)
        return std::nullopt;
    qsizetype i = at + key.size();
    while (i < body.size() && (body.at(i) == ' ' || body.at(i) == ':' || body.at(i) == '\t' || body.at(i) == '\n'))
        ++i;
    if (i >= body.size() || body.at(i) != '"')
        return std::nullopt;
    const qsizetype end = body.indexOf('"', i + 1);
    if (end < 0)
        return std::nullopt;
    return parseGraphDateTime(QString::fromLatin1(body.mid(i + 1, end - i - 1)));
}

void SignInSlice::request(const QUrl& url)
{
    ApiRequest next = m_first;
    next.url = url;
    next.label = m_first.label + u" page %1"_s.arg(m_pages + 1);
    m_inFlight = m_client->send(std::move(next), this, [this, url](ApiResult result) {
        m_inFlight = 0;
        onResponse(url, std::move(result));
    });
}

void SignInSlice::onResponse(const QUrl& url, ApiResult result)
{
    if (m_done)
        return;
    if (!result.ok()) {
        finish(result.error());
        return;
    }
    QByteArray body = std::move(result.value().body);
    if (!m_parseInWorker) {
        onParsed(url, parsePage(*m_store, body));
        return;
    }
    m_watcher = std::make_unique<QFutureWatcher<SignInPageOutcome>>();
    connect(m_watcher.get(), &QFutureWatcher<SignInPageOutcome>::finished, this, [this, url] {
        const SignInPageOutcome outcome = m_watcher->result();
        onParsed(url, outcome);
    });
    m_watcher->setFuture(
        QtConcurrent::run([store = m_store, body = std::move(body)] { return parsePage(*store, body); }));
}

void SignInSlice::onParsed(const QUrl& url, const SignInPageOutcome& outcome)
{
    if (m_done)
        return;
    if (!outcome.stats.ok()) {
        // The ApiClient retries what it can see (statuses, resets); a body cut short under a 200 only shows
        // here. Ask for the same page again, as often as the client would retry.
        if (m_client && m_client->retryPolicy().mayRetry(++m_pageAttempts)) {
            qCInfo(lcGraph).noquote() << m_first.label << "page" << m_pages + 1
                                      << "was unreadable, asking again:" << outcome.stats.error().detail;
            request(url);
            return;
        }
        finish(outcome.stats.error());
        return;
    }
    m_pageAttempts = 0;
    ++m_pages;
    const SignInAppendStats& stats = outcome.stats.value();
    m_appended += stats.appended;
    if (outcome.oldestMs) {
        m_oldestMs = m_hasOldest ? std::min(m_oldestMs, *outcome.oldestMs) : *outcome.oldestMs;
        m_hasOldest = true;
    }
    if (m_client)
        m_client->reportItems(stats.appended);
    emit pageStored(stats.appended);
    if (stats.nextLink.isEmpty()) {
        finish(Success{});
        return;
    }
    const QUrl next = url.resolved(QUrl(stats.nextLink));
    if (!next.isValid() || !UrlPolicy::sameOrigin(next, m_first.url)) {
        finish(Error::make(Error::Category::MalformedResponse, tr("The next-page link points to another server."),
                           next.toDisplayString(QUrl::RemoveQuery)));
        return;
    }
    if (m_seenLinks.contains(stats.nextLink)) {
        finish(Error::make(Error::Category::MalformedResponse, tr("The service repeated a next-page link."),
                           m_first.label));
        return;
    }
    m_seenLinks.insert(stats.nextLink);
    request(next);
}

void SignInSlice::finish(Status result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
}

} // namespace smtpaudit
