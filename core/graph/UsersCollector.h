#pragma once

#include "audit/DirectoryData.h"
#include "audit/run/Collector.h"

#include <QList>
#include <QPointer>

#include <optional>
#include <vector>

namespace smtpaudit {

// GET /v1.0/users with the audit's $select (reference section 1), every page. signInActivity needs
// Entra ID P1 and AuditLog.Read.All; when the service refuses it (403: permission or licence), the
// collector reads the users again without it and records a warning naming what was missing, so the
// audit keeps every other user property. Also asks /users/$count once, for the progress total.
// With signInActivity (pages of at most 120) the listing is read as parallel parts split by the first
// character of userPrincipalName (GraphQuery::userPartitionFilters); a part refused with 400, or parts
// that together hold fewer users than $count, send the collector back to the single listing.
class UsersCollector : public Collector
{
    Q_OBJECT

public:
    explicit UsersCollector(CollectorContext context, QObject* parent = nullptr);

    void applyTo(TenantSnapshot& snapshot) const override;

    const QList<DirectoryUser>& users() const { return m_users; }
    bool hasSignInActivity() const { return m_withSignInActivity; }

protected:
    void run() override;
    void stopJobs() override;

private:
    void fetch();
    void fetchPartitioned();
    void fetchCount();
    void onPartDone(qsizetype part, Result<PagingSummary> result);
    void onDone(Result<PagingSummary> result);
    // Reads every page of `request`, its users decoded on the thread pool (TypedPages), and hands
    // each page's users to `onUsers`; a user that cannot be read ends the paging with that error.
    void readUserPages(ApiRequest request, std::function<void(QList<DirectoryUser>&& users)> onUsers,
                       std::function<void(Result<PagingSummary>)> done);

    QList<DirectoryUser> m_users;
    QList<QPointer<PagedFetch>> m_pagers;
    bool m_withSignInActivity = true;
    bool m_partitioned = true;
    std::vector<std::vector<QList<DirectoryUser>>> m_parts; // per part, its pages
    qsizetype m_pendingParts = 0;
    std::optional<Error> m_partError;
    qint64 m_countedUsers = -1; // /users/$count's answer, -1 until it came
    QString m_query;
    quint64 m_countRequest = 0;
};

} // namespace smtpaudit
