#include "sample/server/SampleHttpServer.h"

#include "sample/server/Http2Connection.h"
#include "sample/server/HttpConnection.h"
#include "sample/server/TlsHandshake.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

// Hands accepted descriptors to the server, which wraps them in TLS itself (so that it controls the
// handshake timeout and the connection's whole life).
class DescriptorListener : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr socketDescriptor) override { onIncoming(socketDescriptor); }
};

// Graph's error body (GDC concepts/errors.md): {"error":{"code","message","innerError":{"date","request-id",
// "client-request-id"}}}. Throttling adds innerError code/status/message as in concepts/throttling.md.
HttpResponse graphError(int status, const QString& code, const QString& message, const QDateTime& now,
                        const QByteArray& requestId, const QByteArray& clientRequestId)
{
    QJsonObject inner{{"date"_L1, now.toUTC().toString(u"yyyy-MM-dd'T'hh:mm:ss"_s)},
                      {"request-id"_L1, QString::fromLatin1(requestId)},
                      {"client-request-id"_L1, QString::fromLatin1(clientRequestId)}};
    if (status == 429 || status == 503) {
        inner.insert("code"_L1, QString::number(status));
        inner.insert("status"_L1, QString::number(status));
        inner.insert("message"_L1, u"Please retry after"_s);
    }
    return HttpResponse::json(
        status,
        QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}, {"innerError"_L1, inner}}}});
}

void addHeader(HttpResponse& response, const QByteArray& name, const QByteArray& value)
{
    response.headers.append(qMakePair(name, value));
}

bool hasHeader(const HttpResponse& response, const QByteArray& lowerCaseName)
{
    return std::any_of(response.headers.cbegin(), response.headers.cend(),
                       [&](const auto& header) { return header.first.toLower() == lowerCaseName; });
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
}

} // namespace

SampleHttpServer::SampleHttpServer(SampleServerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_throttler(m_options.throttling, m_options.clock)
    , m_faults(m_options.faults)
{
    auto* listener = new DescriptorListener;
    listener->setParent(this);
    listener->onIncoming = [this](qintptr descriptor) { acceptConnection(descriptor); };
    m_listener = listener;
}

SampleHttpServer::~SampleHttpServer()
{
    stop();
}

void SampleHttpServer::setPki(std::shared_ptr<const SamplePki> pki)
{
    m_pki = std::move(pki);
}

void SampleHttpServer::setTokenVerifier(TokenVerifier verifier)
{
    m_verifier = std::move(verifier);
}

void SampleHttpServer::addService(SampleService* service)
{
    if (service && !m_services.contains(service))
        m_services.append(service);
}

void SampleHttpServer::removeService(SampleService* service)
{
    m_services.removeAll(service);
}

Status SampleHttpServer::start()
{
    if (!m_pki) {
        auto generated = SamplePki::generate();
        if (!generated)
            return generated.error();
        m_pki = std::make_shared<const SamplePki>(std::move(*generated));
    }
    m_tls = m_pki->serverConfiguration();
    // The server picks the first of its protocols that the client offers: h2 for QNAM (Qt 6 offers h2 over
    // TLS by default), http/1.1 for clients without HTTP/2, nothing (HTTP/1.1 too) for clients without ALPN.
    if (m_options.http2)
        m_tls.setAllowedNextProtocols({QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
    if (!m_options.caCertificatePath.isEmpty()) {
        if (Status written = m_pki->writeCaCertificate(m_options.caCertificatePath); !written)
            return written;
    }
    if (!m_listener->listen(m_options.address, m_options.port))
        return Error::make(Error::Category::Network,
                           QCoreApplication::translate("SampleHttpServer", "The sample tenant cannot listen on %1:%2.")
                               .arg(m_options.address.toString())
                               .arg(m_options.port),
                           m_listener->errorString());
    qCInfo(lcSample) << "sample HTTPS server listening on" << baseUrl().toString();
    return Success{};
}

void SampleHttpServer::stop()
{
    m_listener->close();
    const QSet<TlsHandshake*> handshakes = m_handshakes;
    m_handshakes.clear();
    for (TlsHandshake* handshake : handshakes) {
        handshake->disconnect(this);
        handshake->abort();
        handshake->deleteLater();
    }
    const QSet<ServerConnection*> connections = m_connections;
    m_connections.clear();
    for (ServerConnection* connection : connections) {
        connection->disconnect(this);
        connection->shutdown();
        connection->deleteLater();
    }
}

bool SampleHttpServer::isListening() const
{
    return m_listener->isListening();
}

quint16 SampleHttpServer::port() const
{
    return m_listener->serverPort();
}

QUrl SampleHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(m_options.address.toString());
    url.setPort(port());
    return url;
}

QSslConfiguration SampleHttpServer::clientSslConfiguration() const
{
    return m_pki ? m_pki->clientConfiguration() : QSslConfiguration::defaultConfiguration();
}

int SampleHttpServer::responsesWaitingForLatency() const
{
    int waiting = 0;
    for (const ServerConnection* connection : m_connections)
        waiting += connection->responsesWaiting();
    return waiting;
}

void SampleHttpServer::acceptConnection(qintptr socketDescriptor)
{
    if (openConnections() >= m_options.maxConnections) {
        ++m_counters.connectionsRefused;
        QTcpSocket refused;
        refused.setSocketDescriptor(socketDescriptor);
        refused.abort();
        return;
    }
    auto* handshake = new TlsHandshake(m_options.handshakeTimeoutMs, this);
    m_handshakes.insert(handshake);
    connect(handshake, &TlsHandshake::encrypted, this, [this, handshake](QSslSocket* socket) {
        m_handshakes.remove(handshake);
        handshake->deleteLater();
        serveEncrypted(socket);
    });
    connect(handshake, &TlsHandshake::failed, this, [this, handshake] {
        ++m_counters.handshakesFailed;
        m_handshakes.remove(handshake);
        handshake->deleteLater();
    });
    ++m_counters.connectionsAccepted;
    if (!handshake->start(socketDescriptor, m_tls)) {
        m_handshakes.remove(handshake);
        handshake->deleteLater();
    }
}

void SampleHttpServer::serveEncrypted(QSslSocket* socket)
{
    const ServerConnection::Settings settings{m_options.limits, m_options.idleTimeoutMs, m_options.handshakeTimeoutMs};
    auto handler = [this](HttpRequest request) { return respond(std::move(request)); };
    ServerConnection* connection = nullptr;
    if (socket->sslConfiguration().nextNegotiatedProtocol() == QSslConfiguration::ALPNProtocolHTTP2)
        connection = new Http2Connection(socket, std::move(handler), settings, this);
    else
        connection = new HttpConnection(socket, std::move(handler), settings, this);
    m_connections.insert(connection);
    connect(connection, &ServerConnection::closed, this, [this, connection] {
        m_connections.remove(connection);
        connection->deleteLater();
    });
    connect(connection, &ServerConnection::requestRejected, this, [this](int status) {
        ++m_counters.requestsRejected;
        ++m_counters.requestsServed;
        emit requestHandled({}, {}, status);
    });
}

std::optional<AccessTokenClaims> SampleHttpServer::verifyBearer(const HttpRequest& request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.size() < 7 || authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    auto claims = m_verifier.verify(authorization.mid(7).trimmed());
    if (!claims) {
        ++m_counters.bearerTokensRejected;
        qCDebug(lcSample) << "bearer token refused:" << claims.error().detail;
        return std::nullopt;
    }
    for (const auto& [prefix, audiences] : m_options.audiencesByPathPrefix) {
        if (request.path.startsWith(prefix, Qt::CaseInsensitive) && !audiences.contains(claims->audience)) {
            ++m_counters.bearerTokensRejected;
            qCDebug(lcSample) << "bearer token for" << claims->audience << "refused on" << prefix;
            return std::nullopt;
        }
    }
    return *claims;
}

HttpResponse SampleHttpServer::dispatch(const HttpRequest& request)
{
    for (SampleService* service : std::as_const(m_services))
        if (auto response = service->handle(request))
            return std::move(*response);
    HttpResponse notFound;
    notFound.status = 404;
    return notFound;
}

ResponsePlan SampleHttpServer::respond(HttpRequest request)
{
    QElapsedTimer building;
    building.start();
    const QDateTime now = clockNow(m_options.clock);
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QByteArray clientRequestId = request.header("client-request-id");
    if (clientRequestId.isEmpty())
        clientRequestId = requestId;
    request.token = verifyBearer(request);

    ResponsePlan plan;
    const bool faultable = m_faults.appliesTo(request.path);
    const std::optional<FaultKind> drawn = faultable ? m_faults.draw() : std::nullopt;
    // Latency stands for "no fault drawn" below; GCC's -O2 flow analysis misreads comparisons of the
    // optional itself as uses of an uninitialised value (-Wmaybe-uninitialized).
    const bool faulted = drawn.has_value();
    const FaultKind fault = drawn.value_or(FaultKind::Latency);
    const auto count = [this](FaultKind kind) { ++m_counters.faultsByKind.at(static_cast<size_t>(kind)); };
    if (faultable && m_faults.options().latencyMs > 0) {
        plan.delayMs = m_faults.options().latencyMs;
        count(FaultKind::Latency);
    }
    const QByteArray retryAfter = QByteArray::number(std::max(0, m_faults.options().retryAfterSeconds));

    if (faulted && fault == FaultKind::TooManyRequests) {
        plan.response =
            graphError(429, u"TooManyRequests"_s, u"Please retry again later."_s, now, requestId, clientRequestId);
        addHeader(plan.response, "Retry-After", retryAfter);
    } else if (faulted && fault == FaultKind::ServiceUnavailable) {
        plan.response =
            graphError(503, u"serviceNotAvailable"_s,
                       u"The service is temporarily unavailable. Try again after the delay in Retry-After."_s, now,
                       requestId, clientRequestId);
        addHeader(plan.response, "Retry-After", retryAfter);
    } else if (const Throttler::Decision throttle = m_throttler.check(request); throttle.throttled) {
        ++m_counters.throttled;
        plan.response =
            graphError(429, u"TooManyRequests"_s, u"Please retry again later."_s, now, requestId, clientRequestId);
        if (throttle.retryAfterSeconds)
            addHeader(plan.response, "Retry-After", QByteArray::number(*throttle.retryAfterSeconds));
    } else {
        plan.response = dispatch(request);
        if (plan.response.status == 404 && plan.response.body.isEmpty() && plan.response.headers.isEmpty())
            plan.response = graphError(
                404, u"NotFound"_s, u"Resource not found for the segment '%1'."_s.arg(request.path.section(u'/', -1)),
                now, requestId, clientRequestId);
        switch (fault) {
        case FaultKind::TruncatedJson:
            plan.response.body = FaultInjector::truncated(plan.response.body);
            break;
        case FaultKind::MalformedJson:
            plan.response.body = FaultInjector::malformed(plan.response.body);
            break;
        case FaultKind::ConnectionReset:
            plan.delivery = ResponsePlan::Delivery::ResetMidBody;
            break;
        case FaultKind::SlowTrickle:
            plan.delivery = ResponsePlan::Delivery::Trickle;
            plan.trickleChunkBytes = m_faults.options().trickleChunkBytes;
            plan.trickleIntervalMs = m_faults.options().trickleIntervalMs;
            break;
        default:
            break;
        }
    }
    if (faulted)
        count(fault);

    if (!hasHeader(plan.response, "request-id"))
        addHeader(plan.response, "request-id", requestId);
    if (!hasHeader(plan.response, "client-request-id"))
        addHeader(plan.response, "client-request-id", clientRequestId);
    if (!hasHeader(plan.response, "date"))
        addHeader(plan.response, "Date", httpDate(now));
    ++m_counters.requestsServed;
    emit requestHandled(request.method, request.path, plan.response.status);
    plan.delayMs = remainingDelayMs(plan.delayMs, building.nsecsElapsed());
    return plan;
}

} // namespace smtpaudit::sample
