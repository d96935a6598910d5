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
    dropAhead();
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

QString SignInSlice::nextLinkGuess(const QByteArray& body)
{
    static const QByteArray key = "\"@odata.nextLink\"";
    constexpr qsizetype window = 4096;
    qsizetype at = body.left(window).indexOf(key);
    if (at < 0) {
        const qsizetype tail = std::max<qsizetype>(0, body.size() - window);
        at = body.indexOf(key, tail);
    }
    if (at < 0)
        return {};
    qsizetype i = at + key.size();
    while (i < body.size() &&
           (body.at(i) == ' ' || body.at(i) == ':' || body.at(i) == '\t' || body.at(i) == '\n' || body.at(i) == '\r'))
        ++i;
    if (i >= body.size() || body.at(i) != '"')
        return {};
    const qsizetype end = body.indexOf('"', i + 1);
    if (end < 0)
        return {};
    const QByteArrayView link = QByteArrayView(body).sliced(i + 1, end - i - 1);
    if (link.contains('\\'))
        return {}; // escaped: left to the parser
    return QString::fromUtf8(link);
}

void SignInSlice::requestAhead(const QUrl& pageUrl, const QByteArray& body)
{
    const QString link = nextLinkGuess(body);
    if (link.isEmpty() || m_seenLinks.contains(link) || !m_client)
        return;
    const QUrl next = pageUrl.resolved(QUrl(link));
    if (!next.isValid() || !UrlPolicy::sameOrigin(next, m_first.url))
        return; // the parsed page reports it
    ApiRequest ahead = m_first;
    ahead.url = next;
    ahead.label = m_first.label + u" page %1"_s.arg(m_pages + 2);
    ahead.continuation = true;
    m_ahead = Ahead{link, next, 0, false, std::nullopt};
    const ApiClient::RequestId id = m_client->send(std::move(ahead), this, [this](ApiResult result) {
        if (!m_ahead || m_done)
            return; // dropped
        if (!m_ahead->confirmed) {
            m_ahead->early = std::move(result);
            return;
        }
        const QUrl url = m_ahead->url;
        m_ahead.reset();
        m_inFlight = 0;
        onResponse(url, std::move(result));
    });
    if (m_ahead && m_ahead->link == link && m_ahead->id == 0 && !m_ahead->early)
        m_ahead->id = id;
}

void SignInSlice::dropAhead()
{
    if (!m_ahead)
        return;
    const ApiClient::RequestId id = m_ahead->early ? 0 : m_ahead->id;
    m_ahead.reset(); // first: the cancellation's callback then finds nothing to hand over
    if (m_inFlight == id)
        m_inFlight = 0;
    if (id && m_client)
        m_client->cancel(id);
}

void SignInSlice::request(const QUrl& url)
{
    ApiRequest next = m_first;
    next.url = url;
    next.label = m_first.label + u" page %1"_s.arg(m_pages + 1);
    next.continuation = m_pages > 0 || m_pageAttempts > 0;
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
    if (m_parseInWorker)
        requestAhead(url, body); // on the wire while this page is parsed
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
        dropAhead(); // from a page that could not be read
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
    if (m_ahead && m_ahead->link != stats.nextLink)
        dropAhead(); // the guess was wrong: the parsed page decides
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
    if (m_ahead) {
        // Requested while this page was parsed: take its answer now or when it comes.
        m_ahead->confirmed = true;
        if (m_ahead->early) {
            // Queued: this runs inside the finished signal of the watcher that onResponse() replaces.
            QMetaObject::invokeMethod(
                this,
                [this, next] {
                    if (!m_ahead || m_done || !m_ahead->early)
                        return;
                    ApiResult early = std::move(*m_ahead->early);
                    m_ahead.reset();
                    onResponse(next, std::move(early));
                },
                Qt::QueuedConnection);
            return;
        }
        m_inFlight = m_ahead->id;
        return;
    }
    request(next);
}

void SignInSlice::finish(Status result)
{
    if (m_done)
        return;
    m_done = true;
    dropAhead();
    emit finished(result);
}

} // namespace smtpaudit
