// smtpaudit-cli send --auth xoauth2 --profile NAME end to end: a real child process, the real keychain (a private
// gnome-keyring), the sample tenant's identity platform for the token and its O365-like SMTP endpoint for the
// submission. App-only (client secret from the keychain -> https://outlook.office365.com/.default,
// SMTP.SendAsApp) and delegated (device code approved through the sample tenant's approval hook ->
// https://outlook.office.com/SMTP.Send, refresh token kept in the keychain). No secret or token in the output.

#include "../sampletenant/SampleTenantFixture.h"

#include "identity/ConnectionProfile.h"
#include "identity/ProfileStore.h"
#include "identity/SecretStore.h"
#include "sample/data/SmtpAuthTruth.h"
#include "sample/identity/IdentityPlatform.h"
#include "sample/smtp/SampleSmtpServer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSmtpSendProfile : public QObject
{
    Q_OBJECT

private:
    test::SampleTenantFixture m_fixture;
    SecretStore m_secrets; // the CLI's keychain service ("smtpaudit")
    std::unique_ptr<ProfileStore> m_profiles;

    template <typename Predicate>
    static bool waitUntil(Predicate predicate, int timeoutMs = 20000)
    {
        return QTest::qWaitFor(predicate, timeoutMs);
    }

    const SampleUser* mailbox(const QString& effective, const QString& reason = {}) const
    {
        for (const SampleUser& user : m_fixture.model().users) {
            if (!user.hasMailbox() || !user.accountEnabled)
                continue;
            const SmtpAuthVerdict truth = SmtpAuthTruth::resolve(m_fixture.model(), user);
            if (truth.effective == effective && (reason.isEmpty() || truth.reasons.contains(reason)))
                return &user;
        }
        return nullptr;
    }

    bool saveProfile(const QString& name, ConnectionProfile::AuthKind kind, const QString& clientId)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.tenant = m_fixture.tenant->tenantId();
        profile.cloud = u"custom"_s;
        profile.loginUrl = profile.graphUrl = profile.exchangeUrl = m_fixture.tenant->baseUrl().toString();
        profile.caFile = m_fixture.tenant->caCertificatePath();
        profile.clientId = clientId;
        profile.auth = kind;
        if (const Status saved = m_profiles->save(profile); !saved.ok()) {
            qWarning() << saved.error().toString();
            return false;
        }
        return true;
    }

    bool writeSecret(const QString& profile, const QString& name, const QByteArray& value)
    {
        std::optional<Status> written;
        m_secrets.write(profile, name, value, [&](Status status) { written = status; });
        return waitUntil([&] { return written.has_value(); }) && written->ok();
    }

    std::optional<QByteArray> readSecret(const QString& profile, const QString& name)
    {
        std::optional<Result<std::optional<QByteArray>>> read;
        m_secrets.read(profile, name, [&](Result<std::optional<QByteArray>> value) { read = std::move(value); });
        if (!waitUntil([&] { return read.has_value(); }) || !read->ok())
            return std::nullopt;
        return read->value();
    }

    QStringList sendArguments(const QString& profile, const QString& user) const
    {
        return {u"send"_s,
                u"--host"_s,
                m_fixture.tenant->smtpHost(),
                u"--port"_s,
                QString::number(m_fixture.tenant->smtpPort()),
                u"--auth"_s,
                u"xoauth2"_s,
                u"--profile"_s,
                profile,
                u"--user"_s,
                user,
                u"--from"_s,
                user,
                u"--to"_s,
                u"someone@example.test"_s,
                u"--subject"_s,
                u"profile test"_s,
                u"--timeout"_s,
                u"20"_s};
    }

    // Runs the CLI while this process's event loop serves the sample tenant; `onErrorLine` sees stderr as it
    // arrives (the device code prompt).
    Run runCli(const QStringList& arguments, const std::function<void(const QString&)>& onErrorLine = {})
    {
        QProcess process;
        QString errors;
        connect(&process, &QProcess::readyReadStandardError, this, [&] {
            errors += QString::fromUtf8(process.readAllStandardError());
            if (onErrorLine)
                onErrorLine(errors);
        });
        QSignalSpy done(&process, &QProcess::finished);
        process.start(qEnvironmentVariable("SMTPAUDIT_CLI"), arguments);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        process.closeWriteChannel();
        run.finished = done.wait(90000);
        if (!run.finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = errors + QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private slots:
    void initTestCase()
    {
        // The CLI's settings file: ProfileStore() uses the application's organisation and name.
        QCoreApplication::setOrganizationName(u"smtpaudit"_s);
        QCoreApplication::setApplicationName(u"smtpaudit"_s);
        m_profiles = std::make_unique<ProfileStore>(&m_secrets);
        QVERIFY(m_fixture.start());
        QVERIFY(m_fixture.tenant->smtp());
    }

    void appOnlyProfileWithKeychainSecretSends()
    {
        const SampleUser* user = mailbox(u"enabled"_s);
        QVERIFY(user);
        const QString secret = m_fixture.tenant->mainApp().clientSecret;
        QVERIFY(saveProfile(u"sample-app"_s, ConnectionProfile::AuthKind::ClientSecret,
                            m_fixture.tenant->mainApp().clientId));
        QVERIFY(writeSecret(u"sample-app"_s, ProfileSecret::clientSecret, secret.toUtf8()));
        m_fixture.tenant->smtp()->clearMessages();

        const Run run = runCli(sendArguments(u"sample-app"_s, user->userPrincipalName));
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(u"exit %1\n%2\n%3"_s.arg(run.exitCode).arg(run.out, run.err)));
        QCOMPARE(m_fixture.tenant->smtp()->messages().size(), 1);
        const SampleSmtpMessage& message = m_fixture.tenant->smtp()->messages().constFirst();
        QCOMPARE(message.mechanism, u"XOAUTH2"_s);
        QCOMPARE(message.authenticatedUser.toLower(), user->userPrincipalName.toLower());
        QVERIFY(run.out.contains(u"AUTH XOAUTH2"_s, Qt::CaseInsensitive));
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
        QVERIFY(!run.out.contains(u"eyJ"_s) && !run.err.contains(u"eyJ"_s)); // no JWT anywhere
    }

    void appOnlyProfileToDisabledMailboxIsAnAuthFailure()
    {
        const SampleUser* user = mailbox(u"disabled"_s, u"mailbox-disabled"_s);
        QVERIFY(user);
        QVERIFY(saveProfile(u"sample-app-2"_s, ConnectionProfile::AuthKind::ClientSecret,
                            m_fixture.tenant->mainApp().clientId));
        QVERIFY(writeSecret(u"sample-app-2"_s, ProfileSecret::clientSecret,
                            m_fixture.tenant->mainApp().clientSecret.toUtf8()));
        const Run run = runCli(sendArguments(u"sample-app-2"_s, user->userPrincipalName));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 23); // SendAuth
        QVERIFY2(run.out.contains(u"5.7.139"_s) || run.err.contains(u"5.7.139"_s), qPrintable(run.err));
    }

    void missingKeychainSecretIsReported()
    {
        const SampleUser* user = mailbox(u"enabled"_s);
        QVERIFY(user);
        QVERIFY(saveProfile(u"no-secret"_s, ConnectionProfile::AuthKind::ClientSecret,
                            m_fixture.tenant->mainApp().clientId));
        const Run run = runCli(sendArguments(u"no-secret"_s, user->userPrincipalName));
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 23);
        QVERIFY2(run.err.contains(u"keychain"_s), qPrintable(run.err));
        QCOMPARE(m_fixture.tenant->smtp()->messages().size(), 1); // nothing new was sent
    }

    void delegatedProfileSignsInWithDeviceCode()
    {
        const SampleUser* user = mailbox(u"enabled"_s);
        QVERIFY(user);
        QVERIFY(saveProfile(u"sample-user"_s, ConnectionProfile::AuthKind::DeviceCode,
                            m_fixture.tenant->publicClient().clientId));
        m_fixture.tenant->smtp()->clearMessages();
        bool approved = false;
        const QString upn = user->userPrincipalName;
        const Run run = runCli(sendArguments(u"sample-user"_s, upn), [&](const QString& errors) {
            const QRegularExpressionMatch code = QRegularExpression(u"enter the code (\\S+)"_s).match(errors);
            if (approved || !code.hasMatch())
                return;
            // The person at the verification page: the sample tenant's approval hook.
            approved = m_fixture.tenant->identity().approve(code.captured(1), upn).ok();
        });
        QVERIFY(approved);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(u"exit %1\n%2\n%3"_s.arg(run.exitCode).arg(run.out, run.err)));
        QCOMPARE(m_fixture.tenant->smtp()->messages().size(), 1);
        QCOMPARE(m_fixture.tenant->smtp()->messages().constFirst().authenticatedUser.toLower(), upn.toLower());
        // The delegated refresh token went to the keychain, and nowhere visible.
        const std::optional<QByteArray> refresh = readSecret(u"sample-user"_s, ProfileSecret::refreshToken);
        QVERIFY(refresh.has_value() && !refresh->isEmpty());
        QVERIFY(!run.out.contains(QString::fromLatin1(*refresh)) && !run.err.contains(QString::fromLatin1(*refresh)));

        // The next send needs no device code: the refresh token from the keychain gets a new SMTP token.
        const Run again = runCli(sendArguments(u"sample-user"_s, upn));
        QVERIFY(again.finished);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(!again.err.contains(u"enter the code"_s));
        QCOMPARE(m_fixture.tenant->smtp()->messages().size(), 2);
    }

    void profileOptionsAreChecked()
    {
        const Run notXoauth =
            runCli({u"send"_s, u"--host"_s, u"127.0.0.1"_s, u"--auth"_s, u"login"_s, u"--profile"_s, u"sample-app"_s,
                    u"--user"_s, u"a@b.test"_s, u"--from"_s, u"a@b.test"_s, u"--to"_s, u"c@d.test"_s});
        QCOMPARE(notXoauth.exitCode, 2);
        QVERIFY(notXoauth.err.contains(u"xoauth2"_s));
        const Run unknown = runCli(sendArguments(u"nobody"_s, u"a@b.test"_s));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"nobody"_s));
    }
};

QTEST_GUILESS_MAIN(TestSmtpSendProfile)
#include "TestSmtpSendProfile.moc"
