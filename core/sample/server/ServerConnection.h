#pragma once

#include "sample/SampleHttp.h"
#include "sample/server/HttpRequestParser.h"

#include <QObject>

class QAbstractSocket;

#include <functional>

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

// One encrypted connection of the sample HTTPS server, whatever the protocol ALPN chose (HTTP/1.1 or HTTP/2).
// It turns requests into HttpRequests, asks the handler, and delivers the ResponsePlan it gets back.
class ServerConnection : public QObject
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

    using QObject::QObject;

    // Responses held back by their plan's delay right now.
    virtual int responsesWaiting() const = 0;
    // Closes at once.
    virtual void abort() = 0;
    // Server shutdown: says goodbye where the protocol has a way to (HTTP/2 GOAWAY), then closes.
    virtual void shutdown() { abort(); }

protected:
    // SO_LINGER with a zero timeout: the next close() sends RST instead of FIN, a real "connection reset".
    static void resetOnClose(QAbstractSocket& socket);

signals:
    void requestRejected(int status);
    void closed(); // emitted once; the owner may delete the connection later
};

} // namespace smtpaudit::sample
