#pragma once

#include "audit/ExchangeData.h"
#include "audit/run/Collector.h"
#include "exchange/ExchangeParsers.h"
#include "http/PagedFetch.h"

#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// The three small organisation-wide reads: Get-TransportConfig, Get-AuthenticationPolicy and
// Get-OrganizationConfig. With batching they go out as one Exchange $batch POST instead of three; each
// keeps its own status, so one failing cmdlet does not cost the other two.
class ExchangeSettingsCollector : public Collector
{
    Q_OBJECT

public:
    explicit ExchangeSettingsCollector(CollectorContext context, QObject* parent = nullptr);

    void applyTo(TenantSnapshot& snapshot) const override;

protected:
    void run() override;

private:
    void runBatched();
    void runSeparately(CollectorId id);
    // One page of a cmdlet's output; false (and the id failed) when an item did not parse.
    bool takeItems(CollectorId id, const QJsonArray& items);
    void finishCmdlet(CollectorId id, Result<PagingSummary> result);
    // A batch item whose answer has a nextLink: the rest is read with ordinary paging.
    void continuePaging(CollectorId id, const QUrl& nextLink);

    std::optional<bool> m_smtpClientAuthenticationDisabled;
    QList<AuthenticationPolicy> m_policies;
    std::optional<QString> m_defaultPolicy;
};

// Get-CASMailbox -ResultSize Unlimited: every mailbox with its SmtpClientAuthenticationDisabled. Hands each
// page's user ids on (usersDiscovered) so that per-user work can start before the listing ends.
class CasMailboxCollector : public Collector
{
    Q_OBJECT

public:
    explicit CasMailboxCollector(CollectorContext context, QObject* parent = nullptr);

    void applyTo(TenantSnapshot& snapshot) const override;
    const QList<Mailbox>& mailboxes() const { return m_mailboxes; }

signals:
    // ExternalDirectoryObjectId of each mailbox of a page (the UPN when the id is missing).
    void usersDiscovered(const QStringList& userIds);

protected:
    void run() override;
    void stopJobs() override;

private:
    QList<Mailbox> m_mailboxes;
    QPointer<PagedFetch> m_pager; // pages parsed on the thread pool (TypedPages)
};

// Get-User -ResultSize Unlimited: the per-user AuthenticationPolicy (and UPN / RecipientTypeDetails for
// mailboxes whose Get-CASMailbox output lacks them). applyTo() joins it onto the snapshot's mailboxes,
// so AuditRun applies it after the CASMailbox collector.
class ExchangeUsersCollector : public Collector
{
    Q_OBJECT

public:
    explicit ExchangeUsersCollector(CollectorContext context, QObject* parent = nullptr);

    void applyTo(TenantSnapshot& snapshot) const override;
    const QList<ExchangeParse::ExchangeUser>& users() const { return m_users; }

protected:
    void run() override;
    void stopJobs() override;

private:
    QList<ExchangeParse::ExchangeUser> m_users;
    QPointer<PagedFetch> m_pager; // pages parsed on the thread pool (TypedPages)
};

} // namespace smtpaudit
