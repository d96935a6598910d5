#pragma once

#include "audit/AuditResult.h"
#include "audit/TenantSnapshot.h"
#include "audit/run/Collector.h"
#include "identity/PermissionCheck.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace smtpaudit {

class ApiClient;
class SignInStore;
class TokenProvider;

struct AuditRunOptions
{
    CollectorSettings collectors;
    // Copied into the snapshot: the admin's choices for this audit.
    QStringList declaredSendingRanges;
    int rotationPeriodDays = 90;
    OwnCredential ownCredential;
    // Stop after the permission check until continueCollecting() (the GUI wizard shows the report);
    // false: collect right away (the CLI prints the report and goes on).
    bool pauseAfterPermissionCheck = false;
    // The audit history (AuditStore) directory: the previous audit of the tenant is read from it (BP11, the
    // diff) and the new one saved into it. Empty: no history (tests, a one-off CLI run with --no-history).
    QString historyDirectory;
};

// One audit of one tenant: tokens and the permission check first, then every collector in parallel over
// the shared ApiClient (which bounds how many requests are on the wire), then the snapshot and its
// evaluation by the audit engine. A collector that fails leaves its part of the snapshot marked failed
// (partial audit) and never stops the others. cancel() ends everything within the event loop turn.
//
// Collectors' data dependencies are wired here: the CASMailbox pages hand their users to the per-user MFA
// collector while the listing still pages, and Get-User's policies are joined onto the mailboxes after the
// CASMailbox collector's data is in.
class AuditRun : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        CheckingPermissions,
        WaitingToCollect, // pauseAfterPermissionCheck: the report is out, continueCollecting() goes on
        Collecting,
        Evaluating,
        Finished,  // result() is set (complete or partial)
        Failed,    // no result: the sign-in itself failed (fatalError())
        Cancelled, // no result
    };

    // `tokens` may be null when the client's token source is something else (tests): the permission check
    // is then skipped and reported as unverified. Neither is owned; both must outlive the run.
    AuditRun(ApiClient& client, TokenProvider* tokens, CollectorContext context, AuditRunOptions options,
             QObject* parent = nullptr);
    ~AuditRun() override;

    void start();
    void continueCollecting();
    void cancel();

    State state() const { return m_state; }
    // The context the collectors got (tenant GUID and signed-in user filled in from the tokens).
    const CollectorContext& context() const { return m_context; }
    bool isRunning() const;
    const PermissionReport& permissionReport() const { return m_permissions; }
    // Set in State::Failed: why the audit could not run at all (authentication, usually).
    const std::optional<Error>& fatalError() const { return m_fatal; }
    // Set in State::Finished.
    const AuditResult* result() const { return m_result.get(); }
    // Where the history copy was written, or why it could not be (Finished with a history directory only).
    const std::optional<Result<QString>>& savedTo() const { return m_savedTo; }
    std::shared_ptr<const AuditResult> sharedResult() const { return m_result; }
    // The sign-in events behind the aggregates (null when sign-ins were not collected).
    std::shared_ptr<SignInStore> signInStore() const;

    QList<Collector*> collectors() const;
    Collector* collector(CollectorId id) const; // null before collecting starts
    // Fallbacks collectors took (e.g. users without signInActivity), with what was missing.
    QList<Error> warnings() const;
    // Milliseconds until the collector is done, from its completion so far; -1 when unknown.
    qint64 etaMs(CollectorId id) const;
    // The longest of the running collectors' ETAs; -1 when unknown.
    qint64 overallEtaMs() const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // Where evaluations run: not the global pool, whose threads they spread their own work over.
    static QThreadPool& evaluationPool();

signals:
    void stateChanged(smtpaudit::AuditRun::State state);
    void permissionsChecked(const smtpaudit::PermissionReport& report);
    void collectorProgress(smtpaudit::CollectorId id, const smtpaudit::CollectorProgress& progress, qint64 etaMs);
    void collectorFinished(smtpaudit::CollectorId id, const smtpaudit::CollectorStatus& status);
    void finished(); // Finished, Failed or Cancelled: see state()

private:
    void setState(State state);
    void acquireTokens();
    void onTokensReady();
    void createCollectors();
    void startCollecting();
    void onCollectorFinished(Collector* collector);
    void evaluate();
    TenantSnapshot buildSnapshot() const;

    QPointer<ApiClient> m_client;
    QPointer<TokenProvider> m_tokens;
    CollectorContext m_context;
    AuditRunOptions m_options;
    State m_state = State::Idle;
    PermissionReport m_permissions;
    std::optional<Error> m_fatal;
    std::optional<Error> m_graphTokenError;
    std::optional<Error> m_exchangeTokenError;
    int m_tokensPending = 0;
    std::vector<std::unique_ptr<Collector>> m_collectors;
    QHash<Collector*, qint64> m_startedAtMs;
    QElapsedTimer m_clock;
    std::shared_ptr<const AuditResult> m_result;
    struct Evaluation;
    std::unique_ptr<QFutureWatcher<std::shared_ptr<Evaluation>>> m_evaluation;
    std::optional<Result<QString>> m_savedTo;
    quint64 m_generation = 0; // bumped by cancel(): late token callbacks are ignored
};

} // namespace smtpaudit

Q_DECLARE_METATYPE(smtpaudit::CollectorProgress)
