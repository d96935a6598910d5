#include "identity/LoopbackRedirectListener.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

constexpr qint64 maxRequestBytes = 16 * 1024;
constexpr int requestTimeoutMs = 10000;

// Compares without an early exit, so timing does not reveal how much of a guessed state was right.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject* parent)
    : QObject(parent)
{}

LoopbackRedirectListener::~LoopbackRedirectListener()
{
    close();
}

Status LoopbackRedirectListener::listen(const QByteArray& expectedState)
{
    close();
    m_state = expectedState;
    m_done = false;
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        const QString reason = m_server->errorString();
        close();
        return Error::make(Error::Category::Network,
                           QCoreApplication::translate("LoopbackRedirectListener",
                                                       "Cannot listen on 127.0.0.1 for the sign-in redirect."),
                           reason);
    }
    return Success{};
}

void LoopbackRedirectListener::close()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    if (m_server)
        url.setPort(m_server->serverPort());
    url.setPath(u"/"_s);
    return url;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* timeout = new QTimer(socket);
        timeout->setSingleShot(true);
        connect(timeout, &QTimer::timeout, socket, [socket] { socket->abort(); });
        timeout->start(requestTimeoutMs);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket* socket)
{
    if (socket->bytesAvailable() > maxRequestBytes) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    // Only the request line matters ("GET /?code=...&state=... HTTP/1.1"); headers are not needed.
    const QList<QByteArray> parts = socket->readLine(maxRequestBytes).trimmed().split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET") {
        respond(socket, 405, QCoreApplication::translate("LoopbackRedirectListener", "Not a sign-in redirect."));
        return;
    }
    const QUrl target = QUrl::fromEncoded(parts.at(1));
    const QUrlQuery query(target);
    const QByteArray state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded).toUtf8();
    if (m_done || m_state.isEmpty() || !constantTimeEquals(state, m_state)) {
        if (!target.path().endsWith(u"favicon.ico"_s))
            qCInfo(lcIdentity) << "ignored a loopback request without the expected state";
        respond(socket, 400, QCoreApplication::translate("LoopbackRedirectListener", "Not a sign-in redirect."));
        return;
    }
    m_done = true;
    const bool failed = query.hasQueryItem(u"error"_s);
    respond(socket, 200,
            failed
                ? QCoreApplication::translate("LoopbackRedirectListener",
                                              "Sign-in failed. Return to smtpaudit for details.")
                : QCoreApplication::translate("LoopbackRedirectListener",
                                              "Sign-in complete. You can close this window and return to smtpaudit."));
    emit redirectReceived(query);
}

void LoopbackRedirectListener::respond(QTcpSocket* socket, int status, const QString& text)
{
    const QByteArray reason = status == 200 ? "OK" : status == 405 ? "Method Not Allowed" : "Bad Request";
    const QByteArray body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>smtpaudit</title></head>"
                            "<body><p>" +
                            text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
                  "Content-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace smtpaudit
