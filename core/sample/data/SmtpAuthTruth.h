#pragma once

#include <QString>
#include <QStringList>

namespace smtpaudit::sample {

struct ConditionalAccessPolicy;
struct SampleUser;
struct TenantModel;

// Effective SMTP AUTH of one mailbox, computed from the generator's own model exactly as
// /work/spec-effective-smtp-auth.md defines it. Independent of core/audit by design: the two are
// compared, never shared.
struct SmtpAuthVerdict
{
    QString effective;   // "enabled" | "disabled" | "blocked"
    QStringList reasons; // codes in the spec's order
};

namespace SmtpAuthTruth {

// A policy that blocks legacy authentication in the spec's sense, before looking at users: enabled,
// legacy client app types, a block grant and an application set that covers Exchange Online.
bool blocksLegacyAuthentication(const ConditionalAccessPolicy& policy);
bool includesUser(const ConditionalAccessPolicy& policy, const SampleUser& user);
bool excludesUser(const ConditionalAccessPolicy& policy, const SampleUser& user);

// Blockers of Basic authentication (step 2 of the spec) whatever the protocol setting says; the
// generator uses the first one to choose realistic sign-in error codes.
QStringList basicAuthBlockers(const TenantModel& model, const SampleUser& user);

SmtpAuthVerdict resolve(const TenantModel& model, const SampleUser& user);

} // namespace SmtpAuthTruth
} // namespace smtpaudit::sample
