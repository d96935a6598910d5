#pragma once

#include "audit/TenantSnapshot.h"
#include "audit/run/Collector.h"
#include "identity/ConnectionProfile.h"
#include "identity/PermissionCheck.h"
#include "util/Result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace smtpaudit {
class ApiClient;
class Credential;
class SecretStore;
class TokenProvider;
} // namespace smtpaudit

namespace smtpaudit::ui {

// Which of the sample tenant's app registrations the wizard signs in with.
enum class SampleApp
{
    Auditor,       // every permission the audit needs, with admin consent
    LimitedReader, // lacks some permissions: shows the permissions page and a partial audit at work
};

// What the wizard's first page decided: a profile (saved, new, or the sample tenant's) and the secret
// that goes with it. The secret lives in memory only, for this connection.
struct ConnectionRequest
{
    ConnectionProfile profile;
    QByteArray secret; // client secret, or the certificate's passphrase; empty for delegated sign-ins
    QString label;     // shown in the status bar: the profile's name or "Sample tenant"
    bool sampleTenant = false;
};

// The outcome of the permission check before collecting.
struct PermissionOutcome
{
    PermissionReport report;
    std::optional<Error> graphError;    // the Graph token could not be obtained
    std::optional<Error> exchangeError; // the Exchange Online token could not be obtained
    QString tenantId;                   // from the token when the profile named a domain

    bool signInFailed() const { return graphError && exchangeError; }
};

// One signed-in connection to a tenant: cloud endpoints, TLS trust, the credential, the token cache and
// the HTTPS client, wired the way AuditRun expects them. The wizard creates it when the tenant is chosen,
// checks permissions with it, then hands it to the run.
class TenantConnection : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<TenantConnection>> create(const ConnectionRequest& request,
                                                            SecretStore* secrets = nullptr, QObject* parent = nullptr);
    ~TenantConnection() override;

    const ConnectionRequest& request() const { return m_request; }
    const CloudEnvironment& cloud() const { return m_cloud; }
    ApiClient& client() const { return *m_client; }
    TokenProvider& tokens() const { return *m_tokens; }
    Credential* credential() const { return m_credential; }
    QString tenantId() const { return m_tenantId; }

    // Gets both tokens (a delegated credential signs the user in here) and compares them with what every
    // check needs. `done` runs once, on this object's thread.
    void checkPermissions(std::function<void(const PermissionOutcome&)> done);
    void cancel();

    CollectorContext collectorContext(const CollectorSettings& settings, const QDateTime& now) const;
    // What the audit records about smtpaudit's own credential (never the secret): kind, app id, and the
    // certificate's expiry when it is one.
    OwnCredential ownCredential() const;

signals:
    // Delegated sign-in: show these to the user (device code) or open the browser (auth code).
    void deviceCodeReady(const QString& userCode, const QUrl& verificationUrl, const QString& message);
    void browserSignInReady(const QUrl& url);

private:
    explicit TenantConnection(QObject* parent);

    ConnectionRequest m_request;
    CloudEnvironment m_cloud;
    QString m_tenantId;
    QDateTime m_certificateExpiry;
    Credential* m_credential = nullptr; // child
    TokenProvider* m_tokens = nullptr;  // child
    ApiClient* m_client = nullptr;      // child
    quint64 m_generation = 0;
};

} // namespace smtpaudit::ui
