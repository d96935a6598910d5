// Audits the sample tenant (default: large) with injected latency and prints the numbers of issue 4's speed
// bar: wall time, requests, the request-latency lower bound (requests x latency / concurrency) and the ratio,
// the same client with concurrency 1 and no batching, peak RSS (VmHWM) and resident bytes per stored sign-in.
//
// The sample tenant runs as its own process (`smtpaudit-cli sample-tenant serve`), as a real tenant would be
// elsewhere: the auditor's peak RSS is then its own, and server and client each get a core.
//
// Usage: BenchAuditRun [SIZE=large] [LATENCY_MS=25] [CONCURRENCY=8] [BASELINE_SECONDS=60]
// The baseline (concurrency 1, no batching) of a large tenant would need hours of 25 ms round trips one
// after the other; it runs for BASELINE_SECONDS and its total is extrapolated from its measured rate over
// the requests it would need (printed as such). 0 skips it.

#include "audit/run/AuditRun.h"
#include "graph/SignInsCollector.h"
#include "http/ApiClient.h"
#include "identity/Credential.h"
#include "identity/TokenProvider.h"
#include "signins/SignInStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

qint64 procStatusKb(const char* key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Tenant
{
    QProcess process;
    QJsonObject info; // baseUrl, caFile, tenantId, clientId, clientSecret
};

bool startTenant(Tenant& tenant, const QString& size, int latencyMs)
{
    tenant.process.setProgram(QString::fromUtf8(SMTPAUDIT_CLI_PATH));
    tenant.process.setArguments(
        {u"sample-tenant"_s, u"serve"_s, u"--size"_s, size, u"--latency-ms"_s, QString::number(latencyMs)});
    tenant.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tenant.process.start();
    if (!tenant.process.waitForStarted(10000))
        return false;
    // Generating the large tenant takes seconds; its first line on stdout is the connection info.
    QElapsedTimer wait;
    wait.start();
    while (!tenant.process.canReadLine() && wait.elapsed() < 120000)
        tenant.process.waitForReadyRead(1000);
    tenant.info = QJsonDocument::fromJson(tenant.process.readLine()).object();
    return !tenant.info.value(u"baseUrl"_s).toString().isEmpty();
}

struct Measurement
{
    qint64 wallMs = 0;
    qint64 requests = 0; // HTTP requests the audit sent (first attempts; token requests excluded)
    qint64 retries = 0;
    qint64 signIns = 0;
    qint64 mailboxes = 0;
    bool complete = false;
    bool timedOut = false;
    std::shared_ptr<SignInStore> store;
};

Measurement audit(const Tenant& tenant, int concurrency, bool batching, qint64 limitMs)
{
    CloudEnvironment::CustomUrls urls;
    urls.login = urls.graph = urls.exchange = QUrl(tenant.info.value(u"baseUrl"_s).toString());
    const CloudEnvironment cloud = CloudEnvironment::custom(urls).value();
    TlsTrust trust;
    trust.addCaCertificates(TlsTrust::loadCaFile(tenant.info.value(u"caFile"_s).toString()).value());
    ClientSecretCredential credential(cloud, tenant.info.value(u"tenantId"_s).toString(),
                                      tenant.info.value(u"clientId"_s).toString(),
                                      tenant.info.value(u"clientSecret"_s).toString().toUtf8());
    credential.setTlsTrust(trust);
    TokenProvider tokens(&credential, cloud);
    ApiClient client;
    client.setTlsTrust(trust);
    client.setMaxConcurrency(concurrency);
    client.setTokenSource(tokens.tokenSource());

    CollectorContext context;
    context.cloud = cloud;
    context.tenantId = tenant.info.value(u"tenantId"_s).toString();
    AuditRunOptions options;
    options.collectors.batching = batching;
    AuditRun run(client, &tokens, context, options);

    Measurement measured;
    QElapsedTimer clock;
    clock.start();
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &run, [&] {
        measured.timedOut = true;
        run.cancel();
    });
    QObject::connect(&run, &AuditRun::finished, &run, [] { QCoreApplication::exit(0); });
    if (limitMs > 0)
        limit.start(static_cast<int>(limitMs));
    run.start();
    QCoreApplication::exec();
    measured.wallMs = clock.elapsed();
    const ApiProgress progress = client.progress();
    measured.requests = progress.succeeded + progress.failed;
    measured.retries = progress.retries;
    measured.complete = run.result() && run.result()->complete;
    measured.mailboxes = run.result() ? run.result()->mailboxes.size() : 0;
    measured.store = run.signInStore();
    measured.signIns = measured.store ? measured.store->size() : 0;
    return measured;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString size = args.value(1, u"large"_s);
    const int latencyMs = args.value(2, u"25"_s).toInt();
    const int concurrency = args.value(3, QString::number(ApiClient::defaultConcurrency)).toInt();
    const int baselineSeconds = args.value(4, u"60"_s).toInt();

    Tenant tenant;
    if (!startTenant(tenant, size, latencyMs)) {
        std::fprintf(stderr, "the sample tenant did not start (%s)\n", SMTPAUDIT_CLI_PATH);
        return 1;
    }

    const Measurement fast = audit(tenant, concurrency, true, 0);
    const double lowerBoundMs = static_cast<double>(fast.requests) * latencyMs / concurrency;
    std::printf("tenant:                         %s, %d ms latency per response\n", qPrintable(size), latencyMs);
    std::printf("audit:                          %s, %lld mailboxes, %lld sign-ins stored\n",
                fast.complete ? "complete" : "PARTIAL", static_cast<long long>(fast.mailboxes),
                static_cast<long long>(fast.signIns));
    std::printf("wall time:                      %.2f s (concurrency %d, batching on)\n", fast.wallMs / 1000.0,
                concurrency);
    std::printf("requests:                       %lld (+%lld retries)\n", static_cast<long long>(fast.requests),
                static_cast<long long>(fast.retries));
    std::printf("lower bound:                    %.2f s (requests x latency / concurrency)\n", lowerBoundMs / 1000.0);
    std::printf("ratio to lower bound:           %.2f\n", static_cast<double>(fast.wallMs) / lowerBoundMs);
    std::printf("peak RSS (VmHWM):               %lld kB\n", static_cast<long long>(procStatusKb("VmHWM:")));

    // Resident bytes per stored sign-in: copy the audit's store into a fresh one and measure what it takes.
    if (fast.store && fast.signIns > 0) {
        malloc_trim(0);
        const qint64 before = procStatusKb("VmRSS:");
        SignInStore copy;
        copy.merge(*fast.store);
        const qint64 after = procStatusKb("VmRSS:");
        std::printf("resident bytes per sign-in:     %.1f (%lld events, VmRSS +%lld kB)\n",
                    static_cast<double>(after - before) * 1024.0 / static_cast<double>(copy.size()),
                    static_cast<long long>(copy.size()), static_cast<long long>(after - before));
    }

    if (baselineSeconds > 0) {
        const Measurement slow = audit(tenant, 1, false, qint64(baselineSeconds) * 1000);
        // Without batching every mailbox's per-user MFA state is one GET, and the three Exchange settings
        // three POSTs; the listings page exactly as before.
        const qint64 perUserMfaBatches = (fast.mailboxes + 19) / 20;
        const qint64 needed = fast.requests - perUserMfaBatches - 1 + fast.mailboxes + 3;
        double baselineMs = static_cast<double>(slow.wallMs);
        if (slow.timedOut && slow.requests > 0)
            baselineMs = static_cast<double>(slow.wallMs) / static_cast<double>(slow.requests) * needed;
        std::printf("baseline (concurrency 1, no $batch): %.1f s%s, %lld requests needed\n", baselineMs / 1000.0,
                    slow.timedOut ? qPrintable(u" extrapolated from %1 requests in %2 s"_s.arg(slow.requests)
                                                   .arg(slow.wallMs / 1000.0, 0, 'f', 1))
                                  : "",
                    static_cast<long long>(needed));
        std::printf("speed-up over the baseline:     %.1fx\n", baselineMs / static_cast<double>(fast.wallMs));
    }
    tenant.process.terminate();
    tenant.process.waitForFinished(10000);
    return fast.complete ? 0 : 2;
}
