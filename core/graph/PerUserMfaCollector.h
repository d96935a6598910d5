#pragma once

#include "audit/DirectoryData.h"
#include "audit/run/Collector.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace smtpaudit {

// Per-user MFA state, GET /beta/users/{id}/authentication/requirements (reference section 2), one call
// per user sent as Graph $batch POSTs of 20 (or one GET each without batching).
//
// Which users: those the audit reports on, i.e. every mailbox's user. The state is a blocker in the SMTP
// AUTH verdict of every mailbox whose protocol is on, and the audit JSON carries it for every mailbox;
// users without a mailbox cannot use SMTP AUTH, and a large tenant has tens of thousands of them, so
// asking for them too would add requests without changing a verdict. The ids are streamed in by AuditRun
// as the Exchange mailbox pages arrive (addUsers), so these batches run while the listing still pages.
// A user deleted meanwhile (404) is skipped; any other item error fails the collector with that error.
class PerUserMfaCollector : public Collector
{
    Q_OBJECT

public:
    explicit PerUserMfaCollector(CollectorContext context, QObject* parent = nullptr);

    // Object ids (or UPNs) to ask for; duplicates are asked once. May come before or after start().
    void addUsers(const QStringList& userIds);
    // Every user has been handed over: the collector completes when the last answer is in.
    void noMoreUsers();

    void applyTo(TenantSnapshot& snapshot) const override;
    const QList<PerUserMfa>& states() const { return m_states; }

protected:
    void run() override;
    void stopJobs() override;

private:
    void flush(bool everything);
    void sendBatched(const QStringList& ids);
    void sendSingle(const QString& id);
    Status handleAnswer(const QString& id, int httpStatus, const std::optional<Error>& error, const QJsonObject& body);
    void finishIfComplete();
    void reportItemsSoon();

    QStringList m_waiting; // handed over, not yet sent
    QSet<QString> m_seen;
    QList<PerUserMfa> m_states;
    QSet<quint64> m_singleRequests;
    int m_runningJobs = 0;
    qint64 m_requested = 0;
    bool m_noMoreUsers = false;
    int m_skippedMissing = 0;
    qint64 m_unreportedItems = 0; // answers not yet in the progress: reported once per event-loop pass
};

} // namespace smtpaudit
