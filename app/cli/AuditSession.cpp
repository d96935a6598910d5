// smtpaudit-cli audit, the run itself: sign-in set-up (ProfileCredentialLoader, possibly waiting for the keychain),
// the AuditRun, the outputs, and the exit code.
#include "AuditSession.h"

#include "AuditProgress.h"
#include "AuditSampleTenant.h"
#include "CliSupport.h"

#include "audit/AuditJson.h"
#include "audit/run/AuditRun.h"
#include "http/ApiClient.h"
#include "identity/Credential.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/ProfileCredentialLoader.h"
#include "identity/ProfileStore.h"
#include "identity/SecretStore.h"
#include "identity/TokenProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

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

// A profile that cannot be used as written is a usage error (2); a secret the keychain does not have or give, or
// one that does not open the key, is a sign-in problem (3). A certificate given on the command line is the
// caller's input, so its problems are usage errors; a saved profile's are sign-in problems.
int exitCodeFor(const CredentialLoadError& failure, bool savedProfile)
{
    switch (failure.kind) {
    case CredentialLoadError::Kind::InvalidProfile:
    case CredentialLoadError::Kind::UnsupportedAuth:
        return ExitUsage;
    case CredentialLoadError::Kind::MissingSecret:
    case CredentialLoadError::Kind::KeychainUnavailable:
        return ExitAuthentication;
    case CredentialLoadError::Kind::CertificateUnreadable:
    case CredentialLoadError::Kind::WrongPassphrase:
        return savedProfile ? ExitAuthentication : ExitUsage;
    }
    return ExitAuthentication;
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
        // A finished audit is left to the process's end: the operating system takes its memory back at once,
        // while destroying it (a large tenant's users, mailboxes, sign-in store and assessments, millions
        // of allocations) took 0.6 to 0.9 s after the outputs were written. Nothing of it waits on anything:
        // its requests are all answered, its outputs and history file are written and closed. A run that did
        // not finish may still have requests in flight, so it is destroyed before the client.
        if (m_run && m_run->state() == AuditRun::State::Finished)
            (void)m_run.release();
        m_run.reset();
        m_loader.reset();
        m_session.client.reset();
        m_session.tokens.reset();
        m_session.credential.reset();
    }

    // The exit code when the set-up ended synchronously; nullopt while the audit (or the sign-in set-up) runs.
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
        // Without a saved profile there is no keychain entry: a client secret comes from standard input, and a
        // certificate's key must not be encrypted.
        CredentialLoadOptions load;
        load.secret = QByteArray();
        return loadCredential(profile, std::move(load));
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
        CredentialLoadOptions load;
        load.secret = m_session.sample.clientSecret;
        return loadCredential(m_session.sample.profile, std::move(load));
    }

    // A saved profile: its secret (client secret, certificate passphrase) comes from the keychain, where a
    // delegated profile also keeps its refresh token so that the next run needs no device code.
    std::optional<int> prepareProfile()
    {
        m_session.secrets = std::make_unique<SecretStore>();
        ProfileStore store(m_session.secrets.get());
        const std::optional<ConnectionProfile> profile = store.load(m_options.profile);
        if (!profile) {
            err() << tr("No connection profile named %1.").arg(m_options.profile) << Qt::endl;
            return ExitUsage;
        }
        CredentialLoadOptions load;
        if (profile->auth == ConnectionProfile::AuthKind::ClientSecret && m_options.secretFromStdin)
            load.secret = QByteArray();
        return loadCredential(*profile, std::move(load));
    }

    // Reads what the profile needs and builds its credential; the run starts (or the process ends with the
    // error's exit code) from the event loop.
    std::optional<int> loadCredential(const ConnectionProfile& profile, CredentialLoadOptions load)
    {
        if (load.secret && load.secret->isEmpty() && profile.auth == ConnectionProfile::AuthKind::ClientSecret) {
            load.secret = readSecretFromStdin().value_or(QByteArray());
            if (load.secret->isEmpty()) {
                err() << tr("No client secret on standard input.") << Qt::endl;
                return ExitUsage;
            }
        }
        // A terminal has no browser redirect: both delegated kinds sign in with a device code here.
        load.delegated = DelegatedSignIn::DeviceCode;
        m_loader = std::make_unique<ProfileCredentialLoader>(m_session.secrets.get());
        m_loader->load(profile, std::move(load), [this, profile](ProfileCredentialResult loaded) {
            if (!loaded.ok()) {
                err() << loaded.error().error.toString() << Qt::endl;
                QCoreApplication::exit(exitCodeFor(loaded.error(), bool(m_session.secrets)));
                return;
            }
            start(profile, std::move(loaded).value());
        });
        return std::nullopt;
    }

    void start(const ConnectionProfile& profile, ProfileCredential loaded)
    {
        m_session.cloud = loaded.cloud;
        m_session.client->setTlsTrust(loaded.trust);
        m_session.credential = std::move(loaded.credential);
        if (auto* deviceCode = qobject_cast<DeviceCodeCredential*>(m_session.credential.get()))
            connect(deviceCode, &DeviceCodeCredential::deviceCodeReady, this,
                    [](const DeviceCodePrompt& prompt) { err() << prompt.message << Qt::endl; });
        switch (profile.auth) {
        case ConnectionProfile::AuthKind::ClientSecret:
            m_session.ownCredential.kind = OwnCredential::Kind::ClientSecret;
            break;
        case ConnectionProfile::AuthKind::Certificate:
            m_session.ownCredential.kind = OwnCredential::Kind::Certificate;
            m_session.ownCredential.expiresAt = loaded.certificateExpiresAt;
            m_session.ownCredential.label = profile.certificatePath;
            break;
        case ConnectionProfile::AuthKind::DeviceCode:
        case ConnectionProfile::AuthKind::AuthCodePkce:
            m_session.ownCredential.kind = OwnCredential::Kind::Delegated;
            break;
        }
        m_session.ownCredential.appId = profile.clientId;
        m_session.sendingRanges = profile.sendingRanges;
        m_session.tenant = profile.tenant;
        m_session.tokens = std::make_unique<TokenProvider>(m_session.credential.get(), m_session.cloud);
        m_session.client->setTokenSource(m_session.tokens->tokenSource());
        startRun();
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
        // Once collected, the audit needs the sample tenant no more: it stops, and its large model is freed on
        // its own thread while the audit is evaluated and written, not after (a large tenant takes ~0.5 s).
        connect(m_run.get(), &AuditRun::stateChanged, this, [this](AuditRun::State state) {
            if (state == AuditRun::State::Evaluating)
                if (auto* thread = qobject_cast<QThread*>(m_session.sample.tenant.get()))
                    thread->quit();
        });
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
    std::unique_ptr<ProfileCredentialLoader> m_loader;
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
