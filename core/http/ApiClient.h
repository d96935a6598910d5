#pragma once

#include "http/ApiRequest.h"
#include "http/RequestQueue.h"
#include "http/RetryPolicy.h"
#include "http/TlsTrust.h"

#include <QJsonDocument>
#include <QObject>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace smtpaudit {

// Counts for progress displays: what is waiting, running, finished; items are what callers collected
// (users, sign-ins, ...), reported by the paging and batch helpers.
struct ApiProgress
{
    int queued = 0;  // waiting for a free slot or for a retry
    int running = 0; // on the wire (or fetching their token)
    int succeeded = 0;
    int failed = 0; // including cancelled
    int retries = 0;
    qint64 items = 0;

    int done() const { return succeeded + failed; }
};

// Asynchronous HTTPS client for the Microsoft APIs. Requests wait in a queue and at most
// maxConcurrency() are on the wire at once. Each request has a transfer timeout, an attempt timeout and an
// overall deadline (reported as Timeout, never as Cancelled); 429/503/504 are retried after Retry-After or
// an exponential backoff with jitter; resets, timeouts and malformed bodies are retried for idempotent
// requests. Redirects follow ApiRequest::Redirects and never downgrade https to http. TLS is always
// verified against the system CAs plus the pinned ones. Bearer tokens come from a TokenSource right
// before each attempt and are never logged.
//
// Lives on one thread and uses that thread's QNetworkAccessManager. Callbacks run on that thread; a
// callback whose context object was destroyed is not called.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using RequestId = quint64;
    using ResponseCallback = std::function<void(ApiResult)>;
    using TokenCallback = std::function<void(Result<QByteArray>)>;
    // forceRefresh is set after the service answered 401 to a cached token.
    using TokenSource = std::function<void(const QString& scope, bool forceRefresh, TokenCallback done)>;

    static constexpr int defaultConcurrency = 8;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override; // aborts what is running without calling back

    void setMaxConcurrency(int requests);
    int maxConcurrency() const { return m_maxConcurrency; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setTlsTrust(const TlsTrust& trust);
    void setTokenSource(TokenSource source) { m_tokenSource = std::move(source); }
    void setJitterSeed(quint32 seed) { m_random.seed(seed); }

    RequestId send(ApiRequest request, QObject* context, ResponseCallback done);
    // The callback receives Cancelled before these return.
    void cancel(RequestId id);
    void cancelAll();

    void reportItems(qint64 count);
    ApiProgress progress() const;
    bool isIdle() const { return m_pending.empty(); }

signals:
    void progressChanged(const smtpaudit::ApiProgress& progress);
    // Before each wait: `delayMs` is the Retry-After the server asked for, or the backoff chosen.
    void retryScheduled(smtpaudit::ApiClient::RequestId id, int retry, qint64 delayMs, const QString& reason);
    // After cancelAll(): helpers with timers of their own (batch retries) stop too.
    void allCancelled();

private:
    struct Pending;
    struct ParsedJson
    {
        QString error; // why the body is not JSON (with the offset); empty when it is
        bool isObject = false;
        QJsonObject object;
        std::any decoded;
    };
    static ParsedJson parseJson(const QByteArray& body, const ApiRequest& request);
    static ParsedJson readPage(const QByteArray& body, const ApiRequest::ValueDecoder& decodeValue);

    Pending* find(RequestId id) const;
    void pump();
    void dispatch(Pending& pending);
    void onToken(RequestId id, int attempt, Result<QByteArray> token);
    void issue(Pending& pending, const QByteArray& token);
    void onReplyFinished(RequestId id);
    void onAttemptTimeout(RequestId id);
    void handleResponse(Pending& pending, ApiResponse response);
    void acceptJson(Pending& pending, ApiResponse response, ParsedJson parsed);
    void handleRedirect(Pending& pending, ApiResponse response);
    void retryOrFail(Pending& pending, Error error, std::optional<std::chrono::milliseconds> retryAfter);
    void requeueNow(Pending& pending);
    void finish(RequestId id, ApiResult result);
    void emitProgress();

    std::map<RequestId, std::unique_ptr<Pending>> m_pending;
    RequestQueue m_waiting;
    RequestId m_nextId = 1;
    int m_running = 0;
    int m_maxConcurrency = defaultConcurrency;
    bool m_pumpBlocked = false;
    RetryPolicy m_retryPolicy;
    QSslConfiguration m_ssl;
    TokenSource m_tokenSource;
    QRandomGenerator m_random;
    ApiProgress m_progress;
};

} // namespace smtpaudit

Q_DECLARE_METATYPE(smtpaudit::ApiProgress)
