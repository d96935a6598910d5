#pragma once

// The sample tenant (SampleTenant facade) for the collector tests, with a custom mailbox count, and the facts
// the tests compare with, read from the generated model.

#include "sample/server/SampleServerOptions.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace smtpaudit::sample {
class SampleTenant;
class SampleHttpServer;
} // namespace smtpaudit::sample

namespace smtpaudit::test {

// What the tests compare with, read from the model.
struct GraphTenantFacts
{
    QString tenantId;
    qsizetype users = 0;
    qsizetype caPolicies = 0;
    qsizetype namedLocations = 0;
    qsizetype applications = 0;
    bool securityDefaults = false;
    QStringList mailboxUserIds;
    QHash<QString, QString> perUserMfaById; // user id -> "disabled" | "enabled" | "enforced"
    QHash<QString, bool> accountEnabledById;
    QJsonObject groundTruth; // the spec's file for 30 days
};

class GraphTenant
{
public:
    GraphTenant();
    ~GraphTenant();

    bool start(int mailboxes, quint64 seed, bool premium, const sample::FaultOptions& faults = {});

    QUrl baseUrl() const;
    QString caFile() const;
    QString clientId(bool restricted) const;
    QString clientSecret(bool restricted) const;
    sample::SampleHttpServer& server();
    const GraphTenantFacts& facts() const { return m_facts; }

private:
    std::unique_ptr<sample::SampleTenant> m_tenant;
    GraphTenantFacts m_facts;
};

} // namespace smtpaudit::test
