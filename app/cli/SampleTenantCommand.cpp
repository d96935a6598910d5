#include "CliCommands.h"
#include "CliSupport.h"

#include "sample/data/GroundTruth.h"
#include "sample/data/TenantGenerator.h"
#include "sample/tenant/SampleTenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {
namespace {

// lupdate files SampleTenantCommandText::tr() under the class that declares it; a free SampleTenantCommandText::tr() in
// a namespace would be extracted under the namespace's name and never found at run time.
struct SampleTenantCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SampleTenantCommand)
};

// SIGINT/SIGTERM end the event loop through a socket pair (the self-pipe pattern): only async-signal-safe
// work happens in the handler.
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

void quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

bool writeJsonFile(const QString& path, const QJsonObject& object, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(object).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// Serving also ends when standard input is closed (the parent of a piped `serve` went away). Only a pipe
// or a terminal is watched: a background job's /dev/null would end the server at once.
void quitWhenStdinCloses()
{
    struct stat info = {};
    if (::fstat(STDIN_FILENO, &info) != 0 ||
        !(S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode) || ::isatty(STDIN_FILENO)))
        return;
    auto* notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [notifier] {
        char buffer[256];
        const auto read = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (read <= 0) { // end of file or error: nobody is listening any more
            notifier->setEnabled(false);
            QCoreApplication::quit();
        }
    });
}

// --now: the tenant's clock as ISO-8601 (so that `serve` and `ground-truth` describe the same tenant).
bool parseNow(const QString& text, QDateTime& now)
{
    if (text.isEmpty())
        return true;
    now = QDateTime::fromString(text, Qt::ISODate);
    if (!now.isValid())
        return false;
    now = now.toUTC();
    return true;
}

int runGroundTruth(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SampleTenantCommandText::tr(
        "Prints, as JSON, what a correct audit of the sample tenant must find (computed from the generated\n"
        "tenant, independently of the audit code)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"ground-truth"_s, SampleTenantCommandText::tr("Print the ground truth."));
    const QCommandLineOption size(u"size"_s, SampleTenantCommandText::tr("Tenant size: small, medium or large."),
                                  u"SIZE"_s, u"small"_s);
    const QCommandLineOption seed(
        u"seed"_s, SampleTenantCommandText::tr("Seed of the generator (same seed, same tenant)."), u"N"_s, u"1"_s);
    const QCommandLineOption days(u"days"_s, SampleTenantCommandText::tr("Sign-in window in days (1-30)."), u"N"_s,
                                  u"30"_s);
    const QCommandLineOption noPremium(u"no-premium"_s,
                                       SampleTenantCommandText::tr("The tenant has no Entra ID P1 licence."));
    const QCommandLineOption now(
        u"now"_s, SampleTenantCommandText::tr("The tenant's clock (ISO-8601); default: the current time."), u"TIME"_s);
    parser.addOptions({size, seed, days, noPremium, now});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    sample::TenantOptions options;
    const auto tenantSize = sample::TenantOptions::sizeFromName(parser.value(size));
    bool seedOk = false, daysOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    const int window = parser.value(days).toInt(&daysOk);
    options.now = QDateTime::currentDateTimeUtc();
    if (parser.positionalArguments() != QStringList{u"ground-truth"_s} || !tenantSize || !seedOk || !daysOk ||
        window < 1 || window > 30 || !parseNow(parser.value(now), options.now)) {
        err() << SampleTenantCommandText::tr(
                     "Usage: smtpaudit-cli sample-tenant ground-truth --size small|medium|large [--seed N] "
                     "[--days 1-30] [--no-premium] [--now ISO-8601]")
              << Qt::endl;
        return ExitUsage;
    }
    options.size = *tenantSize;
    options.premium = !parser.isSet(noPremium);
    const sample::TenantModel model = sample::TenantGenerator::generate(options);
    out() << QString::fromUtf8(QJsonDocument(sample::groundTruth(model, window)).toJson(QJsonDocument::Indented));
    out().flush();
    return ExitOk;
}

} // namespace

int runSampleTenant(const QStringList& arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == u"ground-truth"_s)
        return runGroundTruth(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(SampleTenantCommandText::tr(
        "Runs the built-in sample Microsoft 365 tenant on loopback until it is stopped (Ctrl+C).\n"
        "The first line on standard output is a JSON object with baseUrl, caFile, tenantId, clientId,\n"
        "clientSecret, smtpHost and smtpPort."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"serve"_s, SampleTenantCommandText::tr("Start serving."));
    const QCommandLineOption size(u"size"_s, SampleTenantCommandText::tr("Tenant size: small, medium or large."),
                                  u"SIZE"_s, u"small"_s);
    const QCommandLineOption seed(
        u"seed"_s, SampleTenantCommandText::tr("Seed of the generator (same seed, same tenant)."), u"N"_s, u"1"_s);
    const QCommandLineOption port(u"port"_s, SampleTenantCommandText::tr("HTTPS port (0: any free port)."), u"N"_s,
                                  u"0"_s);
    const QCommandLineOption latency(
        u"latency-ms"_s, SampleTenantCommandText::tr("Response time of every API request, counted from its arrival."),
        u"N"_s, u"0"_s);
    const QCommandLineOption faultRate(
        u"fault-rate"_s,
        SampleTenantCommandText::tr(
            "Share of API responses replaced by a fault (429, 503, reset, truncated or malformed JSON, slow "
            "trickle)."),
        u"F"_s, u"0"_s);
    const QCommandLineOption noPremium(u"no-premium"_s,
                                       SampleTenantCommandText::tr("The tenant has no Entra ID P1 licence."));
    const QCommandLineOption throttling(u"throttling"_s,
                                        SampleTenantCommandText::tr("Apply Microsoft's documented throttling limits."));
    const QCommandLineOption groundTruth(
        u"ground-truth"_s, SampleTenantCommandText::tr("Write what a correct audit must find to FILE (JSON)."),
        u"FILE"_s);
    const QCommandLineOption signInDays(
        u"sign-in-days"_s, SampleTenantCommandText::tr("Sign-in window of the ground truth (1-30)."), u"N"_s, u"30"_s);
    const QCommandLineOption now(
        u"now"_s, SampleTenantCommandText::tr("The tenant's clock (ISO-8601); default: the current time."), u"TIME"_s);
    const QCommandLineOption exchangeRegion(
        u"exchange-region"_s,
        SampleTenantCommandText::tr("Exchange regional host discovery answers with a redirect to a regional front "
                                    "end named NAME (another port on 127.0.0.1)."),
        u"NAME"_s);
    parser.addOptions(
        {size, seed, port, latency, faultRate, noPremium, throttling, groundTruth, signInDays, now, exchangeRegion});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments() != QStringList{u"serve"_s}) {
        err() << SampleTenantCommandText::tr(
                     "Usage: smtpaudit-cli sample-tenant serve [options] | sample-tenant ground-truth [options]")
              << Qt::endl;
        return ExitUsage;
    }

    sample::SampleTenantOptions options;
    const auto tenantSize = sample::TenantOptions::sizeFromName(parser.value(size));
    bool seedOk = false, portOk = false, latencyOk = false, rateOk = false, daysOk = false;
    options.tenant.seed = parser.value(seed).toULongLong(&seedOk);
    const uint portValue = parser.value(port).toUInt(&portOk);
    const int latencyValue = parser.value(latency).toInt(&latencyOk);
    const double rate = parser.value(faultRate).toDouble(&rateOk);
    const int days = parser.value(signInDays).toInt(&daysOk);
    if (!tenantSize || !seedOk || !portOk || portValue > 65535 || !latencyOk || latencyValue < 0 || !rateOk ||
        rate < 0 || rate > 1 || !daysOk || days < 1 || days > 30 || !parseNow(parser.value(now), options.tenant.now)) {
        err() << SampleTenantCommandText::tr(
                     "Invalid option value: --size takes small, medium or large; --fault-rate a number from 0 "
                     "to 1; --sign-in-days 1 to 30; --now an ISO-8601 time; --port, --seed and --latency-ms "
                     "non-negative numbers.")
              << Qt::endl;
        return ExitUsage;
    }
    options.tenant.size = *tenantSize;
    options.tenant.premium = !parser.isSet(noPremium);
    options.server.port = static_cast<quint16>(portValue);
    options.server.faults.seed = static_cast<quint32>(options.tenant.seed);
    options.server.faults.latencyMs = latencyValue;
    // The rate is shared equally by the six faults a client must survive.
    options.server.faults.tooManyRequestsRate = rate / 6;
    options.server.faults.serviceUnavailableRate = rate / 6;
    options.server.faults.connectionResetRate = rate / 6;
    options.server.faults.truncatedJsonRate = rate / 6;
    options.server.faults.malformedJsonRate = rate / 6;
    options.server.faults.slowTrickleRate = rate / 6;
    options.throttling = parser.isSet(throttling);
    options.exchangeRegion = parser.value(exchangeRegion);

    auto started = sample::SampleTenant::start(std::move(options));
    if (!started.ok()) {
        err() << SampleTenantCommandText::tr("The sample tenant could not start: %1").arg(started.error().toString())
              << Qt::endl;
        return ExitIncomplete;
    }
    const std::unique_ptr<sample::SampleTenant> tenant = std::move(started).value();

    if (parser.isSet(groundTruth)) {
        QString error;
        if (!writeJsonFile(parser.value(groundTruth), tenant->groundTruth(days), &error)) {
            err() << SampleTenantCommandText::tr("Cannot write the ground truth to %1: %2")
                         .arg(parser.value(groundTruth), error)
                  << Qt::endl;
            return ExitIncomplete;
        }
    }

    out() << QString::fromUtf8(QJsonDocument(tenant->connectionInfo()).toJson(QJsonDocument::Compact)) << Qt::endl;
    err() << SampleTenantCommandText::tr("Sample tenant %1 serving at %2, SMTP submission at %3:%4 (Ctrl+C to stop)")
                 .arg(tenant->initialDomain(), tenant->baseUrl().toString(), tenant->smtpHost())
                 .arg(tenant->smtpPort())
          << Qt::endl;
    out().flush();
    quitOnTerminationSignals();
    quitWhenStdinCloses();
    return QCoreApplication::exec();
}

} // namespace smtpaudit::cli
