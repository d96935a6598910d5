#include "http/ApiClient.h"

#include "http/HttpErrors.h"
#include "http/NetworkAccess.h"
#include "http/UrlPolicy.h"
#include "util/Logging.h"
#include "util/PoolTask.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace smtpaudit {
namespace {

constexpr int maxRedirects = 5;

QString logUrl(const QUrl& url)
{
    // Paths and hosts only: queries can be long and carry user names, never worth a log line.
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

struct ApiClient::Pending
{
    RequestId id = 0;
    ApiRequest request;
    bool hasContext = false;
    QPointer<QObject> context;
    ResponseCallback done;

    QUrl url; // changes with redirects
    QByteArray method;
    QByteArray body;
    bool mayAttachToken = true; // false once a redirect left the original origin
    bool forceTokenRefresh = false;
    bool refreshedAfter401 = false;

    bool started = false;
    QDeadlineTimer deadline;
    QElapsedTimer attemptClock;
    int attempts = 0; // sends
    int retries = 0;  // retries after failures (redirects and the 401 refresh do not count)
    int redirects = 0;
    bool waitingForToken = false;
    bool waitingForRetry = false;
    bool attemptTimedOut = false;
    bool queued = false;
    QPointer<QNetworkReply> reply; // QPointer: the thread's manager, their parent, may go first at exit
    std::unique_ptr<QTimer> attemptTimer;
    std::unique_ptr<QTimer> retryTimer;
};

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_ssl(TlsTrust().configuration())
    , m_random(QRandomGenerator::securelySeeded())
{}

ApiClient::~ApiClient()
{
    for (auto& [id, pending] : m_pending) {
        if (pending->reply) {
            pending->reply->disconnect(this);
            pending->reply->abort();
            pending->reply->deleteLater();
        }
    }
}

void ApiClient::setMaxConcurrency(int requests)
{
    m_maxConcurrency = std::max(1, requests);
    pump();
}

void ApiClient::setTlsTrust(const TlsTrust& trust)
{
    m_ssl = trust.configuration();
}

namespace {
// Replies at least this large are parsed off the audit's thread (sign-in, user and mailbox pages), and so
// is every reply whose request has a decoder.
constexpr qsizetype LargeJsonBytes = 64 * 1024;
} // namespace

namespace {
// What a pool thread needs to read a body: copying the whole request (its body, headers) there is not.
ApiRequest decoders(const ApiRequest& request)
{
    ApiRequest only;
    only.decode = request.decode;
    only.decodeValue = request.decodeValue;
    return only;
}

// One lane per endpoint: the same path with any query (a nextLink, a sign-in slice, a $batch) shares it.
QString laneOf(const QUrl& url)
{
    return url.host() + url.path();
}
} // namespace

ApiClient::Pending* ApiClient::find(RequestId id) const
{
    const auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : it->second.get();
}

ApiClient::RequestId ApiClient::send(ApiRequest request, QObject* context, ResponseCallback done)
{
    auto pending = std::make_unique<Pending>();
    const RequestId id = m_nextId++;
    pending->id = id;
    pending->url = request.url;
    pending->method = request.method.toUpper();
    pending->body = request.body;
    pending->hasContext = context != nullptr;
    pending->context = context;
    pending->done = std::move(done);
    pending->request = std::move(request);

    const Status allowed = UrlPolicy::checkServiceUrl(pending->url, tr("Request URL"));
    m_pending.emplace(id, std::move(pending));
    if (!allowed.ok()) {
        // Still asynchronous for the caller, like every other outcome.
        QTimer::singleShot(0, this, [this, id, error = allowed.error()] {
            if (find(id))
                finish(id, error);
        });
        emitProgress();
        return id;
    }
    Pending& queued = *m_pending.at(id);
    queued.queued = true;
    m_waiting.push(id, laneOf(queued.url), queued.request.continuation);
    emitProgress();
    pump();
    return id;
}

void ApiClient::pump()
{
    // Ids of requests finished while they waited (cancelled) stay in the queues and are skipped here:
    // removing them in finish() would cost a scan of the queue per finished request.
    while (!m_pumpBlocked && m_running < m_maxConcurrency && !m_waiting.isEmpty()) {
        const RequestId id = *m_waiting.pop();
        Pending* pending = find(id);
        if (pending && pending->queued) {
            pending->queued = false;
            dispatch(*pending);
        }
    }
}

void ApiClient::dispatch(Pending& pending)
{
    ++m_running;
    if (!pending.started) {
        pending.started = true;
        pending.deadline = QDeadlineTimer(pending.request.deadline);
    }
    emitProgress();
    if (pending.request.tokenScope.isEmpty() || !pending.mayAttachToken) {
        issue(pending, {});
        return;
    }
    if (!m_tokenSource) {
        --m_running;
        finish(pending.id, Error::make(Error::Category::Authentication,
                                       tr("This request needs a sign-in, but no credential is configured.")));
        return;
    }
    pending.waitingForToken = true;
    const bool force = std::exchange(pending.forceTokenRefresh, false);
    const RequestId id = pending.id;
    const int attempt = pending.attempts;
    // The token source may answer synchronously (cached token) or much later (interactive sign-in).
    m_tokenSource(pending.request.tokenScope, force, [self = QPointer<ApiClient>(this), id, attempt](auto token) {
        if (self)
            self->onToken(id, attempt, std::move(token));
    });
}

void ApiClient::onToken(RequestId id, int attempt, Result<QByteArray> token)
{
    Pending* pending = find(id);
    if (!pending || !pending->waitingForToken || pending->attempts != attempt)
        return; // cancelled or finished meanwhile
    pending->waitingForToken = false;
    if (!token.ok()) {
        --m_running;
        finish(id, token.error());
        return;
    }
    issue(*pending, token.value());
}

void ApiClient::issue(Pending& pending, const QByteArray& token)
{
    if (pending.deadline.hasExpired()) {
        --m_running;
        finish(pending.id,
               Error::make(Error::Category::Timeout, tr("The request did not complete before its deadline.")));
        return;
    }
    QNetworkRequest request(pending.url);
    for (const auto& [name, value] : pending.request.headers)
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            request.setRawHeader(name, value);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(static_cast<int>(std::max<qint64>(1, pending.request.transferTimeout.count())));
    if (pending.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(m_ssl);

    ++pending.attempts;
    pending.attemptTimedOut = false;
    pending.attemptClock.start();
    QNetworkAccessManager* manager = networkAccessForCurrentThread();
    pending.reply = pending.body.isEmpty() && pending.method == "GET"
                        ? manager->get(request)
                        : manager->sendCustomRequest(request, pending.method, pending.body);
    const RequestId id = pending.id;
    connect(pending.reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });

    if (!pending.attemptTimer) {
        pending.attemptTimer = std::make_unique<QTimer>();
        pending.attemptTimer->setSingleShot(true);
        connect(pending.attemptTimer.get(), &QTimer::timeout, this, [this, id] { onAttemptTimeout(id); });
    }
    const qint64 remaining = pending.deadline.remainingTime();
    const qint64 attemptMs = pending.request.attemptTimeout.count();
    pending.attemptTimer->start(static_cast<int>(std::clamp<qint64>(
        remaining < 0 ? attemptMs : std::min(attemptMs, remaining), 1, std::numeric_limits<int>::max())));
    qCDebug(lcHttp).noquote() << pending.method << logUrl(pending.url) << "attempt" << pending.attempts
                              << (token.isEmpty() ? "" : "(bearer)") << pending.request.label;
}

void ApiClient::onAttemptTimeout(RequestId id)
{
    Pending* pending = find(id);
    if (!pending || !pending->reply)
        return;
    pending->attemptTimedOut = true;
    pending->reply->abort(); // finished() follows and reports Timeout
}

void ApiClient::onReplyFinished(RequestId id)
{
    Pending* pending = find(id);
    if (!pending || !pending->reply)
        return;
    QNetworkReply* reply = std::exchange(pending->reply, nullptr);
    reply->disconnect(this);
    reply->deleteLater();
    if (pending->attemptTimer)
        pending->attemptTimer->stop();
    --m_running;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    qCDebug(lcHttp).noquote() << pending->method << logUrl(pending->url) << "->" << status << networkError
                              << pending->attemptClock.elapsed() << "ms";
    if (status == 0 || isTransportError(networkError)) {
        // Qt reports its transfer timeout as OperationCanceledError; only cancel() sets it otherwise, and
        // cancel() detaches the reply before aborting, so here it always means a timeout.
        const bool timedOut = pending->attemptTimedOut || networkError == QNetworkReply::OperationCanceledError;
        Error error = mapNetworkError(networkError, reply->errorString(), timedOut, false);
        error.detail = logUrl(pending->url) + u": "_s + error.detail;
        const bool transient = networkError != QNetworkReply::SslHandshakeFailedError &&
                               networkError != QNetworkReply::InsecureRedirectError;
        if (pending->request.idempotent && transient)
            retryOrFail(*pending, error, std::nullopt);
        else
            finish(id, error);
        pump();
        return;
    }
    ApiResponse response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    response.url = pending->url;
    response.attempts = pending->attempts;
    handleResponse(*pending, std::move(response));
    // The slot was freed above: fill it now, also when the reply waits for a parse or a retry (the paths that
    // finish synchronously have pumped already, then this finds nothing to do).
    pump();
}

void ApiClient::handleResponse(Pending& pending, ApiResponse response)
{
    const int status = response.status;
    if (status >= 300 && status < 400 && status != 304) {
        handleRedirect(pending, std::move(response));
        return;
    }
    if (status == 401 && pending.request.tokenScope.size() > 0 && pending.mayAttachToken &&
        !pending.refreshedAfter401) {
        // A cached token can be revoked or expire early: fetch a fresh one once, then trust the answer.
        pending.refreshedAfter401 = true;
        pending.forceTokenRefresh = true;
        requeueNow(pending);
        return;
    }
    if (status >= 400) {
        const Error error =
            mapHttpError(status, response.body, response.header("X-ExceptionType"), pending.request.permissionHint);
        if (isRetryableStatus(status)) {
            retryOrFail(pending, error,
                        parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc()));
            return;
        }
        if (pending.request.deliverHttpErrors) {
            finish(pending.id, std::move(response));
            return;
        }
        finish(pending.id, error);
        return;
    }
    if (pending.request.expectJson) {
        if ((status == 204 || status == 202) && response.body.trimmed().isEmpty()) {
            response.json = {};
        } else if (response.body.size() >= LargeJsonBytes || pending.request.decode || pending.request.decodeValue) {
            // A large page is parsed (and decoded) on a pool thread: parsing them on this (the audit's) thread
            // made it the busiest of the process. The request keeps its place; a cancel meanwhile removes it,
            // and then the parsed page is dropped.
            const RequestId id = pending.id;
            // The work's copies first: the arguments of one call are evaluated in no set order, and the callback
            // takes the response.
            auto work = [body = response.body, request = decoders(pending.request)] {
                return parseJson(body, request);
            };
            runOnPool(this, std::move(work), [this, id, response = std::move(response)](ParsedJson parsed) mutable {
                if (Pending* waiting = find(id))
                    acceptJson(*waiting, std::move(response), std::move(parsed));
            });
            return;
        } else {
            ParsedJson parsed = parseJson(response.body, ApiRequest());
            acceptJson(pending, std::move(response), std::move(parsed));
            return;
        }
    }
    finish(pending.id, std::move(response));
}

void ApiClient::acceptJson(Pending& pending, ApiResponse response, ParsedJson parsed)
{
    if (!parsed.error.isEmpty() || !parsed.isObject) {
        const QString why = parsed.error.isEmpty() ? u"not an object"_s : parsed.error;
        Error error =
            Error::make(Error::Category::MalformedResponse, tr("The service sent a reply that is not valid JSON."),
                        u"%1: %2 of %3 bytes"_s.arg(logUrl(pending.url), why).arg(response.body.size()));
        error.httpStatus = response.status;
        if (pending.request.idempotent) {
            retryOrFail(pending, error, std::nullopt);
            return;
        }
        finish(pending.id, error);
        return;
    }
    response.json = std::move(parsed.object);
    response.decoded = std::move(parsed.decoded);
    finish(pending.id, std::move(response));
}

void ApiClient::handleRedirect(Pending& pending, ApiResponse response)
{
    if (pending.request.redirects == ApiRequest::Redirects::Return) {
        finish(pending.id, std::move(response));
        return;
    }
    const QByteArray location = response.header("Location");
    const QUrl target = pending.url.resolved(QUrl::fromEncoded(location.trimmed()));
    const auto refuse = [&](const QString& message) {
        Error error = Error::make(Error::Category::Network, message, logUrl(pending.url) + u" -> "_s + logUrl(target));
        error.httpStatus = response.status;
        finish(pending.id, error);
    };
    if (pending.request.redirects == ApiRequest::Redirects::Refuse) {
        refuse(tr("The server redirected a request that must not be redirected; it was not followed."));
        return;
    }
    if (location.isEmpty() || !target.isValid()) {
        refuse(tr("The server sent a redirect without a valid target."));
        return;
    }
    if (pending.url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 &&
        target.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0) {
        refuse(tr("The server redirected from https:// to an insecure address; the redirect was refused."));
        return;
    }
    if (!UrlPolicy::checkServiceUrl(target, tr("Redirect target")).ok()) {
        refuse(tr("The server redirected to an address smtpaudit does not connect to."));
        return;
    }
    if (++pending.redirects > maxRedirects) {
        refuse(tr("The server redirected too many times."));
        return;
    }
    if (!UrlPolicy::sameOrigin(pending.request.url, target))
        pending.mayAttachToken = false; // a bearer token goes only to the host it was requested for
    const int status = response.status;
    if (status == 303 || ((status == 301 || status == 302) && pending.method == "POST")) {
        pending.method = "GET";
        pending.body.clear();
    }
    pending.url = target;
    requeueNow(pending);
}

void ApiClient::requeueNow(Pending& pending)
{
    pending.queued = true;
    m_waiting.pushFront(pending.id, laneOf(pending.url));
    emitProgress();
    pump();
}

void ApiClient::retryOrFail(Pending& pending, Error error, std::optional<std::chrono::milliseconds> retryAfter)
{
    if (!m_retryPolicy.mayRetry(pending.retries + 1)) {
        finish(pending.id, error);
        return;
    }
    const std::chrono::milliseconds delay = m_retryPolicy.delayBeforeRetry(pending.retries, retryAfter, m_random);
    const qint64 remaining = pending.deadline.remainingTime();
    if (remaining >= 0 && delay.count() >= remaining) {
        // Waiting would outlive the deadline: report the cause now rather than a Timeout later.
        error.detail += u" (retry in %1 ms would pass the request's deadline)"_s.arg(delay.count());
        finish(pending.id, error);
        return;
    }
    ++pending.retries;
    ++m_progress.retries;
    pending.waitingForRetry = true;
    const RequestId id = pending.id;
    if (!pending.retryTimer) {
        pending.retryTimer = std::make_unique<QTimer>();
        pending.retryTimer->setSingleShot(true);
        connect(pending.retryTimer.get(), &QTimer::timeout, this, [this, id] {
            if (Pending* waiting = find(id)) {
                waiting->waitingForRetry = false;
                requeueNow(*waiting);
            }
        });
    }
    qCInfo(lcHttp).noquote() << "retry" << pending.retries << "of" << pending.method << logUrl(pending.url) << "in"
                             << delay.count() << "ms:" << error.categoryName() << error.detail;
    emit retryScheduled(id, pending.retries, delay.count(), error.categoryName());
    pending.retryTimer->start(static_cast<int>(std::min<qint64>(delay.count(), std::numeric_limits<int>::max())));
    emitProgress();
}

void ApiClient::finish(RequestId id, ApiResult result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    if (result.ok())
        ++m_progress.succeeded;
    else
        ++m_progress.failed;
    if (!result.ok() && result.error().category != Error::Category::Cancelled)
        qCInfo(lcHttp).noquote() << pending->method << logUrl(pending->url)
                                 << "failed:" << result.error().categoryName() << result.error().detail;
    emitProgress();
    if (!pending->hasContext || pending->context)
        pending->done(std::move(result));
    pump();
}

void ApiClient::cancel(RequestId id)
{
    Pending* pending = find(id);
    if (!pending)
        return;
    if (pending->reply) {
        QNetworkReply* reply = std::exchange(pending->reply, nullptr);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        --m_running;
    } else if (pending->waitingForToken) {
        pending->waitingForToken = false;
        --m_running;
    }
    finish(id, Error::make(Error::Category::Cancelled, tr("Cancelled.")));
}

void ApiClient::cancelAll()
{
    // No new dispatch while cancelling: a queued request must not start just because a slot freed up.
    m_pumpBlocked = true;
    std::vector<RequestId> ids;
    ids.reserve(m_pending.size());
    for (const auto& [id, pending] : m_pending)
        ids.push_back(id);
    for (const RequestId id : ids)
        cancel(id);
    m_pumpBlocked = false;
    emit allCancelled();
    pump();
}

void ApiClient::reportItems(qint64 count)
{
    m_progress.items += count;
    emitProgress();
}

ApiProgress ApiClient::progress() const
{
    ApiProgress progress = m_progress;
    progress.running = m_running;
    progress.queued = static_cast<int>(m_pending.size()) - m_running;
    return progress;
}

void ApiClient::emitProgress()
{
    emit progressChanged(progress());
}

} // namespace smtpaudit
