// smtpaudit-cli audit, the run itself: sign-in set-up (possibly waiting for the keychain), the AuditRun,
// the outputs, and the exit code.
#include "AuditSession.h"

#include "AuditProgress.h"
#include "AuditSampleTenant.h"
#include "CliSupport.h"

#include "audit/AuditJson.h"
#include "audit/run/AuditRun.h"
#include "http/ApiClient.h"
#include "identity/Credential.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/ProfileStore.h"
#include "identity/SecretStore.h"
#include "identity/TokenProvider.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {
namespace {

std::optional<QByteArray> readSecretFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = input.readLine().trimmed();
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

bool isAccessError(const Error& error)
{
    return error.category == Error::Category::Authentication || error.category == Error::Category::PermissionMissing;
}

// Precedence: a failed sign-in or a missing permission (3) outranks a partial audit (4), which outranks
// findings (1): the exit code names what the admin must fix first.
int exitCodeFor(const AuditRun& run, const AuditOptions& options)
{
    if (run.state() == AuditRun::State::Failed)
        return run.fatalError() && isAccessError(*run.fatalError()) ? ExitAuthentication : ExitIncomplete;
    if (run.state() != AuditRun::State::Finished || !run.result())
        return ExitIncomplete;
    const AuditResult& result = *run.result();
    bool accessDenied = !run.permissionReport().missing.isEmpty();
    for (const auto& [id, status] : result.snapshot.collectors.asKeyValueRange())
        accessDenied = accessDenied || (status.error && isAccessError(*status.error));
    if (accessDenied)
        return ExitAuthentication;
    if (!result.complete)
        return ExitIncomplete;
    if (options.failOn && result.hasIssueAtOrAbove(*options.failOn))
        return ExitFindings;
    return ExitOk;
}

// Everything a run needs, owned in one place so the destruction order is explicit: the run, then the
// client and tokens, then the credential, then the sample tenant the client talked to.
struct Session
{
    SampleConnection sample;
    std::unique_ptr<SecretStore> secrets;
    CloudEnvironment cloud;
    QString tenant;
    std::unique_ptr<Credential> credential;
    std::unique_ptr<TokenProvider> tokens;
    std::unique_ptr<ApiClient> client;
    OwnCredential ownCredential;
    QStringList sendingRanges;
};

// Drives one audit from the command line and ends the event loop with the exit code.
class AuditCli : public QObject
{
    // Not QObject::tr: the strings belong to the "AuditCommand" context like the rest of the command.
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    explicit AuditCli(AuditOptions options)
        : m_options(std::move(options))
    {}

    ~AuditCli() override
    {
        m_progress.reset();
        m_run.reset();
        m_session.client.reset();
        m_session.tokens.reset();
        m_session.credential.reset();
    }

    // The exit code when the set-up ended synchronously; nullopt while the audit (or a keychain read) runs.
    std::optional<int> prepare()
    {
        m_session.client = std::make_unique<ApiClient>();
        if (m_options.concurrency > 0)
            m_session.client->setMaxConcurrency(m_options.concurrency);
        if (m_options.sample)
            return prepareSample();
        if (!m_options.profile.isEmpty())
            return prepareProfile();
        ConnectionProfile profile;
        profile.name = u"command-line"_s;
        profile.tenant = m_options.tenant;
        profile.clientId = m_options.clientId;
        profile.cloud = m_options.cloud;
        profile.loginUrl = m_options.loginUrl;
        profile.graphUrl = m_options.graphUrl;
        profile.exchangeUrl = m_options.exoUrl;
        profile.caFile = m_options.caFile;
        profile.certificatePath = m_options.certificate;
        profile.auth = ConnectionProfile::authKindFromName(m_options.auth).value_or(profile.auth);
        return prepareFromProfile(profile, std::nullopt);
    }

private:
    std::optional<int> prepareSample()
    {
        Result<SampleConnection> started = startSampleTenant(*m_options.sample, m_options.signInDays);
        if (!started.ok()) {
            err() << started.error().toString() << Qt::endl;
            return started.error().category == Error::Category::InvalidInput ? ExitUsage : ExitIncomplete;
        }
        m_session.sample = std::move(started).value();
        const ConnectionProfile profile = m_session.sample.profile;
        return prepareFromProfile(profile, m_session.sample.clientSecret);
    }

    std::optional<int> prepareProfile()
    {
        m_session.secrets = std::make_unique<SecretStore>();
        ProfileStore store(m_session.secrets.get());
        const std::optional<ConnectionProfile> profile = store.load(m_options.profile);
        if (!profile) {
            err() << tr("No connection profile named %1.").arg(m_options.profile) << Qt::endl;
            return ExitUsage;
        }
        if (profile->auth == ConnectionProfile::AuthKind::Certificate)
            return readCertificatePassphrase(*profile);
        if (profile->auth != ConnectionProfile::AuthKind::ClientSecret || m_options.secretFromStdin)
            return prepareFromProfile(*profile, std::nullopt);
        // The profile's secret is in the keychain: go on when it has been read.
        m_session.secrets->read(
            profile->name, ProfileSecret::clientSecret,
            [this, profile = *profile](Result<std::optional<QByteArray>> secret) {
                if (!secret.ok() || !secret.value()) {
                    err() << tr("The client secret of profile %1 could not be read from the keychain: %2")
                                 .arg(profile.name, secret.ok() ? tr("no secret saved") : secret.error().toString())
                          << Qt::endl;
                    QCoreApplication::exit(ExitAuthentication);
                    return;
                }
                if (const std::optional<int> code = prepareFromProfile(profile, *secret.value()))
                    QCoreApplication::exit(*code);
            });
        return std::nullopt;
    }

    // A certificate profile's key may be protected by a passphrase, saved in the keychain with the profile
    // (the wizard's "new profile" page writes it there). No entry: the key is not encrypted.
    std::optional<int> readCertificatePassphrase(const ConnectionProfile& profile)
    {
        m_session.secrets->read(profile.name, ProfileSecret::certificatePassphrase,
                                [this, profile](Result<std::optional<QByteArray>> passphrase) {
                                    if (!passphrase.ok()) {
                                        err() << tr("The certificate passphrase of profile %1 could not be read "
                                                    "from the keychain: %2")
                                                     .arg(profile.name, passphrase.error().toString())
                                              << Qt::endl;
                                        QCoreApplication::exit(ExitAuthentication);
                                        return;
                                    }
                                    m_certificatePassphraseFromKeychain = passphrase.value().has_value();
                                    if (const std::optional<int> code = prepareFromProfile(
                                            profile, std::nullopt, passphrase.value().value_or(QByteArray())))
                                        QCoreApplication::exit(*code);
                                });
        return std::nullopt;
    }

    std::optional<int> prepareFromProfile(const ConnectionProfile& profile, std::optional<QByteArray> secret,
                                          const QByteArray& certificatePassphrase = {})
    {
        Result<CloudEnvironment> cloud = profile.environment();
        if (!cloud.ok()) {
            err() << cloud.error().message << Qt::endl;
            return ExitUsage;
        }
        m_session.cloud = cloud.value();
        TlsTrust trust;
        if (!profile.caFile.isEmpty()) {
            const auto certificates = TlsTrust::loadCaFile(profile.caFile);
            if (!certificates.ok()) {
                err() << certificates.error().toString() << Qt::endl;
                return ExitUsage;
            }
            trust.addCaCertificates(certificates.value());
        }
        m_session.client->setTlsTrust(trust);
        switch (profile.auth) {
        case ConnectionProfile::AuthKind::ClientSecret:
            if (!secret)
                secret = readSecretFromStdin().value_or(QByteArray());
            if (secret->isEmpty()) {
                err() << tr("No client secret on standard input.") << Qt::endl;
                return ExitUsage;
            }
            m_session.credential =
                std::make_unique<ClientSecretCredential>(m_session.cloud, profile.tenant, profile.clientId, *secret);
            m_session.ownCredential.kind = OwnCredential::Kind::ClientSecret;
            break;
        case ConnectionProfile::AuthKind::Certificate: {
            Result<ClientCertificate> loaded =
                ClientCertificate::fromFile(profile.certificatePath, certificatePassphrase);
            if (!loaded.ok()) {
                err() << loaded.error().toString() << Qt::endl;
                if (m_session.secrets && loaded.error().category == Error::Category::InvalidInput)
                    err() << (m_certificatePassphraseFromKeychain
                                  ? tr("The passphrase saved in the keychain for profile %1 did not open the "
                                       "certificate's private key.")
                                  : tr("No certificate passphrase is saved in the keychain for profile %1; an "
                                       "encrypted private key needs one."))
                                 .arg(profile.name)
                          << Qt::endl;
                // A saved profile whose key the keychain cannot open is a sign-in problem, not a usage error.
                return m_session.secrets ? ExitAuthentication : ExitUsage;
            }
            m_session.ownCredential.kind = OwnCredential::Kind::Certificate;
            m_session.ownCredential.expiresAt = loaded.value().expiresAt();
            m_session.ownCredential.label = profile.certificatePath;
            m_session.credential = std::make_unique<CertificateCredential>(
                m_session.cloud, profile.tenant, profile.clientId, std::move(loaded).value(), profile.assertionVariant);
            break;
        }
        case ConnectionProfile::AuthKind::DeviceCode:
        case ConnectionProfile::AuthKind::AuthCodePkce: {
            // A terminal has no browser redirect: both delegated kinds sign in with a device code here.
            auto deviceCode = std::make_unique<DeviceCodeCredential>(m_session.cloud, profile.tenant, profile.clientId);
            connect(deviceCode.get(), &DeviceCodeCredential::deviceCodeReady, this,
                    [](const DeviceCodePrompt& prompt) { err() << prompt.message << Qt::endl; });
            // A saved profile keeps its refresh token in the keychain: the next run needs no device code.
            if (m_session.secrets)
                deviceCode->setRefreshTokenStore(m_session.secrets.get(), profile.name);
            m_session.credential = std::move(deviceCode);
            m_session.ownCredential.kind = OwnCredential::Kind::Delegated;
            break;
        }
        }
        m_session.ownCredential.appId = profile.clientId;
        m_session.credential->setTlsTrust(trust);
        m_session.sendingRanges = profile.sendingRanges;
        m_session.tenant = profile.tenant;
        m_session.tokens = std::make_unique<TokenProvider>(m_session.credential.get(), m_session.cloud);
        m_session.client->setTokenSource(m_session.tokens->tokenSource());
        startRun();
        return std::nullopt;
    }

    void startRun()
    {
        CollectorContext context;
        context.cloud = m_session.cloud;
        context.tenantId = m_session.tenant;
        AuditRunOptions runOptions;
        runOptions.collectors.signInDays = m_options.signInDays;
        runOptions.collectors.batching = m_options.batching;
        runOptions.declaredSendingRanges = m_session.sendingRanges;
        runOptions.ownCredential = m_session.ownCredential;
        runOptions.historyDirectory = m_options.historyDirectory;
        m_run = std::make_unique<AuditRun>(*m_session.client, m_session.tokens.get(), context, runOptions);
        connect(m_run.get(), &AuditRun::permissionsChecked, this, [this](const PermissionReport& report) {
            clearProgress();
            for (const MissingRequirement& missing : report.missing)
                err() << tr("Missing for %1: %2. %3")
                             .arg(auditCheckName(missing.check), missing.requirement.name,
                                  missing.requirement.howToGrant)
                      << Qt::endl;
        });
        connect(m_run.get(), &AuditRun::collectorFinished, this, [this](CollectorId id, const CollectorStatus& status) {
            // Failures are always reported; completions only when no progress line shows them.
            if (status.isComplete() && (m_progress || m_options.quiet))
                return;
            clearProgress();
            if (status.isComplete())
                err() << tr("%1: complete, %n object(s)", nullptr, static_cast<int>(status.itemCount))
                             .arg(collectorName(id))
                      << Qt::endl;
            else if (status.error)
                err() << tr("%1: FAILED (%2): %3")
                             .arg(collectorName(id), status.error->categoryName(), status.error->toString())
                      << Qt::endl;
        });
        connect(m_run.get(), &AuditRun::finished, this, [this] { onFinished(); });
        if (!m_options.quiet && ::isatty(STDERR_FILENO))
            m_progress = std::make_unique<ProgressLine>(*m_run);
        cancelOnTerminationSignals(*m_run);
        m_run->start();
    }

    void clearProgress()
    {
        if (m_progress)
            m_progress->clear();
    }

    void onFinished()
    {
        m_progress.reset();
        const int code = exitCodeFor(*m_run, m_options);
        if (m_run->state() == AuditRun::State::Failed) {
            err() << tr("The audit could not run: %1").arg(m_run->fatalError()->toString()) << Qt::endl;
            QCoreApplication::exit(code);
            return;
        }
        if (m_run->state() != AuditRun::State::Finished) {
            err() << tr("The audit was cancelled.") << Qt::endl;
            QCoreApplication::exit(code);
            return;
        }
        const AuditResult& result = *m_run->result();
        if (!m_options.quiet)
            for (const Error& warning : m_run->warnings())
                err() << tr("Note: %1").arg(warning.message) << Qt::endl;
        // A file gets compact JSON (a large tenant's audit is tens of megabytes; indentation alone added
        // two thirds); standard output, which people read, is indented.
        const QJsonDocument::JsonFormat format =
            m_options.outputs.json == u"-"_s ? QJsonDocument::Indented : QJsonDocument::Compact;
        if (!writeOutputs(result, AuditJson::serialize(result, format), m_options.outputs, m_options.quiet)) {
            QCoreApplication::exit(ExitIncomplete);
            return;
        }
        if (const auto& saved = m_run->savedTo(); saved && !saved->ok())
            err() << tr("The audit was not saved to the history: %1").arg(saved->error().toString()) << Qt::endl;
        if (!m_options.quiet || code != ExitOk) {
            int issues = 0;
            for (const Finding& finding : result.findings)
                issues += finding.kind == FindingKind::Issue ? 1 : 0;
            const ApiProgress requests = m_session.client->progress();
            err() << tr("%1 mailboxes, %2 findings to act on, score %3, %4 in %5 s (%6 requests, %7 retries)")
                         .arg(result.mailboxes.size())
                         .arg(issues)
                         .arg(result.score)
                         .arg(result.complete ? tr("complete") : tr("PARTIAL"))
                         .arg(QString::number(static_cast<double>(m_run->elapsedMs()) / 1000.0, 'f', 1))
                         .arg(requests.done())
                         .arg(requests.retries)
                  << Qt::endl;
        }
        QCoreApplication::exit(code);
    }

    AuditOptions m_options;
    Session m_session;
    bool m_certificatePassphraseFromKeychain = false;
    std::unique_ptr<AuditRun> m_run;
    std::unique_ptr<ProgressLine> m_progress;
};

} // namespace

int runAuditSession(const AuditOptions& options)
{
    AuditCli cli(options);
    if (const std::optional<int> code = cli.prepare())
        return *code;
    return QCoreApplication::exec();
}

} // namespace smtpaudit::cli
