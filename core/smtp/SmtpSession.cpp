#include "smtp/SmtpSession.h"

#include "util/Logging.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace smtpaudit {

namespace {

constexpr qsizetype kMaxBufferedBytes = 1024 * 1024;
constexpr int kMaxRecordedMessageLines = 200;
// QUIT is a courtesy: never wait long for its answer.
constexpr std::chrono::milliseconds kQuitTimeout = 5s;

using Kind = TranscriptEntry::Kind;

QString defaultHeloName()
{
    static const QRegularExpression hostName(u"^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$"_s);
    const QString name = QSysInfo::machineHostName();
    return hostName.match(name).hasMatch() ? name : u"localhost"_s;
}

Error invalid(const QString& message)
{
    return Error::make(Error::Category::InvalidInput, message);
}

bool isLoopbackName(const QString& host)
{
    const QHostAddress address(host);
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || (!address.isNull() && address.isLoopback());
}

} // namespace

SmtpSession::SmtpSession(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &SmtpSession::onDeadline);
}

SmtpSession::~SmtpSession()
{
    wipeSecrets();
}

Status SmtpSession::validate(const SmtpSessionOptions& options, const OutgoingMessage& message)
{
    static const QRegularExpression hostPattern(u"^[A-Za-z0-9._:\\[\\]-]+$"_s);
    if (options.host.isEmpty() || !hostPattern.match(options.host).hasMatch())
        return invalid(tr("Enter the SMTP server's host name (letters, digits, dots and hyphens only)."));
    if (options.port == 0)
        return invalid(tr("Enter a port between 1 and 65535."));
    if (options.stepTimeout <= 0ms)
        return invalid(tr("The timeout must be at least one second."));
    if (!options.heloName.isEmpty() && !hostPattern.match(options.heloName).hasMatch())
        return invalid(tr("The EHLO name may contain only letters, digits, dots and hyphens."));
    if (const Status valid = MessageComposer::validate(message); !valid)
        return valid;
    if (options.auth != AuthMechanism::None) {
        if (options.user.isEmpty())
            return invalid(tr("Enter the user name to authenticate as."));
        if (const Status user = MessageComposer::validateHeaderValue(tr("user name"), options.user); !user)
            return user;
        if (options.user.contains(QChar(1)))
            return invalid(tr("The user name contains a control character."));
        if (options.secret.isEmpty())
            return invalid(options.auth == AuthMechanism::XOAuth2 ? tr("An access token is needed for XOAUTH2.")
                                                                  : tr("A password is needed for this sign-in."));
        if (options.auth == AuthMechanism::Plain && options.secret.contains('\0'))
            return invalid(tr("The password contains a NUL character, which AUTH PLAIN cannot carry."));
        if (options.auth == AuthMechanism::XOAuth2) {
            for (const char c : options.secret) {
                if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F)
                    return invalid(tr("The access token contains a space or a control character; paste the "
                                      "token alone."));
            }
        }
    }
    if (!options.caFile.isEmpty() && QSslCertificate::fromPath(options.caFile, QSsl::Pem).isEmpty())
        return invalid(tr("No PEM certificate could be read from the CA file %1.").arg(options.caFile));
    return Success{};
}

void SmtpSession::start(SmtpSessionOptions options, OutgoingMessage message)
{
    if (m_running) {
        qCWarning(lcSmtp) << "SmtpSession::start called while a session is running; ignored";
        return;
    }
    m_options = std::move(options);
    m_message = std::move(message);
    m_transcript.clear();
    m_buffer.clear();
    m_outcome = SmtpOutcome{};
    m_auth.reset();
    m_sslErrors.clear();
    m_nextRecipient = 0;
    m_running = true;
    m_finished = false;
    m_awaitingReply = false;
    m_awaitingHandshake = false;
    m_plaintextAllowed = false;
    m_phase = SmtpPhase::Validate;

    // Registered before anything is recorded, so nothing recorded can carry a credential.
    m_redactor.clear();
    m_redactor.addSecret(m_options.secret);
    if (m_options.auth != AuthMechanism::None) {
        for (const QByteArray& form : SmtpAuthExchange(m_options.auth, m_options.user, m_options.secret).secretForms())
            m_redactor.addSecret(form);
    }

    if (const Status valid = validate(m_options, m_message); !valid) {
        fail(SmtpPhase::Validate, valid.error().category, valid.error().message);
        return;
    }
    m_stuffedMessage = MessageComposer::dotStuff(m_composer.compose(m_message));
    if (m_options.heloName.isEmpty())
        m_options.heloName = defaultHeloName();

    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_options.caFile.isEmpty())
        tls.addCaCertificates(QSslCertificate::fromPath(m_options.caFile, QSsl::Pem));
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_options.host);

    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    // Errors are recorded and never ignored: Qt then aborts the handshake and reports SslHandshakeFailedError.
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors) {
            m_sslErrors << error.errorString();
            record(Kind::Tls, tr("certificate problem: %1").arg(error.errorString()));
        }
    });

    setPhase(SmtpPhase::Connect);
    const bool implicit = m_options.tls == TlsMode::Implicit;
    record(Kind::Info, tr("connecting to %1 port %2 (%3)")
                           .arg(m_options.host)
                           .arg(m_options.port)
                           .arg(implicit ? tr("implicit TLS") : tr("STARTTLS")));
    armDeadline(m_options.stepTimeout);
    if (implicit)
        m_socket->connectToHostEncrypted(m_options.host, m_options.port, m_options.host);
    else
        m_socket->connectToHost(m_options.host, m_options.port);
}

void SmtpSession::cancel()
{
    if (!m_running || m_finished)
        return;
    // During the closing QUIT the outcome is already decided (accepted or failed): keep it.
    if (m_phase == SmtpPhase::Quit) {
        record(Kind::Info, tr("cancelled while waiting for the answer to QUIT"));
        return finish();
    }
    fail(m_phase, Error::Category::Cancelled, tr("Cancelled by the user."));
}

void SmtpSession::record(TranscriptEntry::Kind kind, const QString& text)
{
    const TranscriptEntry entry = m_transcript.append(kind, m_redactor.redact(text));
    emit transcriptEntryAdded(entry);
}

void SmtpSession::setPhase(SmtpPhase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    qCDebug(lcSmtp) << "phase" << SmtpPhases::id(phase);
    emit phaseChanged(phase);
}

void SmtpSession::armDeadline(std::chrono::milliseconds timeout)
{
    m_deadline.start(timeout);
}

void SmtpSession::sendCommand(const QByteArray& line, const QString& transcriptLine)
{
    record(Kind::Client, transcriptLine.isEmpty() ? QString::fromUtf8(line) : transcriptLine);
    m_socket->write(line + "\r\n");
    m_awaitingReply = true;
    armDeadline(m_phase == SmtpPhase::Quit ? std::min(kQuitTimeout, m_options.stepTimeout) : m_options.stepTimeout);
}

void SmtpSession::onConnected()
{
    record(Kind::Info, tr("connected to %1 port %2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()));
    if (m_options.tls == TlsMode::Implicit) {
        setPhase(SmtpPhase::Tls);
        m_awaitingHandshake = true;
    } else {
        setPhase(SmtpPhase::Greeting);
        m_awaitingReply = true;
    }
    armDeadline(m_options.stepTimeout);
}

void SmtpSession::onEncrypted()
{
    m_awaitingHandshake = false;
    const QSsl::SslProtocol protocol = m_socket->sessionProtocol();
    if (protocol != QSsl::TlsV1_2 && protocol != QSsl::TlsV1_3) {
        fail(SmtpPhase::Tls, Error::Category::Network, tr("The server negotiated a TLS version below 1.2."));
        return;
    }
    const TlsDetails details = TlsDetails::fromSocket(*m_socket);
    m_outcome.tls = details;
    for (const QString& line : details.describe())
        record(Kind::Tls, line);
    emit tlsEstablished(details);
    if (m_options.tls == TlsMode::Implicit) {
        setPhase(SmtpPhase::Greeting);
        m_awaitingReply = true;
        armDeadline(m_options.stepTimeout);
    } else {
        sendEhlo(SmtpPhase::EhloAfterTls);
    }
}

void SmtpSession::onReadyRead()
{
    if (!m_socket || m_finished)
        return;
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > kMaxBufferedBytes) {
        fail(m_phase, Error::Category::MalformedResponse, tr("The server sent more than 1 MiB without a reply."));
        return;
    }
    while (!m_finished && !m_buffer.isEmpty() && !m_awaitingHandshake) {
        if (!m_awaitingReply) {
            fail(m_phase, Error::Category::MalformedResponse,
                 tr("The server sent data before the client asked for anything."));
            return;
        }
        const ReplyParse parse = parseReply(m_buffer);
        if (parse.status == ReplyParse::Status::Incomplete)
            return;
        if (parse.status == ReplyParse::Status::Malformed) {
            record(Kind::Warning, tr("malformed reply: %1").arg(parse.error));
            fail(m_phase, Error::Category::MalformedResponse,
                 tr("The server's reply was not valid SMTP (%1).").arg(parse.error));
            return;
        }
        m_buffer.remove(0, parse.consumed);
        for (const QByteArray& line : parse.reply.rawLines)
            record(Kind::Server, QString::fromUtf8(line));
        m_awaitingReply = false;
        handleReply(parse.reply);
    }
}

void SmtpSession::onSocketError()
{
    if (m_finished || !m_socket)
        return;
    if (m_phase == SmtpPhase::Quit) {
        finish();
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    if (m_phase == SmtpPhase::Connect) {
        fail(SmtpPhase::Connect, Error::Category::Network,
             tr("Could not connect to %1 port %2: %3").arg(m_options.host).arg(m_options.port).arg(text));
    } else if (m_awaitingHandshake || error == QAbstractSocket::SslHandshakeFailedError) {
        const QString why = m_sslErrors.isEmpty() ? text : m_sslErrors.join(u"; "_s);
        fail(SmtpPhase::Tls, Error::Category::Network,
             tr("The TLS handshake with %1 failed: %2").arg(m_options.host, why));
    } else if (error == QAbstractSocket::RemoteHostClosedError) {
        fail(m_phase, Error::Category::Network,
             tr("The server closed the connection %1.").arg(SmtpPhases::describe(m_phase)));
    } else {
        fail(m_phase, Error::Category::Network, tr("Connection error %1: %2").arg(SmtpPhases::describe(m_phase), text));
    }
}

void SmtpSession::onDisconnected()
{
    if (m_finished)
        return;
    if (m_phase == SmtpPhase::Quit) {
        finish();
        return;
    }
    fail(m_phase, Error::Category::Network,
         tr("The server closed the connection %1.").arg(SmtpPhases::describe(m_phase)));
}

void SmtpSession::onDeadline()
{
    if (m_finished)
        return;
    if (m_phase == SmtpPhase::Quit) {
        finish();
        return;
    }
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_options.stepTimeout).count();
    fail(m_phase, Error::Category::Timeout,
         tr("No answer within %1 seconds %2.").arg(seconds).arg(SmtpPhases::describe(m_phase)));
}

void SmtpSession::handleReply(const SmtpReply& reply)
{
    // 421 means the server is closing the channel: QUIT would be pointless.
    const bool polite = reply.code != 421;
    switch (m_phase) {
    case SmtpPhase::Greeting:
        if (reply.code == 220)
            return sendEhlo(SmtpPhase::Ehlo);
        return fail(SmtpPhase::Greeting, Error::Category::Service,
                    tr("The server refused the connection: %1").arg(reply.summary()), reply, polite);
    case SmtpPhase::Ehlo:
    case SmtpPhase::EhloAfterTls:
        if (reply.code == 250) {
            m_outcome.capabilities = parseCapabilities(reply);
            return afterEhlo();
        }
        return fail(m_phase, Error::Category::Service, tr("The server rejected EHLO: %1").arg(reply.summary()), reply,
                    polite);
    case SmtpPhase::Tls:
        if (reply.code != 220)
            return fail(SmtpPhase::Tls, Error::Category::Network,
                        tr("The server refused STARTTLS: %1").arg(reply.summary()), reply, polite);
        // Anything already buffered after the 220 was sent in plaintext before the handshake and would be
        // read as if it came over TLS (the STARTTLS command-injection class of bugs): refuse it.
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            return fail(SmtpPhase::Tls, Error::Category::MalformedResponse,
                        tr("The server sent data after agreeing to STARTTLS; refusing to continue (possible "
                           "injection)."));
        record(Kind::Info, tr("starting the TLS handshake"));
        m_awaitingHandshake = true;
        m_socket->startClientEncryption();
        return armDeadline(m_options.stepTimeout);
    case SmtpPhase::Auth:
        return handleAuthReply(reply);
    case SmtpPhase::MailFrom:
        if (reply.code == 250) {
            setPhase(SmtpPhase::RcptTo);
            return sendNextRcptOrData();
        }
        return fail(SmtpPhase::MailFrom, Error::Category::Service,
                    tr("The server rejected the sender %1: %2").arg(m_message.from, reply.summary()), reply, polite);
    case SmtpPhase::RcptTo:
        if (reply.code == 250 || reply.code == 251)
            return sendNextRcptOrData();
        return fail(SmtpPhase::RcptTo, Error::Category::Service,
                    tr("The server rejected the recipient %1: %2")
                        .arg(m_message.to.value(m_nextRecipient - 1), reply.summary()),
                    reply, polite);
    case SmtpPhase::Data:
        if (reply.code == 354)
            return sendMessage();
        return fail(SmtpPhase::Data, Error::Category::Service, tr("The server refused DATA: %1").arg(reply.summary()),
                    reply, polite);
    case SmtpPhase::Message:
        if (reply.code != 250)
            return fail(SmtpPhase::Message, Error::Category::Service,
                        tr("The server did not accept the message: %1").arg(reply.summary()), reply, polite);
        m_outcome.success = true;
        m_outcome.phase = SmtpPhase::Done;
        m_outcome.reply = reply;
        record(Kind::Info, tr("the server accepted the message"));
        setPhase(SmtpPhase::Quit);
        return sendCommand("QUIT"_ba);
    case SmtpPhase::Quit:
        return finish();
    case SmtpPhase::Validate:
    case SmtpPhase::Connect:
    case SmtpPhase::Done:
        break;
    }
    fail(m_phase, Error::Category::MalformedResponse, tr("Unexpected reply: %1").arg(reply.summary()), reply);
}

void SmtpSession::sendEhlo(SmtpPhase phase)
{
    setPhase(phase);
    sendCommand("EHLO " + m_options.heloName.toLatin1());
}

void SmtpSession::afterEhlo()
{
    if (m_options.tls == TlsMode::StartTls && !m_socket->isEncrypted() && !m_plaintextAllowed) {
        if (m_outcome.capabilities.startTls()) {
            setPhase(SmtpPhase::Tls);
            return sendCommand("STARTTLS"_ba);
        }
        if (!(m_options.allowPlaintextOnLoopback && peerIsLoopback())) {
            return fail(SmtpPhase::Tls, Error::Category::Network,
                        m_options.auth != AuthMechanism::None
                            ? tr("The server does not offer STARTTLS, so smtpaudit did not authenticate: "
                                 "credentials are never sent without TLS.")
                            : tr("The server does not offer STARTTLS; smtpaudit does not send mail without TLS."),
                        std::nullopt, true);
        }
        m_plaintextAllowed = true;
        m_outcome.plaintext = true;
        qCWarning(lcSmtp) << "continuing WITHOUT TLS on loopback (allowPlaintextOnLoopback)";
        record(Kind::Warning, tr("THE SERVER OFFERS NO STARTTLS. Continuing WITHOUT TLS only because "
                                 "allowPlaintextOnLoopback is set and the server is on loopback: credentials and "
                                 "the message cross the connection in clear text. Never use this outside tests."));
    }
    startAuthOrMail();
}

void SmtpSession::startAuthOrMail()
{
    if (m_options.auth == AuthMechanism::None)
        return sendMailFrom();
    // The invariant, checked once more right where it matters: no AUTH without TLS.
    if (!m_socket->isEncrypted() && !m_plaintextAllowed)
        return fail(SmtpPhase::Auth, Error::Category::Authentication, tr("Refusing to authenticate without TLS."),
                    std::nullopt, true);
    const QString mechanism = authMechanismName(m_options.auth);
    if (!m_outcome.capabilities.supportsAuth(mechanism)) {
        const QStringList offered = m_outcome.capabilities.authMechanisms;
        return fail(SmtpPhase::Auth, Error::Category::Authentication,
                    offered.isEmpty()
                        ? tr("The server does not offer SMTP AUTH at all (no AUTH in its EHLO reply).")
                        : tr("The server does not offer AUTH %1; it offers %2.").arg(mechanism, offered.join(u", "_s)),
                    std::nullopt, true);
    }
    setPhase(SmtpPhase::Auth);
    m_auth = std::make_unique<SmtpAuthExchange>(m_options.auth, m_options.user, m_options.secret);
    const SmtpAuthExchange::Action action = m_auth->start();
    sendCommand(action.line, action.transcriptLine);
}

void SmtpSession::handleAuthReply(const SmtpReply& reply)
{
    const SmtpAuthExchange::Action action = m_auth->onReply(reply);
    if (!action.note.isEmpty())
        record(Kind::Info, action.note);
    switch (action.state) {
    case SmtpAuthExchange::State::SendLine:
        return sendCommand(action.line, action.transcriptLine);
    case SmtpAuthExchange::State::Succeeded:
        m_outcome.authenticated = true;
        record(Kind::Info, tr("authenticated as %1 with %2").arg(m_options.user, authMechanismName(m_options.auth)));
        // The credential is not needed any more; the redactor keeps its forms until the session ends.
        m_auth.reset();
        m_options.secret.fill('\0');
        m_options.secret.clear();
        return sendMailFrom();
    case SmtpAuthExchange::State::Failed:
        break;
    }
    fail(SmtpPhase::Auth, Error::Category::Authentication, tr("Authentication failed: %1").arg(reply.summary()), reply,
         reply.code != 421);
}

void SmtpSession::sendMailFrom()
{
    setPhase(SmtpPhase::MailFrom);
    sendCommand("MAIL FROM:<" + m_message.from.toLatin1() + '>');
}

void SmtpSession::sendNextRcptOrData()
{
    if (m_nextRecipient < m_message.to.size())
        return sendCommand("RCPT TO:<" + m_message.to.at(m_nextRecipient++).toLatin1() + '>');
    setPhase(SmtpPhase::Data);
    sendCommand("DATA"_ba);
}

void SmtpSession::sendMessage()
{
    setPhase(SmtpPhase::Message);
    const QList<QByteArray> lines = m_stuffedMessage.split('\n');
    const qsizetype lineCount = lines.size() - 1; // the message ends in CRLF: the last piece is empty
    for (qsizetype i = 0; i < lineCount; ++i) {
        if (i == kMaxRecordedMessageLines) {
            record(Kind::Client, tr("(%n more message line(s) not shown)", nullptr, int(lineCount - i)));
            break;
        }
        record(Kind::Client, QString::fromUtf8(lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i)));
    }
    record(Kind::Client, u"."_s);
    m_socket->write(m_stuffedMessage + ".\r\n");
    m_awaitingReply = true;
    armDeadline(m_options.stepTimeout);
}

void SmtpSession::fail(SmtpPhase phase, Error::Category category, const QString& message,
                       const std::optional<SmtpReply>& reply, bool politeQuit)
{
    if (m_finished || m_outcome.error)
        return;
    m_outcome.success = false;
    m_outcome.phase = phase;
    m_outcome.error = Error::make(category, m_redactor.redact(message));
    m_outcome.reply = reply;
    record(Kind::Warning, tr("failed %1: %2").arg(SmtpPhases::describe(phase), message));
    if (politeQuit && m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_awaitingHandshake) {
        setPhase(SmtpPhase::Quit);
        return sendCommand("QUIT"_ba);
    }
    finish();
}

void SmtpSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    wipeSecrets();
    if (m_phase != SmtpPhase::Done)
        setPhase(SmtpPhase::Done);
    QMetaObject::invokeMethod(
        this, [this, outcome = m_outcome] { emit finished(outcome); }, Qt::QueuedConnection);
}

void SmtpSession::wipeSecrets()
{
    m_auth.reset();
    m_options.secret.fill('\0');
    m_options.secret.clear();
    m_redactor.clear();
}

bool SmtpSession::peerIsLoopback() const
{
    return isLoopbackName(m_options.host) && m_socket && m_socket->peerAddress().isLoopback();
}

} // namespace smtpaudit
