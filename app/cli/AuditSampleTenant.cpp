#include "AuditSampleTenant.h"

#include "sample/tenant/SampleTenant.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {

namespace {

// The sample tenant stands for Microsoft's servers: it gets a thread (and so a core) of its own instead of
// sharing the audit's event loop. Everything of the tenant is created, used and destroyed on that thread;
// the audit talks to it over loopback sockets only. The thread's event loop (QThread::exec) is its only one.
class SampleTenantThread : public QThread
{
public:
    SampleTenantThread(sample::SampleTenantOptions options, QString groundTruthFile, int signInDays)
        : m_options(std::move(options))
        , m_groundTruthFile(std::move(groundTruthFile))
        , m_signInDays(signInDays)
    {}

    ~SampleTenantThread() override
    {
        quit();
        wait();
    }

    // Blocks until the tenant listens (or failed to start); no event loop runs meanwhile.
    Result<SampleConnection> waitUntilStarted(bool restrictedApp)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_started.has_value(); });
        if (!m_started->ok())
            return m_started->error();
        // The tenant's identity data is immutable after start(): reading it from this thread is safe.
        const sample::SampleTenant& tenant = *m_tenant;
        const sample::SampleAppCredentials& app = restrictedApp ? tenant.restrictedApp() : tenant.mainApp();
        SampleConnection connection;
        connection.profile.name = u"sample"_s;
        connection.profile.tenant = tenant.tenantId();
        connection.profile.clientId = app.clientId;
        connection.profile.cloud = u"custom"_s;
        connection.profile.loginUrl = connection.profile.graphUrl = connection.profile.exchangeUrl =
            tenant.baseUrl().toString();
        connection.profile.caFile = tenant.caCertificatePath();
        connection.profile.auth = ConnectionProfile::AuthKind::ClientSecret;
        connection.clientSecret = app.clientSecret.toUtf8();
        return connection;
    }

protected:
    void run() override
    {
        Status status = Success{};
        auto started = sample::SampleTenant::start(std::move(m_options));
        if (!started.ok())
            status = started.error();
        else
            m_tenant = std::move(started).value();
        if (status.ok() && !m_groundTruthFile.isEmpty())
            status = writeGroundTruth();
        {
            const std::lock_guard lock(m_mutex);
            m_started = status;
        }
        m_ready.notify_all();
        if (status.ok())
            exec();
        m_tenant.reset(); // its sockets and timers belong to this thread
    }

private:
    Status writeGroundTruth() const
    {
        const QByteArray truth = QJsonDocument(m_tenant->groundTruth(m_signInDays)).toJson();
        QSaveFile file(m_groundTruthFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(truth) != truth.size() || !file.commit())
            return Error::make(Error::Category::Io,
                               QCoreApplication::translate("AuditCommand", "Cannot write %1: %2")
                                   .arg(m_groundTruthFile, file.errorString()),
                               {}, m_groundTruthFile);
        return Success{};
    }

    sample::SampleTenantOptions m_options;
    const QString m_groundTruthFile;
    const int m_signInDays;
    std::unique_ptr<sample::SampleTenant> m_tenant;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::optional<Status> m_started;
};

} // namespace

Result<SampleConnection> startSampleTenant(const SampleTenantChoice& choice, int signInDays)
{
    const auto size = sample::TenantOptions::sizeFromName(choice.size);
    if (!size)
        return Error::make(
            Error::Category::InvalidInput,
            QCoreApplication::translate("AuditCommand", "--sample-tenant takes small, medium or large."));
    sample::SampleTenantOptions options;
    options.tenant.size = *size;
    options.tenant.seed = choice.seed;
    options.tenant.premium = choice.premium;
    options.server.faults.seed = static_cast<quint32>(choice.seed);
    options.server.faults.latencyMs = choice.latencyMs;
    options.server.http2 = !choice.http1Only;
    // As `sample-tenant serve --fault-rate`: shared equally by the five faults a client must survive.
    const double share = choice.faultRate / 5;
    options.server.faults.tooManyRequestsRate = share;
    options.server.faults.serviceUnavailableRate = share;
    options.server.faults.connectionResetRate = share;
    options.server.faults.truncatedJsonRate = share;
    options.server.faults.malformedJsonRate = share;

    auto thread = std::make_unique<SampleTenantThread>(std::move(options), choice.groundTruthFile, signInDays);
    thread->setObjectName(u"sample-tenant"_s);
    thread->start();
    Result<SampleConnection> connection = thread->waitUntilStarted(choice.restrictedApp);
    if (connection.ok())
        connection.value().tenant = std::move(thread);
    return connection;
}

} // namespace smtpaudit::cli
