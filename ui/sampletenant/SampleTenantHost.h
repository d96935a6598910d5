#pragma once

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
// request for the sample's main app (client secret in memory only).
class SampleTenantHost : public QObject
{
    Q_OBJECT

public:
    explicit SampleTenantHost(QObject* parent = nullptr);
    ~SampleTenantHost() override;

    // size: "small", "medium" or "large".
    Result<ConnectionRequest> connectionFor(const QString& size);
    sample::SampleTenant* tenant() const { return m_tenant.get(); }
    QString size() const { return m_size; }

private:
    std::unique_ptr<sample::SampleTenant> m_tenant;
    QString m_size;
};

} // namespace smtpaudit::ui
