// smtpaudit-cli audit --profile NAME with a certificate whose private key is protected by a passphrase:
// the CLI reads the passphrase from the real keychain (gnome-keyring in a private D-Bus session), signs in
// with the certificate and runs the audit. A wrong or missing passphrase is a sign-in problem (exit 3) that
// names the keychain entry, and no passphrase is ever printed. The identity platform runs in this process
// over loopback TLS; it has no Graph or Exchange service, so a signed-in audit is partial (exit 4).
#include "CliProcess.h"
#include "SampleTenantFixture.h"
#include "TestSupport.h"

#include "identity/ProfileStore.h"
#include "identity/SecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestCliProfileKeychain : public QObject
{
    Q_OBJECT

private:
    SampleTenantFixture m_tenant;
    SecretStore m_secrets; // the CLI's keychain service ("smtpaudit")
    std::unique_ptr<ProfileStore> m_profiles;

    // The main app's certificate as a passphrase-protected PKCS#12 or PEM (key and certificate in one file).
    QString writeCertificate(bool pkcs12, const QByteArray& passphrase)
    {
        const auto& certificate = m_tenant.identity->mainApp().certificate;
        if (pkcs12) {
            const QString path = m_tenant.directory.filePath(u"app.pfx"_s);
            return certificate.writePkcs12(path, passphrase).ok() ? path : QString();
        }
        const QString certificatePem = m_tenant.directory.filePath(u"cert.pem"_s);
        const QString keyPem = m_tenant.directory.filePath(u"key.pem"_s);
        if (!certificate.writeCertificatePem(certificatePem).ok() ||
            !certificate.writePrivateKeyPem(keyPem, passphrase).ok())
            return {};
        QFile certificateFile(certificatePem);
        QFile keyFile(keyPem);
        const QString path = m_tenant.directory.filePath(u"app.pem"_s);
        QFile combined(path);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly) ||
            !combined.open(QIODevice::WriteOnly))
            return {};
        combined.write(keyFile.readAll() + certificateFile.readAll());
        return path;
    }

    // Saves the profile in the CLI's settings and, when given, its passphrase in the keychain.
    bool saveProfile(const QString& name, const QString& certificatePath, const std::optional<QByteArray>& passphrase)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.tenant = m_tenant.tenantId();
        profile.cloud = u"custom"_s;
        profile.loginUrl = profile.graphUrl = profile.exchangeUrl = m_tenant.server->baseUrl().toString();
        profile.caFile = m_tenant.caFile;
        profile.clientId = m_tenant.identity->mainApp().clientId;
        profile.auth = ConnectionProfile::AuthKind::Certificate;
        profile.certificatePath = certificatePath;
        if (const Status saved = m_profiles->save(profile); !saved.ok()) {
            qWarning() << saved.error().toString();
            return false;
        }
        std::optional<Status> written;
        if (passphrase)
            m_secrets.write(name, ProfileSecret::certificatePassphrase, *passphrase, [&](Status s) { written = s; });
        else
            m_secrets.remove(name, ProfileSecret::certificatePassphrase, [&](Status s) { written = s; });
        if (!waitUntil([&] { return written.has_value(); }))
            return false;
        if (!written->ok())
            qWarning() << written->error().toString();
        return written->ok();
    }

private slots:
    void initTestCase()
    {
        // The CLI's settings file: ProfileStore() uses the application's organisation and name.
        QCoreApplication::setOrganizationName(u"smtpaudit"_s);
        QCoreApplication::setApplicationName(u"smtpaudit"_s);
        m_profiles = std::make_unique<ProfileStore>(&m_secrets);
        QVERIFY(m_tenant.start());
    }

    void passphraseFromTheKeychainSignsIn_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::newRow("PKCS#12") << true;
        QTest::newRow("PEM") << false;
    }
    void passphraseFromTheKeychainSignsIn()
    {
        QFETCH(bool, pkcs12);
        const QByteArray passphrase = "keychain-passphrase-7Hq2";
        const QString name = pkcs12 ? u"cert-pfx"_s : u"cert-pem"_s;
        const QString certificate = writeCertificate(pkcs12, passphrase);
        QVERIFY(!certificate.isEmpty());
        QVERIFY(saveProfile(name, certificate, passphrase));

        const QString json = m_tenant.directory.filePath(name + u".json"_s);
        const CliRun run =
            runCli({u"audit"_s, u"--profile"_s, name, u"--no-history"_s, u"--quiet"_s, u"--json"_s, json});
        QVERIFY(run.finished);
        // Signed in: the collectors ran (and failed: no Graph or Exchange behind the server), so exit 4, not 3.
        QVERIFY2(run.exitCode == 4, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.contains(QString::fromLatin1(passphrase)));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains(passphrase));
        const QJsonObject own = QJsonDocument::fromJson(written)
                                    .object()
                                    .value(u"settings"_s)
                                    .toObject()
                                    .value(u"ownCredential"_s)
                                    .toObject();
        QCOMPARE(own.value(u"kind"_s).toString(), u"certificate"_s);
        QCOMPARE(own.value(u"appId"_s).toString(), m_tenant.identity->mainApp().clientId);
    }

    void wrongPassphraseIsASignInProblem()
    {
        const QString certificate = writeCertificate(true, "the-right-one");
        QVERIFY(!certificate.isEmpty());
        const QByteArray wrong = "wrong-passphrase-Vb81";
        QVERIFY(saveProfile(u"cert-wrong"_s, certificate, wrong));
        const CliRun run = runCli({u"audit"_s, u"--profile"_s, u"cert-wrong"_s, u"--no-history"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"keychain"_s) && run.err.contains(u"cert-wrong"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromLatin1(wrong)) && !run.out.contains(QString::fromLatin1(wrong)));
    }

    void missingPassphraseNamesTheKeychain()
    {
        const QString certificate = writeCertificate(false, "needs-one");
        QVERIFY(!certificate.isEmpty());
        QVERIFY(saveProfile(u"cert-none"_s, certificate, std::nullopt));
        const CliRun run = runCli({u"audit"_s, u"--profile"_s, u"cert-none"_s, u"--no-history"_s});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"No certificate passphrase is saved in the keychain"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliProfileKeychain)
#include "TestCliProfileKeychain.moc"
