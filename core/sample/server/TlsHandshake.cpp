#include "sample/server/TlsHandshake.h"

#include "util/Logging.h"

#include <QSslSocket>

namespace smtpaudit::sample {

TlsHandshake::TlsHandshake(int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        qCDebug(lcSample) << "TLS handshake timed out";
        fail();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_done)
            return;
        m_done = true;
        m_timeout.stop();
        QSslSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->setParent(nullptr);
        emit encrypted(socket);
    });
    connect(m_socket, &QSslSocket::disconnected, this, &TlsHandshake::fail);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (!m_done && error != QAbstractSocket::RemoteHostClosedError)
            qCDebug(lcSample) << "TLS handshake failed:" << m_socket->errorString();
        fail();
    });
}

TlsHandshake::~TlsHandshake() = default;

bool TlsHandshake::start(qintptr socketDescriptor, const QSslConfiguration& tls)
{
    if (!m_socket->setSocketDescriptor(socketDescriptor))
        return false;
    // Nagle off, as HTTP servers commonly run (Node.js's default since nodejs/node#42163; Jetty's): with it on,
    // a response's small frames would wait for the client's delayed ACKs, latency no real service adds.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSslConfiguration(tls);
    m_timeout.start();
    m_socket->startServerEncryption();
    return true;
}

void TlsHandshake::abort()
{
    m_timeout.stop();
    if (m_socket)
        m_socket->abort();
    m_done = true;
}

void TlsHandshake::fail()
{
    if (m_done)
        return; // one failure may be reported as several errors
    m_done = true;
    m_timeout.stop();
    m_socket->abort();
    emit failed();
}

} // namespace smtpaudit::sample
