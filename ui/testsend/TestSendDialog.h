#pragma once

#include "identity/ConnectionProfile.h"
#include "smtp/Office365Diagnosis.h"
#include "smtp/SmtpSession.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace smtpaudit::sample {
class SampleTenant;
}

namespace smtpaudit {
class Credential;
class TokenProvider;
struct DeviceCodePrompt;
} // namespace smtpaudit

namespace smtpaudit::ui {

// Where the dialog's "OAuth (sign in)" signs in: a delegated connection profile (its tenant, cloud, CA file and an
// app registration with "Allow public client flows"), built into a device code credential by the identity layer's
// ProfileCredentialLoader. The token is the delegated https://outlook.office.com/SMTP.Send one (CloudEnvironment's
// SMTP scope); it and the refresh token are held in memory only.
struct TestSendSignIn
{
    ConnectionProfile profile;
};

// Test Send: one SMTP submission (Office 365 preset or any server) with a live, redacted transcript, the TLS
// details, the result and Microsoft's diagnosis. OAuth (XOAUTH2) is the recommended sign-in; Basic shows the
// December 2026 warning. Non-secret settings are remembered; the password or token never leaves memory.
// Widgets carry object names ("host", "auth", "secret", "send", "transcript", "diagnosis", ...) for tests.
class TestSendDialog : public QDialog
{
    Q_OBJECT

public:
    // `fromAddress` prefills the sender and the user name (the console passes the selected mailbox's UPN).
    explicit TestSendDialog(const QString& fromAddress = {}, QWidget* parent = nullptr);
    ~TestSendDialog() override;

    // Enables "OAuth (sign in)": Send first signs in with a device code through the identity layer (the code and
    // URL show in the dialog, which stays usable; no nested event loop), then sends with XOAUTH2.
    void setSignIn(const TestSendSignIn& signIn);
    // For `smtpaudit --sample-tenant`: the sample tenant's SMTP endpoint (host, port, its CA) as the server and
    // its public client for "OAuth: sign in", which becomes the chosen method. Approve the code with the sample
    // tenant's approval hook (IdentityPlatform::approve) or any device-code client.
    void useSampleTenant(const sample::SampleTenant& tenant);

    // What the last audit knows about the mailbox, shown with the diagnosis when a send fails.
    void setAuditState(const MailboxAuditState& state) { m_auditState = state; }
    bool isSending() const { return m_signingIn || (m_session && m_session->isRunning()); }
    std::optional<SmtpOutcome> lastOutcome() const { return m_lastOutcome; }
    // Writes the (already redacted) transcript; the Save button asks for the path first.
    Status saveTranscriptTo(const QString& path) const;

signals:
    void sendFinished(const smtpaudit::SmtpOutcome& outcome);

protected:
    void reject() override;

private:
    void buildUi();
    void applyPreset();
    void updateAuthWidgets();
    void send();
    void startSession(SmtpSessionOptions options, OutgoingMessage message);
    void signInThenSend(SmtpSessionOptions options, OutgoingMessage message);
    void onDeviceCode(const DeviceCodePrompt& prompt);
    void cancelSignIn();
    bool signInSelected() const;
    void cancelOrClose();
    void onTranscriptEntry(const TranscriptEntry& entry);
    void onTls(const TlsDetails& details);
    void onFinished(const SmtpOutcome& outcome);
    void showDiagnosis(const SmtpOutcome& outcome);
    void saveTranscript();
    void setSending(bool sending);
    void setResult(const QString& text); // the result line above the diagnosis, hidden while empty
    AuthMechanism selectedAuth() const;
    void rememberSettings() const;

    QComboBox* m_preset = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_caFile = nullptr;
    QComboBox* m_auth = nullptr;
    QLabel* m_basicWarning = nullptr;
    QLineEdit* m_user = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_deviceCode = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_tlsDetails = nullptr;
    QPlainTextEdit* m_transcript = nullptr;
    QTextBrowser* m_diagnosis = nullptr;

    QPointer<SmtpSession> m_session;
    SmtpTranscript m_lastTranscript;
    std::optional<SmtpOutcome> m_lastOutcome;
    std::optional<MailboxAuditState> m_auditState;

    std::optional<TestSendSignIn> m_signIn;
    std::unique_ptr<Credential> m_credential; // kept between sends: its refresh token (memory only)
    std::unique_ptr<TokenProvider> m_tokens;  // and the cached SMTP token spare a second sign-in
    bool m_signingIn = false;
    quint64 m_signInGeneration = 0; // a sign-in's answer counts only while it is the current one
};

} // namespace smtpaudit::ui
