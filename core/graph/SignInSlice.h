#pragma once

#include "http/ApiClient.h"
#include "signins/SignInStore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

namespace smtpaudit {

// The result of parsing one sign-in page into the store (on a worker thread or inline).
struct SignInPageOutcome
{
    Result<SignInAppendStats> stats = SignInAppendStats{};
    std::optional<qint64> oldestMs; // createdDateTime of the page's last (oldest) event
};

// Reads one createdDateTime slice of the sign-in log into a SignInStore: pages newest first, each
// @odata.nextLink requested whole until there is none. Bodies are parsed by the store on the thread pool
// (SignInStore::appendGraphResponse takes whole bodies and appends from several threads), so the event
// loop keeps the other slices' requests moving while a page is parsed. Because the ApiClient does not
// parse these bodies, a truncated or malformed page is asked for again here (up to the client's retry
// attempts); nothing of a bad page is stored.
//
// While a page is parsed, its @odata.nextLink (found in the body's first or last bytes) is already requested;
// the parsed page confirms it. A page that turns out unreadable, or whose parsed link differs, drops that
// request (its answer is never used), so the outcome is the same as reading strictly one page after another.
class SignInSlice : public QObject
{
    Q_OBJECT

public:
    SignInSlice(ApiClient& client, std::shared_ptr<SignInStore> store, ApiRequest first, QDateTime from, QDateTime to,
                bool parseInWorker, QObject* parent = nullptr);
    ~SignInSlice() override;

    void start();
    void cancel(); // no callback afterwards

    // Share of the slice's time range read so far (newest first), 0..1.
    double coverage() const;
    int pages() const { return m_pages; }
    qint64 appended() const { return m_appended; }

    // The oldest createdDateTime in a Graph page body, found without parsing it (pages are newest first).
    static std::optional<qint64> oldestCreatedMs(const QByteArray& body);
    // The @odata.nextLink of a Graph page body when it stands in its first or last 4 KiB as a plain string
    // (no escapes); empty otherwise. A guess only: the parsed page decides.
    static QString nextLinkGuess(const QByteArray& body);

signals:
    void pageStored(qint64 appended);
    void finished(const smtpaudit::Status& result);

private:
    void request(const QUrl& url);
    void onResponse(const QUrl& url, ApiResult result);
    void onParsed(const QUrl& url, const SignInPageOutcome& outcome);
    void finish(Status result);
    void requestAhead(const QUrl& pageUrl, const QByteArray& body);
    void dropAhead();

    // The next page, requested before the current one was parsed.
    struct Ahead
    {
        QString link;
        QUrl url;
        ApiClient::RequestId id = 0;
        bool confirmed = false;         // the parsed page named this link: its answer is handled on arrival
        std::optional<ApiResult> early; // its answer, when it came before the confirmation
    };

    QPointer<ApiClient> m_client;
    std::shared_ptr<SignInStore> m_store;
    ApiRequest m_first;
    QDateTime m_from;
    QDateTime m_to;
    bool m_parseInWorker = true;
    qint64 m_oldestMs = 0;
    bool m_hasOldest = false;
    int m_pages = 0;
    int m_pageAttempts = 0;
    qint64 m_appended = 0;
    QSet<QString> m_seenLinks;
    ApiClient::RequestId m_inFlight = 0;
    std::optional<Ahead> m_ahead;
    std::unique_ptr<QFutureWatcher<SignInPageOutcome>> m_watcher;
    bool m_done = false;
};

} // namespace smtpaudit
