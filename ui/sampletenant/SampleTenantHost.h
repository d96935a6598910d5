#pragma once

#include "sample/server/SampleServerOptions.h"
#include "wizard/TenantConnection.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace smtpaudit::sample {
class SampleTenant;
}

namespace smtpaudit::ui {

// Runs the built-in sample tenant for the console: started when the wizard
// first asks for it, kept running (re-audits reach the same tenant) and
// replaced when another size is asked for. Gives the wizard a ready connection
// request for one of the sample's app registrations (client secret in memory
// only): the auditor app with every permission, or a reader app that lacks
// some, so that an admin can see what the permissions page and a partial audit
// look like before trying a real tenant.
class SampleTenantHost : public QObject
{
    Q_OBJECT

public:
    explicit SampleTenantHost(QObject* parent = nullptr);
    ~SampleTenantHost() override;

    // size: "small", "medium" or "large".
    Result<ConnectionRequest> connectionFor(const QString& size, SampleApp app = SampleApp::Auditor);
    sample::SampleTenant* tenant() const { return m_tenant.get(); }
    QString size() const { return m_size; }

    // Server options (latency and other faults, throttling) for the next tenant started; a running one is
    // restarted with them at the next connectionFor().
    void setServerOptions(const sample::SampleServerOptions& options);

    // The application permissions the limited reader app lacks (with admin consent for everything else).
    static QStringList limitedReaderMissingPermissions();

private:
    void registerLimitedReader();

    std::unique_ptr<sample::SampleTenant> m_tenant;
    QString m_size;
    sample::SampleServerOptions m_serverOptions;
    QString m_limitedClientId;
    QString m_limitedSecret; // memory only, like the sample's other generated secrets
};

} // namespace smtpaudit::ui
