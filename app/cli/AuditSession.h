#pragma once

#include "AuditOutputs.h"

#include "audit/Finding.h"

#include <QString>

#include <optional>

namespace smtpaudit::cli {

// `audit --sample-tenant SIZE`: the built-in sample tenant, started in this process.
struct SampleTenantChoice
{
    QString size; // small | medium | large
    quint64 seed = 1;
    int latencyMs = 0;
    double faultRate = 0; // shared equally by 429, 503, connection reset, truncated and malformed JSON
    bool premium = true;  // false: no Entra ID P1 (the sign-in log answers 403)
    bool restrictedApp = false;
    bool http1Only = false;  // the sample server offers no HTTP/2 (for comparing the two)
    QString groundTruthFile; // where to write what a correct audit must find
};

// Everything `smtpaudit-cli audit` was asked to do, validated by the option parser.
struct AuditOptions
{
    std::optional<SampleTenantChoice> sample;
    QString profile;
    QString tenant;
    QString clientId;
    QString auth; // device-code | secret | certificate
    QString certificate;
    bool secretFromStdin = false;
    QString cloud = QStringLiteral("global");
    QString loginUrl, graphUrl, exoUrl, caFile;

    int signInDays = 30;
    OutputFiles outputs;
    std::optional<Severity> failOn;
    int concurrency = 0; // 0: ApiClient's default
    bool batching = true;
    QString historyDirectory; // empty: no history
    bool quiet = false;
};

// Signs in, runs the audit, writes the outputs; returns the process exit code (CliSupport.h).
int runAuditSession(const AuditOptions& options);

} // namespace smtpaudit::cli
