#pragma once

#include "AuditSession.h"

#include "identity/ConnectionProfile.h"
#include "util/Result.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace smtpaudit::cli {

// The sample tenant started for one audit, and how to sign in to it (a custom cloud on loopback with the
// tenant's own CA pinned, client-secret app).
struct SampleConnection
{
    // The tenant on its own thread (stopped and destroyed with this object); destroy after the audit's client.
    std::unique_ptr<QObject> tenant;
    ConnectionProfile profile;
    QByteArray clientSecret;
};

// Starts the sample tenant and writes its ground truth when asked. InvalidInput for an unknown size.
Result<SampleConnection> startSampleTenant(const SampleTenantChoice& choice, int signInDays);

} // namespace smtpaudit::cli
