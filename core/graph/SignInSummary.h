#pragma once

#include "audit/SignInUsage.h"
#include "signins/SignInStore.h"

#include <QDateTime>

namespace smtpaudit {

// The snapshot's sign-in part, from the store the SignInsCollector filled: the window, per-user SMTP and
// legacy usage (spec-effective-smtp-auth.md "SMTP sign-in usage", computed by the sign-in store's own
// aggregations), and the tenant-wide aggregates (per day, per client app, password-spray bursts).
// Only events with createdDateTime in [now - days, now] count.
SignInData summariseSignIns(const SignInStore& store, const QDateTime& now, int days);

} // namespace smtpaudit
