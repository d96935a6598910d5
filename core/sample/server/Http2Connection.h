#pragma once

#include "sample/server/ServerConnection.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTimer>

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

class QSslSocket;
struct nghttp2_session;

namespace smtpaudit::sample {

// One encrypted connection on which ALPN chose "h2" (RFC 9113). libnghttp2 does the framing, HPACK, stream
// states and flow control; this class feeds it the socket's bytes (nghttp2_session_mem_recv), writes what it
// produces (nghttp2_session_mem_send, no further than a high-water mark of unwritten bytes), turns each
// complete request stream into an HttpRequest for the same handler the HTTP/1.1 path uses, and delivers the
// ResponsePlan per stream: delays with a timer of their own, so many streams wait at the same time; Trickle
// in small DATA frames with pauses; ResetMidBody as half the body and then a TCP reset of the whole
// connection (every stream on it fails, as when a front end dies). Event-driven only.
class Http2Connection : public ServerConnection
{
    Q_OBJECT

public:
    // Takes ownership of `encryptedSocket` (TLS done, ALPN "h2") and sends the server's SETTINGS.
    Http2Connection(QSslSocket* encryptedSocket, Handler handler, Settings settings, QObject* parent = nullptr);
    ~Http2Connection() override;

    int responsesWaiting() const override;
    int openStreams() const { return static_cast<int>(m_streams.size()); }
    void abort() override;
    // GOAWAY (NO_ERROR) to the client, then close.
    void shutdown() override;

    static constexpr int maxConcurrentStreams = 100;

private:
    struct Stream;
    struct Callbacks; // nghttp2's C callbacks, which call back into the members below

    void onReadyRead();
    void onBytesWritten();
    void onIdleTimeout();
    void flush();
    void answerCompletedStreams();
    void dispatch(Stream& stream);
    void reject(Stream& stream, int status, const QByteArray& message);
    void submit(Stream& stream, ResponsePlan plan);
    void resetWhenWritten();
    void resetNow();
    void markClosed();
    Stream* stream(int32_t id) const;

    QSslSocket* m_socket = nullptr;
    Handler m_handler;
    Settings m_settings;
    std::unique_ptr<nghttp2_session, void (*)(nghttp2_session*)> m_session;
    std::map<int32_t, std::unique_ptr<Stream>> m_streams;
    std::vector<std::unique_ptr<Stream>> m_retired; // closed streams, deleted from the event loop
    QList<int32_t> m_completed; // streams whose request is complete (or refused), answered after mem_recv
    QTimer m_idleTimer;
    bool m_flushing = false;
    bool m_resetPending = false;
    bool m_resetScheduled = false;
    bool m_closed = false;
};

} // namespace smtpaudit::sample
