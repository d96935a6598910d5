#pragma once

#include "audit/AuditResult.h"
#include "identity/ConnectionProfile.h"
#include "signins/SignInStore.h"

#include <QString>

#include <memory>
#include <optional>

namespace smtpaudit::ui {

// What the console shows: one evaluated audit and, when it came from a live run, the sign-in events
// behind its aggregates. Shared and immutable, so every view can hold it without copying 100,000 rows.
struct ConsoleAudit
{
    std::shared_ptr<const AuditResult> result;
    std::shared_ptr<const SignInStore> signIns; // null for an audit read back from history
    QString tenantLabel;                        // what the status bar names: profile or organisation
    bool sampleTenant = false;
    // The profile a live audit of a real tenant connected with (no secret in it): the Test Send dialog signs in
    // to the same tenant with it. Empty for the sample tenant and for an audit read back from history.
    std::optional<ConnectionProfile> profile;

    bool isEmpty() const { return !result; }
};

} // namespace smtpaudit::ui
