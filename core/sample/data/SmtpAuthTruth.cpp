#include "sample/data/SmtpAuthTruth.h"

#include "sample/data/TenantModel.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::SmtpAuthTruth {

bool blocksLegacyAuthentication(const ConditionalAccessPolicy& policy)
{
    if (policy.state != u"enabled"_s)
        return false; // report-only and disabled policies enforce nothing
    const bool legacyClients =
        policy.clientAppTypes.contains(u"all"_s) ||
        (policy.clientAppTypes.contains(u"exchangeActiveSync"_s) && policy.clientAppTypes.contains(u"other"_s));
    const bool exchangeCovered = policy.includeApplications.contains(u"All"_s) ||
                                 policy.includeApplications.contains(u"Office365"_s) ||
                                 policy.includeApplications.contains(u"00000002-0000-0ff1-ce00-000000000000"_s);
    return legacyClients && exchangeCovered && policy.builtInControls.contains(u"block"_s);
}

bool includesUser(const ConditionalAccessPolicy& policy, const SampleUser& user)
{
    return policy.includeUserSet.contains(u"All"_s) || policy.includeUserSet.contains(user.id);
}

bool excludesUser(const ConditionalAccessPolicy& policy, const SampleUser& user)
{
    return policy.excludeUserSet.contains(user.id);
}

QStringList basicAuthBlockers(const TenantModel& model, const SampleUser& user)
{
    QStringList blockers;
    if (!user.accountEnabled)
        blockers << u"account-disabled"_s;
    const int policy = model.effectiveAuthenticationPolicy(user);
    if (policy >= 0 && !model.authenticationPolicies[static_cast<std::size_t>(policy)].allowBasicAuthSmtp)
        blockers << u"auth-policy-blocks-basic"_s;
    if (model.securityDefaultsEnabled)
        blockers << u"security-defaults"_s;
    for (const ConditionalAccessPolicy& ca : model.conditionalAccessPolicies) {
        if (blocksLegacyAuthentication(ca) && includesUser(ca, user) && !excludesUser(ca, user)) {
            blockers << u"ca-blocks-legacy"_s;
            break;
        }
    }
    if (user.perUserMfa == PerUserMfaState::Enforced)
        blockers << u"per-user-mfa-enforced"_s;
    return blockers;
}

SmtpAuthVerdict resolve(const TenantModel& model, const SampleUser& user)
{
    SmtpAuthVerdict verdict;
    // Step 1: the protocol setting, mailbox value first, the organisation's when the mailbox has none.
    if (user.smtpClientAuthenticationDisabled.has_value()) {
        if (*user.smtpClientAuthenticationDisabled) {
            verdict.effective = u"disabled"_s;
            verdict.reasons << u"mailbox-disabled"_s;
            return verdict;
        }
        verdict.reasons << u"mailbox-enabled"_s;
    } else if (model.orgSmtpClientAuthenticationDisabled) {
        verdict.effective = u"disabled"_s;
        verdict.reasons << u"org-disabled"_s;
        return verdict;
    } else {
        verdict.reasons << u"org-enabled"_s;
    }

    // Step 2: blockers of Basic authentication, then the informational reasons.
    const QStringList blockers = basicAuthBlockers(model, user);
    verdict.effective = blockers.isEmpty() ? u"enabled"_s : u"blocked"_s;
    verdict.reasons << blockers;
    for (const ConditionalAccessPolicy& ca : model.conditionalAccessPolicies) {
        if (blocksLegacyAuthentication(ca) && excludesUser(ca, user)) {
            verdict.reasons << u"ca-excluded"_s;
            break;
        }
    }
    const int policy = model.effectiveAuthenticationPolicy(user);
    if (policy >= 0 && model.authenticationPolicies[static_cast<std::size_t>(policy)].allowBasicAuthSmtp)
        verdict.reasons << u"auth-policy-allows-basic"_s;
    return verdict;
}

} // namespace smtpaudit::sample::SmtpAuthTruth
