// Small behaviours of the snapshot's value types.
#include "audit/DirectoryData.h"
#include "audit/PolicyData.h"
#include "audit/TenantSnapshot.h"

#include <QtConcurrent/QtConcurrentMap>

#include <functional>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

// Per-user records (registrations, per-user MFA) by object id and by UPN; an empty one is not indexed.
template <typename Record>
void indexByIdAndUpn(const QList<Record>& records, QHash<QString, const Record*>& byId,
                     QHash<QString, const Record*>& byUpn)
{
    byId.reserve(records.size());
    byUpn.reserve(records.size());
    for (const Record& record : records) {
        if (!record.userId.isEmpty())
            byId.insert(SnapshotIndex::key(record.userId), &record);
        if (!record.userPrincipalName.isEmpty())
            byUpn.insert(SnapshotIndex::key(record.userPrincipalName), &record);
    }
}

bool hasPasswordPolicy(const QString& policies, QStringView name)
{
    // Graph joins the two flags with ", "; split rather than substring-match so that a future flag whose
    // name contains another cannot be mistaken for it.
    const QStringList parts = policies.split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts)
        if (QStringView(part).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool containsInsensitive(const QStringList& list, QStringView value)
{
    for (const QString& item : list)
        if (QStringView(item).compare(value, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

bool DirectoryUser::disablesStrongPassword() const
{
    return hasPasswordPolicy(passwordPolicies, u"DisableStrongPassword");
}

bool DirectoryUser::disablesPasswordExpiration() const
{
    return hasPasswordPolicy(passwordPolicies, u"DisablePasswordExpiration");
}

QString perUserMfaStateName(PerUserMfaState state)
{
    switch (state) {
    case PerUserMfaState::Disabled:
        return u"disabled"_s;
    case PerUserMfaState::Enabled:
        return u"enabled"_s;
    case PerUserMfaState::Enforced:
        return u"enforced"_s;
    }
    return u"disabled"_s;
}

std::optional<PerUserMfaState> perUserMfaStateFromName(QStringView name)
{
    for (auto state : {PerUserMfaState::Disabled, PerUserMfaState::Enabled, PerUserMfaState::Enforced})
        if (name.compare(perUserMfaStateName(state), Qt::CaseInsensitive) == 0)
            return state;
    return std::nullopt;
}

bool ConditionalAccessPolicy::blocks() const
{
    return containsInsensitive(builtInControls, u"block");
}

bool ConditionalAccessPolicy::requiresMfa() const
{
    return containsInsensitive(builtInControls, u"mfa");
}

QString ownCredentialKindName(OwnCredential::Kind kind)
{
    switch (kind) {
    case OwnCredential::Kind::None:
        return u"none"_s;
    case OwnCredential::Kind::ClientSecret:
        return u"client-secret"_s;
    case OwnCredential::Kind::Certificate:
        return u"certificate"_s;
    case OwnCredential::Kind::Delegated:
        return u"delegated"_s;
    }
    return u"none"_s;
}

std::optional<OwnCredential::Kind> ownCredentialKindFromName(QStringView name)
{
    for (auto kind : {OwnCredential::Kind::None, OwnCredential::Kind::ClientSecret, OwnCredential::Kind::Certificate,
                      OwnCredential::Kind::Delegated})
        if (name == ownCredentialKindName(kind))
            return kind;
    return std::nullopt;
}

QList<CollectorId> TenantSnapshot::incompleteCollectors() const
{
    QList<CollectorId> missing;
    for (CollectorId id : allCollectors())
        if (isRequiredCollector(id) && !isComplete(id))
            missing << id;
    return missing;
}

DataSource TenantSnapshot::sourceOf(CollectorId id) const
{
    DataSource source = status(id).source;
    if (source.query.isEmpty())
        source.query = defaultCollectorQuery(id);
    if (!source.fetchedAt.isValid())
        source.fetchedAt = capturedAt;
    return source;
}

SnapshotIndex::SnapshotIndex(const TenantSnapshot& snapshot)
    : m_snapshot(snapshot)
{
    // A large tenant's maps hold ~100,000 entries each and took half a second on one thread while the
    // other core waited: the independent maps are built side by side, each sized once. Within a map the
    // order is the snapshot's, so a repeated key still resolves to its last entry.
    const std::function<void()> builds[] = {
        [&] {
            m_usersById.reserve(snapshot.users.size());
            for (const DirectoryUser& user : snapshot.users)
                m_usersById.insert(key(user.id), &user);
        },
        [&] {
            m_usersByUpn.reserve(snapshot.users.size());
            for (const DirectoryUser& user : snapshot.users)
                m_usersByUpn.insert(key(user.userPrincipalName), &user);
        },
        [&] { indexByIdAndUpn(snapshot.registrations, m_registrationsById, m_registrationsByUpn); },
        [&] {
            indexByIdAndUpn(snapshot.perUserMfa, m_mfaById, m_mfaByUpn);
            for (const AuthenticationPolicy& policy : snapshot.authenticationPolicies)
                m_policies.insert(key(policy.name), &policy);
            for (const Application& app : snapshot.applications)
                m_appsByAppId.insert(key(app.appId), &app);
        },
        [&] {
            m_usage.reserve(snapshot.signIns.perUser.size());
            for (const UserSignInUsage& usage : snapshot.signIns.perUser)
                m_usage.insert(key(usage.userPrincipalName), &usage);
        },
    };
    if (snapshot.users.size() + snapshot.registrations.size() + snapshot.perUserMfa.size() < parallelThreshold) {
        for (const std::function<void()>& build : builds)
            build();
        return;
    }
    QtConcurrent::blockingMap(std::begin(builds), std::end(builds),
                              [](const std::function<void()>& build) { build(); });
}

const DirectoryUser* SnapshotIndex::userById(const QString& id) const
{
    return id.isEmpty() ? nullptr : m_usersById.value(key(id));
}

const DirectoryUser* SnapshotIndex::userByUpn(const QString& upn) const
{
    return upn.isEmpty() ? nullptr : m_usersByUpn.value(key(upn));
}

const DirectoryUser* SnapshotIndex::userForMailbox(const Mailbox& mailbox) const
{
    if (const DirectoryUser* user = userById(mailbox.externalDirectoryObjectId))
        return user;
    return userByUpn(mailbox.userPrincipalName);
}

const UserRegistration* SnapshotIndex::registrationFor(const QString& userId, const QString& upn) const
{
    if (const UserRegistration* found = userId.isEmpty() ? nullptr : m_registrationsById.value(key(userId)))
        return found;
    return upn.isEmpty() ? nullptr : m_registrationsByUpn.value(key(upn));
}

const PerUserMfa* SnapshotIndex::perUserMfaFor(const QString& userId, const QString& upn) const
{
    if (const PerUserMfa* found = userId.isEmpty() ? nullptr : m_mfaById.value(key(userId)))
        return found;
    return upn.isEmpty() ? nullptr : m_mfaByUpn.value(key(upn));
}

const AuthenticationPolicy* SnapshotIndex::authenticationPolicy(const QString& name) const
{
    return name.isEmpty() ? nullptr : m_policies.value(key(name));
}

const UserSignInUsage* SnapshotIndex::signInUsage(const QString& upn) const
{
    return upn.isEmpty() ? nullptr : m_usage.value(key(upn));
}

const Application* SnapshotIndex::applicationByAppId(const QString& appId) const
{
    return appId.isEmpty() ? nullptr : m_appsByAppId.value(key(appId));
}

} // namespace smtpaudit
