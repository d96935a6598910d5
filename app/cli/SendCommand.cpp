// smtpaudit-cli send ...: one test submission over SMTP, with a redacted transcript and Microsoft's diagnosis.
// The exit code says in which phase the session stopped (like swaks), so scripts can tell a firewall from a
// disabled mailbox.
#include "CliCommands.h"
#include "CliSupport.h"

#include "identity/Credential.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/ProfileCredentialLoader.h"
#include "identity/ProfileStore.h"
#include "identity/SecretStore.h"
#include "identity/TokenProvider.h"
#include "smtp/Office365Diagnosis.h"
#include "smtp/SmtpSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace smtpaudit::cli {
namespace {

// Exit codes of `send`, one per phase in which a session can stop (documented in --help).
enum SendExit : int
{
    SendConnect = 20,  // DNS, TCP
    SendTls = 21,      // STARTTLS refused or missing, handshake, certificate
    SendGreeting = 22, // banner or EHLO refused
    SendAuth = 23,     // AUTH refused or not offered
    SendEnvelope = 24, // MAIL FROM or RCPT TO refused
    SendData = 25,     // DATA or the message refused
    SendCancelled = 26,
};

// lupdate files SendCommandText::tr() under the class that declares it; a free SendCommandText::tr() in a namespace
// would be extracted under the namespace's name and never found at run time.
struct SendCommandText
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)
};

int exitCodeFor(const SmtpOutcome& outcome)
{
    if (outcome.success)
        return ExitOk;
    if (outcome.error && outcome.error->category == Error::Category::Cancelled)
        return SendCancelled;
    switch (outcome.phase) {
    case SmtpPhase::Validate:
        return ExitUsage;
    case SmtpPhase::Connect:
        return SendConnect;
    case SmtpPhase::Tls:
        return SendTls;
    case SmtpPhase::Greeting:
    case SmtpPhase::Ehlo:
    case SmtpPhase::EhloAfterTls:
        return SendGreeting;
    case SmtpPhase::Auth:
        return SendAuth;
    case SmtpPhase::MailFrom:
    case SmtpPhase::RcptTo:
        return SendEnvelope;
    case SmtpPhase::Data:
    case SmtpPhase::Message:
    case SmtpPhase::Quit:
    case SmtpPhase::Done:
        return SendData;
    }
    return SendData;
}

// The first line of standard input, without its line end: a password or an access token. Never echoed.
QByteArray readSecretFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

// The XOAUTH2 access token for a saved connection profile, from the identity layer: ProfileCredentialLoader builds
// the profile's credential (client secret or certificate passphrase from the keychain; device code for delegated
// profiles, with the refresh token kept in the keychain) and TokenProvider gets its SMTP resource, i.e. delegated
// https://outlook.office.com/SMTP.Send or app-only https://outlook.office365.com/.default (SMTP.SendAsApp),
// microsoft-apis.md section 6. The token only ever lives in memory.
class ProfileSmtpToken
{
public:
    using Done = std::function<void(Result<QByteArray>)>;

    // Loads the profile now (so an unknown name is a usage error before anything happens); nullopt and
    // `error` set when it cannot be used.
    std::optional<ConnectionProfile> load(const QString& name, QString* error)
    {
        ProfileStore store(&m_secrets);
        std::optional<ConnectionProfile> profile = store.load(name);
        if (!profile)
            *error = SendCommandText::tr("No connection profile named %1.").arg(name);
        return profile;
    }

    void start(const ConnectionProfile& profile, Done done)
    {
        m_done = std::move(done);
        CredentialLoadOptions options;
        options.use = CredentialUse::SmtpXOAuth2;
        // A terminal has no browser redirect: both delegated kinds sign in with a device code here.
        options.delegated = DelegatedSignIn::DeviceCode;
        m_loader.load(profile, options, [this](ProfileCredentialResult loaded) {
            if (!loaded.ok())
                return finish(loaded.error().error);
            signIn(std::move(loaded).value());
        });
    }

    void cancel()
    {
        m_loader.cancel();
        if (m_tokens)
            m_tokens->cancel();
    }

private:
    void signIn(ProfileCredential loaded)
    {
        m_credential = std::move(loaded.credential);
        if (auto* deviceCode = qobject_cast<DeviceCodeCredential*>(m_credential.get()))
            QObject::connect(deviceCode, &DeviceCodeCredential::deviceCodeReady, deviceCode,
                             [](const DeviceCodePrompt& prompt) { err() << prompt.message << Qt::endl; });
        m_tokens = std::make_unique<TokenProvider>(m_credential.get(), loaded.cloud);
        m_tokens->token(TokenResource::Smtp, [this](Result<QByteArray> token) { finish(std::move(token)); });
    }

    void finish(Result<QByteArray> result)
    {
        if (m_done)
            std::exchange(m_done, nullptr)(std::move(result));
    }

    SecretStore m_secrets;
    ProfileCredentialLoader m_loader{&m_secrets};
    std::unique_ptr<Credential> m_credential;
    std::unique_ptr<TokenProvider> m_tokens;
    Done m_done;
};

void printDiagnosis(const SmtpDiagnosis& diagnosis)
{
    err() << Qt::endl << SendCommandText::tr("Diagnosis: %1").arg(diagnosis.title) << Qt::endl;
    err() << SendCommandText::tr("Cause: %1").arg(diagnosis.cause) << Qt::endl;
    err() << SendCommandText::tr("Fix: %1").arg(diagnosis.fix) << Qt::endl;
    for (const QString& command : diagnosis.commands)
        err() << u"  PS> "_s << command << Qt::endl;
    for (const QString& note : diagnosis.auditNotes)
        err() << u"  "_s << note << Qt::endl;
    if (diagnosis.transient)
        err() << SendCommandText::tr("This is usually temporary: retrying later may succeed.") << Qt::endl;
}

} // namespace

int runSend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SendCommandText::tr(
        "Sends one test message over SMTP submission and explains the server's answer.\n"
        "Credentials are read from standard input or, with --profile, come from the identity layer and the\n"
        "keychain; they never appear in the transcript.\n"
        "Exit codes: 0 accepted, 2 usage or invalid input (nothing was sent), 20 connect, 21 TLS (incl. no "
        "STARTTLS), 22 greeting/EHLO, 23 authentication, 24 envelope (MAIL FROM/RCPT TO), 25 data, "
        "26 cancelled."));
    parser.addHelpOption();
    const QCommandLineOption preset(
        u"preset"_s, SendCommandText::tr("Server preset: office365 (smtp.office365.com, port 587, STARTTLS)."),
        u"NAME"_s);
    const QCommandLineOption host(u"host"_s, SendCommandText::tr("SMTP server host name."), u"H"_s);
    const QCommandLineOption port(u"port"_s, SendCommandText::tr("Port (default 587 for starttls, 465 for implicit)."),
                                  u"P"_s);
    const QCommandLineOption tls(u"tls"_s, SendCommandText::tr("starttls (default) or implicit."), u"MODE"_s,
                                 u"starttls"_s);
    const QCommandLineOption caFile(u"ca-file"_s,
                                    SendCommandText::tr("Also trust the CA certificates in this PEM file."), u"PEM"_s);
    const QCommandLineOption auth(u"auth"_s, SendCommandText::tr("none (default), plain, login or xoauth2."), u"MECH"_s,
                                  u"none"_s);
    const QCommandLineOption user(
        u"user"_s, SendCommandText::tr("User name (or mailbox, for XOAUTH2) to authenticate as."), u"U"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s,
                                           SendCommandText::tr("Read the password from standard input."));
    const QCommandLineOption tokenStdin(u"token-stdin"_s,
                                        SendCommandText::tr("Read the XOAUTH2 access token from standard input."));
    const QCommandLineOption profile(
        u"profile"_s,
        SendCommandText::tr("With --auth xoauth2: get the access token with this saved connection profile (delegated "
                            "SMTP.Send by device code, or app-only SMTP.SendAsApp); its CA file is the default "
                            "--ca-file."),
        u"NAME"_s);
    const QCommandLineOption from(u"from"_s, SendCommandText::tr("Sender address (envelope and From:)."), u"F"_s);
    const QCommandLineOption to(u"to"_s, SendCommandText::tr("Recipient address; repeat for more."), u"T"_s);
    const QCommandLineOption subject(u"subject"_s, SendCommandText::tr("Subject (any Unicode)."), u"S"_s,
                                     SendCommandText::tr("smtpaudit test message"));
    const QCommandLineOption body(
        u"body"_s, SendCommandText::tr("Message text."), u"B"_s,
        SendCommandText::tr("This is a test message sent by smtpaudit to check SMTP submission."));
    const QCommandLineOption transcript(u"transcript"_s, SendCommandText::tr("Save the redacted transcript to FILE."),
                                        u"FILE"_s);
    const QCommandLineOption timeout(
        u"timeout"_s, SendCommandText::tr("Deadline of each step in seconds (default 30)."), u"S"_s, u"30"_s);
    const QCommandLineOption helo(u"helo"_s, SendCommandText::tr("EHLO name (default: this computer's name)."),
                                  u"NAME"_s);
    const QCommandLineOption quiet(u"quiet"_s, SendCommandText::tr("Do not print the transcript, only the result."));
    parser.addOptions({preset, host, port, tls, caFile, auth, user, passwordStdin, tokenStdin, profile, from, to,
                       subject, body, transcript, timeout, helo, quiet});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(SendCommandText::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    SmtpSessionOptions options;
    if (parser.isSet(preset)) {
        if (parser.value(preset).compare(u"office365"_s, Qt::CaseInsensitive) != 0)
            return usage(
                SendCommandText::tr("Unknown preset %1; the only preset is office365.").arg(parser.value(preset)));
        // Microsoft's documented client submission endpoint (microsoft-apis.md section 6).
        options.host = u"smtp.office365.com"_s;
        options.port = 587;
        options.tls = TlsMode::StartTls;
    }
    if (parser.isSet(host))
        options.host = parser.value(host);
    if (options.host.isEmpty())
        return usage(SendCommandText::tr("send needs --host H or --preset office365."));

    const QString tlsMode = parser.value(tls).toLower();
    if (tlsMode == u"starttls"_s)
        options.tls = TlsMode::StartTls;
    else if (tlsMode == u"implicit"_s)
        options.tls = TlsMode::Implicit;
    else
        return usage(SendCommandText::tr("--tls must be starttls or implicit."));
    options.port = options.tls == TlsMode::Implicit ? 465 : 587;
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return usage(SendCommandText::tr("--port must be a number between 1 and 65535."));
        options.port = quint16(value);
    }
    bool timeoutOk = false;
    const int seconds = parser.value(timeout).toInt(&timeoutOk);
    if (!timeoutOk || seconds < 1 || seconds > 3600)
        return usage(SendCommandText::tr("--timeout must be a number of seconds between 1 and 3600."));
    options.stepTimeout = std::chrono::seconds(seconds);
    options.caFile = parser.value(caFile);
    options.heloName = parser.value(helo);

    const std::optional<AuthMechanism> mechanism = authMechanismFromName(parser.value(auth));
    if (!mechanism)
        return usage(SendCommandText::tr("--auth must be none, plain, login or xoauth2."));
    options.auth = *mechanism;
    options.user = parser.value(user);
    if (int(parser.isSet(passwordStdin)) + int(parser.isSet(tokenStdin)) + int(parser.isSet(profile)) > 1)
        return usage(SendCommandText::tr("Give only one of --password-stdin, --token-stdin and --profile."));
    ProfileSmtpToken profileToken;
    std::optional<ConnectionProfile> savedProfile;
    if (parser.isSet(profile)) {
        if (options.auth != AuthMechanism::XOAuth2)
            return usage(SendCommandText::tr("--profile needs --auth xoauth2."));
        QString problem;
        savedProfile = profileToken.load(parser.value(profile), &problem);
        if (!savedProfile)
            return usage(problem);
        if (!parser.isSet(caFile))
            options.caFile = savedProfile->caFile;
    } else if (options.auth == AuthMechanism::None) {
        if (parser.isSet(passwordStdin) || parser.isSet(tokenStdin))
            return usage(
                SendCommandText::tr("--password-stdin and --token-stdin need --auth plain, login or xoauth2."));
    } else if (options.auth == AuthMechanism::XOAuth2) {
        if (!parser.isSet(tokenStdin))
            return usage(
                SendCommandText::tr("--auth xoauth2 needs --token-stdin (the access token on standard input)."));
    } else if (!parser.isSet(passwordStdin)) {
        return usage(SendCommandText::tr("--auth %1 needs --password-stdin (the password on standard input).")
                         .arg(parser.value(auth).toLower()));
    }

    OutgoingMessage message;
    message.from = parser.value(from);
    for (const QString& value : parser.values(to))
        message.to << value.split(u',', Qt::SkipEmptyParts);
    for (QString& recipient : message.to)
        recipient = recipient.trimmed();
    message.subject = parser.value(subject);
    message.body = parser.value(body);
    if (message.from.isEmpty() || message.to.isEmpty())
        return usage(SendCommandText::tr("send needs --from F and at least one --to T."));

    // Input errors (CR/LF/NUL, addresses, CA file) are reported before any secret is read or socket opened.
    if (const Status valid = SmtpSession::validate(
            [&] {
                SmtpSessionOptions probe = options;
                probe.secret = options.auth == AuthMechanism::None ? QByteArray() : "placeholder"_ba;
                return probe;
            }(),
            message);
        !valid)
        return usage(valid.error().message);
    if (options.auth != AuthMechanism::None && !savedProfile) {
        options.secret = readSecretFromStdin();
        if (options.secret.isEmpty())
            return usage(options.auth == AuthMechanism::XOAuth2
                             ? SendCommandText::tr("No access token on standard input.")
                             : SendCommandText::tr("No password on standard input."));
    }

    const bool showTranscript = !parser.isSet(quiet);
    const QString transcriptFile = parser.value(transcript);
    DiagnosisContext context;
    context.user = options.user;
    context.from = message.from;
    context.mechanism = options.auth;

    SmtpSession session;
    int exitCode = SendData;
    QObject::connect(&session, &SmtpSession::transcriptEntryAdded, &session,
                     [showTranscript](const TranscriptEntry& entry) {
                         if (showTranscript)
                             out() << entry.toLine() << Qt::endl;
                     });
    QObject::connect(&session, &SmtpSession::finished, &session, [&](const SmtpOutcome& outcome) {
        exitCode = exitCodeFor(outcome);
        if (!transcriptFile.isEmpty()) {
            if (const Status saved = session.transcript().saveTo(transcriptFile); !saved) {
                err() << saved.error().message << Qt::endl;
                if (exitCode == ExitOk)
                    exitCode = ExitIncomplete;
            }
        }
        if (outcome.success) {
            out() << SendCommandText::tr("Accepted: %1").arg(outcome.reply ? outcome.reply->summary() : QString())
                  << Qt::endl;
        } else {
            err() << SendCommandText::tr("Failed (%1): %2")
                         .arg(SmtpPhases::id(outcome.phase), outcome.error ? outcome.error->message : QString())
                  << Qt::endl;
            if (const std::optional<SmtpDiagnosis> diagnosis = Office365Diagnosis::diagnose(outcome, context))
                printDiagnosis(*diagnosis);
        }
        QCoreApplication::exit(exitCode);
    });
    if (savedProfile) {
        // Started from the event loop: a failure that is known at once must be able to end it.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [&] {
                profileToken.start(*savedProfile, [&](Result<QByteArray> token) {
                    if (!token.ok()) {
                        err() << SendCommandText::tr("No SMTP access token for profile %1: %2")
                                     .arg(savedProfile->name, token.error().toString())
                              << Qt::endl;
                        exitCode = SendAuth;
                        QCoreApplication::exit(exitCode);
                        return;
                    }
                    options.secret = std::move(token).value();
                    session.start(options, message);
                    options.secret.fill('\0');
                });
            },
            Qt::QueuedConnection);
    } else {
        session.start(std::move(options), std::move(message));
        options.secret.fill('\0');
    }
    QCoreApplication::exec();
    profileToken.cancel();
    return exitCode;
}

} // namespace smtpaudit::cli
