#include "testsend/TestSendDialog.h"

#include "testsend/TestSendSettings.h"

#include "identity/DeviceCodeCredential.h"
#include "identity/ProfileCredentialLoader.h"
#include "identity/TokenProvider.h"
#include "sample/tenant/SampleTenant.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace smtpaudit::ui {

namespace {

const QString kPresetOffice365 = u"office365"_s;
const QString kPresetCustom = u"custom"_s;
// Data of the "OAuth (sign in)" choice in the auth box (the others carry an AuthMechanism).
constexpr int kAuthSignIn = 100;

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

TestSendDialog::TestSendDialog(const QString& fromAddress, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Test Send"));
    setObjectName(u"testSendDialog"_s);
    buildUi();

    const TestSendSettings settings = TestSendSettings::load();
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(settings.preset)));
    m_host->setText(settings.host);
    m_port->setValue(settings.port);
    m_tls->setCurrentIndex(settings.tls == TlsMode::Implicit ? 1 : 0);
    m_caFile->setText(settings.caFile);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(settings.oauthSignIn ? kAuthSignIn : int(settings.auth))));
    m_user->setText(fromAddress.isEmpty() ? settings.user : fromAddress);
    m_from->setText(fromAddress.isEmpty() ? settings.user : fromAddress);
    m_to->setText(settings.to);
    m_subject->setText(settings.subject.isEmpty() ? tr("smtpaudit test message") : settings.subject);
    m_body->setPlainText(tr("This is a test message sent by smtpaudit to check SMTP submission."));
    applyPreset();
    updateAuthWidgets();
}

TestSendDialog::~TestSendDialog()
{
    // A sign-in's late answer must find the dialog whole: end it here, while every member still exists.
    ++m_signInGeneration;
    if (m_tokens)
        m_tokens->cancel();
    m_tokens.reset();
    m_credential.reset();
    if (m_session)
        m_session->cancel();
}

void TestSendDialog::setSignIn(const TestSendSignIn& signIn)
{
    ++m_signInGeneration;
    if (m_tokens)
        m_tokens->cancel();
    m_tokens.reset();
    m_credential.reset();
    m_signingIn = false;
    m_signIn = signIn;
    if (auto* model = qobject_cast<QStandardItemModel*>(m_auth->model()))
        if (QStandardItem* item = model->item(m_auth->findData(kAuthSignIn)))
            item->setEnabled(true);
    updateAuthWidgets();
}

void TestSendDialog::useSampleTenant(const sample::SampleTenant& tenant)
{
    // The sample tenant as a delegated profile of a custom cloud: every endpoint on its loopback server.
    ConnectionProfile profile;
    profile.name = u"sample-tenant"_s;
    profile.tenant = tenant.tenantId();
    profile.cloud = u"custom"_s;
    profile.loginUrl = profile.graphUrl = profile.exchangeUrl = tenant.baseUrl().toString();
    profile.caFile = tenant.caCertificatePath();
    profile.clientId = tenant.publicClient().clientId;
    profile.auth = ConnectionProfile::AuthKind::DeviceCode;
    const bool signInPossible = profile.environment().ok();
    if (signInPossible)
        setSignIn(TestSendSignIn{profile});
    m_preset->setCurrentIndex(m_preset->findData(kPresetCustom));
    m_host->setText(tenant.smtpHost());
    m_port->setValue(tenant.smtpPort());
    m_tls->setCurrentIndex(0); // STARTTLS, as Exchange Online's port 587
    m_caFile->setText(tenant.caCertificatePath());
    if (signInPossible)
        m_auth->setCurrentIndex(m_auth->findData(kAuthSignIn));
}

bool TestSendDialog::signInSelected() const
{
    return m_auth->currentData().toInt() == kAuthSignIn;
}

void TestSendDialog::buildUi()
{
    auto* server = new QGroupBox(tr("Server"), this);
    auto* serverForm = new QFormLayout(server);
    m_preset = new QComboBox(server);
    m_preset->setObjectName(u"preset"_s);
    m_preset->addItem(tr("Microsoft 365 (smtp.office365.com:587, STARTTLS)"), kPresetOffice365);
    m_preset->addItem(tr("Other server"), kPresetCustom);
    m_host = new QLineEdit(server);
    m_host->setObjectName(u"host"_s);
    m_port = new QSpinBox(server);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_tls = new QComboBox(server);
    m_tls->setObjectName(u"tls"_s);
    m_tls->addItem(tr("STARTTLS"));
    m_tls->addItem(tr("Implicit TLS"));
    m_caFile = new QLineEdit(server);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("Optional PEM file of a private CA to trust"));
    serverForm->addRow(tr("Preset:"), m_preset);
    serverForm->addRow(tr("Host:"), m_host);
    serverForm->addRow(tr("Port:"), m_port);
    serverForm->addRow(tr("Encryption:"), m_tls);
    serverForm->addRow(tr("CA file:"), m_caFile);

    auto* signIn = new QGroupBox(tr("Sign-in"), this);
    auto* signInForm = new QFormLayout(signIn);
    m_auth = new QComboBox(signIn);
    m_auth->setObjectName(u"auth"_s);
    m_auth->addItem(tr("OAuth access token (XOAUTH2, recommended)"), int(AuthMechanism::XOAuth2));
    m_auth->addItem(tr("OAuth: sign in with a device code (XOAUTH2, recommended)"), kAuthSignIn);
    // Enabled by setSignIn(): the dialog needs to know which tenant and app to sign in with.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_auth->model()))
        if (QStandardItem* item = model->item(m_auth->count() - 1))
            item->setEnabled(false);
    m_auth->addItem(tr("Basic: user name and password (LOGIN)"), int(AuthMechanism::Login));
    m_auth->addItem(tr("Basic: user name and password (PLAIN)"), int(AuthMechanism::Plain));
    m_auth->addItem(tr("No sign-in"), int(AuthMechanism::None));
    m_basicWarning = new QLabel(tr("Basic authentication for SMTP AUTH is disabled by default in existing Microsoft "
                                   "365 tenants from the end of December 2026. Move devices and applications to "
                                   "OAuth."),
                                signIn);
    m_basicWarning->setObjectName(u"basicAuthWarning"_s);
    m_basicWarning->setWordWrap(true);
    m_user = new QLineEdit(signIn);
    m_user->setObjectName(u"user"_s);
    m_secretLabel = new QLabel(signIn);
    m_secret = new QLineEdit(signIn);
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_deviceCode = new QLabel(signIn);
    m_deviceCode->setObjectName(u"deviceCode"_s);
    m_deviceCode->setWordWrap(true);
    m_deviceCode->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_deviceCode->setOpenExternalLinks(true);
    m_deviceCode->hide();
    signInForm->addRow(tr("Method:"), m_auth);
    signInForm->addRow(m_basicWarning);
    signInForm->addRow(tr("User:"), m_user);
    signInForm->addRow(m_secretLabel, m_secret);
    signInForm->addRow(m_deviceCode);

    auto* message = new QGroupBox(tr("Message"), this);
    auto* messageForm = new QFormLayout(message);
    m_from = new QLineEdit(message);
    m_from->setObjectName(u"from"_s);
    m_to = new QLineEdit(message);
    m_to->setObjectName(u"to"_s);
    m_to->setPlaceholderText(tr("Recipients, separated by commas"));
    m_subject = new QLineEdit(message);
    m_subject->setObjectName(u"subject"_s);
    m_body = new QPlainTextEdit(message);
    m_body->setObjectName(u"body"_s);
    m_body->setMaximumHeight(90);
    messageForm->addRow(tr("From:"), m_from);
    messageForm->addRow(tr("To:"), m_to);
    messageForm->addRow(tr("Subject:"), m_subject);
    messageForm->addRow(tr("Text:"), m_body);

    // The right-hand side: what happened on the wire, then what it means. Each pane has a title and says what
    // it will show before the first send, so an empty dialog does not look unfinished.
    auto* conversation = new QGroupBox(tr("SMTP conversation"), this);
    conversation->setObjectName(u"conversationPane"_s);
    auto* conversationLayout = new QVBoxLayout(conversation);
    m_transcript = new QPlainTextEdit(conversation);
    m_transcript->setObjectName(u"transcript"_s);
    m_transcript->setAccessibleName(tr("SMTP conversation"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_transcript->setPlaceholderText(
        tr("The SMTP conversation appears here when you press Send: every command and reply with its time, and the "
           "TLS handshake. Passwords and tokens are always hidden."));
    m_tlsDetails = new QLabel(tr("TLS: not connected"), conversation);
    m_tlsDetails->setObjectName(u"tlsDetails"_s);
    m_tlsDetails->setWordWrap(true);
    m_tlsDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    conversationLayout->addWidget(m_transcript, 1);
    conversationLayout->addWidget(m_tlsDetails);

    auto* outcome = new QGroupBox(tr("Result and diagnosis"), this);
    outcome->setObjectName(u"diagnosisPane"_s);
    auto* outcomeLayout = new QVBoxLayout(outcome);
    m_result = new QLabel(outcome);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_result->font();
    resultFont.setWeight(QFont::DemiBold);
    m_result->setFont(resultFont);
    m_result->hide(); // shown with the first result
    m_diagnosis = new QTextBrowser(outcome);
    m_diagnosis->setObjectName(u"diagnosis"_s);
    m_diagnosis->setAccessibleName(tr("Result and diagnosis"));
    m_diagnosis->setOpenExternalLinks(false);
    m_diagnosis->setPlaceholderText(
        tr("After a send, the result appears here. When the server refuses the message, this explains the reply in "
           "plain words: the likely cause, and the setting or PowerShell command that fixes it."));
    outcomeLayout->addWidget(m_result);
    outcomeLayout->addWidget(m_diagnosis, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"send"_s);
    m_save = buttons->addButton(tr("Save Transcript…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"saveTranscript"_s);
    m_save->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(u"cancel"_s);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(server);
    leftLayout->addWidget(signIn);
    leftLayout->addWidget(message);
    leftLayout->addStretch();
    auto* right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(u"resultSplitter"_s);
    right->setChildrenCollapsible(false);
    right->addWidget(conversation);
    right->addWidget(outcome);
    right->setStretchFactor(0, 3); // the conversation is the longer read
    right->setStretchFactor(1, 2);
    auto* columns = new QHBoxLayout;
    columns->addWidget(left, 1);
    columns->addWidget(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(1000, 680);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &TestSendDialog::applyPreset);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &TestSendDialog::updateAuthWidgets);
    connect(m_send, &QPushButton::clicked, this, &TestSendDialog::send);
    connect(m_cancel, &QPushButton::clicked, this, &TestSendDialog::cancelOrClose);
    connect(m_save, &QPushButton::clicked, this, &TestSendDialog::saveTranscript);
}

void TestSendDialog::applyPreset()
{
    const bool office365 = m_preset->currentData().toString() == kPresetOffice365;
    if (office365) {
        // Microsoft's documented client submission endpoint (microsoft-apis.md section 6).
        m_host->setText(u"smtp.office365.com"_s);
        m_port->setValue(587);
        m_tls->setCurrentIndex(0);
        m_caFile->clear();
    }
    for (QWidget* widget : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_tls),
                            static_cast<QWidget*>(m_caFile)})
        widget->setEnabled(!office365);
}

AuthMechanism TestSendDialog::selectedAuth() const
{
    return signInSelected() ? AuthMechanism::XOAuth2 : AuthMechanism(m_auth->currentData().toInt());
}

void TestSendDialog::updateAuthWidgets()
{
    const AuthMechanism auth = selectedAuth();
    m_basicWarning->setVisible(auth == AuthMechanism::Login || auth == AuthMechanism::Plain);
    m_secretLabel->setText(auth == AuthMechanism::XOAuth2 ? tr("Access token:") : tr("Password:"));
    m_secret->setPlaceholderText(signInSelected() ? tr("Obtained by signing in when you press Send")
                                 : auth == AuthMechanism::XOAuth2
                                     ? tr("Token for https://outlook.office.com/SMTP.Send or SMTP.SendAsApp")
                                     : QString());
    m_user->setPlaceholderText(signInSelected() ? tr("Empty: the signed-in user") : QString());
    m_user->setEnabled(auth != AuthMechanism::None);
    m_secret->setEnabled(auth != AuthMechanism::None && !signInSelected());
}

void TestSendDialog::send()
{
    if (isSending())
        return;
    SmtpSessionOptions options;
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->value());
    options.tls = m_tls->currentIndex() == 1 ? TlsMode::Implicit : TlsMode::StartTls;
    options.caFile = m_caFile->text().trimmed();
    options.stepTimeout = 30s;
    options.auth = selectedAuth();
    if (options.auth != AuthMechanism::None) {
        options.user = m_user->text().trimmed();
        if (!signInSelected())
            options.secret = m_secret->text().toUtf8();
    }
    OutgoingMessage message;
    message.from = m_from->text().trimmed();
    for (const QString& to : m_to->text().split(u',', Qt::SkipEmptyParts))
        message.to << to.trimmed();
    message.subject = m_subject->text();
    message.body = m_body->toPlainText();

    rememberSettings();
    m_transcript->clear();
    m_diagnosis->clear();
    m_tlsDetails->setText(tr("TLS: not connected"));
    m_tlsDetails->setToolTip({});
    setResult(tr("Sending…"));
    m_lastOutcome.reset();
    if (signInSelected())
        signInThenSend(std::move(options), std::move(message));
    else
        startSession(std::move(options), std::move(message));
}

void TestSendDialog::signInThenSend(SmtpSessionOptions options, OutgoingMessage message)
{
    if (!m_signIn) {
        setResult(tr("Signing in needs a tenant and an app; choose another sign-in method."));
        return;
    }
    if (!m_tokens) {
        CredentialLoadOptions load;
        load.use = CredentialUse::SmtpXOAuth2;
        load.delegated = DelegatedSignIn::DeviceCode; // the dialog shows the code; no browser redirect
        load.keepRefreshToken = false;
        ProfileCredentialResult loaded = ProfileCredentialLoader::build(m_signIn->profile, load);
        if (!loaded.ok()) {
            setResult(tr("Sign-in failed: %1").arg(loaded.error().error.message));
            return;
        }
        m_credential = std::move(loaded.value().credential);
        if (auto* deviceCode = qobject_cast<DeviceCodeCredential*>(m_credential.get()))
            connect(deviceCode, &DeviceCodeCredential::deviceCodeReady, this, &TestSendDialog::onDeviceCode);
        m_tokens = std::make_unique<TokenProvider>(m_credential.get(), loaded.value().cloud);
    }
    setResult(tr("Signing in…"));
    m_signingIn = true;
    setSending(true);
    const quint64 generation = ++m_signInGeneration;
    // Delegated https://outlook.office.com/SMTP.Send (microsoft-apis.md section 6); TokenProvider reuses a
    // token that is still valid, so a second send needs no second sign-in.
    m_tokens->token(TokenResource::Smtp, [this, generation, options = std::move(options),
                                          message = std::move(message)](Result<QByteArray> token) mutable {
        if (generation != m_signInGeneration)
            return;
        m_signingIn = false;
        m_deviceCode->hide();
        if (!token.ok()) {
            setSending(false);
            setResult(tr("Sign-in failed: %1").arg(token.error().message));
            return;
        }
        if (options.user.isEmpty())
            if (const std::optional<TokenClaims> claims = m_tokens->claims(TokenResource::Smtp))
                options.user = claims->userPrincipalName;
        options.secret = std::move(token).value();
        startSession(std::move(options), std::move(message));
    });
}

void TestSendDialog::onDeviceCode(const DeviceCodePrompt& prompt)
{
    const QString url = prompt.verificationUri.toString();
    m_deviceCode->setText(tr("To sign in, open <a href=\"%1\">%2</a> and enter the code <b>%3</b>.")
                              .arg(url.toHtmlEscaped(), url.toHtmlEscaped(), prompt.userCode.toHtmlEscaped()));
    m_deviceCode->show();
    setResult(tr("Waiting for the sign-in…"));
}

void TestSendDialog::startSession(SmtpSessionOptions options, OutgoingMessage message)
{
    if (m_session)
        m_session->deleteLater();
    m_session = new SmtpSession(this);
    connect(m_session, &SmtpSession::transcriptEntryAdded, this, &TestSendDialog::onTranscriptEntry);
    connect(m_session, &SmtpSession::tlsEstablished, this, &TestSendDialog::onTls);
    connect(m_session, &SmtpSession::finished, this, &TestSendDialog::onFinished);
    setSending(true);
    m_session->start(std::move(options), std::move(message));
}

void TestSendDialog::cancelOrClose()
{
    if (m_signingIn)
        cancelSignIn();
    else if (isSending())
        m_session->cancel();
    else
        reject();
}

void TestSendDialog::cancelSignIn()
{
    ++m_signInGeneration; // the cancelled sign-in's answer is ignored
    m_signingIn = false;
    if (m_tokens)
        m_tokens->cancel();
    m_deviceCode->hide();
    setSending(false);
    setResult(tr("Sign-in cancelled."));
}

void TestSendDialog::reject()
{
    if (m_signingIn)
        cancelSignIn();
    else if (isSending())
        m_session->cancel();
    QDialog::reject();
}

void TestSendDialog::onTranscriptEntry(const TranscriptEntry& entry)
{
    m_transcript->appendPlainText(entry.toLine());
    // Follow the conversation to its last line (the reply that matters is usually the last one).
    m_transcript->verticalScrollBar()->setValue(m_transcript->verticalScrollBar()->maximum());
}

void TestSendDialog::onTls(const TlsDetails& details)
{
    // One line under the conversation (protocol, cipher, verified name); the whole chain in the tooltip, so the
    // certificates do not push the conversation out of sight (the transcript records them too).
    const QStringList lines = details.describe();
    m_tlsDetails->setText(tr("TLS: %1").arg(lines.value(0)));
    m_tlsDetails->setToolTip(lines.join(u'\n'));
}

void TestSendDialog::onFinished(const SmtpOutcome& outcome)
{
    m_lastOutcome = outcome;
    if (m_session)
        m_lastTranscript = m_session->transcript();
    setSending(false);
    m_save->setEnabled(!m_lastTranscript.isEmpty());
    if (outcome.success) {
        setResult(tr("Accepted: %1").arg(outcome.reply ? outcome.reply->summary() : QString()));
        m_diagnosis->setHtml(u"<p>"_s + escaped(tr("The server accepted the message.")) + u"</p>"_s);
    } else {
        setResult(tr("Failed %1: %2")
                      .arg(SmtpPhases::describe(outcome.phase),
                           outcome.error ? outcome.error->message : tr("unknown error")));
        showDiagnosis(outcome);
    }
    emit sendFinished(outcome);
}

void TestSendDialog::showDiagnosis(const SmtpOutcome& outcome)
{
    DiagnosisContext context;
    context.user = m_user->text().trimmed();
    context.from = m_from->text().trimmed();
    context.mechanism = selectedAuth();
    context.audit = m_auditState;
    const std::optional<SmtpDiagnosis> diagnosis = Office365Diagnosis::diagnose(outcome, context);
    if (!diagnosis) {
        m_diagnosis->setHtml(u"<p>"_s + escaped(outcome.error ? outcome.error->message : QString()) + u"</p>"_s);
        return;
    }
    QString html = u"<h3>"_s + escaped(diagnosis->title) + u"</h3><p><b>"_s + escaped(tr("Cause:")) + u"</b> "_s +
                   escaped(diagnosis->cause) + u"</p><p><b>"_s + escaped(tr("Fix:")) + u"</b> "_s +
                   escaped(diagnosis->fix) + u"</p>"_s;
    if (!diagnosis->commands.isEmpty()) {
        html += u"<pre>"_s;
        for (const QString& command : diagnosis->commands)
            html += escaped(command) + u'\n';
        html += u"</pre>"_s;
    }
    for (const QString& note : diagnosis->auditNotes)
        html += u"<p><i>"_s + escaped(note) + u"</i></p>"_s;
    if (diagnosis->transient)
        html += u"<p>"_s + escaped(tr("This is usually temporary: retrying later may succeed.")) + u"</p>"_s;
    m_diagnosis->setHtml(html);
}

Status TestSendDialog::saveTranscriptTo(const QString& path) const
{
    return m_lastTranscript.saveTo(path);
}

void TestSendDialog::saveTranscript()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Transcript"), u"smtp-transcript.txt"_s, tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveTranscriptTo(path); !saved)
        setResult(saved.error().message);
}

void TestSendDialog::setResult(const QString& text)
{
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void TestSendDialog::setSending(bool sending)
{
    m_send->setEnabled(!sending);
    m_cancel->setText(sending ? tr("Cancel") : tr("Close"));
}

void TestSendDialog::rememberSettings() const
{
    TestSendSettings settings;
    settings.preset = m_preset->currentData().toString();
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.tls = m_tls->currentIndex() == 1 ? TlsMode::Implicit : TlsMode::StartTls;
    settings.caFile = m_caFile->text().trimmed();
    settings.auth = selectedAuth();
    settings.oauthSignIn = signInSelected();
    settings.user = m_user->text().trimmed();
    settings.to = m_to->text().trimmed();
    settings.subject = m_subject->text();
    settings.save(); // the secret is deliberately not part of TestSendSettings
}

} // namespace smtpaudit::ui
