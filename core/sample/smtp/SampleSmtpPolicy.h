#pragma once

#include "sample/smtp/SampleSmtpServer.h"

#include <QString>

#include <memory>

namespace smtpaudit::sample {

struct TenantModel;

// The sample SMTP endpoint's answers derived from the generated tenant, so that what the endpoint says agrees
// with the ground truth (SmtpAuthTruth) a correct audit must find.
namespace SampleSmtpPolicy {

// The Basic-auth password of a sample mailbox: derived from the tenant id and the lower-cased UPN, so the
// same seed gives the same passwords and nothing extra is stored in the model (its output stays identical).
// These are throw-away sample credentials; like every secret they are never logged.
QByteArray mailboxPassword(const TenantModel& model, const QString& userPrincipalName);

// LOGIN/PLAIN: unknown user, no mailbox, wrong password or disabled account -> 5.7.3; then the protocol
// setting (mailbox value, else the organisation's) -> 5.7.139 Mailbox/Tenant; then the first blocker of Basic
// authentication (authentication policy, security defaults, Conditional Access, per-user MFA) -> its 5.7.139.
// XOAUTH2 (token already verified by the identity platform): the protocol setting applies to OAuth as well,
// the Basic-auth blockers do not.
SmtpAuthPolicy authPolicy(std::shared_ptr<const TenantModel> model);

// Send As: a mailbox sends as its own UPN or primary address. The generated tenant grants no Send As or
// FullAccess rights between mailboxes, so anything else gets 5.7.60.
SmtpSendAsPolicy sendAsPolicy(std::shared_ptr<const TenantModel> model);

} // namespace SampleSmtpPolicy
} // namespace smtpaudit::sample
