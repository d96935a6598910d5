#include "TenantPage.h"

#include "AuditWizard.h"
#include "common/Cards.h"
#include "identity/ProfileCredentialLoader.h"
#include "identity/ProfileStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

using AuthKind = ConnectionProfile::AuthKind;

bool needsSecret(AuthKind kind)
{
    return kind == AuthKind::ClientSecret;
}

// The keychain entry of an app-only profile's secret, as every sign-in reads it.
constexpr auto secretNameFor = &ProfileCredentialLoader::secretNameFor;

} // namespace

TenantPage::TenantPage(AuditWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"tenantPage"_s);
    setTitle(tr("Choose the tenant"));
    setSubTitle(tr("Audit the built-in sample tenant, a saved connection, or connect a new tenant. Secrets are "
                   "kept in the system keychain, never in a file."));

    m_sources = new QButtonGroup(this);
    m_sampleRadio = new QRadioButton(tr("&Sample tenant (no Microsoft 365 account needed)"), this);
    m_sampleRadio->setObjectName(u"sampleRadio"_s);
    m_savedRadio = new QRadioButton(tr("Sa&ved connection"), this);
    m_savedRadio->setObjectName(u"savedRadio"_s);
    m_newRadio = new QRadioButton(tr("&New connection"), this);
    m_newRadio->setObjectName(u"newRadio"_s);
    m_sources->addButton(m_sampleRadio, int(Source::Sample));
    m_sources->addButton(m_savedRadio, int(Source::SavedProfile));
    m_sources->addButton(m_newRadio, int(Source::NewProfile));

    m_error = new Banner(this);
    m_error->setObjectName(u"tenantError"_s);
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sampleRadio);
    layout->addWidget(m_sampleBox = createSampleBox());
    layout->addWidget(m_savedRadio);
    layout->addWidget(m_savedBox = createSavedBox());
    layout->addWidget(m_newRadio);
    layout->addWidget(m_newBox = createNewBox());
    layout->addStretch(1);
    layout->addWidget(m_error);

    connect(m_sources, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (!on)
            return;
        m_error->setVisible(false);
        updateVisibility();
        if (source() == Source::SavedProfile)
            readStoredSecret();
        emit completeChanged();
    });
    m_sampleRadio->setChecked(true);
    updateVisibility();
}

QWidget* TenantPage::createSampleBox()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(24, 0, 0, 8);
    m_sampleSize = new QComboBox(box);
    m_sampleSize->setObjectName(u"sampleSizeCombo"_s);
    m_sampleSize->addItem(tr("Small (50 mailboxes)"), u"small"_s);
    m_sampleSize->addItem(tr("Medium (5,000 mailboxes)"), u"medium"_s);
    m_sampleSize->addItem(tr("Large (88,000 mailboxes)"), u"large"_s);
    m_sampleSize->setAccessibleName(tr("Sample tenant size"));
    form->addRow(tr("Si&ze:"), m_sampleSize);
    m_sampleApp = new QComboBox(box);
    m_sampleApp->setObjectName(u"sampleAppCombo"_s);
    m_sampleApp->addItem(tr("Auditor app (every permission granted)"), int(SampleApp::Auditor));
    m_sampleApp->addItem(tr("Limited reader app (some permissions missing)"), int(SampleApp::LimitedReader));
    m_sampleApp->setAccessibleName(tr("Sample tenant app registration"));
    m_sampleApp->setToolTip(tr("The limited reader app lacks AuditLog.Read.All and Policy.Read.All: see how the "
                               "permissions check and a partial audit look before connecting a real tenant."));
    form->addRow(tr("A&pp:"), m_sampleApp);
    return box;
}

QWidget* TenantPage::createSavedBox()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(24, 0, 0, 8);
    m_profile = new QComboBox(box);
    m_profile->setObjectName(u"profileCombo"_s);
    m_profile->setAccessibleName(tr("Saved connection"));
    form->addRow(tr("&Connection:"), m_profile);
    m_savedSecret = new QLineEdit(box);
    m_savedSecret->setObjectName(u"savedSecretEdit"_s);
    m_savedSecret->setEchoMode(QLineEdit::Password);
    m_savedSecret->setAccessibleName(tr("Secret for the saved connection"));
    m_savedSecretState = new QLabel(box);
    m_savedSecretState->setObjectName(u"savedSecretState"_s);
    m_savedSecretState->setWordWrap(true);
    form->addRow(tr("Secre&t:"), m_savedSecret);
    form->addRow(QString(), m_savedSecretState);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        readStoredSecret();
        emit completeChanged();
    });
    connect(m_savedSecret, &QLineEdit::textChanged, this, &TenantPage::completeChanged);
    return box;
}

QWidget* TenantPage::createNewBox()
{
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(24, 0, 0, 8);
    m_name = new QLineEdit(box);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Contoso production"));
    m_name->setAccessibleName(tr("Connection name"));
    form->addRow(tr("N&ame:"), m_name);
    m_tenant = new QLineEdit(box);
    m_tenant->setObjectName(u"tenantEdit"_s);
    m_tenant->setPlaceholderText(tr("Tenant ID (GUID) or a verified domain, e.g. contoso.onmicrosoft.com"));
    m_tenant->setAccessibleName(tr("Tenant"));
    form->addRow(tr("&Tenant:"), m_tenant);
    m_cloud = new QComboBox(box);
    m_cloud->setObjectName(u"cloudCombo"_s);
    m_cloud->setAccessibleName(tr("Cloud"));
    for (const QString& name : CloudEnvironment::names())
        m_cloud->addItem(name, name);
    m_cloud->addItem(tr("custom (own endpoints)"), u"custom"_s);
    form->addRow(tr("C&loud:"), m_cloud);
    m_customCloud = createCustomCloudBox(box);
    form->addRow(QString(), m_customCloud);
    m_auth = new QComboBox(box);
    m_auth->setObjectName(u"authCombo"_s);
    m_auth->setAccessibleName(tr("Sign-in method"));
    m_auth->addItem(tr("Client secret (app-only)"), int(AuthKind::ClientSecret));
    m_auth->addItem(tr("Certificate (app-only)"), int(AuthKind::Certificate));
    m_auth->addItem(tr("Device code (signed-in admin)"), int(AuthKind::DeviceCode));
    m_auth->addItem(tr("Browser sign-in (signed-in admin)"), int(AuthKind::AuthCodePkce));
    form->addRow(tr("Sign-&in:"), m_auth);
    m_clientId = new QLineEdit(box);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setPlaceholderText(tr("Application (client) ID of the app registration"));
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("Client &ID:"), m_clientId);

    m_certificateRow = new QWidget(box);
    auto* certificateLayout = new QHBoxLayout(m_certificateRow);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    m_certificate = new QLineEdit(m_certificateRow);
    m_certificate->setObjectName(u"certificateEdit"_s);
    m_certificate->setPlaceholderText(tr("PEM or PKCS#12 file with the private key"));
    m_certificate->setAccessibleName(tr("Certificate file"));
    auto* browse = new QPushButton(tr("&Browse…"), m_certificateRow);
    browse->setObjectName(u"certificateBrowse"_s);
    certificateLayout->addWidget(m_certificate, 1);
    certificateLayout->addWidget(browse);
    m_certificateLabel = new QLabel(tr("Certificate:"), box);
    form->addRow(m_certificateLabel, m_certificateRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose the certificate"), {},
                                                          tr("Certificates (*.pem *.p12 *.pfx);;All files (*)"));
        if (!file.isEmpty())
            m_certificate->setText(file);
    });

    m_secret = new QLineEdit(box);
    m_secret->setObjectName(u"secretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret or certificate passphrase"));
    m_secretLabel = new QLabel(tr("Client s&ecret:"), box);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);
    m_saveProfile = new QCheckBox(tr("Sa&ve this connection (the secret goes to the system keychain)"), box);
    m_saveProfile->setObjectName(u"saveProfileCheck"_s);
    m_saveProfile->setChecked(true);
    form->addRow(QString(), m_saveProfile);

    for (QLineEdit* edit :
         {m_name, m_tenant, m_clientId, m_secret, m_certificate, m_loginUrl, m_graphUrl, m_exchangeUrl})
        connect(edit, &QLineEdit::textChanged, this, &TenantPage::completeChanged);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit completeChanged();
    });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit completeChanged();
    });
    return box;
}

QWidget* TenantPage::createCustomCloudBox(QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const auto addUrl = [&](QLineEdit*& edit, const QString& objectName, const QString& label,
                            const QString& accessibleName) {
        edit = new QLineEdit(box);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(u"https://"_s);
        edit->setAccessibleName(accessibleName);
        form->addRow(label, edit);
    };
    addUrl(m_loginUrl, u"loginUrlEdit"_s, tr("Sign-in &URL:"), tr("Identity platform URL"));
    addUrl(m_graphUrl, u"graphUrlEdit"_s, tr("&Graph URL:"), tr("Microsoft Graph URL"));
    addUrl(m_exchangeUrl, u"exchangeUrlEdit"_s, tr("E&xchange URL:"), tr("Exchange Online URL"));
    m_caFile = new QLineEdit(box);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setPlaceholderText(tr("Optional: a CA certificate (PEM) to trust for these endpoints"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    form->addRow(tr("C&A file:"), m_caFile);
    return box;
}

bool TenantPage::customCloud() const
{
    return m_cloud->currentData().toString() == u"custom"_s;
}

void TenantPage::updateVisibility()
{
    m_customCloud->setVisible(customCloud());
    const Source current = source();
    m_sampleBox->setEnabled(current == Source::Sample);
    m_savedBox->setEnabled(current == Source::SavedProfile);
    m_newBox->setVisible(current == Source::NewProfile);
    const auto kind = static_cast<AuthKind>(m_auth->currentData().toInt());
    m_certificateRow->setVisible(kind == AuthKind::Certificate);
    m_certificateLabel->setVisible(kind == AuthKind::Certificate);
    const bool appOnly = kind == AuthKind::ClientSecret || kind == AuthKind::Certificate;
    m_secret->setVisible(appOnly);
    m_secretLabel->setVisible(appOnly);
    m_secretLabel->setText(kind == AuthKind::Certificate ? tr("Pass&phrase:") : tr("Client s&ecret:"));
}

TenantPage::Source TenantPage::source() const
{
    return static_cast<Source>(std::max(0, m_sources->checkedId()));
}

void TenantPage::selectSampleTenant(const QString& size, SampleApp app)
{
    const int index = m_sampleSize->findData(size.toLower());
    if (index >= 0)
        m_sampleSize->setCurrentIndex(index);
    m_sampleApp->setCurrentIndex(std::max(0, m_sampleApp->findData(int(app))));
    m_sampleRadio->setChecked(true);
}

void TenantPage::initializePage()
{
    const QString previous = m_profile->currentText();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    if (ProfileStore* profiles = m_wizard->services().profiles)
        m_profile->addItems(profiles->names());
    m_profile->setCurrentIndex(std::max(0, m_profile->findText(previous)));
    m_savedRadio->setEnabled(m_profile->count() > 0);
    m_sampleRadio->setEnabled(bool(m_wizard->services().sampleTenant));
    if (!m_sampleRadio->isEnabled() && m_sampleRadio->isChecked())
        (m_savedRadio->isEnabled() ? m_savedRadio : m_newRadio)->setChecked(true);
    if (source() == Source::SavedProfile)
        readStoredSecret();
}

void TenantPage::readStoredSecret()
{
    m_storedSecret.clear();
    m_savedSecretState->clear();
    ProfileStore* profiles = m_wizard->services().profiles;
    const std::optional<ConnectionProfile> profile = profiles ? profiles->load(m_profile->currentText()) : std::nullopt;
    const bool appOnly = profile && !profile->isDelegated();
    m_savedSecret->setEnabled(appOnly);
    if (!appOnly) {
        m_savedSecretState->setText(profile ? tr("You sign in interactively; no secret is needed.") : QString());
        return;
    }
    m_readingSecret = true;
    m_savedSecretState->setText(tr("Reading the secret from the keychain…"));
    const quint64 generation = ++m_secretRead;
    QPointer<TenantPage> self(this);
    profiles->readSecret(
        profile->name, secretNameFor(profile->auth), [self, generation](Result<std::optional<QByteArray>> secret) {
            if (!self || generation != self->m_secretRead)
                return;
            self->m_readingSecret = false;
            if (!secret.ok())
                self->m_savedSecretState->setText(secret.error().message);
            else if (secret.value())
                self->m_storedSecret = *secret.value();
            if (secret.ok())
                self->m_savedSecretState->setText(
                    self->m_storedSecret.isEmpty() ? tr("No secret is stored for this connection: enter it above.")
                                                   : tr("Using the secret stored in the keychain (type here to replace "
                                                        "it for this audit)."));
            emit self->completeChanged();
        });
}

bool TenantPage::isComplete() const
{
    switch (source()) {
    case Source::Sample:
        return bool(m_wizard->services().sampleTenant);
    case Source::SavedProfile:
        if (m_profile->currentIndex() < 0 || m_readingSecret)
            return false;
        return !m_savedSecret->isEnabled() || !m_storedSecret.isEmpty() || !m_savedSecret->text().isEmpty();
    case Source::NewProfile: {
        const auto kind = static_cast<AuthKind>(m_auth->currentData().toInt());
        if (m_name->text().trimmed().isEmpty() || m_tenant->text().trimmed().isEmpty() ||
            m_clientId->text().trimmed().isEmpty())
            return false;
        if (needsSecret(kind) && m_secret->text().isEmpty())
            return false;
        if (customCloud() && (m_loginUrl->text().trimmed().isEmpty() || m_graphUrl->text().trimmed().isEmpty() ||
                              m_exchangeUrl->text().trimmed().isEmpty()))
            return false;
        return kind != AuthKind::Certificate || !m_certificate->text().trimmed().isEmpty();
    }
    }
    return false;
}

Result<ConnectionRequest> TenantPage::newProfileRequest()
{
    ConnectionRequest request;
    ConnectionProfile& p = request.profile;
    p.name = m_name->text().trimmed();
    p.tenant = m_tenant->text().trimmed();
    p.cloud = m_cloud->currentData().toString();
    if (customCloud()) {
        p.loginUrl = m_loginUrl->text().trimmed();
        p.graphUrl = m_graphUrl->text().trimmed();
        p.exchangeUrl = m_exchangeUrl->text().trimmed();
        p.caFile = m_caFile->text().trimmed();
    }
    p.auth = static_cast<AuthKind>(m_auth->currentData().toInt());
    p.clientId = m_clientId->text().trimmed();
    if (p.auth == AuthKind::Certificate)
        p.certificatePath = m_certificate->text().trimmed();
    if (!p.isDelegated())
        request.secret = m_secret->text().toUtf8();
    request.label = p.name;
    const Status valid = p.validate();
    if (!valid.ok())
        return valid.error();
    return request;
}

Result<ConnectionRequest> TenantPage::savedProfileRequest()
{
    ProfileStore* profiles = m_wizard->services().profiles;
    std::optional<ConnectionProfile> profile = profiles ? profiles->load(m_profile->currentText()) : std::nullopt;
    if (!profile)
        return Error::make(Error::Category::NotFound, tr("The saved connection could not be read."));
    ConnectionRequest request;
    request.profile = *profile;
    request.label = profile->name;
    if (!profile->isDelegated())
        request.secret = m_savedSecret->text().isEmpty() ? m_storedSecret : m_savedSecret->text().toUtf8();
    return request;
}

void TenantPage::saveNewProfile(const ConnectionRequest& request)
{
    ProfileStore* profiles = m_wizard->services().profiles;
    if (!profiles || !m_saveProfile->isChecked())
        return;
    const Status saved = profiles->save(request.profile);
    if (!saved.ok()) {
        m_error->showMessage(theme::Tone::Warning, saved.error().message);
        return;
    }
    if (request.secret.isEmpty())
        return;
    // The keychain answers later; a failure is worth knowing but does not stop this audit.
    QPointer<AuditWizard> wizard(m_wizard);
    profiles->saveSecret(request.profile.name, secretNameFor(request.profile.auth), request.secret,
                         [wizard](Status status) {
                             if (wizard && !status.ok())
                                 wizard->setKeychainWarning(status.error().message);
                         });
}

bool TenantPage::validatePage()
{
    Result<ConnectionRequest> request = Error::make(Error::Category::InvalidInput, QString());
    switch (source()) {
    case Source::Sample:
        request = m_wizard->services().sampleTenant(m_sampleSize->currentData().toString(),
                                                    static_cast<SampleApp>(m_sampleApp->currentData().toInt()));
        break;
    case Source::SavedProfile:
        request = savedProfileRequest();
        break;
    case Source::NewProfile:
        request = newProfileRequest();
        break;
    }
    if (!request.ok()) {
        m_error->showMessage(theme::Tone::Bad, request.error().message);
        return false;
    }
    const Status connected = m_wizard->connectTo(request.value());
    if (!connected.ok()) {
        m_error->showMessage(theme::Tone::Bad, connected.error().message);
        return false;
    }
    if (source() == Source::NewProfile)
        saveNewProfile(request.value());
    m_error->setVisible(false);
    return true;
}

} // namespace smtpaudit::ui
