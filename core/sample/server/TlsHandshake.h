#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

class QSslSocket;

namespace smtpaudit::sample {

// The server side of one TLS handshake on an accepted descriptor, with a deadline. On success it hands the
// encrypted socket (parentless: the receiver takes ownership) to whoever serves the protocol ALPN chose.
class TlsHandshake : public QObject
{
    Q_OBJECT

public:
    explicit TlsHandshake(int timeoutMs, QObject* parent = nullptr);
    ~TlsHandshake() override;

    // Takes over an accepted socket descriptor and starts the handshake; false if the descriptor is unusable.
    bool start(qintptr socketDescriptor, const QSslConfiguration& tls);
    void abort();

signals:
    // Exactly one of these, once. `socket` has no parent and no connections to this object.
    void encrypted(QSslSocket* socket);
    void failed();

private:
    void fail();

    QSslSocket* m_socket = nullptr;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace smtpaudit::sample
