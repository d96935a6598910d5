#pragma once

#include "audit/SignInUsage.h"
#include "audit/run/Collector.h"
#include "signins/SignInStore.h"

#include <memory>
#include <vector>

namespace smtpaudit {

class SignInSlice;

// GET /v1.0/auditLogs/signIns for the last N days (1-30): Authenticated SMTP and the other legacy
// protocols by default (CollectorSettings::signInScope). The window is cut into createdDateTime slices
// read in parallel (the reference's advice for large logs), all into one SignInStore, which drops the
// events two slices both return. Then the store's aggregations fill the snapshot's SignInData.
// Without Entra ID P1 the service answers 403 with its licence text: the collector fails with
// LicenceMissing and the audit goes on without sign-ins (partial).
class SignInsCollector : public Collector
{
    Q_OBJECT

public:
    explicit SignInsCollector(CollectorContext context, QObject* parent = nullptr);
    ~SignInsCollector() override;

    void applyTo(TenantSnapshot& snapshot) const override;

    // The events themselves, for the sign-in charts and tables (complete only when the status is).
    std::shared_ptr<SignInStore> store() const { return m_store; }
    int sliceCount() const { return static_cast<int>(m_slices.size()); }
    int pages() const;

    // Slices for a window and client concurrency: two per concurrent request so a slice that ends early
    // leaves no slot idle, at most 48, none shorter than an hour.
    static int automaticSliceCount(int days, int concurrency);

protected:
    void run() override;
    void stopJobs() override;

private:
    void onSliceFinished(const Status& result);
    void updateCoverage();

    std::shared_ptr<SignInStore> m_store;
    std::vector<std::unique_ptr<SignInSlice>> m_slices;
    int m_running = 0;
    SignInData m_data;
    QString m_query;
};

} // namespace smtpaudit
