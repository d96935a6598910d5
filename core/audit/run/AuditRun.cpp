#include "audit/run/AuditRun.h"

#include "audit/AuditStore.h"
#include "exchange/ExchangeCollectors.h"
#include "graph/GraphCollectors.h"
#include "graph/PerUserMfaCollector.h"
#include "graph/SignInsCollector.h"
#include "graph/UsersCollector.h"
#include "http/ApiClient.h"
#include "identity/TokenProvider.h"
#include "util/Logging.h"

#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

bool isExchangeCollector(CollectorId id)
{
    switch (id) {
    case CollectorId::TransportConfig:
    case CollectorId::CasMailboxes:
    case CollectorId::AuthenticationPolicies:
    case CollectorId::OrganizationConfig:
    case CollectorId::ExchangeUserPolicies:
        return true;
    default:
        return false;
    }
}

} // namespace

struct AuditRun::Evaluation
{
    AuditResult result;
    std::optional<Result<QString>> savedTo;
};

AuditRun::AuditRun(ApiClient& client, TokenProvider* tokens, CollectorContext context, AuditRunOptions options,
                   QObject* parent)
    : QObject(parent)
    , m_client(&client)
    , m_tokens(tokens)
    , m_context(std::move(context))
    , m_options(std::move(options))
{
    m_context.client = &client;
    m_context.settings = m_options.collectors;
    m_context.settings.signInDays = std::clamp(m_context.settings.signInDays, 1, 30);
}

AuditRun::~AuditRun()
{
    // Collectors cancel their jobs as they go; an evaluation still running finishes on the pool unobserved.
    if (m_evaluation)
        m_evaluation->disconnect(this);
    for (const auto& collector : m_collectors)
        collector->disconnect(this);
}

bool AuditRun::isRunning() const
{
    return m_state == State::CheckingPermissions || m_state == State::WaitingToCollect ||
           m_state == State::Collecting || m_state == State::Evaluating;
}

void AuditRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AuditRun::start()
{
    if (m_state != State::Idle)
        return;
    m_clock.start();
    if (!m_context.now.isValid())
        m_context.now = QDateTime::currentDateTimeUtc();
    setState(State::CheckingPermissions);
    acquireTokens();
}

void AuditRun::acquireTokens()
{
    if (!m_tokens) {
        onTokensReady();
        return;
    }
    // Both tokens at once; the permission check needs both, and their acquisition is the first network
    // round trip anyway.
    m_tokensPending = 2;
    const quint64 generation = m_generation;
    const auto done = [this, generation](TokenResource resource, Result<QByteArray> token) {
        if (generation != m_generation || m_state != State::CheckingPermissions)
            return;
        if (!token.ok())
            (resource == TokenResource::Graph ? m_graphTokenError : m_exchangeTokenError) = token.error();
        if (--m_tokensPending == 0)
            onTokensReady();
    };
    m_tokens->token(TokenResource::Graph, [done](Result<QByteArray> token) { done(TokenResource::Graph, token); });
    if (m_state != State::CheckingPermissions || generation != m_generation)
        return;
    m_tokens->token(TokenResource::ExchangeAdmin,
                    [done](Result<QByteArray> token) { done(TokenResource::ExchangeAdmin, token); });
}

void AuditRun::onTokensReady()
{
    if (m_graphTokenError && m_exchangeTokenError) {
        // Nothing can be read: no audit at all, rather than an audit of nothing.
        m_fatal = *m_graphTokenError;
        setState(State::Failed);
        emit finished();
        return;
    }
    if (m_tokens) {
        m_permissions = checkPermissions(allAuditChecks(), m_tokens->claims(TokenResource::Graph),
                                         m_tokens->claims(TokenResource::ExchangeAdmin));
        // The Exchange admin API's path needs the tenant GUID; a tenant given by domain gets it from the token.
        const std::optional<TokenClaims> graphClaims = m_tokens->claims(TokenResource::Graph);
        if (graphClaims && !graphClaims->tenantId.isEmpty() && QUuid::fromString(m_context.tenantId).isNull())
            m_context.tenantId = graphClaims->tenantId;
        if (const std::optional<TokenClaims> claims = m_tokens->claims(TokenResource::ExchangeAdmin);
            claims && claims->isDelegated() && m_context.signedInUpn.isEmpty()) {
            m_context.delegated = true;
            m_context.signedInUpn = claims->userPrincipalName;
        }
    }
    emit permissionsChecked(m_permissions);
    if (m_options.pauseAfterPermissionCheck) {
        setState(State::WaitingToCollect);
        return;
    }
    startCollecting();
}

void AuditRun::continueCollecting()
{
    if (m_state == State::WaitingToCollect)
        startCollecting();
}

void AuditRun::createCollectors()
{
    // Creation order is also the order in which their data goes into the snapshot (applyTo): Get-User's
    // policies join onto the CASMailbox collector's mailboxes.
    auto users = std::make_unique<UsersCollector>(m_context);
    auto perUserMfa = std::make_unique<PerUserMfaCollector>(m_context);
    auto casMailboxes = std::make_unique<CasMailboxCollector>(m_context);
    connect(casMailboxes.get(), &CasMailboxCollector::usersDiscovered, perUserMfa.get(),
            &PerUserMfaCollector::addUsers);
    connect(casMailboxes.get(), &Collector::finished, perUserMfa.get(),
            [cas = casMailboxes.get(), mfa = perUserMfa.get()] {
                const CollectorStatus status = cas->status(CollectorId::CasMailboxes);
                if (status.isComplete()) {
                    mfa->noMoreUsers();
                    return;
                }
                Error error = status.error.value_or(Error{});
                error.message = tr("The per-user MFA states were not read because the mailbox list could not be "
                                   "read: %1")
                                    .arg(error.message);
                mfa->abandon(error);
            });

    m_collectors.push_back(std::move(users));
    m_collectors.push_back(makeRegistrationDetailsCollector(m_context));
    m_collectors.push_back(std::make_unique<SecurityDefaultsCollector>(m_context));
    m_collectors.push_back(makeConditionalAccessCollector(m_context));
    m_collectors.push_back(makeNamedLocationsCollector(m_context));
    m_collectors.push_back(makeApplicationsCollector(m_context));
    m_collectors.push_back(std::make_unique<SignInsCollector>(m_context));
    m_collectors.push_back(std::make_unique<ExchangeSettingsCollector>(m_context));
    m_collectors.push_back(std::move(casMailboxes));
    m_collectors.push_back(std::make_unique<ExchangeUsersCollector>(m_context));
    m_collectors.push_back(std::move(perUserMfa));

    for (const auto& owned : m_collectors) {
        Collector* collector = owned.get();
        connect(collector, &Collector::progressChanged, this, [this, collector] {
            for (const CollectorId id : collector->ids())
                emit collectorProgress(id, collector->progress(), etaMs(id));
        });
        connect(collector, &Collector::finished, this, [this, collector] { onCollectorFinished(collector); });
    }
}

void AuditRun::startCollecting()
{
    setState(State::Collecting);
    // Created now, not at start(): the context may have learnt the signed-in user (delegated anchor mailbox).
    createCollectors();
    for (const auto& collector : m_collectors) {
        const bool exchange = isExchangeCollector(collector->ids().constFirst());
        const std::optional<Error>& tokenError = exchange ? m_exchangeTokenError : m_graphTokenError;
        if (tokenError) {
            collector->abandon(*tokenError);
            continue;
        }
    }
    for (const auto& collector : m_collectors) {
        if (m_state != State::Collecting)
            return; // cancelled from a callback
        if (collector->isFinished())
            continue;
        m_startedAtMs.insert(collector.get(), m_clock.elapsed());
        collector->start();
    }
    if (m_state == State::Collecting &&
        std::all_of(m_collectors.cbegin(), m_collectors.cend(), [](const auto& c) { return c->isFinished(); }))
        evaluate();
}

void AuditRun::onCollectorFinished(Collector* collector)
{
    for (const CollectorId id : collector->ids())
        emit collectorFinished(id, collector->status(id));
    if (m_state != State::Collecting)
        return;
    if (std::all_of(m_collectors.cbegin(), m_collectors.cend(), [](const auto& c) { return c->isFinished(); }))
        evaluate();
}

TenantSnapshot AuditRun::buildSnapshot() const
{
    TenantSnapshot snapshot;
    snapshot.capturedAt = m_context.now;
    snapshot.organization.tenantId = m_context.tenantId;
    snapshot.declaredSendingRanges = m_options.declaredSendingRanges;
    snapshot.rotationPeriodDays = m_options.rotationPeriodDays;
    snapshot.ownCredential = m_options.ownCredential;
    for (const auto& collector : m_collectors) {
        collector->applyTo(snapshot);
        for (const CollectorId id : collector->ids())
            snapshot.setStatus(id, collector->status(id));
    }
    // A mailbox that neither Get-CASMailbox nor Get-User tied to a UPN gets its directory user's. The index
    // of 100,000 users is built only when such a mailbox exists (usually none does).
    const bool anyWithoutUpn = std::any_of(snapshot.mailboxes.cbegin(), snapshot.mailboxes.cend(),
                                           [](const Mailbox& mailbox) { return mailbox.userPrincipalName.isEmpty(); });
    if (!anyWithoutUpn)
        return snapshot;
    QHash<QString, const DirectoryUser*> usersById;
    usersById.reserve(snapshot.users.size());
    for (const DirectoryUser& user : snapshot.users)
        usersById.insert(user.id.toLower(), &user);
    for (Mailbox& mailbox : snapshot.mailboxes) {
        if (!mailbox.userPrincipalName.isEmpty())
            continue;
        if (const DirectoryUser* user = usersById.value(mailbox.externalDirectoryObjectId.toLower()))
            mailbox.userPrincipalName = user->userPrincipalName;
    }
    return snapshot;
}

// The evaluation spreads its large parts (the index, the mailboxes, the rules) over the global thread pool
// and waits for them. Run on a thread of that pool itself, it took one of the pool's (on two cores, two)
// threads, and QtConcurrent's blocking calls found no other free: every part ran on that one thread.
QThreadPool& AuditRun::evaluationPool()
{
    static QThreadPool pool;
    return pool;
}

void AuditRun::evaluate()
{
    setState(State::Evaluating);
    TenantSnapshot snapshot = buildSnapshot();
    qCInfo(lcAudit) << "collected in" << m_clock.elapsed() << "ms;" << snapshot.mailboxes.size() << "mailboxes,"
                    << (snapshot.isPartial() ? "partial" : "complete");
    // The resolver and rules run over tens of thousands of mailboxes, and the history is files: off the event
    // loop, so progress and cancel stay responsive.
    m_evaluation = std::make_unique<QFutureWatcher<std::shared_ptr<Evaluation>>>();
    connect(m_evaluation.get(), &QFutureWatcher<std::shared_ptr<Evaluation>>::finished, this, [this] {
        if (m_state != State::Evaluating)
            return;
        const std::shared_ptr<Evaluation> evaluation = m_evaluation->result();
        m_savedTo = evaluation->savedTo;
        m_result = std::make_shared<const AuditResult>(std::move(evaluation->result));
        setState(State::Finished);
        emit finished();
    });
    const QDateTime now = m_context.now;
    m_evaluation->setFuture(QtConcurrent::run(&evaluationPool(), [snapshot = std::move(snapshot), now,
                                                                  history = m_options.historyDirectory]() mutable {
        auto evaluation = std::make_shared<Evaluation>();
        std::optional<LoadedAudit> previous;
        const QString tenantId = snapshot.organization.tenantId;
        if (!history.isEmpty())
            previous = AuditStore(history).latest(tenantId);
        const FixedClock clock(now);
        evaluation->result = AuditEngine::evaluate(std::move(snapshot), clock, previous ? &previous->audit : nullptr);
        if (!history.isEmpty())
            evaluation->savedTo = AuditStore(history).save(evaluation->result);
        return evaluation;
    }));
}

void AuditRun::cancel()
{
    if (!isRunning())
        return;
    ++m_generation;
    const State before = m_state;
    setState(State::Cancelled);
    if (before == State::CheckingPermissions && m_tokens)
        m_tokens->cancel();
    for (const auto& collector : m_collectors)
        collector->cancel();
    if (m_evaluation)
        m_evaluation->disconnect(this);
    qCInfo(lcAudit) << "audit cancelled after" << m_clock.elapsed() << "ms";
    emit finished();
}

std::shared_ptr<SignInStore> AuditRun::signInStore() const
{
    for (const auto& collector : m_collectors)
        if (const auto* signIns = qobject_cast<const SignInsCollector*>(collector.get()))
            return signIns->store();
    return nullptr;
}

QList<Collector*> AuditRun::collectors() const
{
    QList<Collector*> list;
    for (const auto& collector : m_collectors)
        list << collector.get();
    return list;
}

Collector* AuditRun::collector(CollectorId id) const
{
    for (const auto& collector : m_collectors)
        if (collector->ids().contains(id))
            return collector.get();
    return nullptr;
}

QList<Error> AuditRun::warnings() const
{
    QList<Error> all;
    for (const auto& collector : m_collectors)
        all << collector->warnings();
    return all;
}

qint64 AuditRun::etaMs(CollectorId id) const
{
    const Collector* found = collector(id);
    if (!found || found->isFinished())
        return found ? 0 : -1;
    const double completion = found->progress().completion();
    const qint64 started = m_startedAtMs.value(const_cast<Collector*>(found), -1);
    if (completion < 0.02 || started < 0)
        return -1;
    const double elapsed = static_cast<double>(m_clock.elapsed() - started);
    return static_cast<qint64>(elapsed * (1.0 - completion) / completion);
}

qint64 AuditRun::overallEtaMs() const
{
    qint64 longest = -1;
    for (const auto& collector : m_collectors) {
        if (collector->isFinished())
            continue;
        const qint64 eta = etaMs(collector->ids().constFirst());
        if (eta < 0)
            return -1; // one unknown makes the whole unknown
        longest = std::max(longest, eta);
    }
    return longest;
}

} // namespace smtpaudit
