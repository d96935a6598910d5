#pragma once

#include "smtp/Office365Diagnosis.h"
#include "smtp/SmtpSession.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace smtpaudit::ui {

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

    // What the last audit knows about the mailbox, shown with the diagnosis when a send fails.
    void setAuditState(const MailboxAuditState& state) { m_auditState = state; }
    bool isSending() const { return m_session && m_session->isRunning(); }
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
    void cancelOrClose();
    void onTranscriptEntry(const TranscriptEntry& entry);
    void onTls(const TlsDetails& details);
    void onFinished(const SmtpOutcome& outcome);
    void showDiagnosis(const SmtpOutcome& outcome);
    void saveTranscript();
    void setSending(bool sending);
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
};

} // namespace smtpaudit::ui
