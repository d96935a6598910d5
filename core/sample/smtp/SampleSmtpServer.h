#pragma once

#include "sample/SampleHttp.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

class QTcpServer;

namespace smtpaudit::sample {

class TokenVerifier;

// Which of Exchange Online's answers a sign-in gets. SampleTenant wires the policy to the generated tenant
// (SampleSmtpPolicy.h: SmtpClientAuthenticationDisabled per mailbox and organisation, authentication policies,
// security defaults, ...); tests inject their own. (Not called SmtpAuthVerdict: that is sample/data's
// ground-truth verdict, and SampleSmtpPolicy.cpp needs both.)
enum class SmtpAuthReply
{
    Success,                  // 235 2.7.0
    BadCredentials,           // 535 5.7.3
    TenantDisabled,           // 535 5.7.139 ... disabled for the Tenant
    MailboxDisabled,          // 535 5.7.139 ... disabled for the Mailbox
    BasicAuthBlockedByPolicy, // 535 5.7.139 ... basic authentication is disabled
    ConditionalAccessBlocked, // 535 5.7.139 ... did not meet the criteria
    SecurityDefaultsBlocked,  // 535 5.7.139 ... security defaults policy
    BasicAuthRetired,         // 550 5.7.30 Basic authentication is not supported for Client Submission.
};

struct SmtpAuthAttempt
{
    QString user;                           // the LOGIN/PLAIN user name, or XOAUTH2's "user="
    QString mechanism;                      // "LOGIN", "PLAIN", "XOAUTH2"
    QByteArray password;                    // LOGIN/PLAIN only
    std::optional<AccessTokenClaims> token; // XOAUTH2 only, already verified (audience, permission)
};

// The XOAUTH2 bearer token -> its verified claims (signature, expiry, issuer), or nullopt.
using SmtpTokenVerifier = std::function<std::optional<AccessTokenClaims>(const QByteArray& token)>;
using SmtpAuthPolicy = std::function<SmtpAuthReply(const SmtpAuthAttempt& attempt)>;
// May `user` send with envelope sender `from`? Default: only as itself.
using SmtpSendAsPolicy = std::function<bool(const QString& user, const QString& from)>;

struct SampleSmtpConfig
{
    QSslConfiguration tls;         // server certificate and key (TLS 1.2+ is enforced)
    SmtpTokenVerifier verifyToken; // unset: every token is refused
    SmtpAuthPolicy authPolicy;     // unset: every LOGIN/PLAIN attempt gets 5.7.3
    SmtpSendAsPolicy maySendAs;    // unset: sender must equal the authenticated user (case-insensitive)
    // Microsoft names its front ends like "PN4P287CA0064.outlook.office365.com"; ours says it is a sample.
    QString serverName = QStringLiteral("SAMPLE01CA0001.outlook.office365.com");
    int maxConcurrentPerUser = 3; // Microsoft's documented limit; the 4th gets 432 4.3.2
    // Microsoft's documented 10,000 recipients per day and mailbox; beyond it RCPT TO gets
    // 554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException (microsoft-apis.md section 6).
    int maxRecipientsPerDay = 10000;
    std::chrono::milliseconds idleTimeout{std::chrono::minutes(5)};
    qsizetype maxMessageBytes = 35 * 1024 * 1024;
};

struct SampleSmtpMessage
{
    QString authenticatedUser;
    QString mechanism;
    QString mailFrom;
    QStringList recipients;
    QByteArray data; // as received, dot-stuffing removed, CRLF line ends
    QDateTime receivedAt;
};

class SampleSmtpConnection;

// The sample tenant's O365-like SMTP submission endpoint (microsoft-apis.md section 6): banner and EHLO
// like Exchange Online's, STARTTLS, AUTH LOGIN/XOAUTH2 only after TLS (530 5.7.57 before), Microsoft's
// reply texts, 3 concurrent connections per user, messages kept in memory for tests and the GUI.
// Loopback only.
class SampleSmtpServer : public QObject
{
    Q_OBJECT

public:
    explicit SampleSmtpServer(SampleSmtpConfig config, QObject* parent = nullptr);
    ~SampleSmtpServer() override;

    // For the SampleTenant facade: XOAUTH2 bearer tokens are checked by the sample identity platform's
    // `verifier` (signature, expiry, tenant; copied, it is cheap to copy), everything else as in
    // `config` (its verifyToken is replaced). The server listens on 127.0.0.1:`port` (0 = any free port).
    static Status start(SampleSmtpServer& server, const TokenVerifier& verifier, quint16 port = 0);
    // The adapter start() installs, for callers that build SampleSmtpConfig themselves.
    static SmtpTokenVerifier tokenVerifier(const TokenVerifier& verifier);

    // Port 0 picks a free port. Refuses any non-loopback address.
    Status listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QHostAddress address() const;

    const QList<SampleSmtpMessage>& messages() const { return m_messages; }
    void clearMessages() { m_messages.clear(); }
    // Connections currently authenticated as `user` (case-insensitive).
    int authenticatedConnections(const QString& user) const;
    // Recipients accepted today for `user` (case-insensitive); the count restarts at UTC midnight.
    int recipientsToday(const QString& user) const;

    const SampleSmtpConfig& config() const { return m_config; }

signals:
    void messageAccepted(const smtpaudit::sample::SampleSmtpMessage& message);

private:
    friend class SampleSmtpConnection;
    bool tryAcquireUserSlot(const QString& user);
    // Counts one recipient against `user`'s daily quota; false when the quota is used up.
    bool tryCountRecipient(const QString& user);
    void releaseUserSlot(const QString& user);
    void store(SampleSmtpMessage message);
    void onNewConnection(qintptr descriptor);

    SampleSmtpConfig m_config;
    QTcpServer* m_server = nullptr;
    QHash<QString, int> m_authenticated;   // lower-cased user -> open authenticated connections
    QHash<QString, int> m_recipientsToday; // lower-cased user -> recipients accepted on m_quotaDay
    QDate m_quotaDay;
    QList<SampleSmtpMessage> m_messages;
};

} // namespace smtpaudit::sample
