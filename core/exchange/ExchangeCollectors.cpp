#include "exchange/ExchangeCollectors.h"

#include "audit/TenantSnapshot.h"
#include "exchange/ExchangeCommand.h"
#include "exchange/ExoRegionalHost.h"
#include "http/ApiClient.h"
#include "http/TypedPages.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

QJsonObject unlimited()
{
    return QJsonObject{{u"ResultSize"_s, u"Unlimited"_s}};
}

QString cmdletOf(CollectorId id)
{
    switch (id) {
    case CollectorId::TransportConfig:
        return u"Get-TransportConfig"_s;
    case CollectorId::AuthenticationPolicies:
        return u"Get-AuthenticationPolicy"_s;
    case CollectorId::OrganizationConfig:
        return u"Get-OrganizationConfig"_s;
    default:
        return {};
    }
}

} // namespace

// ---- ExchangeSettingsCollector ----

ExchangeSettingsCollector::ExchangeSettingsCollector(CollectorContext context, QObject* parent)
    : Collector(std::move(context),
                {CollectorId::TransportConfig, CollectorId::AuthenticationPolicies, CollectorId::OrganizationConfig},
                parent)
{}

void ExchangeSettingsCollector::run()
{
    // Regional host discovery first (ExoRegionalHost.h): the InvokeCommand URLs below use its answer.
    if (!ExoRegionalHost::isKnown(context()))
        return ExoRegionalHost::discover(context(), this, [this] {
            if (isActive(ids().constFirst()))
                run();
        });
    if (context().settings.batching) {
        runBatched();
        return;
    }
    for (const CollectorId id : ids())
        runSeparately(id);
}

void ExchangeSettingsCollector::runBatched()
{
    QList<BatchItem> items;
    for (const CollectorId id : ids())
        items << ExchangeCommand::batchItem(context(), QString::number(static_cast<int>(id)), cmdletOf(id));
    BatchRunner::Options options;
    options.batchUrl = ExoRegionalHost::batchUrl(context());
    options.maxPerBatch = JsonBatch::exchangeLimit;
    options.tokenScope = context().exchangeScope();
    options.headers = {{"X-AnchorMailbox", ExchangeCommand::anchorMailbox(context())}};
    options.permissionHint = QString(ExchangeCommand::permission);
    options.label = u"Exchange settings"_s;
    runBatch(
        std::move(options), std::move(items),
        [this](const BatchItemResult& item) {
            const auto id = static_cast<CollectorId>(item.id.toInt());
            const QString query = ExchangeCommand::describe(cmdletOf(id));
            if (!item.ok()) {
                fail(id, *item.error, query);
                return;
            }
            const QJsonObject body = item.body.toObject();
            if (!body.value("value"_L1).isArray()) {
                fail(id,
                     Error::make(Error::Category::MalformedResponse,
                                 tr("The Exchange admin API answered %1 without a list of results.").arg(cmdletOf(id))),
                     query);
                return;
            }
            if (!takeItems(id, body.value("value"_L1).toArray()))
                return;
            const QString nextLink = body.value("@odata.nextLink"_L1).toString();
            if (!nextLink.isEmpty()) {
                continuePaging(id, ExoRegionalHost::invokeCommandUrl(context()).resolved(QUrl(nextLink)));
                return;
            }
            finishCmdlet(id, PagingSummary{});
        },
        [this](Result<BatchSummary> result) {
            if (!result.ok())
                failAll(result.error());
        });
}

void ExchangeSettingsCollector::runSeparately(CollectorId id)
{
    ApiRequest request = ExchangeCommand::invoke(context(), cmdletOf(id));
    readPages(
        std::move(request),
        [this, id](const QJsonObject& item) -> Status {
            return takeItems(id, QJsonArray{item})
                       ? Status(Success{})
                       : Status(Error::make(Error::Category::MalformedResponse, tr("Unreadable Exchange answer.")));
        },
        [this, id](Result<PagingSummary> result) { finishCmdlet(id, std::move(result)); });
}

void ExchangeSettingsCollector::continuePaging(CollectorId id, const QUrl& nextLink)
{
    ApiRequest request = ExchangeCommand::invoke(context(), cmdletOf(id));
    request.url = nextLink;
    readPages(
        std::move(request),
        [this, id](const QJsonObject& item) -> Status {
            return takeItems(id, QJsonArray{item})
                       ? Status(Success{})
                       : Status(Error::make(Error::Category::MalformedResponse, tr("Unreadable Exchange answer.")));
        },
        [this, id](Result<PagingSummary> result) { finishCmdlet(id, std::move(result)); });
}

bool ExchangeSettingsCollector::takeItems(CollectorId id, const QJsonArray& items)
{
    const QString query = ExchangeCommand::describe(cmdletOf(id));
    for (const QJsonValue& value : items) {
        const QJsonObject object = value.toObject();
        switch (id) {
        case CollectorId::TransportConfig: {
            const Result<bool> disabled = ExchangeParse::transportSmtpClientAuthenticationDisabled(object);
            if (!disabled.ok()) {
                fail(id, disabled.error(), query);
                return false;
            }
            m_smtpClientAuthenticationDisabled = disabled.value();
            break;
        }
        case CollectorId::AuthenticationPolicies: {
            Result<AuthenticationPolicy> policy = ExchangeParse::authenticationPolicy(object);
            if (!policy.ok()) {
                fail(id, policy.error(), query);
                return false;
            }
            m_policies << std::move(policy).value();
            break;
        }
        case CollectorId::OrganizationConfig:
            m_defaultPolicy = ExchangeParse::defaultAuthenticationPolicy(object);
            break;
        default:
            break;
        }
        addItems(1);
    }
    return true;
}

void ExchangeSettingsCollector::finishCmdlet(CollectorId id, Result<PagingSummary> result)
{
    const QString query = ExchangeCommand::describe(cmdletOf(id));
    if (!isActive(id))
        return;
    if (!result.ok()) {
        fail(id, result.error(), query);
        return;
    }
    // The organisation objects come as a one-item list; an empty list would leave the value unknown.
    const bool present = id == CollectorId::TransportConfig      ? m_smtpClientAuthenticationDisabled.has_value()
                         : id == CollectorId::OrganizationConfig ? m_defaultPolicy.has_value()
                                                                 : true;
    if (!present) {
        fail(id,
             Error::make(Error::Category::MalformedResponse,
                         tr("The Exchange admin API returned no object for %1.").arg(cmdletOf(id))),
             query);
        return;
    }
    complete(id, query, id == CollectorId::AuthenticationPolicies ? m_policies.size() : 1);
}

void ExchangeSettingsCollector::applyTo(TenantSnapshot& snapshot) const
{
    if (status(CollectorId::TransportConfig).isComplete())
        snapshot.organization.smtpClientAuthenticationDisabled = m_smtpClientAuthenticationDisabled;
    if (status(CollectorId::AuthenticationPolicies).isComplete())
        snapshot.authenticationPolicies = m_policies;
    if (status(CollectorId::OrganizationConfig).isComplete())
        snapshot.organization.defaultAuthenticationPolicy = m_defaultPolicy.value_or(QString());
}

// ---- CasMailboxCollector ----

CasMailboxCollector::CasMailboxCollector(CollectorContext context, QObject* parent)
    : Collector(std::move(context), {CollectorId::CasMailboxes}, parent)
{}

void CasMailboxCollector::run()
{
    // Regional host discovery first (ExoRegionalHost.h): the InvokeCommand URLs below use its answer.
    if (!ExoRegionalHost::isKnown(context()))
        return ExoRegionalHost::discover(context(), this, [this] {
            if (isActive(ids().constFirst()))
                run();
        });
    const QString query = ExchangeCommand::describe(u"Get-CASMailbox"_s, unlimited());
    m_pager = TypedPages<Mailbox>::start(
        *client(), ExchangeCommand::invoke(context(), u"Get-CASMailbox"_s, unlimited()), this,
        &ExchangeParse::casMailbox,
        [this](QList<Mailbox>&& mailboxes) {
            addRequests();
            QStringList pageIds;
            pageIds.reserve(mailboxes.size());
            for (const Mailbox& mailbox : mailboxes)
                pageIds << (mailbox.externalDirectoryObjectId.isEmpty() ? mailbox.userPrincipalName
                                                                        : mailbox.externalDirectoryObjectId);
            const qsizetype count = mailboxes.size();
            m_mailboxes.append(std::move(mailboxes));
            addItems(count);
            emit usersDiscovered(pageIds);
            return true;
        },
        [this, query](Result<PagingSummary> result) {
            if (!isActive(CollectorId::CasMailboxes))
                return;
            if (!result.ok()) {
                fail(CollectorId::CasMailboxes, result.error(), query);
                return;
            }
            complete(CollectorId::CasMailboxes, query, m_mailboxes.size());
        });
}

void CasMailboxCollector::stopJobs()
{
    Collector::stopJobs();
    if (m_pager)
        std::exchange(m_pager, nullptr)->cancel();
}

void CasMailboxCollector::applyTo(TenantSnapshot& snapshot) const
{
    if (status(CollectorId::CasMailboxes).isComplete())
        snapshot.mailboxes = m_mailboxes;
}

// ---- ExchangeUsersCollector ----

ExchangeUsersCollector::ExchangeUsersCollector(CollectorContext context, QObject* parent)
    : Collector(std::move(context), {CollectorId::ExchangeUserPolicies}, parent)
{}

void ExchangeUsersCollector::run()
{
    // Regional host discovery first (ExoRegionalHost.h): the InvokeCommand URLs below use its answer.
    if (!ExoRegionalHost::isKnown(context()))
        return ExoRegionalHost::discover(context(), this, [this] {
            if (isActive(ids().constFirst()))
                run();
        });
    const QString query = ExchangeCommand::describe(u"Get-User"_s, unlimited());
    m_pager = TypedPages<ExchangeParse::ExchangeUser>::start(
        *client(), ExchangeCommand::invoke(context(), u"Get-User"_s, unlimited()), this, &ExchangeParse::user,
        [this](QList<ExchangeParse::ExchangeUser>&& users) {
            addRequests();
            const qsizetype count = users.size();
            m_users.append(std::move(users));
            addItems(count);
            return true;
        },
        [this, query](Result<PagingSummary> result) {
            if (!isActive(CollectorId::ExchangeUserPolicies))
                return;
            if (!result.ok()) {
                fail(CollectorId::ExchangeUserPolicies, result.error(), query);
                return;
            }
            complete(CollectorId::ExchangeUserPolicies, query, m_users.size());
        });
}

void ExchangeUsersCollector::stopJobs()
{
    Collector::stopJobs();
    if (m_pager)
        std::exchange(m_pager, nullptr)->cancel();
}

void ExchangeUsersCollector::applyTo(TenantSnapshot& snapshot) const
{
    if (!status(CollectorId::ExchangeUserPolicies).isComplete())
        return;
    QHash<QString, const ExchangeParse::ExchangeUser*> byObjectId;
    QHash<QString, const ExchangeParse::ExchangeUser*> byUpn;
    for (const ExchangeParse::ExchangeUser& user : m_users) {
        if (!user.externalDirectoryObjectId.isEmpty())
            byObjectId.insert(user.externalDirectoryObjectId.toLower(), &user);
        if (!user.userPrincipalName.isEmpty())
            byUpn.insert(user.userPrincipalName.toLower(), &user);
    }
    for (Mailbox& mailbox : snapshot.mailboxes) {
        const ExchangeParse::ExchangeUser* user = byObjectId.value(mailbox.externalDirectoryObjectId.toLower());
        if (!user)
            user = byUpn.value(mailbox.userPrincipalName.toLower());
        if (!user)
            continue;
        mailbox.authenticationPolicy = user->authenticationPolicy;
        // Get-User's UPN is authoritative (a mailbox may have fallen back to its PrimarySmtpAddress).
        if (!user->userPrincipalName.isEmpty())
            mailbox.userPrincipalName = user->userPrincipalName;
        if (mailbox.recipientTypeDetails.isEmpty())
            mailbox.recipientTypeDetails = user->recipientTypeDetails;
    }
}

} // namespace smtpaudit
