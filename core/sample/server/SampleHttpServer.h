#pragma once

#include "sample/SampleHttp.h"
#include "sample/identity/TokenVerifier.h"
#include "sample/server/FaultInjector.h"
#include "sample/server/Pki.h"
#include "sample/server/SampleServerOptions.h"
#include "sample/server/ServerConnection.h"
#include "sample/server/Throttler.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <algorithm>
#include <memory>

class QSslSocket;
class QTcpServer;

namespace smtpaudit::sample {

class TlsHandshake;

// The sample tenant's HTTPS server on loopback: TLS with the sample CA's certificate, HTTP/2 when the client
// offers "h2" in ALPN (SampleServerOptions::http2) and HTTP/1.1 with keep-alive otherwise, bearer-token verification,
// routing to SampleServices (asked in the order they were added; the first answer wins; nobody answering gives a
// Graph-shaped 404), Graph's throttling rules and injected faults. Adds `request-id`, `client-request-id` (echoed, or
// the request id) and `Date` to every response. Runs on the thread that owns it; services are called on it and must not
// block.
class SampleHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit SampleHttpServer(SampleServerOptions options = {}, QObject* parent = nullptr);
    ~SampleHttpServer() override;

    // The PKI to serve with (share one with the SMTP endpoint); start() generates one when none was set.
    void setPki(std::shared_ptr<const SamplePki> pki);
    // Verifies "Authorization: Bearer"; without one every token is treated as absent.
    void setTokenVerifier(TokenVerifier verifier);
    // Not owned: a service must outlive the server or be removed first.
    void addService(SampleService* service);
    void removeService(SampleService* service);

    // Generates the PKI if needed, writes the CA file if configured, listens.
    Status start();
    void stop();

    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // "https://127.0.0.1:<port>"
    std::shared_ptr<const SamplePki> pki() const { return m_pki; }
    // A client TLS configuration that trusts exactly what it must: the system CAs plus the sample CA.
    QSslConfiguration clientSslConfiguration() const;

    const ServerCounters& counters() const { return m_counters; }
    // TLS handshakes in progress included.
    int openConnections() const { return static_cast<int>(m_handshakes.size() + m_connections.size()); }
    int responsesWaitingForLatency() const; // responses held back by the latency fault right now

    // The latency is the API's response time, counted from the request's arrival: building the response
    // counts toward it (as it does toward a real service's), and only the rest is waited for. The rest is
    // rounded down to whole milliseconds: a millisecond timer fires at or after its interval (about 1 ms
    // after, measured on Linux), so rounding up or dropping the build's fraction made every response 1 to
    // 1.5 ms slower than asked.
    static int remainingDelayMs(int latencyMs, qint64 builtNs)
    {
        return static_cast<int>(std::max<qint64>(0, (qint64(latencyMs) * 1000000 - builtNs) / 1000000));
    }

signals:
    void requestHandled(const QByteArray& method, const QString& path, int status);

private:
    void acceptConnection(qintptr socketDescriptor);
    void serveEncrypted(QSslSocket* socket);
    ResponsePlan respond(HttpRequest request);
    std::optional<AccessTokenClaims> verifyBearer(const HttpRequest& request);
    HttpResponse dispatch(const HttpRequest& request);

    SampleServerOptions m_options;
    std::shared_ptr<const SamplePki> m_pki;
    QSslConfiguration m_tls;
    TokenVerifier m_verifier;
    QList<SampleService*> m_services;
    Throttler m_throttler;
    FaultInjector m_faults;
    QTcpServer* m_listener = nullptr;
    QSet<TlsHandshake*> m_handshakes;
    QSet<ServerConnection*> m_connections;
    ServerCounters m_counters;
};

} // namespace smtpaudit::sample
