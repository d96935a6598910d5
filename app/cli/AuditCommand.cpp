// smtpaudit-cli audit: the options. The run itself is AuditSession.cpp.
#include "AuditSession.h"
#include "CliCommands.h"
#include "CliSupport.h"

#include "audit/AuditStore.h"
#include "http/ApiClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {
namespace {

// lupdate files AuditCommandText::tr() under the class that declares it; a free AuditCommandText::tr() in a namespace
// would be extracted under the namespace's name and never found at run time.
struct AuditCommandText
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

} // namespace

int runAudit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(AuditCommandText::tr(
        "Audits SMTP AUTH in a Microsoft 365 tenant.\n"
        "Exit codes: 0 no finding at or above --fail-on, 1 findings at or above --fail-on, 2 usage error,\n"
        "3 sign-in failed or a permission is missing (the outputs are written when the audit ran, partial),\n"
        "4 incomplete for another reason (licence, network, service, cancelled, an output not written)."));
    parser.addHelpOption();
    const QCommandLineOption sampleTenant(u"sample-tenant"_s,
                                          AuditCommandText::tr("Audit the built-in sample tenant of SIZE."), u"SIZE"_s);
    const QCommandLineOption seed(u"seed"_s, AuditCommandText::tr("Seed of the sample tenant."), u"N"_s, u"1"_s);
    const QCommandLineOption sampleLatency(
        u"sample-latency-ms"_s,
        AuditCommandText::tr("Response time of the sample tenant's API, counted from each request's arrival."), u"N"_s,
        u"0"_s);
    const QCommandLineOption sampleFaults(
        u"fault-rate"_s, AuditCommandText::tr("Share of sample API responses replaced by faults."), u"F"_s, u"0"_s);
    const QCommandLineOption sampleNoPremium(u"sample-no-premium"_s,
                                             AuditCommandText::tr("The sample tenant has no Entra ID P1."));
    const QCommandLineOption sampleRestricted(
        u"sample-restricted-app"_s,
        AuditCommandText::tr("Sign in to the sample tenant as the app without AuditLog.Read.All."));
    const QCommandLineOption sampleHttp1(u"sample-http1"_s,
                                         AuditCommandText::tr("The sample tenant speaks HTTP/1.1 only (no HTTP/2)."));
    const QCommandLineOption sampleTruth(u"sample-ground-truth"_s,
                                         AuditCommandText::tr("Write the sample tenant's ground truth."), u"FILE"_s);
    const QCommandLineOption profile(u"profile"_s, AuditCommandText::tr("Use the saved connection profile NAME."),
                                     u"NAME"_s);
    const QCommandLineOption tenant(u"tenant"_s, AuditCommandText::tr("Tenant id or verified domain."), u"ID"_s);
    const QCommandLineOption clientId(u"client-id"_s, AuditCommandText::tr("Application (client) id."), u"ID"_s);
    const QCommandLineOption auth(u"auth"_s, AuditCommandText::tr("device-code, secret or certificate."), u"KIND"_s);
    const QCommandLineOption certificate(
        u"certificate"_s, AuditCommandText::tr("Certificate with private key (PEM or PKCS#12)."), u"FILE"_s);
    const QCommandLineOption secretStdin(u"client-secret-stdin"_s,
                                         AuditCommandText::tr("Read the client secret from standard input."));
    const QCommandLineOption cloud(u"cloud"_s, AuditCommandText::tr("global, usgov, usgovdod, china or custom."),
                                   u"NAME"_s);
    const QCommandLineOption loginUrl(u"login-url"_s, AuditCommandText::tr("Custom cloud: identity platform URL."),
                                      u"URL"_s);
    const QCommandLineOption graphUrl(u"graph-url"_s, AuditCommandText::tr("Custom cloud: Microsoft Graph URL."),
                                      u"URL"_s);
    const QCommandLineOption exoUrl(u"exo-url"_s, AuditCommandText::tr("Custom cloud: Exchange Online URL."), u"URL"_s);
    const QCommandLineOption caFile(u"ca-file"_s, AuditCommandText::tr("Also trust the CA certificates in PEM."),
                                    u"PEM"_s);
    const QCommandLineOption days(QStringList{u"days"_s, u"sign-in-days"_s},
                                  AuditCommandText::tr("Sign-in window in days (1-30)."), u"N"_s, u"30"_s);
    const QCommandLineOption json(
        u"json"_s, AuditCommandText::tr("Write the audit as JSON to FILE (- for standard output)."), u"FILE"_s);
    const QCommandLineOption csv(u"csv"_s, AuditCommandText::tr("Write the CSV exports into DIR."), u"DIR"_s);
    const QCommandLineOption pdf(u"pdf"_s, AuditCommandText::tr("Write the PDF report to FILE."), u"FILE"_s);
    const QCommandLineOption failOn(u"fail-on"_s, AuditCommandText::tr("Exit 1 for findings of SEVERITY or higher."),
                                    u"SEVERITY"_s);
    const QCommandLineOption quiet(u"quiet"_s, AuditCommandText::tr("No progress and no summary; errors only."));
    const QCommandLineOption concurrency(u"concurrency"_s, AuditCommandText::tr("Requests on the wire at once."),
                                         u"N"_s, QString::number(ApiClient::defaultConcurrency));
    const QCommandLineOption noBatching(u"no-batching"_s,
                                        AuditCommandText::tr("Send every request on its own (no $batch)."));
    const QCommandLineOption history(u"history-dir"_s, AuditCommandText::tr("Audit history directory."), u"DIR"_s);
    const QCommandLineOption noHistory(u"no-history"_s,
                                       AuditCommandText::tr("Neither read nor save the audit history."));
    parser.addOptions({sampleTenant,
                       seed,
                       sampleLatency,
                       sampleFaults,
                       sampleNoPremium,
                       sampleRestricted,
                       sampleHttp1,
                       sampleTruth,
                       profile,
                       tenant,
                       clientId,
                       auth,
                       certificate,
                       secretStdin,
                       cloud,
                       loginUrl,
                       graphUrl,
                       exoUrl,
                       caFile,
                       days,
                       json,
                       csv,
                       pdf,
                       failOn,
                       quiet,
                       concurrency,
                       noBatching,
                       history,
                       noHistory});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(AuditCommandText::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    AuditOptions options;
    const int modes = int(parser.isSet(sampleTenant)) + int(parser.isSet(profile)) + int(parser.isSet(tenant));
    if (modes != 1)
        return usage(
            AuditCommandText::tr("Choose exactly one of --sample-tenant SIZE, --profile NAME or --tenant ID."));
    bool ok = true, valueOk = false;
    if (parser.isSet(sampleTenant)) {
        SampleTenantChoice choice;
        choice.size = parser.value(sampleTenant);
        choice.seed = parser.value(seed).toULongLong(&valueOk);
        ok = ok && valueOk;
        choice.latencyMs = parser.value(sampleLatency).toInt(&valueOk);
        ok = ok && valueOk && choice.latencyMs >= 0;
        choice.faultRate = parser.value(sampleFaults).toDouble(&valueOk);
        ok = ok && valueOk && choice.faultRate >= 0 && choice.faultRate <= 1;
        choice.premium = !parser.isSet(sampleNoPremium);
        choice.restrictedApp = parser.isSet(sampleRestricted);
        choice.http1Only = parser.isSet(sampleHttp1);
        choice.groundTruthFile = parser.value(sampleTruth);
        options.sample = choice;
    } else {
        for (const QCommandLineOption* sampleOnly :
             {&seed, &sampleLatency, &sampleFaults, &sampleNoPremium, &sampleRestricted, &sampleHttp1, &sampleTruth})
            if (parser.isSet(*sampleOnly))
                return usage(AuditCommandText::tr("--%1 applies to --sample-tenant only.")
                                 .arg(sampleOnly->names().constFirst()));
    }
    options.signInDays = parser.value(days).toInt(&valueOk);
    ok = ok && valueOk && options.signInDays >= 1 && options.signInDays <= 30;
    options.concurrency = parser.value(concurrency).toInt(&valueOk);
    ok = ok && valueOk && options.concurrency >= 1 && options.concurrency <= 64;
    if (!ok)
        return usage(AuditCommandText::tr("Invalid number: --days takes 1-30, --concurrency 1-64, --fault-rate 0-1, "
                                          "--seed and --sample-latency-ms non-negative numbers."));
    if (parser.isSet(failOn)) {
        options.failOn = severityFromName(parser.value(failOn).toLower());
        if (!options.failOn)
            return usage(AuditCommandText::tr("--fail-on takes info, low, medium, high or critical."));
    }
    options.profile = parser.value(profile);
    options.tenant = parser.value(tenant);
    options.clientId = parser.value(clientId);
    options.auth = parser.value(auth);
    options.certificate = parser.value(certificate);
    options.secretFromStdin = parser.isSet(secretStdin);
    if (parser.isSet(cloud))
        options.cloud = parser.value(cloud);
    options.loginUrl = parser.value(loginUrl);
    options.graphUrl = parser.value(graphUrl);
    options.exoUrl = parser.value(exoUrl);
    options.caFile = parser.value(caFile);
    options.outputs.json = parser.value(json);
    options.outputs.csvDirectory = parser.value(csv);
    options.outputs.pdf = parser.value(pdf);
    options.quiet = parser.isSet(quiet);
    options.batching = !parser.isSet(noBatching);
    options.historyDirectory = parser.isSet(noHistory) ? QString()
                               : parser.isSet(history) ? parser.value(history)
                                                       : AuditStore::defaultDirectory();
    if (!options.tenant.isEmpty() && (options.clientId.isEmpty() || options.auth.isEmpty()))
        return usage(AuditCommandText::tr("--tenant needs --client-id and --auth device-code|secret|certificate."));
    if (!options.auth.isEmpty() && options.auth != u"device-code"_s && options.auth != u"secret"_s &&
        options.auth != u"certificate"_s)
        return usage(AuditCommandText::tr("--auth takes device-code, secret or certificate."));
    if (options.auth == u"certificate"_s && options.certificate.isEmpty())
        return usage(AuditCommandText::tr("--auth certificate needs --certificate FILE."));
    if (options.auth == u"secret"_s && !options.secretFromStdin)
        return usage(
            AuditCommandText::tr("--auth secret reads the secret from standard input: add --client-secret-stdin "
                                 "(a secret on the command line would end up in the shell history)."));
    return runAuditSession(options);
}

} // namespace smtpaudit::cli
