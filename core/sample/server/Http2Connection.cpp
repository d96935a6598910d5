#include "sample/server/Http2Connection.h"

#include "util/Logging.h"

#include <QJsonObject>
#include <QSslSocket>
#include <QUrl>

#include <nghttp2/nghttp2.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

// Unwritten bytes in the socket above which no more frames are produced until some are written.
constexpr qint64 writeHighWater = 256 * 1024;

// Headers that are connection-specific in HTTP/1.1 are forbidden in HTTP/2 (RFC 9113 8.2.2); Content-Length
// is set by the connection.
bool isFramingHeader(const QByteArray& lowerCaseName)
{
    return lowerCaseName == "content-length" || lowerCaseName == "transfer-encoding" || lowerCaseName == "connection" ||
           lowerCaseName == "keep-alive" || lowerCaseName == "upgrade" || lowerCaseName == "proxy-connection" ||
           lowerCaseName.startsWith(':');
}

QByteArray bytes(const uint8_t* data, size_t length)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
}

nghttp2_nv headerField(const QByteArray& name, const QByteArray& value)
{
    // nghttp2 copies names and values while submitting, so pointers into the caller's arrays suffice.
    return nghttp2_nv{reinterpret_cast<uint8_t*>(const_cast<char*>(name.constData())),
                      reinterpret_cast<uint8_t*>(const_cast<char*>(value.constData())),
                      static_cast<size_t>(name.size()), static_cast<size_t>(value.size()), NGHTTP2_NV_FLAG_NONE};
}

} // namespace

struct Http2Connection::Stream
{
    int32_t id = 0;
    QByteArray method;
    QByteArray path;
    QByteArray authority;
    QList<QPair<QByteArray, QByteArray>> headers;
    qsizetype headerBytes = 0;
    QByteArray body;
    int refusal = 0;              // 431/413: the request broke a limit and is answered by the connection
    bool requestComplete = false; // END_STREAM received
    bool answered = false;        // handed to the handler or refused

    ResponsePlan plan;
    qsizetype offset = 0;    // body bytes handed to nghttp2
    qsizetype sendLimit = 0; // bytes of the body to send (half of it for ResetMidBody)
    bool chunkReady = false; // Trickle: the next chunk may go
    QTimer delayTimer;
    QTimer trickleTimer;
};

// nghttp2 calls these from inside mem_recv/mem_send; they only record, so no handler runs inside nghttp2.
struct Http2Connection::Callbacks
{
    static Http2Connection* self(void* userData) { return static_cast<Http2Connection*>(userData); }

    static int onBeginHeaders(nghttp2_session*, const nghttp2_frame* frame, void* userData)
    {
        if (frame->hd.type != NGHTTP2_HEADERS || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
            return 0;
        auto stream = std::make_unique<Stream>();
        stream->id = frame->hd.stream_id;
        self(userData)->m_streams[stream->id] = std::move(stream);
        return 0;
    }

    static int onHeader(nghttp2_session*, const nghttp2_frame* frame, const uint8_t* name, size_t nameLength,
                        const uint8_t* value, size_t valueLength, uint8_t, void* userData)
    {
        Stream* stream = self(userData)->stream(frame->hd.stream_id);
        if (!stream || stream->refusal || frame->headers.cat != NGHTTP2_HCAT_REQUEST)
            return 0; // trailers are not needed by any service
        // Counted like the HTTP/1.1 head ("name: value\r\n"), so both protocols share one limit.
        stream->headerBytes += static_cast<qsizetype>(nameLength + valueLength + 4);
        if (stream->headerBytes > self(userData)->m_settings.limits.maxHeaderBytes) {
            stream->refusal = 431;
            stream->headers.clear();
            return 0;
        }
        const QByteArray fieldName = bytes(name, nameLength); // HTTP/2 field names are lower-case already
        const QByteArray fieldValue = bytes(value, valueLength);
        if (fieldName == ":method")
            stream->method = fieldValue;
        else if (fieldName == ":path")
            stream->path = fieldValue;
        else if (fieldName == ":authority")
            stream->authority = fieldValue;
        else if (!fieldName.startsWith(':'))
            stream->headers.append(qMakePair(fieldName, fieldValue.trimmed()));
        return 0;
    }

    static int onDataChunk(nghttp2_session*, uint8_t, int32_t streamId, const uint8_t* data, size_t length,
                           void* userData)
    {
        Stream* stream = self(userData)->stream(streamId);
        if (!stream || stream->refusal)
            return 0; // nghttp2 still returns the flow-control credit
        if (stream->body.size() + static_cast<qsizetype>(length) > self(userData)->m_settings.limits.maxBodyBytes) {
            stream->refusal = 413;
            stream->body.clear();
            self(userData)->m_completed.append(streamId); // answered at once; the rest of the body is dropped
            return 0;
        }
        stream->body.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
        return 0;
    }

    static int onFrameReceived(nghttp2_session*, const nghttp2_frame* frame, void* userData)
    {
        if (frame->hd.type != NGHTTP2_HEADERS && frame->hd.type != NGHTTP2_DATA)
            return 0;
        Stream* stream = self(userData)->stream(frame->hd.stream_id);
        if (!stream)
            return 0;
        const bool ended = frame->hd.flags & NGHTTP2_FLAG_END_STREAM;
        stream->requestComplete = stream->requestComplete || ended;
        const bool headersRefused = frame->hd.type == NGHTTP2_HEADERS && stream->refusal == 431;
        if ((ended || headersRefused) && !self(userData)->m_completed.contains(stream->id))
            self(userData)->m_completed.append(stream->id);
        return 0;
    }

    static int onFrameSent(nghttp2_session* session, const nghttp2_frame* frame, void* userData)
    {
        // A response that went out before its request was complete (a refusal): ask the client to stop
        // sending the request body, without error (RFC 9113 8.1).
        if ((frame->hd.type == NGHTTP2_HEADERS || frame->hd.type == NGHTTP2_DATA) &&
            (frame->hd.flags & NGHTTP2_FLAG_END_STREAM)) {
            const Stream* stream = self(userData)->stream(frame->hd.stream_id);
            if (stream && stream->refusal && !stream->requestComplete)
                nghttp2_submit_rst_stream(session, NGHTTP2_FLAG_NONE, frame->hd.stream_id, NGHTTP2_NO_ERROR);
        }
        return 0;
    }

    static int onStreamClosed(nghttp2_session*, int32_t streamId, uint32_t, void* userData)
    {
        Http2Connection* connection = self(userData);
        const auto found = connection->m_streams.find(streamId);
        if (found != connection->m_streams.end()) {
            // Deleted later: this may run inside one of the stream's own timer signals.
            found->second->delayTimer.stop();
            found->second->trickleTimer.stop();
            if (connection->m_retired.empty())
                QTimer::singleShot(0, connection, [connection] { connection->m_retired.clear(); });
            connection->m_retired.push_back(std::move(found->second));
            connection->m_streams.erase(found);
        }
        connection->m_completed.removeAll(streamId);
        return 0;
    }

    static ssize_t readBody(nghttp2_session*, int32_t streamId, uint8_t* buffer, size_t length, uint32_t* flags,
                            nghttp2_data_source*, void* userData)
    {
        Http2Connection* connection = self(userData);
        Stream* stream = connection->stream(streamId);
        if (!stream)
            return NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE; // resets just this stream
        const ResponsePlan::Delivery delivery = stream->plan.delivery;
        qsizetype count = std::min(static_cast<qsizetype>(length), stream->sendLimit - stream->offset);
        if (delivery == ResponsePlan::Delivery::Trickle) {
            if (!stream->chunkReady && stream->offset < stream->sendLimit)
                return NGHTTP2_ERR_DEFERRED; // resumed by the trickle timer
            count = std::min(count, static_cast<qsizetype>(std::max(1, stream->plan.trickleChunkBytes)));
            stream->chunkReady = false;
        }
        if (delivery == ResponsePlan::Delivery::ResetMidBody && count == 0) {
            connection->m_resetPending = true; // half the body is out; the connection dies once it is written
            return NGHTTP2_ERR_DEFERRED;
        }
        if (count > 0)
            std::memcpy(buffer, stream->plan.response.body.constData() + stream->offset, static_cast<size_t>(count));
        stream->offset += count;
        if (stream->offset >= stream->sendLimit && delivery != ResponsePlan::Delivery::ResetMidBody) {
            *flags |= NGHTTP2_DATA_FLAG_EOF;
            stream->trickleTimer.stop();
        }
        return static_cast<ssize_t>(count);
    }
};

Http2Connection::Http2Connection(QSslSocket* encryptedSocket, Handler handler, Settings settings, QObject* parent)
    : ServerConnection(parent)
    , m_socket(encryptedSocket)
    , m_handler(std::move(handler))
    , m_settings(settings)
    , m_session(nullptr, nghttp2_session_del)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Http2Connection::onIdleTimeout);
    connect(m_socket, &QSslSocket::readyRead, this, &Http2Connection::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &Http2Connection::onBytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &Http2Connection::markClosed);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_closed)
            return; // one failure may be reported as several errors
        m_socket->abort();
        markClosed();
    });

    nghttp2_session_callbacks* callbacks = nullptr;
    nghttp2_session* session = nullptr;
    if (nghttp2_session_callbacks_new(&callbacks) == 0) {
        nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks, &Callbacks::onBeginHeaders);
        nghttp2_session_callbacks_set_on_header_callback(callbacks, &Callbacks::onHeader);
        nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks, &Callbacks::onDataChunk);
        nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks, &Callbacks::onFrameReceived);
        nghttp2_session_callbacks_set_on_frame_send_callback(callbacks, &Callbacks::onFrameSent);
        nghttp2_session_callbacks_set_on_stream_close_callback(callbacks, &Callbacks::onStreamClosed);
        if (nghttp2_session_server_new(&session, callbacks, this) != 0)
            session = nullptr;
        nghttp2_session_callbacks_del(callbacks);
    }
    m_session.reset(session);
    const nghttp2_settings_entry serverSettings[] = {
        {NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS, maxConcurrentStreams},
    };
    if (!m_session ||
        nghttp2_submit_settings(m_session.get(), NGHTTP2_FLAG_NONE, serverSettings, std::size(serverSettings)) != 0) {
        qCWarning(lcSample) << "cannot create an HTTP/2 session";
        QMetaObject::invokeMethod(this, &Http2Connection::abort, Qt::QueuedConnection);
        return;
    }
    m_idleTimer.start(m_settings.idleTimeoutMs);
    flush(); // the server connection preface: SETTINGS
    // Bytes that arrived with the end of the handshake were announced before anyone listened.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Http2Connection::onReadyRead, Qt::QueuedConnection);
}

Http2Connection::~Http2Connection()
{
    m_session.reset(); // before the streams its callbacks refer to
}

Http2Connection::Stream* Http2Connection::stream(int32_t id) const
{
    const auto found = m_streams.find(id);
    return found == m_streams.end() ? nullptr : found->second.get();
}

int Http2Connection::responsesWaiting() const
{
    return static_cast<int>(std::count_if(m_streams.cbegin(), m_streams.cend(),
                                          [](const auto& entry) { return entry.second->delayTimer.isActive(); }));
}

void Http2Connection::onReadyRead()
{
    if (m_closed || !m_session)
        return;
    const QByteArray input = m_socket->readAll();
    if (input.isEmpty())
        return;
    m_idleTimer.start(m_settings.idleTimeoutMs);
    const ssize_t consumed = nghttp2_session_mem_recv(
        m_session.get(), reinterpret_cast<const uint8_t*>(input.constData()), static_cast<size_t>(input.size()));
    if (consumed < 0) {
        qCDebug(lcSample) << "HTTP/2 session failed:" << nghttp2_strerror(static_cast<int>(consumed));
        abort();
        return;
    }
    answerCompletedStreams();
    flush();
}

void Http2Connection::answerCompletedStreams()
{
    while (!m_completed.isEmpty() && !m_closed) {
        Stream* completed = stream(m_completed.takeFirst());
        if (!completed || completed->answered)
            continue;
        if (completed->refusal == 431)
            reject(*completed, 431, "The request's header fields are too large.");
        else if (completed->refusal == 413)
            reject(*completed, 413, "The request body is too large.");
        else
            dispatch(*completed);
    }
}

void Http2Connection::dispatch(Stream& stream)
{
    stream.answered = true;
    QByteArray authority = stream.authority;
    QByteArray cookies;
    bool hasHost = false;
    for (const auto& [name, value] : std::as_const(stream.headers)) {
        hasHost = hasHost || name == "host";
        if (name == "cookie")
            cookies += (cookies.isEmpty() ? QByteArray() : "; "_ba) + value;
    }
    if (authority.isEmpty())
        for (const auto& [name, value] : std::as_const(stream.headers))
            if (name == "host")
                authority = value;
    if (authority.isEmpty())
        authority = m_socket->localAddress().toString().toLatin1() + ':' + QByteArray::number(m_socket->localPort());

    HttpRequest request;
    request.method = stream.method;
    request.url = QUrl(QString::fromLatin1(QByteArray("https://" + authority + stream.path)));
    if (stream.method.isEmpty() || !stream.path.startsWith('/') || !request.url.isValid() ||
        request.url.host().isEmpty()) {
        reject(stream, 400, "The request target is not a valid URL.");
        return;
    }
    request.path = request.url.path(QUrl::FullyDecoded);
    const qsizetype questionMark = stream.path.indexOf('?');
    request.query =
        decodedQuery(questionMark < 0 ? QByteArray() : stream.path.mid(questionMark + 1).split('#').constFirst());
    // The services see what an HTTP/1.1 request would carry: a Host header and one Cookie field
    // (RFC 9113 8.2.3 lets clients split cookies into several fields).
    for (auto& [name, value] : stream.headers)
        if (name != "cookie")
            request.headers.append(qMakePair(name, value));
    if (!cookies.isEmpty())
        request.headers.append(qMakePair("cookie"_ba, cookies));
    if (!hasHost)
        request.headers.append(qMakePair("host"_ba, authority));
    request.body = std::move(stream.body);
    request.peerAddress = m_socket->peerAddress().toString();

    ResponsePlan plan = m_handler(std::move(request));
    if (plan.delayMs > 0) {
        stream.plan = std::move(plan);
        stream.delayTimer.setSingleShot(true);
        stream.delayTimer.setTimerType(Qt::PreciseTimer);
        const int32_t id = stream.id;
        connect(&stream.delayTimer, &QTimer::timeout, this, [this, id] {
            if (Stream* waiting = this->stream(id)) {
                submit(*waiting, std::move(waiting->plan));
                flush();
            }
        });
        stream.delayTimer.start(stream.plan.delayMs);
        return;
    }
    submit(stream, std::move(plan));
}

void Http2Connection::reject(Stream& stream, int status, const QByteArray& message)
{
    emit requestRejected(status);
    stream.answered = true;
    stream.refusal = status;
    const QJsonObject error{{"error"_L1, QJsonObject{{"code"_L1, status == 400   ? u"BadRequest"_s
                                                                 : status == 413 ? u"ContentTooLarge"_s
                                                                                 : u"RequestHeaderFieldsTooLarge"_s},
                                                     {"message"_L1, QString::fromLatin1(message)}}}};
    submit(stream, ResponsePlan{HttpResponse::json(status, error)});
}

void Http2Connection::submit(Stream& stream, ResponsePlan plan)
{
    if (m_closed)
        return;
    stream.plan = std::move(plan);
    const HttpResponse& response = stream.plan.response;
    const bool head = stream.method == "HEAD";
    const bool bodyless = head || response.status == 204 || response.status == 304;
    const bool resets = stream.plan.delivery == ResponsePlan::Delivery::ResetMidBody;
    if (bodyless)
        stream.plan.response.body.clear();

    QList<QByteArray> storage; // keeps the lower-cased names alive while nghttp2 copies them
    storage.reserve(response.headers.size() + 3);
    storage.append(":status"_ba);
    storage.append(QByteArray::number(response.status));
    QList<nghttp2_nv> fields;
    fields.append(headerField(storage.at(0), storage.at(1)));
    for (const auto& [name, value] : response.headers) {
        storage.append(name.toLower());
        if (!isFramingHeader(storage.constLast()))
            fields.append(headerField(storage.constLast(), value));
    }
    if (response.status != 204 && response.status != 304) {
        storage.append("content-length"_ba);
        storage.append(QByteArray::number(head ? 0 : response.body.size()));
        fields.append(headerField(storage.at(storage.size() - 2), storage.constLast()));
    }

    stream.offset = 0;
    stream.sendLimit = resets ? response.body.size() / 2 : response.body.size();
    nghttp2_data_provider provider{};
    provider.read_callback = &Callbacks::readBody;
    const bool withBody = !bodyless && (resets || !response.body.isEmpty());
    if (stream.plan.delivery == ResponsePlan::Delivery::Trickle && withBody) {
        const int32_t id = stream.id;
        stream.trickleTimer.setTimerType(Qt::PreciseTimer);
        connect(&stream.trickleTimer, &QTimer::timeout, this, [this, id] {
            if (Stream* trickling = this->stream(id)) {
                trickling->chunkReady = true;
                nghttp2_session_resume_data(m_session.get(), id);
                flush();
            }
        });
        stream.trickleTimer.start(std::max(0, stream.plan.trickleIntervalMs));
    }
    const int submitted = nghttp2_submit_response(m_session.get(), stream.id, fields.constData(),
                                                  static_cast<size_t>(fields.size()), withBody ? &provider : nullptr);
    if (submitted != 0)
        qCDebug(lcSample) << "HTTP/2 response not submitted:" << nghttp2_strerror(submitted);
}

void Http2Connection::flush()
{
    if (m_flushing || m_closed || !m_session)
        return;
    m_flushing = true;
    while (m_socket->bytesToWrite() < writeHighWater) {
        const uint8_t* data = nullptr;
        const ssize_t length = nghttp2_session_mem_send(m_session.get(), &data);
        if (length < 0) {
            qCDebug(lcSample) << "HTTP/2 session failed:" << nghttp2_strerror(static_cast<int>(length));
            m_flushing = false;
            abort();
            return;
        }
        if (length == 0)
            break;
        m_socket->write(reinterpret_cast<const char*>(data), length);
    }
    m_flushing = false;
    resetWhenWritten();
    if (!nghttp2_session_want_read(m_session.get()) && !nghttp2_session_want_write(m_session.get()) &&
        !m_resetPending && !m_resetScheduled)
        m_socket->disconnectFromHost(); // after GOAWAY both ways; pending bytes are written first
}

void Http2Connection::onBytesWritten()
{
    flush();
}

void Http2Connection::resetWhenWritten()
{
    // As on HTTP/1.1: the reset waits until the partial body has left Qt's and OpenSSL's buffers, plus a
    // moment for the peer to read it, so the client sees a truncated stream and not a refused connection.
    if (m_resetPending && !m_resetScheduled && m_socket->bytesToWrite() == 0 &&
        m_socket->encryptedBytesToWrite() == 0) {
        m_resetScheduled = true;
        QTimer::singleShot(50, this, &Http2Connection::resetNow);
    }
}

void Http2Connection::resetNow()
{
    resetOnClose(*m_socket);
    abort();
}

void Http2Connection::onIdleTimeout()
{
    if (!m_streams.empty()) {
        m_idleTimer.start(m_settings.idleTimeoutMs);
        return;
    }
    qCDebug(lcSample) << "closing idle HTTP/2 connection";
    nghttp2_session_terminate_session(m_session.get(), NGHTTP2_NO_ERROR); // GOAWAY
    flush();
}

void Http2Connection::shutdown()
{
    if (!m_closed && m_session) {
        nghttp2_session_terminate_session(m_session.get(), NGHTTP2_NO_ERROR);
        flush();
        m_socket->flush(); // hands the GOAWAY to the kernel without blocking
    }
    abort();
}

void Http2Connection::abort()
{
    m_socket->abort();
    markClosed();
}

void Http2Connection::markClosed()
{
    m_idleTimer.stop();
    for (auto& [id, stream] : m_streams) {
        stream->delayTimer.stop();
        stream->trickleTimer.stop();
    }
    if (m_closed)
        return;
    m_closed = true;
    emit closed();
}

} // namespace smtpaudit::sample
