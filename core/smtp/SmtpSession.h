#pragma once

#include "smtp/SmtpMessage.h"
#include "smtp/SmtpTranscript.h"
#include "smtp/SmtpTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QSslSocket;

namespace smtpaudit {

// One test submission over SMTP, as an asynchronous state machine on a QSslSocket (no waitFor*, no nested
// event loop). Every step has a deadline; a deadline that passes is a Timeout, cancel() is Cancelled.
// AUTH is never sent before TLS: a server that does not offer STARTTLS stops the session with an error,
// unless SmtpSessionOptions::allowPlaintextOnLoopback is set and the peer is loopback.
// Credentials never reach the transcript, the signals, the outcome or the log.
class SmtpSession : public QObject
{
    Q_OBJECT

public:
    explicit SmtpSession(QObject* parent = nullptr);
    ~SmtpSession() override;

    // Starts a submission. Invalid input (CR/LF/NUL in a header or address, missing credentials, unreadable
    // CA file) is reported through finished() without any connection being opened. finished() is always
    // emitted exactly once per start(), from the event loop (queued), so receivers may delete the session.
    void start(SmtpSessionOptions options, OutgoingMessage message);
    // Stops at once; finished() reports Error::Category::Cancelled. Does nothing when not running.
    void cancel();

    bool isRunning() const { return m_running; }
    SmtpPhase phase() const { return m_phase; }
    const SmtpTranscript& transcript() const { return m_transcript; }
    // For tests: a fixed clock and Message-ID source.
    void setComposer(MessageComposer composer) { m_composer = std::move(composer); }

    // Checks what start() would refuse before connecting. Exposed so the CLI and the dialog can report input
    // errors up front.
    static Status validate(const SmtpSessionOptions& options, const OutgoingMessage& message);

signals:
    void transcriptEntryAdded(const smtpaudit::TranscriptEntry& entry);
    void phaseChanged(smtpaudit::SmtpPhase phase);
    void tlsEstablished(const smtpaudit::TlsDetails& details);
    void finished(const smtpaudit::SmtpOutcome& outcome);

private:
    void record(TranscriptEntry::Kind kind, const QString& text);
    void setPhase(SmtpPhase phase);
    void armDeadline(std::chrono::milliseconds timeout);
    void sendCommand(const QByteArray& line, const QString& transcriptLine = {});

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onDeadline();

    void handleReply(const SmtpReply& reply);
    void sendEhlo(SmtpPhase phase);
    void afterEhlo();
    void startAuthOrMail();
    void handleAuthReply(const SmtpReply& reply);
    void sendMailFrom();
    void sendNextRcptOrData();
    void sendMessage();

    // Ends the session as failed in `phase`. With `politeQuit` (the protocol is in step with the server)
    // QUIT is sent first and the session finishes on its answer or a short deadline.
    void fail(SmtpPhase phase, Error::Category category, const QString& message,
              const std::optional<SmtpReply>& reply = std::nullopt, bool politeQuit = false);
    void finish();
    void wipeSecrets();
    bool peerIsLoopback() const;

    SmtpSessionOptions m_options;
    OutgoingMessage m_message;
    MessageComposer m_composer;
    QByteArray m_stuffedMessage;

    QPointer<QSslSocket> m_socket;
    QTimer m_deadline;
    QByteArray m_buffer;
    QStringList m_sslErrors;
    SmtpTranscript m_transcript;
    CredentialRedactor m_redactor;
    std::unique_ptr<SmtpAuthExchange> m_auth;

    SmtpPhase m_phase = SmtpPhase::Validate;
    SmtpOutcome m_outcome;
    qsizetype m_nextRecipient = 0;
    bool m_running = false;
    bool m_finished = false;
    bool m_awaitingReply = false;
    bool m_awaitingHandshake = false;
    bool m_plaintextAllowed = false;
};

} // namespace smtpaudit
