#include "sample/smtp/SampleSmtpServer.h"

#include "sample/identity/TokenVerifier.h"
#include "sample/smtp/SampleSmtpConnection.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QSslKey>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

// QTcpServer hands out QTcpSockets; STARTTLS needs a QSslSocket on the same descriptor, so we take the
// descriptor ourselves.
class DescriptorServer : public QTcpServer
{
public:
    explicit DescriptorServer(std::function<void(qintptr)> onDescriptor, QObject* parent)
        : QTcpServer(parent)
        , m_onDescriptor(std::move(onDescriptor))
    {}

protected:
    void incomingConnection(qintptr descriptor) override { m_onDescriptor(descriptor); }

private:
    std::function<void(qintptr)> m_onDescriptor;
};

} // namespace

SampleSmtpServer::SampleSmtpServer(SampleSmtpConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_config.tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_config.tls.setPeerVerifyMode(QSslSocket::VerifyNone); // server side: clients present no certificate
    if (!m_config.maySendAs) {
        m_config.maySendAs = [](const QString& user, const QString& from) {
            return user.compare(from, Qt::CaseInsensitive) == 0;
        };
    }
}

SampleSmtpServer::~SampleSmtpServer()
{
    // Connections are children and release their user slot when destroyed: delete them while m_authenticated
    // still exists (QObject would only delete them after this class's members are gone).
    qDeleteAll(findChildren<SampleSmtpConnection*>(Qt::FindDirectChildrenOnly));
}

Status SampleSmtpServer::listen(const QHostAddress& address, quint16 port)
{
    if (!address.isLoopback())
        return Error::make(Error::Category::InvalidInput,
                           QCoreApplication::translate("SampleSmtpServer",
                                                       "The sample SMTP endpoint listens on loopback addresses only."));
    if (m_config.tls.localCertificate().isNull() || m_config.tls.privateKey().isNull())
        return Error::make(
            Error::Category::InvalidInput,
            QCoreApplication::translate("SampleSmtpServer", "The sample SMTP endpoint needs a certificate and a key."));
    if (!m_server)
        m_server = new DescriptorServer([this](qintptr descriptor) { onNewConnection(descriptor); }, this);
    if (!m_server->listen(address, port))
        return Error::make(Error::Category::Network,
                           QCoreApplication::translate("SampleSmtpServer", "Could not listen on %1 port %2.")
                               .arg(address.toString())
                               .arg(port),
                           m_server->errorString());
    qCInfo(lcSample) << "sample SMTP endpoint on" << m_server->serverAddress().toString() << m_server->serverPort();
    return Success{};
}

quint16 SampleSmtpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress SampleSmtpServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

SmtpTokenVerifier SampleSmtpServer::tokenVerifier(const TokenVerifier& verifier)
{
    return [verifier](const QByteArray& token) -> std::optional<AccessTokenClaims> {
        Result<AccessTokenClaims> claims = verifier.verify(token);
        if (!claims.ok())
            return std::nullopt;
        return std::move(claims).value();
    };
}

Status SampleSmtpServer::start(SampleSmtpServer& server, const TokenVerifier& verifier, quint16 port)
{
    server.m_config.verifyToken = tokenVerifier(verifier);
    return server.listen(QHostAddress::LocalHost, port);
}

int SampleSmtpServer::recipientsToday(const QString& user) const
{
    return m_quotaDay == QDateTime::currentDateTimeUtc().date() ? m_recipientsToday.value(user.toLower()) : 0;
}

bool SampleSmtpServer::tryCountRecipient(const QString& user)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (m_quotaDay != today) {
        m_quotaDay = today;
        m_recipientsToday.clear();
    }
    int& count = m_recipientsToday[user.toLower()];
    if (count >= m_config.maxRecipientsPerDay)
        return false;
    ++count;
    return true;
}

int SampleSmtpServer::authenticatedConnections(const QString& user) const
{
    return m_authenticated.value(user.toLower());
}

bool SampleSmtpServer::tryAcquireUserSlot(const QString& user)
{
    int& count = m_authenticated[user.toLower()];
    if (count >= m_config.maxConcurrentPerUser)
        return false;
    ++count;
    return true;
}

void SampleSmtpServer::releaseUserSlot(const QString& user)
{
    const QString key = user.toLower();
    if (auto it = m_authenticated.find(key); it != m_authenticated.end() && --it.value() <= 0)
        m_authenticated.erase(it);
}

void SampleSmtpServer::store(SampleSmtpMessage message)
{
    m_messages.append(std::move(message));
    emit messageAccepted(m_messages.constLast());
}

void SampleSmtpServer::onNewConnection(qintptr descriptor)
{
    auto* connection = new SampleSmtpConnection(this, descriptor);
    connect(connection, &SampleSmtpConnection::closed, connection, &QObject::deleteLater);
}

} // namespace smtpaudit::sample
