#include "audit/EffectiveSmtpAuth.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

struct ReasonInfo
{
    SmtpAuthReasonCode code;
    QLatin1StringView name;
    bool unknown;
    bool blocking;
};

constexpr ReasonInfo reasonTable[] = {
    {SmtpAuthReasonCode::MailboxDisabled, "mailbox-disabled"_L1, false, false},
    {SmtpAuthReasonCode::MailboxEnabled, "mailbox-enabled"_L1, false, false},
    {SmtpAuthReasonCode::OrgDisabled, "org-disabled"_L1, false, false},
    {SmtpAuthReasonCode::OrgEnabled, "org-enabled"_L1, false, false},
    {SmtpAuthReasonCode::OrgUnknown, "org-unknown"_L1, true, false},
    {SmtpAuthReasonCode::AccountDisabled, "account-disabled"_L1, false, true},
    {SmtpAuthReasonCode::AccountUnknown, "account-unknown"_L1, true, false},
    {SmtpAuthReasonCode::AuthPolicyBlocksBasic, "auth-policy-blocks-basic"_L1, false, true},
    {SmtpAuthReasonCode::AuthPolicyUnknown, "auth-policy-unknown"_L1, true, false},
    {SmtpAuthReasonCode::SecurityDefaults, "security-defaults"_L1, false, true},
    {SmtpAuthReasonCode::SecurityDefaultsUnknown, "security-defaults-unknown"_L1, true, false},
    {SmtpAuthReasonCode::CaBlocksLegacy, "ca-blocks-legacy"_L1, false, true},
    {SmtpAuthReasonCode::CaUnknown, "ca-unknown"_L1, true, false},
    {SmtpAuthReasonCode::PerUserMfaEnforced, "per-user-mfa-enforced"_L1, false, true},
    {SmtpAuthReasonCode::PerUserMfaUnknown, "per-user-mfa-unknown"_L1, true, false},
    {SmtpAuthReasonCode::CaExcluded, "ca-excluded"_L1, false, false},
    {SmtpAuthReasonCode::AuthPolicyAllowsBasic, "auth-policy-allows-basic"_L1, false, false},
};

const ReasonInfo& infoFor(SmtpAuthReasonCode code)
{
    return reasonTable[static_cast<int>(code)];
}

QString describePolicy(const LegacyAuthBlockPolicy& policy)
{
    return u'\'' + policy.displayName() + u"' ("_s + policy.id() + u')';
}

} // namespace

QString verdictName(SmtpAuthVerdict verdict)
{
    switch (verdict) {
    case SmtpAuthVerdict::Enabled:
        return u"enabled"_s;
    case SmtpAuthVerdict::Disabled:
        return u"disabled"_s;
    case SmtpAuthVerdict::Blocked:
        return u"blocked"_s;
    case SmtpAuthVerdict::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

std::optional<SmtpAuthVerdict> verdictFromName(QStringView name)
{
    for (auto verdict :
         {SmtpAuthVerdict::Enabled, SmtpAuthVerdict::Disabled, SmtpAuthVerdict::Blocked, SmtpAuthVerdict::Unknown})
        if (name == verdictName(verdict))
            return verdict;
    return std::nullopt;
}

QString reasonCodeName(SmtpAuthReasonCode code)
{
    return QString(infoFor(code).name);
}

std::optional<SmtpAuthReasonCode> reasonCodeFromName(QStringView name)
{
    for (const ReasonInfo& info : reasonTable)
        if (name == info.name)
            return info.code;
    return std::nullopt;
}

bool isUnknownReason(SmtpAuthReasonCode code)
{
    return infoFor(code).unknown;
}

bool isBlockingReason(SmtpAuthReasonCode code)
{
    return infoFor(code).blocking;
}

QStringList EffectiveSmtpAuth::reasonCodes() const
{
    QStringList codes;
    for (const SmtpAuthReason& reason : reasons)
        codes << reason.codeName();
    return codes;
}

bool EffectiveSmtpAuth::hasReason(SmtpAuthReasonCode code) const
{
    return reason(code) != nullptr;
}

bool EffectiveSmtpAuth::hasUnknownInput() const
{
    return std::any_of(reasons.cbegin(), reasons.cend(),
                       [](const SmtpAuthReason& r) { return isUnknownReason(r.code); });
}

const SmtpAuthReason* EffectiveSmtpAuth::reason(SmtpAuthReasonCode code) const
{
    for (const SmtpAuthReason& r : reasons)
        if (r.code == code)
            return &r;
    return nullptr;
}

// Blockers and the two informational reasons are gathered apart so that the informational ones always
// come last, in the spec's order (ca-excluded, then auth-policy-allows-basic), whatever order the checks run.
struct EffectiveSmtpAuthResolver::Collected
{
    QList<SmtpAuthReason> blockers; // blocking and unknown reasons, in the spec's order
    std::optional<SmtpAuthReason> caExcluded;
    std::optional<SmtpAuthReason> authPolicyAllowsBasic;
};

EffectiveSmtpAuthResolver::EffectiveSmtpAuthResolver(const TenantSnapshot& snapshot)
    : m_snapshot(snapshot)
    , m_index(snapshot)
{
    for (const ConditionalAccessPolicy& policy : snapshot.conditionalAccessPolicies)
        if (auto prepared = LegacyAuthBlockPolicy::prepare(policy))
            m_legacyBlockPolicies << *prepared;
}

EffectiveSmtpAuth EffectiveSmtpAuthResolver::resolve(const Mailbox& mailbox) const
{
    return resolveShared(mailbox, m_details);
}

const PerUserMfa* EffectiveSmtpAuthResolver::perUserMfaOf(const QString& userId, const QString& upn) const
{
    return m_snapshot.isComplete(CollectorId::PerUserMfa) ? m_index.perUserMfaFor(userId, upn) : nullptr;
}

EffectiveSmtpAuth EffectiveSmtpAuthResolver::resolveShared(const Mailbox& mailbox, DetailCache& details) const
{
    const DirectoryUser* user = m_index.userForMailbox(mailbox);
    const QString& userId = user ? user->id : mailbox.externalDirectoryObjectId;
    return shareDetails(resolveUncached(mailbox, user, perUserMfaOf(userId, mailbox.userPrincipalName)), details);
}

EffectiveSmtpAuth EffectiveSmtpAuthResolver::shareDetails(EffectiveSmtpAuth result, DetailCache& details)
{
    for (SmtpAuthReason& reason : result.reasons) {
        const auto shared = details.constFind(reason.detail);
        if (shared != details.cend())
            reason.detail = *shared;
        else
            details.insert(reason.detail);
    }
    return result;
}

EffectiveSmtpAuth EffectiveSmtpAuthResolver::resolveUncached(const Mailbox& mailbox, const DirectoryUser* user,
                                                             const PerUserMfa* mfa) const
{
    EffectiveSmtpAuth result;
    // Step 1: the protocol setting, mailbox over organisation.
    bool protocolKnown = true;
    if (mailbox.smtpClientAuthenticationDisabled.has_value()) {
        if (*mailbox.smtpClientAuthenticationDisabled) {
            result.reasons << SmtpAuthReason{SmtpAuthReasonCode::MailboxDisabled,
                                             tr("Get-CASMailbox: SmtpClientAuthenticationDisabled is True for this "
                                                "mailbox.")};
            result.verdict = SmtpAuthVerdict::Disabled;
            return result;
        }
        result.reasons << SmtpAuthReason{SmtpAuthReasonCode::MailboxEnabled,
                                         tr("Get-CASMailbox: SmtpClientAuthenticationDisabled is False for this "
                                            "mailbox; it overrides the organisation setting.")};
    } else {
        const std::optional<bool> org = m_snapshot.isComplete(CollectorId::TransportConfig)
                                            ? m_snapshot.organization.smtpClientAuthenticationDisabled
                                            : std::nullopt;
        if (!org.has_value()) {
            protocolKnown = false;
            result.reasons << SmtpAuthReason{SmtpAuthReasonCode::OrgUnknown,
                                             tr("The mailbox follows the organisation setting, but "
                                                "Get-TransportConfig could not be read.")};
        } else if (*org) {
            result.reasons << SmtpAuthReason{SmtpAuthReasonCode::OrgDisabled,
                                             tr("The mailbox follows the organisation: Get-TransportConfig "
                                                "SmtpClientAuthenticationDisabled is True.")};
            result.verdict = SmtpAuthVerdict::Disabled;
            return result;
        } else {
            result.reasons << SmtpAuthReason{SmtpAuthReasonCode::OrgEnabled,
                                             tr("The mailbox follows the organisation: Get-TransportConfig "
                                                "SmtpClientAuthenticationDisabled is False.")};
        }
    }

    // Step 2: every Basic-auth blocker that applies, in the spec's order.
    const QString& userId = user ? user->id : mailbox.externalDirectoryObjectId;
    Collected collected;
    addAccountReasons(user, collected);
    addAuthPolicyReasons(mailbox, collected);
    addSecurityDefaultsReasons(collected);
    addConditionalAccessReasons(userId, user, collected);
    addPerUserMfaReasons(mfa, collected);

    result.reasons << collected.blockers;
    if (collected.caExcluded)
        result.reasons << *collected.caExcluded;
    if (collected.authPolicyAllowsBasic)
        result.reasons << *collected.authPolicyAllowsBasic;
    const bool blocked = std::any_of(collected.blockers.cbegin(), collected.blockers.cend(),
                                     [](const SmtpAuthReason& r) { return isBlockingReason(r.code); });
    const bool unknown = !protocolKnown || std::any_of(collected.blockers.cbegin(), collected.blockers.cend(),
                                                       [](const SmtpAuthReason& r) { return isUnknownReason(r.code); });
    if (!protocolKnown)
        result.verdict = SmtpAuthVerdict::Unknown; // might be disabled rather than blocked or enabled
    else if (blocked)
        result.verdict = SmtpAuthVerdict::Blocked; // one known blocker decides, whatever else is unknown
    else
        result.verdict = unknown ? SmtpAuthVerdict::Unknown : SmtpAuthVerdict::Enabled;
    return result;
}

void EffectiveSmtpAuthResolver::addAccountReasons(const DirectoryUser* user, Collected& out) const
{
    if (!m_snapshot.isComplete(CollectorId::Users)) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::AccountUnknown,
                                       tr("Entra ID users could not be read, so whether the account is enabled "
                                          "is unknown.")};
    } else if (!user) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::AccountUnknown,
                                       tr("No Entra ID user matches this mailbox's ExternalDirectoryObjectId or "
                                          "user principal name.")};
    } else if (!user->accountEnabled) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::AccountDisabled,
                                       tr("The Entra ID account is disabled (accountEnabled is false): it cannot "
                                          "sign in at all.")};
    }
}

void EffectiveSmtpAuthResolver::addAuthPolicyReasons(const Mailbox& mailbox, Collected& out) const
{
    // Get-User AuthenticationPolicy first, else Get-OrganizationConfig DefaultAuthenticationPolicy.
    if (!m_snapshot.isComplete(CollectorId::ExchangeUserPolicies)) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::AuthPolicyUnknown,
                                       tr("Get-User could not be read, so the user's authentication policy is "
                                          "unknown.")};
        return;
    }
    QString name = mailbox.authenticationPolicy;
    QString origin = tr("assigned to the user");
    if (name.isEmpty()) {
        if (!m_snapshot.isComplete(CollectorId::OrganizationConfig)) {
            out.blockers << SmtpAuthReason{SmtpAuthReasonCode::AuthPolicyUnknown,
                                           tr("Get-OrganizationConfig could not be read, so the default "
                                              "authentication policy is unknown.")};
            return;
        }
        name = m_snapshot.organization.defaultAuthenticationPolicy;
        origin = tr("organisation default");
    }
    if (name.isEmpty())
        return; // no policy: nothing blocks Basic auth here
    if (!m_snapshot.isComplete(CollectorId::AuthenticationPolicies)) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::AuthPolicyUnknown,
                                       tr("Authentication policy '%1' (%2) applies, but Get-AuthenticationPolicy "
                                          "could not be read.")
                                           .arg(name, origin)};
        return;
    }
    const AuthenticationPolicy* policy = m_index.authenticationPolicy(name);
    if (!policy) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::AuthPolicyUnknown,
                                       tr("Authentication policy '%1' (%2) is not among the policies "
                                          "Get-AuthenticationPolicy returned.")
                                           .arg(name, origin)};
        return;
    }
    if (!policy->allowBasicAuthSmtp)
        out.blockers << SmtpAuthReason{
            SmtpAuthReasonCode::AuthPolicyBlocksBasic,
            tr("Authentication policy '%1' (%2) has AllowBasicAuthSmtp False.").arg(policy->name, origin)};
    else
        out.authPolicyAllowsBasic = SmtpAuthReason{
            SmtpAuthReasonCode::AuthPolicyAllowsBasic,
            tr("Authentication policy '%1' (%2) has AllowBasicAuthSmtp True.").arg(policy->name, origin)};
}

void EffectiveSmtpAuthResolver::addSecurityDefaultsReasons(Collected& out) const
{
    const std::optional<bool> enabled = m_snapshot.isComplete(CollectorId::SecurityDefaults)
                                            ? m_snapshot.organization.securityDefaultsEnabled
                                            : std::nullopt;
    if (!enabled.has_value())
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::SecurityDefaultsUnknown,
                                       tr("The security defaults policy could not be read.")};
    else if (*enabled)
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::SecurityDefaults,
                                       tr("Security defaults are enabled for the tenant; they block legacy "
                                          "authentication.")};
}

void EffectiveSmtpAuthResolver::addConditionalAccessReasons(const QString& userId, const DirectoryUser* user,
                                                            Collected& out) const
{
    if (!m_snapshot.isComplete(CollectorId::ConditionalAccessPolicies)) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::CaUnknown,
                                       tr("Conditional Access policies could not be read.")};
        return;
    }
    const bool membershipsKnown = m_snapshot.isComplete(CollectorId::DirectoryMemberships);
    QStringList blocking, excluded, unresolved;
    for (const LegacyAuthBlockPolicy& policy : m_legacyBlockPolicies) {
        switch (policy.scopeFor(userId, user, membershipsKnown)) {
        case PolicyScope::Targeted:
            blocking << describePolicy(policy);
            break;
        case PolicyScope::Excluded:
            excluded << describePolicy(policy);
            break;
        case PolicyScope::Unresolved:
            unresolved << describePolicy(policy);
            break;
        case PolicyScope::NotTargeted:
            break;
        }
    }
    if (!blocking.isEmpty())
        out.blockers << SmtpAuthReason{
            SmtpAuthReasonCode::CaBlocksLegacy,
            tr("Conditional Access blocks legacy authentication: %1.").arg(blocking.join(u"; "_s))};
    else if (!unresolved.isEmpty())
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::CaUnknown,
                                       tr("Conditional Access policies that block legacy authentication are "
                                          "scoped to groups or roles whose members were not read: %1.")
                                           .arg(unresolved.join(u"; "_s))};
    if (!excluded.isEmpty())
        out.caExcluded = SmtpAuthReason{SmtpAuthReasonCode::CaExcluded,
                                        tr("Excluded from Conditional Access policies that block legacy "
                                           "authentication: %1.")
                                            .arg(excluded.join(u"; "_s))};
}

void EffectiveSmtpAuthResolver::addPerUserMfaReasons(const PerUserMfa* mfa, Collected& out) const
{
    if (!m_snapshot.isComplete(CollectorId::PerUserMfa)) {
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::PerUserMfaUnknown,
                                       tr("Per-user MFA states could not be read.")};
        return;
    }
    if (mfa && mfa->state == PerUserMfaState::Enforced)
        out.blockers << SmtpAuthReason{SmtpAuthReasonCode::PerUserMfaEnforced,
                                       tr("Per-user MFA is enforced for this user; legacy clients need app "
                                          "passwords.")};
}

MailboxAssessment EffectiveSmtpAuthResolver::assess(const Mailbox& mailbox) const
{
    return assessWith(mailbox, m_details);
}

MailboxAssessment EffectiveSmtpAuthResolver::assessWith(const Mailbox& mailbox, DetailCache& details) const
{
    MailboxAssessment row;
    const DirectoryUser* user = m_index.userForMailbox(mailbox);
    row.userPrincipalName = mailbox.userPrincipalName;
    row.displayName = !mailbox.displayName.isEmpty() ? mailbox.displayName : (user ? user->displayName : QString());
    row.type = mailbox.recipientTypeDetails;
    row.userId = user ? user->id : mailbox.externalDirectoryObjectId;
    if (user && m_snapshot.isComplete(CollectorId::Users)) {
        row.accountEnabled = user->accountEnabled;
        row.lastPasswordChangeDateTime = user->lastPasswordChangeDateTime;
    }
    row.smtpClientAuthenticationDisabled = mailbox.smtpClientAuthenticationDisabled;
    const PerUserMfa* mfa = perUserMfaOf(row.userId, mailbox.userPrincipalName);
    row.smtpAuth = shareDetails(resolveUncached(mailbox, user, mfa), details);

    if (m_snapshot.isComplete(CollectorId::ExchangeUserPolicies)) {
        row.authenticationPolicy = mailbox.authenticationPolicy;
        if (row.authenticationPolicy.isEmpty() && m_snapshot.isComplete(CollectorId::OrganizationConfig))
            row.authenticationPolicy = m_snapshot.organization.defaultAuthenticationPolicy;
    }

    if (m_snapshot.isComplete(CollectorId::UserRegistrationDetails)) {
        const UserRegistration* registration = m_index.registrationFor(row.userId, mailbox.userPrincipalName);
        row.mfaRegistered = registration && registration->isMfaRegistered;
        row.isAdmin = registration && registration->isAdmin;
        if (registration)
            row.methodsRegistered = registration->methodsRegistered;
    }
    if (m_snapshot.isComplete(CollectorId::PerUserMfa)) {
        row.perUserMfaState = mfa ? mfa->state : PerUserMfaState::Disabled;
    }
    if (m_snapshot.isComplete(CollectorId::SignIns)) {
        const UserSignInUsage* usage = m_index.signInUsage(mailbox.userPrincipalName);
        UserSignInUsage value = usage ? *usage : UserSignInUsage{};
        value.userPrincipalName = mailbox.userPrincipalName;
        if (value.userId.isEmpty())
            value.userId = row.userId;
        row.smtpSignIns = value;
    }
    return row;
}

QList<MailboxAssessment> EffectiveSmtpAuthResolver::assessAll() const
{
    return assessAll(QThreadPool::globalInstance()->maxThreadCount());
}

QList<MailboxAssessment> EffectiveSmtpAuthResolver::assessAll(int maxChunks) const
{
    const QList<Mailbox>& mailboxes = m_snapshot.mailboxes;
    const qsizetype count = mailboxes.size();
    // The spec's order, decided before assessing: each lower-case UPN computed once instead of in every
    // comparison. std::sort over (key, position) in mailbox order makes the same comparisons, and so the
    // same permutation (ties included), as sorting the assessed rows did.
    struct SortKey
    {
        QString key;
        qsizetype position;
    };
    std::vector<SortKey> order;
    order.reserve(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i)
        order.push_back(SortKey{SnapshotIndex::key(mailboxes.at(i).userPrincipalName), i});
    std::sort(order.begin(), order.end(), [](const SortKey& a, const SortKey& b) { return a.key < b.key; });

    QList<MailboxAssessment> rows(count);
    MailboxAssessment* const out = rows.data(); // detached once, before any worker writes
    const qsizetype chunks = count < parallelThreshold ? 1 : std::clamp<qsizetype>(maxChunks, 1, 8);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype c = 0; c < chunks; ++c)
        ranges.append({count * c / chunks, count * (c + 1) / chunks});
    const auto assessRange = [this, &mailboxes, &order, out](const std::pair<qsizetype, qsizetype>& range) {
        DetailCache details;
        for (qsizetype i = range.first; i < range.second; ++i)
            out[i] = assessWith(mailboxes.at(order[static_cast<std::size_t>(i)].position), details);
    };
    if (chunks == 1)
        assessRange(ranges.constFirst());
    else
        QtConcurrent::blockingMap(ranges, assessRange);
    return rows;
}

} // namespace smtpaudit
