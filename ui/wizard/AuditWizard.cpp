#include "AuditWizard.h"

#include "PermissionsPage.h"
#include "RunPage.h"
#include "ScopePage.h"
#include "SummaryPage.h"
#include "TenantPage.h"
#include "audit/AuditStore.h"
#include "signins/SignInStore.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

AuditWizard::AuditWizard(WizardServices services, QWidget* parent)
    : QWizard(parent)
    , m_services(std::move(services))
{
    setObjectName(u"auditWizard"_s);
    setWindowTitle(tr("Audit a tenant"));
    setWindowIcon(QIcon(u":/icons/smtpaudit.svg"_s));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(820, 620);
    m_scope.collectors.signInDays = m_services.defaults.signInDays;
    m_scope.sendingRanges = m_services.defaults.sendingRanges;
    m_scope.rotationPeriodDays = m_services.defaults.rotationPeriodDays;

    setPage(TenantPageId, new TenantPage(this));
    setPage(PermissionsPageId, new PermissionsPage(this));
    setPage(ScopePageId, new ScopePage(this));
    setPage(RunPageId, new RunPage(this));
    setPage(SummaryPageId, new SummaryPage(this));
    setStartId(TenantPageId);
}

AuditWizard::~AuditWizard()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
}

void AuditWizard::preselectSampleTenant(const QString& size, SampleApp app)
{
    qobject_cast<TenantPage*>(page(TenantPageId))->selectSampleTenant(size, app);
}

void AuditWizard::startWithConnection(std::unique_ptr<TenantConnection> connection, const AuditScope& scope)
{
    m_connection = std::move(connection);
    m_scope = scope;
    setStartId(RunPageId);
    restart();
}

Status AuditWizard::connectTo(const ConnectionRequest& request)
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
    m_run.reset();
    m_permissions.reset();
    Result<std::unique_ptr<TenantConnection>> created = TenantConnection::create(request, m_services.secrets, nullptr);
    if (!created.ok())
        return created.error();
    m_connection = std::move(created).value();
    return Success{};
}

std::unique_ptr<TenantConnection> AuditWizard::takeConnection()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
    m_run.reset(); // the run refers to the connection's client
    return std::move(m_connection);
}

AuditRun* AuditWizard::startRun()
{
    if (!m_connection)
        return nullptr;
    if (m_run && m_run->isRunning())
        m_run->cancel();
    m_run.reset();
    m_audit = {};

    AuditRunOptions options;
    options.collectors = m_scope.collectors;
    options.declaredSendingRanges = m_scope.sendingRanges;
    options.rotationPeriodDays = m_scope.rotationPeriodDays;
    options.ownCredential = m_connection->ownCredential();
    // The run reads the tenant's previous audit from the history (BP11, the diff) and saves the new one.
    if (m_services.history && m_services.defaults.saveHistory)
        options.historyDirectory = m_services.history->directory();

    const CollectorContext context =
        m_connection->collectorContext(m_scope.collectors, QDateTime::currentDateTimeUtc());
    m_run = std::make_unique<AuditRun>(m_connection->client(), &m_connection->tokens(), context, std::move(options));
    connect(m_run.get(), &AuditRun::finished, this, &AuditWizard::onRunFinished);
    m_run->start();
    return m_run.get();
}

void AuditWizard::onRunFinished()
{
    if (!m_run || m_run->state() != AuditRun::State::Finished)
        return;
    m_audit.result = m_run->sharedResult();
    m_audit.signIns = m_run->signInStore();
    m_audit.sampleTenant = m_connection && m_connection->request().sampleTenant;
    m_audit.profile.reset();
    if (m_connection && !m_audit.sampleTenant)
        m_audit.profile = m_connection->request().profile;
    const QString organisation = m_audit.result->snapshot.organization.displayName;
    const QString label = m_connection ? m_connection->request().label : QString();
    m_audit.tenantLabel = organisation.isEmpty() ? label
                          : label.isEmpty()      ? organisation
                                                 : u"%1 (%2)"_s.arg(organisation, label);
    emit auditFinished(m_audit);
}

void AuditWizard::setKeychainWarning(const QString& message)
{
    m_keychainWarning = message;
    emit keychainWarning(message);
}

void AuditWizard::reject()
{
    if (m_run && m_run->isRunning())
        m_run->cancel();
    if (m_connection)
        m_connection->cancel();
    QWizard::reject();
}

} // namespace smtpaudit::ui
