#include "sample/smtp/SampleSmtpConnection.h"

#include "util/Logging.h"

#include <QLocale>
#include <QSslSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

// Reply texts: ../shared/reference/microsoft-apis.md section 6, plus the EHLO capability list and the positive
// replies as captured from smtp.office365.com in public client logs ("250-AUTH LOGIN XOAUTH2" after STARTTLS,
// "220 2.0.0 SMTP server ready", "250 2.1.0 Sender OK", "250 2.1.5 Recipient OK").

namespace smtpaudit::sample {

namespace {

constexpr qsizetype kMaxLine = 64 * 1024; // XOAUTH2 lines with large tokens exceed RFC 4954's 12,288 octets

const QByteArray kAuthSucceeded = "235 2.7.0 Authentication successful"_ba;
const QByteArray kBadCredentials = "535 5.7.3 Authentication unsuccessful"_ba;
const QByteArray kNotAuthenticated = "530 5.7.57 Client not authenticated to send mail"_ba;
const QByteArray kConcurrency = "432 4.3.2 Concurrent connections limit exceeded."_ba;
const QByteArray kBasicRetired = "550 5.7.30 Basic authentication is not supported for Client Submission."_ba;
const QByteArray kRecipientQuota = "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException"_ba;
const QByteArray kSendAsDenied = "550 5.7.60 SMTP; Client does not have permissions to send as this sender"_ba;
const QByteArray kSmtpAuthDisabledFmt = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled "
                                        "for the %1. Visit https://aka.ms/smtp_auth_disabled for more information."_ba;

// "MAIL FROM:<a@b> SIZE=1" -> "a@b"; nullopt when the path is not in angle brackets.
std::optional<QString> pathArgument(const QByteArray& argument, QByteArrayView keyword)
{
    if (!argument.toUpper().startsWith(keyword))
        return std::nullopt;
    const QByteArray rest = argument.mid(keyword.size()).trimmed();
    const qsizetype close = rest.indexOf('>');
    if (!rest.startsWith('<') || close < 0)
        return std::nullopt;
    return QString::fromUtf8(rest.mid(1, close - 1));
}

std::optional<QByteArray> decodeBase64(const QByteArray& text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

} // namespace

SampleSmtpConnection::SampleSmtpConnection(SampleSmtpServer* server, qintptr descriptor)
    : QObject(server)
    , m_server(server)
    , m_socket(new QSslSocket(this))
{
    if (!m_socket->setSocketDescriptor(descriptor)) {
        QMetaObject::invokeMethod(this, &SampleSmtpConnection::closed, Qt::QueuedConnection);
        return;
    }
    m_socket->setSslConfiguration(server->config().tls);
    connect(m_socket, &QSslSocket::readyRead, this, &SampleSmtpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SampleSmtpConnection::close);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            close();
    });
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        reply("421 4.4.1 Connection timed out. Total session duration threshold exceeded."_ba);
        m_closing = true;
        m_socket->disconnectFromHost();
    });
    m_idle.start(server->config().idleTimeout);

    const QString now = QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, d MMM yyyy hh:mm:ss"_s);
    reply("220 " + server->config().serverName.toLatin1() + " Microsoft ESMTP MAIL Service ready at " + now.toLatin1() +
          " +0000");
}

SampleSmtpConnection::~SampleSmtpConnection()
{
    if (!m_user.isEmpty())
        m_server->releaseUserSlot(m_user);
}

QByteArray SampleSmtpConnection::withServer(const QByteArray& text) const
{
    return text + " [" + m_server->config().serverName.toLatin1() + ']';
}

void SampleSmtpConnection::reply(const QByteArray& line)
{
    if (m_socket)
        m_socket->write(line + "\r\n");
}

void SampleSmtpConnection::close()
{
    if (m_closing && !m_socket)
        return;
    m_closing = true;
    m_idle.stop();
    if (!m_user.isEmpty()) {
        m_server->releaseUserSlot(m_user);
        m_user.clear();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
        emit closed();
    }
}

void SampleSmtpConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    m_idle.start(m_server->config().idleTimeout);
    qsizetype lineEnd;
    while (m_socket && !m_closing && (lineEnd = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(lineEnd);
        m_buffer.remove(0, lineEnd + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        handleLine(line);
    }
    if (m_buffer.size() > kMaxLine) {
        reply("500 5.5.6 Line too long"_ba);
        close();
    }
}

void SampleSmtpConnection::handleLine(const QByteArray& line)
{
    switch (m_mode) {
    case Mode::Data:
        return handleDataLine(line);
    case Mode::AuthLoginUser:
    case Mode::AuthLoginPassword:
    case Mode::AuthPlain:
    case Mode::AuthXoauth2:
        return handleAuthResponse(line);
    case Mode::Command:
        break;
    }
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
    handleCommand(verb, argument);
}

void SampleSmtpConnection::handleCommand(const QByteArray& verb, const QByteArray& argument)
{
    if (verb == "EHLO" || verb == "HELO")
        return handleEhlo(argument, verb == "EHLO");
    if (verb == "STARTTLS")
        return handleStartTls();
    if (verb == "AUTH")
        return handleAuth(argument);
    if (verb == "MAIL")
        return handleMail(argument);
    if (verb == "RCPT")
        return handleRcpt(argument);
    if (verb == "DATA") {
        if (m_recipients.isEmpty())
            return reply("503 5.5.1 Bad sequence of commands"_ba);
        m_mode = Mode::Data;
        m_data.clear();
        m_dataTooLarge = false;
        return reply("354 Start mail input; end with <CRLF>.<CRLF>"_ba);
    }
    if (verb == "RSET") {
        resetTransaction();
        return reply("250 2.0.0 Resetting"_ba);
    }
    if (verb == "NOOP")
        return reply("250 2.0.0 OK"_ba);
    if (verb == "QUIT") {
        reply("221 2.0.0 Service closing transmission channel"_ba);
        m_closing = true;
        return m_socket->disconnectFromHost();
    }
    reply("500 5.3.3 Unrecognized command '" + verb.left(32) + '\'');
}

void SampleSmtpConnection::handleEhlo(const QByteArray& argument, bool extended)
{
    if (argument.isEmpty())
        return reply("501 5.5.4 Invalid domain name"_ba);
    resetTransaction();
    m_greeted = true;
    const QByteArray hello =
        m_server->config().serverName.toLatin1() + " Hello [" + m_socket->peerAddress().toString().toLatin1() + ']';
    if (!extended)
        return reply("250 " + hello);
    QList<QByteArray> lines{hello, "SIZE 157286400"_ba, "PIPELINING"_ba, "DSN"_ba, "ENHANCEDSTATUSCODES"_ba};
    // Exchange Online offers STARTTLS before TLS and AUTH only after it.
    lines << (m_socket->isEncrypted() ? "AUTH LOGIN XOAUTH2"_ba : "STARTTLS"_ba);
    lines << "8BITMIME"_ba
          << "BINARYMIME"_ba
          << "CHUNKING"_ba
          << "SMTPUTF8"_ba;
    for (qsizetype i = 0; i < lines.size(); ++i)
        reply("250" + QByteArray(i + 1 == lines.size() ? " " : "-") + lines.at(i));
}

void SampleSmtpConnection::handleStartTls()
{
    if (!m_greeted)
        return reply("503 5.5.2 Send hello first"_ba);
    if (m_socket->isEncrypted())
        return reply("503 5.5.1 Bad sequence of commands"_ba);
    reply("220 2.0.0 SMTP server ready"_ba);
    // Whatever the client pipelined after STARTTLS was sent in the clear: drop it (RFC 3207 section 4.2).
    m_buffer.clear();
    m_greeted = false;
    resetTransaction();
    m_socket->startServerEncryption();
}

void SampleSmtpConnection::handleAuth(const QByteArray& argument)
{
    if (!m_socket->isEncrypted())
        return reply(withServer(kNotAuthenticated));
    if (!m_greeted)
        return reply("503 5.5.2 Send hello first"_ba);
    if (!m_user.isEmpty())
        return reply("503 5.5.1 Already authenticated"_ba);
    const qsizetype space = argument.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray initial = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    m_mechanism = QString::fromLatin1(mechanism);
    if (mechanism == "LOGIN") {
        if (!initial.isEmpty()) {
            m_mode = Mode::AuthLoginUser;
            return handleAuthResponse(initial);
        }
        m_mode = Mode::AuthLoginUser;
        return reply("334 VXNlcm5hbWU6"_ba); // "Username:"
    }
    if (mechanism == "XOAUTH2") {
        if (!initial.isEmpty())
            return handleXoauth2(initial);
        m_mode = Mode::AuthXoauth2;
        return reply("334 "_ba);
    }
    // UNVERIFIED: Exchange Online advertises only LOGIN and XOAUTH2; whether it accepts an unadvertised PLAIN is
    // not documented. The sample accepts it so PLAIN clients can be tried against the tenant's policy.
    if (mechanism == "PLAIN") {
        if (!initial.isEmpty())
            return handlePlain(initial);
        m_mode = Mode::AuthPlain;
        return reply("334 "_ba);
    }
    reply("504 5.7.4 Unrecognized authentication type"_ba);
}

void SampleSmtpConnection::handleAuthResponse(const QByteArray& line)
{
    const Mode mode = m_mode;
    m_mode = Mode::Command;
    if (line.trimmed() == "*")
        return reply("501 5.7.0 Authentication aborted"_ba);
    if (mode == Mode::AuthPlain)
        return handlePlain(line);
    if (mode == Mode::AuthXoauth2)
        return handleXoauth2(line);
    const std::optional<QByteArray> decoded = decodeBase64(line);
    if (!decoded)
        return reply("501 5.5.2 Cannot Decode response"_ba);
    if (mode == Mode::AuthLoginUser) {
        m_pendingLoginUser = QString::fromUtf8(*decoded);
        m_mode = Mode::AuthLoginPassword;
        return reply("334 UGFzc3dvcmQ6"_ba); // "Password:"
    }
    finishAuth(SmtpAuthAttempt{m_pendingLoginUser, u"LOGIN"_s, *decoded, std::nullopt});
}

void SampleSmtpConnection::handlePlain(const QByteArray& base64)
{
    const std::optional<QByteArray> decoded = decodeBase64(base64);
    const QList<QByteArray> parts = decoded ? decoded->split('\0') : QList<QByteArray>();
    if (parts.size() != 3)
        return reply("501 5.5.2 Cannot Decode response"_ba);
    finishAuth(SmtpAuthAttempt{QString::fromUtf8(parts.at(1)), u"PLAIN"_s, parts.at(2), std::nullopt});
}

void SampleSmtpConnection::handleXoauth2(const QByteArray& base64)
{
    // "user=" user ^A "auth=Bearer " token ^A ^A
    const std::optional<QByteArray> decoded = decodeBase64(base64);
    if (!decoded)
        return reply("501 5.5.2 Cannot Decode response"_ba);
    QString user;
    QByteArray token;
    for (const QByteArray& field : decoded->split('\x01')) {
        if (field.startsWith("user="))
            user = QString::fromUtf8(field.mid(5));
        else if (field.startsWith("auth=Bearer "))
            token = field.mid(12);
    }
    const SampleSmtpConfig& config = m_server->config();
    std::optional<AccessTokenClaims> claims;
    if (!user.isEmpty() && !token.isEmpty() && config.verifyToken)
        claims = config.verifyToken(token);
    // The token must be for Exchange Online and carry SMTP.Send (delegated) or SMTP.SendAsApp (application).
    // A delegated token signs in its own user only: shared-mailbox access through FullAccess is not modelled.
    // Delegated tokens for https://outlook.office.com/SMTP.Send carry that audience, app-only tokens for
    // https://outlook.office365.com/.default the other (microsoft-apis.md section 6).
    const bool exchangeAudience = claims && (claims->audience == u"https://outlook.office365.com"_s ||
                                             claims->audience == u"https://outlook.office.com"_s);
    const bool valid = exchangeAudience &&
                       (claims->isAppOnly() ? claims->roles.contains(u"SMTP.SendAsApp"_s)
                                            : claims->scopes.contains(u"SMTP.Send"_s) &&
                                                  claims->userPrincipalName.compare(user, Qt::CaseInsensitive) == 0);
    if (!valid)
        return reply(withServer(kBadCredentials));
    finishAuth(SmtpAuthAttempt{user, u"XOAUTH2"_s, {}, claims});
}

void SampleSmtpConnection::finishAuth(const SmtpAuthAttempt& attempt)
{
    const SampleSmtpConfig& config = m_server->config();
    SmtpAuthReply verdict = SmtpAuthReply::BadCredentials;
    if (config.authPolicy)
        verdict = config.authPolicy(attempt);
    else if (attempt.token)
        verdict = SmtpAuthReply::Success;
    switch (verdict) {
    case SmtpAuthReply::Success:
        if (!m_server->tryAcquireUserSlot(attempt.user))
            return reply(kConcurrency);
        m_user = attempt.user;
        m_mechanism = attempt.mechanism;
        return reply(kAuthSucceeded);
    case SmtpAuthReply::BadCredentials:
        return reply(withServer(kBadCredentials));
    case SmtpAuthReply::TenantDisabled:
        return reply(withServer(QString::fromLatin1(kSmtpAuthDisabledFmt).arg(u"Tenant"_s).toLatin1()));
    case SmtpAuthReply::MailboxDisabled:
        return reply(withServer(QString::fromLatin1(kSmtpAuthDisabledFmt).arg(u"Mailbox"_s).toLatin1()));
    case SmtpAuthReply::BasicAuthBlockedByPolicy:
        return reply(withServer("535 5.7.139 Authentication unsuccessful, basic authentication is disabled."_ba));
    case SmtpAuthReply::ConditionalAccessBlocked:
        return reply(withServer("535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to "
                                "be authenticated successfully. Contact your administrator."_ba));
    case SmtpAuthReply::SecurityDefaultsBlocked:
        return reply(withServer("535 5.7.139 Authentication unsuccessful, user is locked by your organization's "
                                "security defaults policy. Contact your administrator."_ba));
    case SmtpAuthReply::BasicAuthRetired:
        return reply(kBasicRetired);
    }
}

void SampleSmtpConnection::handleMail(const QByteArray& argument)
{
    if (!m_greeted)
        return reply("503 5.5.2 Send hello first"_ba);
    if (m_user.isEmpty())
        return reply(withServer(kNotAuthenticated));
    if (!m_mailFrom.isEmpty())
        return reply("503 5.5.2 Sender already specified"_ba);
    const std::optional<QString> from = pathArgument(argument, "FROM:");
    if (!from)
        return reply("501 5.5.4 Invalid arguments"_ba);
    if (!m_server->config().maySendAs(m_user, *from))
        return reply(withServer(kSendAsDenied));
    m_mailFrom = *from;
    reply("250 2.1.0 Sender OK"_ba);
}

void SampleSmtpConnection::handleRcpt(const QByteArray& argument)
{
    if (m_mailFrom.isEmpty())
        return reply("503 5.5.1 Bad sequence of commands"_ba);
    const std::optional<QString> to = pathArgument(argument, "TO:");
    if (!to || to->isEmpty())
        return reply("501 5.1.3 Invalid address"_ba);
    if (!m_server->tryCountRecipient(m_user))
        return reply(withServer(kRecipientQuota));
    m_recipients << *to;
    reply("250 2.1.5 Recipient OK"_ba);
}

void SampleSmtpConnection::handleDataLine(const QByteArray& line)
{
    if (line == ".") {
        m_mode = Mode::Command;
        if (m_dataTooLarge) {
            resetTransaction();
            return reply("552 5.3.4 Message size exceeds fixed maximum message size"_ba);
        }
        SampleSmtpMessage message{m_user,       m_mechanism, m_mailFrom,
                                  m_recipients, m_data,      QDateTime::currentDateTimeUtc()};
        resetTransaction();
        m_server->store(std::move(message));
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray host = m_server->config().serverName.toLatin1();
        return reply("250 2.0.0 OK <" + id + '@' + host + "> [Hostname=" + host + ']');
    }
    if (m_dataTooLarge)
        return;
    // RFC 5321 4.5.2: remove the stuffed dot.
    m_data += (line.startsWith('.') ? line.mid(1) : line) + "\r\n";
    if (m_data.size() > m_server->config().maxMessageBytes) {
        m_dataTooLarge = true;
        m_data.clear();
    }
}

void SampleSmtpConnection::resetTransaction()
{
    m_mailFrom.clear();
    m_recipients.clear();
    m_data.clear();
}

} // namespace smtpaudit::sample
