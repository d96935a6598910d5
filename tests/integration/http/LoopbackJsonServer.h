#pragma once

// A plain-HTTP/1.1 server on 127.0.0.1 for the paging tests: each request is answered by `respond` (path with
// query -> status and body) and logged in arrival order. One request per connection (Connection: close), so
// what the client sent and when is easy to follow.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace smtpaudit::test {

class LoopbackJsonServer : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };
    using Responder = std::function<Reply(const QByteArray& method, const QByteArray& target)>;

    explicit LoopbackJsonServer(Responder respond)
        : m_respond(std::move(respond))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url(const QString& pathAndQuery) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()) + pathAndQuery);
    }
    // "GET /path?query" per request, in the order they arrived.
    const QStringList& log() const { return m_log; }

private:
    void serve(QTcpSocket* socket)
    {
        socket->setParent(this);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray& buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd);
            qsizetype contentLength = 0;
            for (const QByteArray& line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < headerEnd + 4 + contentLength)
                return;
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            const QByteArray method = requestLine.value(0);
            const QByteArray target = requestLine.value(1);
            m_buffers.remove(socket);
            m_log << QString::fromLatin1(method + ' ' + target);
            const Reply reply = m_respond(method, target);
            QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + " X\r\n";
            response += "Content-Type: application/json\r\nConnection: close\r\n";
            response += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";
            response += reply.body;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Responder m_respond;
    QStringList m_log;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace smtpaudit::test
