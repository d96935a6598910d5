#pragma once

#include "sample/server/HttpRequestParser.h"
#include "sample/server/SampleClock.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>

namespace smtpaudit::sample {

// Microsoft Graph's documented service limits (reference section 7; GDC concepts/throttling-limits.md).
struct ThrottlingOptions
{
    bool enabled = false;
    // Identity and access reports (auditLogs/*, reports/*): 5 requests per 10 s per app per tenant, 429 with
    // Retry-After.
    int reportsLimit = 5;
    int reportsWindowMs = 10000;
    // Identity protection and Conditional Access: 1 request per second per tenant, 429 WITHOUT Retry-After.
    int conditionalAccessLimit = 1;
    int conditionalAccessWindowMs = 1000;
    // Optionally, a token bucket for every other service request (per app per tenant), 429 with Retry-After.
    bool generalBucketEnabled = false;
    int generalBucketCapacity = 100;
    double generalBucketRefillPerSecond = 50;
};

enum class FaultKind
{
    Latency,            // the response leaves `latencyMs` after its request arrived (timer, never blocking)
    TooManyRequests,    // 429 with Retry-After instead of the service's answer
    ServiceUnavailable, // 503 with Retry-After
    ConnectionReset,    // head and half the body, then a TCP reset
    TruncatedJson,      // body cut in half; Content-Length honest about the cut body
    MalformedJson,      // same length, broken syntax
    SlowTrickle,        // body in small chunks with pauses
};
inline constexpr int faultKindCount = 7;

// Faults for service responses, drawn from a generator seeded with `seed`: the same seed and the same
// sequence of requests give the same faults. Rates are probabilities per response (their sum is capped at 1).
struct FaultOptions
{
    quint32 seed = 1;
    int latencyMs = 0;
    double tooManyRequestsRate = 0;
    double serviceUnavailableRate = 0;
    double connectionResetRate = 0;
    double truncatedJsonRate = 0;
    double malformedJsonRate = 0;
    double slowTrickleRate = 0;
    int retryAfterSeconds = 1;
    int trickleChunkBytes = 16;
    int trickleIntervalMs = 10;
    bool includeTokenEndpoint = false; // the identity platform is spared unless this is set
    QString pathPrefix;                // only paths starting with this (empty: every service path)
};

struct SampleServerOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;          // 0: any free port
    QString caCertificatePath; // where start() writes the CA certificate (PEM) for clients to pin; empty: nowhere

    HttpRequestParser::Limits limits;
    int idleTimeoutMs = 30000; // a keep-alive connection without a request is closed after this
    int handshakeTimeoutMs = 10000;
    int maxConnections = 1024; // more are closed right after accept
    // Offer HTTP/2 through ALPN ("h2", then "http/1.1"), as graph.microsoft.com does; false: HTTP/1.1 only.
    bool http2 = true;

    // A bearer token is only handed to services on paths whose audience it carries (Graph tokens for Graph
    // paths, Exchange tokens for the admin API); elsewhere it is treated as absent.
    QList<QPair<QString, QStringList>> audiencesByPathPrefix{
        {QStringLiteral("/v1.0/"), {QStringLiteral("https://graph.microsoft.com")}},
        {QStringLiteral("/beta/"), {QStringLiteral("https://graph.microsoft.com")}},
        {QStringLiteral("/adminapi/"), {QStringLiteral("https://outlook.office365.com")}},
    };

    ThrottlingOptions throttling;
    FaultOptions faults;
    SampleClock clock;
};

// What the server did, for tests and the CLI.
struct ServerCounters
{
    quint64 connectionsAccepted = 0;
    quint64 connectionsRefused = 0; // over maxConnections
    quint64 handshakesFailed = 0;
    quint64 requestsServed = 0;   // responses started, faults included
    quint64 requestsRejected = 0; // malformed or oversized requests answered 4xx/5xx by the server itself
    quint64 bearerTokensRejected = 0;
    quint64 throttled = 0; // 429s from the throttling rules (not from fault injection)
    std::array<quint64, faultKindCount> faultsByKind{};

    quint64 faults(FaultKind kind) const { return faultsByKind.at(static_cast<size_t>(kind)); }
};

} // namespace smtpaudit::sample
