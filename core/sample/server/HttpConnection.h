#pragma once

#include "sample/SampleHttp.h"
#include "sample/server/HttpRequestParser.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace smtpaudit::sample {

// How one response goes on the wire; the non-default deliveries are injected faults.
struct ResponsePlan
{
    enum class Delivery
    {
        Whole,
        ResetMidBody, // head and half the body, then a TCP reset
        Trickle,      // the body in chunks with pauses
    };

    HttpResponse response;
    Delivery delivery = Delivery::Whole;
    int delayMs = 0; // waited with a timer before the first byte
    int trickleChunkBytes = 16;
    int trickleIntervalMs = 10;
};

// One TLS connection: handshake, HTTP/1.1 requests one at a time (keep-alive, pipelined bytes wait their
// turn), responses as planned by the handler, and an idle timeout. Everything is event-driven: a delayed or
// trickled response never blocks the thread.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // The handler answers a parsed request (without token claims: the server adds them).
    using Handler = std::function<ResponsePlan(HttpRequest)>;

    struct Settings
    {
        HttpRequestParser::Limits limits;
        int idleTimeoutMs = 30000;
        int handshakeTimeoutMs = 10000;
    };

    HttpConnection(Handler handler, Settings settings, QObject* parent = nullptr);
    ~HttpConnection() override;

    // Takes over an accepted socket descriptor and starts the TLS handshake; false if the descriptor is unusable.
    bool start(qintptr socketDescriptor, const QSslConfiguration& tls);

    bool isEncrypted() const { return m_encrypted; }
    bool isWaitingToRespond() const { return m_delayTimer.isActive(); }
    // Closes at once (server shutdown).
    void abort();

signals:
    void handshakeFailed();
    void requestRejected(int status);
    void closed(); // emitted once; the owner may delete the connection later

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
    bool m_encrypted = false;
    bool m_busy = false;       // a response is being produced or written
    bool m_processing = false; // inside processInput(), to avoid recursion
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_continueSent = false;
    bool m_resetPending = false;
    bool m_closed = false;
};

} // namespace smtpaudit::sample
