#pragma once

#include "sample/server/HttpRequestParser.h"
#include "sample/server/ServerConnection.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QSslSocket;

namespace smtpaudit::sample {

// One encrypted connection speaking HTTP/1.1 (ALPN chose "http/1.1" or nothing): requests one at a time (keep-alive,
// pipelined bytes wait their turn), responses as planned by the handler, and an idle timeout. Everything is
// event-driven: a delayed or trickled response never blocks the thread.
class HttpConnection : public ServerConnection
{
    Q_OBJECT

public:
    // Takes ownership of `encryptedSocket` (a server socket whose TLS handshake has completed).
    HttpConnection(QSslSocket* encryptedSocket, Handler handler, Settings settings, QObject* parent = nullptr);
    ~HttpConnection() override;

    bool isWaitingToRespond() const { return m_delayTimer.isActive(); }
    int responsesWaiting() const override { return isWaitingToRespond() ? 1 : 0; }
    // Closes at once (server shutdown).
    void abort() override;

private:
    void onReadyRead();
    void onBytesWritten();
    void onIdleTimeout();
    void processInput();
    void handleRequest(const RawHttpRequest& raw);
    void reject(int status, const QByteArray& message);
    void send(const ResponsePlan& plan);
    void writeNextChunk();
    void finishResponse();
    void resetNow();
    void markClosed();
    QByteArray head(const HttpResponse& response, qsizetype contentLength) const;

    QSslSocket* m_socket = nullptr;
    Handler m_handler;
    Settings m_settings;
    HttpRequestParser m_parser;
    QByteArray m_input;
    QTimer m_idleTimer;
    QTimer m_delayTimer;
    QTimer m_trickleTimer;
    ResponsePlan m_delayedPlan;
    QByteArray m_trickleBody;
    qsizetype m_trickleOffset = 0;
    int m_trickleChunkBytes = 16;
    bool m_busy = false;       // a response is being produced or written
    bool m_processing = false; // inside processInput(), to avoid recursion
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_continueSent = false;
    bool m_resetPending = false;
    bool m_closed = false;
};

} // namespace smtpaudit::sample
