#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace smtpaudit {

// Receives the authorization response of a browser sign-in on http://127.0.0.1:<port>/ (reply-url.md: http
// only for loopback, the port is ignored when matching, prefer 127.0.0.1 over localhost; [::1] is not
// supported). Accepts connections from loopback only, reads one request line per connection (bounded
// size and time), answers with a short page, and reports the query of the first request that carries the
// expected `state`. Requests with a wrong or missing state (another page, a forged redirect) get a 400 and
// are otherwise ignored.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackRedirectListener(QObject* parent = nullptr);
    ~LoopbackRedirectListener() override;

    Status listen(const QByteArray& expectedState);
    void close();
    QUrl redirectUri() const; // "http://127.0.0.1:<port>/"

signals:
    // `query` holds code (or error, error_description) of the matching redirect.
    void redirectReceived(const QUrlQuery& query);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void respond(QTcpSocket* socket, int status, const QString& text);

    QTcpServer* m_server = nullptr;
    QByteArray m_state;
    bool m_done = false;
};

} // namespace smtpaudit
