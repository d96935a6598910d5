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
    std::unique_ptr<QObject> tenant; // keeps the tenant's server running; destroy after the audit's client
    ConnectionProfile profile;
    QByteArray clientSecret;
};

// Starts the sample tenant and writes its ground truth when asked. InvalidInput for an unknown size.
Result<SampleConnection> startSampleTenant(const SampleTenantChoice& choice, int signInDays);

} // namespace smtpaudit::cli
