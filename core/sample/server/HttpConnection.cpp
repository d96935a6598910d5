#include "sample/server/HttpConnection.h"

#include "util/Logging.h"

#include <QJsonObject>
#include <QSslSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 424:
        return "Failed Dependency";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

// Framing headers belong to the connection; a service cannot set them.
bool isFramingHeader(const QByteArray& name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-length" || lower == "transfer-encoding" || lower == "connection" || lower == "keep-alive";
}

} // namespace

HttpConnection::HttpConnection(QSslSocket* encryptedSocket, Handler handler, Settings settings, QObject* parent)
    : ServerConnection(parent)
    , m_socket(encryptedSocket)
    , m_handler(std::move(handler))
    , m_settings(settings)
    , m_parser(settings.limits)
{
    m_socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_delayTimer.setSingleShot(true);
    m_delayTimer.setTimerType(Qt::PreciseTimer);
    m_trickleTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    connect(&m_delayTimer, &QTimer::timeout, this, [this] { send(m_delayedPlan); });
    connect(&m_trickleTimer, &QTimer::timeout, this, &HttpConnection::writeNextChunk);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::markClosed);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] {
        if (m_closed)
            return; // one failure may be reported as several errors
        m_socket->abort();
        markClosed();
    });
    m_idleTimer.start(m_settings.idleTimeoutMs);
    // Bytes that arrived with the end of the handshake were announced before anyone listened.
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort()
{
    m_socket->abort();
    markClosed();
}

void HttpConnection::markClosed()
{
    m_idleTimer.stop();
    m_delayTimer.stop();
    m_trickleTimer.stop();
    if (m_closed)
        return;
    m_closed = true;
    emit closed();
}

void HttpConnection::onReadyRead()
{
    m_input += m_socket->readAll();
    // A client that keeps sending while its previous request is being answered may queue one more request.
    if (m_input.size() > m_settings.limits.maxHeaderBytes + m_settings.limits.maxBodyBytes) {
        abort();
        return;
    }
    if (!m_busy)
        processInput();
}

void HttpConnection::processInput()
{
    if (m_processing || m_closed)
        return;
    m_processing = true;
    while (!m_busy && !m_closed) {
        const HttpRequestParser::State state = m_parser.parse(m_input);
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.expectsContinue() && !m_continueSent) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_continueSent = true;
            }
            if (!m_input.isEmpty() || m_parser.expectsContinue())
                m_idleTimer.start(m_settings.idleTimeoutMs); // a request is arriving
            break;
        }
        if (state == HttpRequestParser::State::Failed) {
            reject(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
        m_continueSent = false;
        handleRequest(m_parser.takeRequest());
    }
    m_processing = false;
}

void HttpConnection::handleRequest(const RawHttpRequest& raw)
{
    QByteArray host = raw.header("host");
    if (host.isEmpty())
        host = m_socket->localAddress().toString().toLatin1() + ':' + QByteArray::number(m_socket->localPort());
    HttpRequest request;
    request.method = raw.method;
    request.url = QUrl(QString::fromLatin1(QByteArray("https://" + host + raw.target)));
    if (!request.url.isValid() || request.url.host().isEmpty()) {
        reject(400, "The request target is not a valid URL.");
        return;
    }
    request.path = request.url.path(QUrl::FullyDecoded);
    const qsizetype questionMark = raw.target.indexOf('?');
    request.query =
        decodedQuery(questionMark < 0 ? QByteArray() : raw.target.mid(questionMark + 1).split('#').constFirst());
    request.headers = raw.headers;
    request.body = raw.body;
    request.peerAddress = m_socket->peerAddress().toString();

    m_busy = true;
    m_idleTimer.stop();
    m_keepAlive = raw.keepAlive;
    m_headRequest = raw.method == "HEAD";
    ResponsePlan plan = m_handler(std::move(request));
    if (plan.delayMs > 0) {
        m_delayedPlan = std::move(plan);
        m_delayTimer.start(m_delayedPlan.delayMs);
        return;
    }
    send(plan);
}

void HttpConnection::reject(int status, const QByteArray& message)
{
    emit requestRejected(status);
    m_busy = true;
    m_keepAlive = false; // the request's framing is unknown: nothing after it can be trusted
    m_headRequest = false;
    const QJsonObject error{
        {"error"_L1, QJsonObject{{"code"_L1, QString::fromLatin1(reasonPhrase(status)).remove(u' ')},
                                 {"message"_L1, QString::fromLatin1(message)}}}};
    send(ResponsePlan{HttpResponse::json(status, error)});
}

QByteArray HttpConnection::head(const HttpResponse& response, qsizetype contentLength) const
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        if (!isFramingHeader(name))
            text += name + ": " + value + "\r\n";
    if (response.status != 204 && response.status != 304)
        text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (!m_keepAlive)
        text += "Connection: close\r\n";
    return text + "\r\n";
}

void HttpConnection::send(const ResponsePlan& plan)
{
    if (m_closed)
        return;
    const QByteArray body = m_headRequest ? QByteArray() : plan.response.body;
    const QByteArray responseHead = head(plan.response, plan.response.body.size());
    switch (plan.delivery) {
    case ResponsePlan::Delivery::Whole:
        m_socket->write(responseHead + body);
        finishResponse();
        return;
    case ResponsePlan::Delivery::ResetMidBody:
        m_socket->write(responseHead + body.left(body.size() / 2));
        m_resetPending = true;
        onBytesWritten();
        return;
    case ResponsePlan::Delivery::Trickle:
        m_socket->write(responseHead);
        m_trickleBody = body;
        m_trickleOffset = 0;
        m_trickleChunkBytes = std::max(1, plan.trickleChunkBytes);
        m_trickleTimer.start(std::max(0, plan.trickleIntervalMs));
        return;
    }
}

void HttpConnection::writeNextChunk()
{
    if (m_trickleOffset >= m_trickleBody.size()) {
        m_trickleTimer.stop();
        m_trickleBody.clear();
        finishResponse();
        return;
    }
    m_socket->write(m_trickleBody.mid(m_trickleOffset, m_trickleChunkBytes));
    m_socket->flush();
    m_trickleOffset += m_trickleChunkBytes;
}

void HttpConnection::onBytesWritten()
{
    // The reset waits until the partial response has left Qt's and OpenSSL's buffers, plus a moment for the
    // peer to read it, so the client sees a truncated body and not a refused connection.
    if (m_resetPending && m_socket->bytesToWrite() == 0 && m_socket->encryptedBytesToWrite() == 0) {
        m_resetPending = false;
        QTimer::singleShot(50, this, &HttpConnection::resetNow);
    }
}

void HttpConnection::resetNow()
{
    resetOnClose(*m_socket);
    abort();
}

void HttpConnection::finishResponse()
{
    m_busy = false;
    if (!m_keepAlive) {
        m_idleTimer.stop();
        m_socket->disconnectFromHost(); // after the pending bytes are written
        return;
    }
    m_idleTimer.start(m_settings.idleTimeoutMs);
    if (!m_input.isEmpty())
        processInput();
}

void HttpConnection::onIdleTimeout()
{
    if (!m_busy) {
        qCDebug(lcSample) << "closing idle connection";
        m_socket->disconnectFromHost();
    }
}

} // namespace smtpaudit::sample
