#pragma once

// Private to TenantGenerator*.cpp: the builder that fills a TenantModel from options and one seeded random
// sequence. Split by concern over TenantGenerator.cpp (organisation, policies, locations, Conditional Access,
// applications) and TenantGeneratorUsers.cpp (users and their mailbox, MFA and password settings); the call
// order, and so the random sequence and the generated tenant, is the same as when it was one file.

#include "sample/data/SampleRandom.h"
#include "sample/data/TenantModel.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace smtpaudit::sample::generator {

constexpr qint64 Day = 86400;

// Indices of the authentication policies built in makeAuthenticationPolicies().
enum PolicyIndex
{
    StandardSmtpAllowed = 0, // organisation default when one is set
    BlockBasicAuth = 1,
    LegacyMigration = 2,
    DevicesSmtp = 3,
};

// Product SKUs seen in assignedLicenses (Microsoft's published SKU ids).
const QString SkuE3 = QStringLiteral("6fd2c87f-b296-42f0-b197-1e91e994b900");
const QString SkuE5 = QStringLiteral("06ebc4ee-1bb5-47dd-8120-11324bc54e06");
const QString SkuBusinessPremium = QStringLiteral("cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46");
const QString SkuExchangePlan1 = QStringLiteral("4b9405b0-7788-4568-add1-99614e613b69");

class Builder
{
public:
    Builder(const TenantOptions& options, TenantModel& model)
        : m_options(options)
        , m_model(model)
        , m_random(options.seed ^ 0x5a3d1e7c9b2f4a61ULL)
    {}

    void run();

private:
    void makeOrganisation();
    void makeAuthenticationPolicies();
    void makeNamedLocations();
    void makeUsers();
    void makeConditionalAccess();
    void makeApplications();

    SampleUser& addUser(AccountRole role, RecipientType type);
    void assignPerson(SampleUser& user);
    void assignMailboxSettings(SampleUser& user);
    void assignMfa(SampleUser& user);
    void assignPasswords(SampleUser& user);
    QString uniqueAlias(const QString& wanted);
    quint32 homeIpFor(const SampleUser& user);
    qint64 daysAgo(qint64 low, qint64 high) { return m_model.now - m_random.between(low, high) * Day; }

    const TenantOptions& m_options;
    TenantModel& m_model;
    SampleRandom m_random;
    QSet<QString> m_aliases;
    QHash<QString, int> m_nextSuffix;
    int m_hostileUsed = 0;
    int m_printers = 0;
    int m_apps = 0;
    int m_admins = 0;
    int m_shared = 0;
};

} // namespace smtpaudit::sample::generator
