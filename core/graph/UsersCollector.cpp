#include "graph/UsersCollector.h"

#include "audit/TenantSnapshot.h"
#include "graph/GraphParsers.h"
#include "http/ApiClient.h"
#include "http/TypedPages.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace smtpaudit {

UsersCollector::UsersCollector(CollectorContext context, QObject* parent)
    : Collector(std::move(context), {CollectorId::Users}, parent)
{}

void UsersCollector::run()
{
    fetchCount();
    fetch();
}

void UsersCollector::fetchCount()
{
    // A progress total only: whatever goes wrong here, the listing itself decides the outcome.
    ApiRequest request = ApiRequest::get(GraphQuery::userCount(context().cloud));
    request.setHeader("ConsistencyLevel", "eventual");
    request.setHeader("Accept", "text/plain");
    request.expectJson = false;
    request.tokenScope = context().graphScope();
    request.permissionHint = QString(GraphQuery::permission::users);
    request.label = u"users $count"_s;
    m_countRequest = client()->send(std::move(request), this, [this](ApiResult result) {
        m_countRequest = 0;
        if (!result.ok() || !isActive(CollectorId::Users))
            return;
        bool ok = false;
        const qint64 count = result.value().body.trimmed().toLongLong(&ok);
        if (ok && count >= 0) {
            m_countedUsers = count;
            setExpectedItems(count);
        }
    });
}

void UsersCollector::stopJobs()
{
    Collector::stopJobs();
    for (const QPointer<PagedFetch>& pager : std::exchange(m_pagers, {}))
        if (pager)
            pager->cancel();
    if (m_countRequest && client())
        client()->cancel(std::exchange(m_countRequest, 0));
}

void UsersCollector::fetch()
{
    if (m_withSignInActivity && m_partitioned) {
        fetchPartitioned();
        return;
    }
    const QUrl url = GraphQuery::users(context().cloud, m_withSignInActivity);
    m_query = GraphQuery::describe(url);
    ApiRequest request = ApiRequest::get(url);
    request.tokenScope = context().graphScope();
    request.permissionHint =
        QString(m_withSignInActivity ? GraphQuery::permission::auditLog : GraphQuery::permission::users);
    request.label = u"users"_s;
    readUserPages(
        std::move(request), [this](QList<DirectoryUser>&& users) { m_users.append(std::move(users)); },
        [this](Result<PagingSummary> result) { onDone(std::move(result)); });
}

void UsersCollector::readUserPages(ApiRequest request, std::function<void(QList<DirectoryUser>&& users)> onUsers,
                                   std::function<void(Result<PagingSummary>)> done)
{
    PagedFetch* pager = TypedPages<DirectoryUser>::start(
        *client(), std::move(request), this, &GraphParse::user,
        [this, onUsers = std::move(onUsers)](QList<DirectoryUser>&& users) {
            addRequests();
            const qsizetype count = users.size();
            onUsers(std::move(users));
            addItems(count);
            return true;
        },
        std::move(done));
    m_pagers.removeAll(nullptr);
    m_pagers << pager;
}

void UsersCollector::fetchPartitioned()
{
    // Evidence quotes the listing the parts add up to: together they return what it returns.
    m_query = GraphQuery::describe(GraphQuery::users(context().cloud, true));
    const QStringList filters = GraphQuery::userPartitionFilters();
    m_parts.assign(static_cast<size_t>(filters.size()), {});
    m_pendingParts = filters.size();
    m_partError.reset();
    for (qsizetype part = 0; part < filters.size(); ++part) {
        ApiRequest request = ApiRequest::get(GraphQuery::users(context().cloud, true, filters.at(part)));
        request.tokenScope = context().graphScope();
        request.permissionHint = QString(GraphQuery::permission::auditLog);
        request.label = u"users part %1/%2"_s.arg(part + 1).arg(filters.size());
        readUserPages(
            std::move(request),
            [this, part](QList<DirectoryUser>&& users) {
                m_parts[static_cast<size_t>(part)].push_back(std::move(users));
            },
            [this, part](Result<PagingSummary> result) { onPartDone(part, std::move(result)); });
    }
}

void UsersCollector::onPartDone(qsizetype part, Result<PagingSummary> result)
{
    Q_UNUSED(part)
    if (!isActive(CollectorId::Users))
        return;
    if (!result.ok() && !m_partError)
        m_partError = result.error();
    if (--m_pendingParts > 0)
        return;
    // Parts in their fixed order; a user renamed between two parts' pages is kept once.
    qsizetype read = 0;
    for (const auto& pages : m_parts)
        for (const QList<DirectoryUser>& users : pages)
            read += users.size();
    QSet<QString> seen;
    seen.reserve(read);
    m_users.reserve(m_users.size() + read);
    for (auto& pages : m_parts) {
        for (QList<DirectoryUser>& users : pages) {
            for (DirectoryUser& user : users) {
                const qsizetype before = seen.size();
                seen.insert(user.id.toLower());
                if (seen.size() != before)
                    m_users << std::move(user);
            }
            users = {}; // freed as we go: the part lists and m_users would otherwise both hold every user
        }
    }
    m_parts.clear();
    addItems(m_users.size() - read);
    const bool filterRefused = m_partError && m_partError->httpStatus == 400;
    const bool short_ = !m_partError && m_countedUsers > m_users.size();
    if (filterRefused || short_) {
        qCInfo(lcGraph) << "users: reading the single listing;"
                        << (filterRefused ? "a startswith part was refused" : "the parts held fewer users than $count")
                        << m_users.size() << m_countedUsers;
        addItems(-m_users.size());
        m_users.clear();
        m_partitioned = false;
        fetch();
        return;
    }
    if (m_partError)
        onDone(*m_partError);
    else
        onDone(PagingSummary{});
}

void UsersCollector::onDone(Result<PagingSummary> result)
{
    if (!isActive(CollectorId::Users))
        return;
    if (result.ok()) {
        complete(CollectorId::Users, m_query, m_users.size());
        return;
    }
    const Error& error = result.error();
    const bool refused =
        error.category == Error::Category::PermissionMissing || error.category == Error::Category::LicenceMissing;
    if (m_withSignInActivity && refused) {
        Error warning = error;
        warning.message = QCoreApplication::translate("UsersCollector",
                                                      "Users were read without their last sign-in (signInActivity): "
                                                      "%1")
                              .arg(error.message);
        if (warning.subject.isEmpty())
            warning.subject = QString(GraphQuery::permission::auditLog);
        addWarning(warning);
        m_withSignInActivity = false;
        addItems(-m_users.size()); // counted again by the second listing
        m_users.clear();
        fetch();
        return;
    }
    fail(CollectorId::Users, error, m_query);
}

void UsersCollector::applyTo(TenantSnapshot& snapshot) const
{
    if (status(CollectorId::Users).isComplete())
        snapshot.users = m_users;
}

} // namespace smtpaudit
