#pragma once

#include "smtp/SmtpAuth.h"
#include "smtp/SmtpReply.h"
#include "smtp/TlsDetails.h"
#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace smtpaudit {

enum class TlsMode
{
    StartTls, // plain connect, then STARTTLS (port 587)
    Implicit, // TLS from the first byte (port 465)
};

// Where a session is, and where it stopped. The CLI's exit codes and the diagnosis key off this.
enum class SmtpPhase
{
    Validate,     // checking the input before connecting
    Connect,      // DNS and TCP
    Tls,          // STARTTLS command and TLS handshake (or the implicit-TLS handshake)
    Greeting,     // the server's 220 banner
    Ehlo,         // EHLO before TLS (STARTTLS mode) or the only EHLO (implicit TLS)
    EhloAfterTls, // EHLO after STARTTLS
    Auth,
    MailFrom,
    RcptTo,
    Data,    // the DATA command
    Message, // the message itself, up to the server's answer to "."
    Quit,
    Done,
};

struct SmtpPhases
{
    Q_DECLARE_TR_FUNCTIONS(SmtpPhases)

public:
    // Stable identifier for JSON and tests: "connect", "tls", "auth", ...
    static QString id(SmtpPhase phase);
    // Translated, for people: "while authenticating".
    static QString describe(SmtpPhase phase);
};

struct SmtpSessionOptions
{
    QString host;
    quint16 port = 587;
    TlsMode tls = TlsMode::StartTls;
    // Optional PEM file whose certificates are trusted in addition to the system's (a pinned private CA).
    QString caFile;
    // Deadline of each step (connect, handshake, every command's reply).
    std::chrono::milliseconds stepTimeout{30000};
    // EHLO argument; empty means this machine's host name (or "localhost" when it is not a usable name).
    QString heloName;
    // LOUD escape hatch for tests against a loopback server without STARTTLS: only when this is set AND both
    // the host name and the connected peer are loopback does the session continue, and AUTH, without TLS.
    bool allowPlaintextOnLoopback = false;

    AuthMechanism auth = AuthMechanism::None;
    QString user;
    QByteArray secret; // password (PLAIN, LOGIN) or access token (XOAUTH2); never logged or recorded
};

struct SmtpOutcome
{
    bool success = false;
    SmtpPhase phase = SmtpPhase::Validate; // Done on success, otherwise where it stopped
    std::optional<Error> error;
    std::optional<SmtpReply> reply; // the reply that ended the session (failure) or accepted the message
    std::optional<TlsDetails> tls;
    SmtpCapabilities capabilities; // from the last EHLO
    bool authenticated = false;
    bool plaintext = false; // the session continued without TLS (allowPlaintextOnLoopback)
};

} // namespace smtpaudit
