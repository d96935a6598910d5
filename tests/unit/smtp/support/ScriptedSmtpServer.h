#pragma once

// A loopback SMTP server whose every answer the test writes: for the protocol corners a well-behaved server
// never shows (no STARTTLS, data injected after STARTTLS, silence, malformed replies, XOAUTH2 error
// challenges). Real sockets and real TLS; only the script is the test's.

#include <QByteArrayList>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>

#include <functional>

namespace smtpaudit::test {

class ScriptedSmtpServer : public QTcpServer
{
public:
    struct Connection
    {
        QPointer<QSslSocket> socket;
        bool inData = false;
        void send(const QByteArray& text) { socket->write(text); }
    };
    // Called for each complete line the client sends (CRLF removed). Lines are also kept in `received`.
    std::function<void(Connection&, const QByteArray& line)> onLine;
    // Called when a client connects (after the handshake with implicitTls); default sends a 220 greeting.
    std::function<void(Connection&)> onConnect = [](Connection& c) { c.send("220 scripted.test ESMTP ready\r\n"); };
    QSslConfiguration tls;
    bool implicitTls = false;
    QByteArrayList received;
    int connections = 0;

    bool start() { return listen(QHostAddress::LocalHost, 0); }

    // Starts TLS on the connection (after the test's script answered STARTTLS with 220).
    void startTls(Connection& connection)
    {
        connection.socket->setSslConfiguration(tls);
        connection.socket->startServerEncryption();
    }

    // The standard happy-path answer to each command, for scripts that only change one of them.
    static void answerNormally(Connection& c, const QByteArray& line)
    {
        const QByteArray verb = line.left(4).toUpper();
        if (c.inData) {
            if (line == ".") {
                c.inData = false;
                c.send("250 2.0.0 queued\r\n");
            }
        } else if (verb == "MAIL" || verb == "RCPT") {
            c.send("250 2.1.0 OK\r\n");
        } else if (verb == "DATA") {
            c.inData = true;
            c.send("354 go ahead\r\n");
        } else if (verb == "QUIT") {
            c.send("221 2.0.0 bye\r\n");
            c.socket->disconnectFromHost();
        } else {
            c.send("500 5.5.1 unexpected\r\n");
        }
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        auto* socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto* connection = new Connection{socket};
        QObject::connect(socket, &QObject::destroyed, this, [connection] { delete connection; });
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket, connection] {
            while (socket->canReadLine()) {
                QByteArray line = socket->readLine();
                while (line.endsWith('\n') || line.endsWith('\r'))
                    line.chop(1);
                received << line;
                if (onLine)
                    onLine(*connection, line);
            }
        });
        if (implicitTls) {
            QObject::connect(socket, &QSslSocket::encrypted, socket, [this, connection] { onConnect(*connection); });
            socket->setSslConfiguration(tls);
            socket->startServerEncryption();
        } else {
            onConnect(*connection);
        }
    }
};

} // namespace smtpaudit::test
