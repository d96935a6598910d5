#include "PermissionsPage.h"

#include "AuditWizard.h"
#include "common/Cards.h"
#include "common/Icons.h"
#include "common/Theme.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QString requirementKindText(Requirement::Kind kind)
{
    switch (kind) {
    case Requirement::Kind::Permission:
        return PermissionsPage::tr("Permission");
    case Requirement::Kind::EntraRole:
        return PermissionsPage::tr("Entra role");
    case Requirement::Kind::Licence:
        return PermissionsPage::tr("Licence");
    }
    return {};
}

QString resourceText(TokenResource resource)
{
    return resource == TokenResource::Graph ? PermissionsPage::tr("Microsoft Graph")
                                            : PermissionsPage::tr("Exchange Online");
}

} // namespace

PermissionsPage::PermissionsPage(AuditWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"permissionsPage"_s);
    setTitle(tr("Check permissions"));
    setSubTitle(tr("smtpaudit signs in and compares what its tokens grant with what each check needs. Nothing "
                   "is read from the tenant yet."));

    m_status = new QLabel(this);
    m_status->setObjectName(u"permissionStatus"_s);
    m_status->setWordWrap(true);
    m_signInPrompt = new QLabel(this);
    m_signInPrompt->setObjectName(u"signInPrompt"_s);
    m_signInPrompt->setWordWrap(true);
    m_signInPrompt->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_signInPrompt->setOpenExternalLinks(true);
    m_signInPrompt->setVisible(false);
    m_banner = new Banner(this);
    m_banner->setObjectName(u"permissionBanner"_s);
    m_banner->setVisible(false);

    m_requirements = new QTreeWidget(this);
    m_requirements->setObjectName(u"requirementsTree"_s);
    m_requirements->setAccessibleName(tr("Permissions each check needs"));
    m_requirements->setHeaderLabels({tr("Check / requirement"), tr("Kind"), tr("API"), tr("Status")});
    m_requirements->setRootIsDecorated(true);
    m_requirements->setUniformRowHeights(true);
    m_requirements->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_requirements->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_signInPrompt);
    layout->addWidget(m_banner);
    layout->addWidget(m_requirements, 1);
}

void PermissionsPage::initializePage()
{
    m_checked = false;
    m_signedIn = false;
    m_requirements->clear();
    m_banner->setVisible(false);
    m_signInPrompt->setVisible(false);
    TenantConnection* connection = m_wizard->connection();
    if (!connection) {
        m_status->setText(tr("No tenant chosen."));
        return;
    }
    m_status->setText(tr("Signing in to %1…").arg(connection->request().label));
    connect(connection, &TenantConnection::deviceCodeReady, this,
            [this](const QString& code, const QUrl& url, const QString&) {
                m_signInPrompt->setText(tr("To sign in, open <a href=\"%1\">%2</a> and enter the code <b>%3</b>.")
                                            .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                 url.toDisplayString().toHtmlEscaped(), code.toHtmlEscaped()));
                m_signInPrompt->setVisible(true);
            });
    connect(connection, &TenantConnection::browserSignInReady, this, [this](const QUrl& url) {
        m_signInPrompt->setText(tr("Sign in in your browser. If it did not open, <a href=\"%1\">open the sign-in "
                                   "page</a>.")
                                    .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
        m_signInPrompt->setVisible(true);
        QDesktopServices::openUrl(url);
    });
    QPointer<PermissionsPage> self(this);
    connection->checkPermissions([self](const PermissionOutcome& outcome) {
        if (self)
            self->showOutcome(outcome);
    });
    emit completeChanged();
}

void PermissionsPage::cleanupPage()
{
    if (TenantConnection* connection = m_wizard->connection()) {
        disconnect(connection, nullptr, this, nullptr);
        if (!m_checked)
            connection->cancel();
    }
    QWizardPage::cleanupPage();
}

void PermissionsPage::showOutcome(const PermissionOutcome& outcome)
{
    m_checked = true;
    m_signedIn = !outcome.signInFailed();
    m_wizard->setPermissions(outcome);
    m_signInPrompt->setVisible(false);
    m_requirements->clear();

    if (outcome.signInFailed()) {
        m_status->setText(tr("Sign-in failed."));
        m_banner->showMessage(theme::Tone::Bad, outcome.graphError->message);
        emit completeChanged();
        return;
    }
    QStringList problems;
    if (outcome.graphError)
        problems << tr("Microsoft Graph: %1").arg(outcome.graphError->message);
    if (outcome.exchangeError)
        problems << tr("Exchange Online: %1").arg(outcome.exchangeError->message);

    const PermissionReport& report = outcome.report;
    int missingChecks = 0;
    for (AuditCheck check : allAuditChecks()) {
        auto* checkItem = new QTreeWidgetItem(m_requirements, {auditCheckName(check)});
        const bool blocked = report.blocks(check);
        missingChecks += blocked ? 1 : 0;
        bool unverified = false;
        auto addRequirement = [&](const MissingRequirement& missing, const QString& state) {
            if (missing.check != check)
                return;
            const Requirement& r = missing.requirement;
            QString names = r.name;
            if (r.kind == Requirement::Kind::Permission && r.satisfiedBy.size() > 1)
                names = tr("%1 (or %2)").arg(r.name, r.satisfiedBy.mid(1).join(u", "_s));
            auto* item =
                new QTreeWidgetItem(checkItem, {names, requirementKindText(r.kind), resourceText(r.resource), state});
            item->setToolTip(0, r.howToGrant);
            auto* how = new QTreeWidgetItem(item, {r.howToGrant});
            how->setFirstColumnSpanned(true);
        };
        for (const MissingRequirement& missing : report.missing)
            addRequirement(missing, tr("Missing"));
        for (const MissingRequirement& missing : report.unverified)
            if (missing.check == check) {
                unverified = true;
                addRequirement(missing, tr("Not verifiable from the token"));
            }
        const theme::Tone tone = blocked ? theme::Tone::Bad : (unverified ? theme::Tone::Warning : theme::Tone::Good);
        checkItem->setText(3, blocked ? tr("Missing permissions") : (unverified ? tr("Probably fine") : tr("Granted")));
        checkItem->setIcon(3, tintedIcon(blocked ? u"error"_s : (unverified ? u"warning"_s : u"check"_s),
                                         theme::toneColor(tone, palette())));
        checkItem->setExpanded(blocked);
    }

    m_status->setText(tr("Signed in to tenant %1.").arg(outcome.tenantId));
    if (missingChecks > 0 || !problems.isEmpty()) {
        problems.prepend(tr("%n check(s) lack permissions and will be reported as not checked (partial audit). "
                            "Grant what is listed below and run the audit again.",
                            nullptr, missingChecks));
        m_banner->showMessage(theme::Tone::Warning, problems.join(u"\n"_s));
    } else {
        m_banner->showMessage(theme::Tone::Good, tr("Every check has the permissions it needs."));
    }
    emit completeChanged();
}

bool PermissionsPage::isComplete() const
{
    return m_checked && m_signedIn;
}

} // namespace smtpaudit::ui
