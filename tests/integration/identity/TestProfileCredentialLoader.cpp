// ProfileCredentialLoader against the real keychain (gnome-keyring in a private D-Bus session) and the sample
// tenant's identity platform over loopback TLS: the secret a profile needs comes from the keychain, the credential
// it builds gets a token, and every way it can fail is reported as its own kind, without the secret.
#include "identity/AuthCodeCredential.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/ProfileCredentialLoader.h"
#include "identity/SecretStore.h"
#include "identity/TokenProvider.h"

#include "SampleTenantFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

using Kind = CredentialLoadError::Kind;

class TestProfileCredentialLoader : public QObject
{
    Q_OBJECT

private:
    test::SampleTenantFixture m_tenant;
    SecretStore m_secrets{u"smtpaudit-test"_s};

    ConnectionProfile profile(const QString& name, ConnectionProfile::AuthKind kind) const
    {
        ConnectionProfile p;
        p.name = name;
        p.tenant = m_tenant.tenantId();
        p.cloud = u"custom"_s;
        p.loginUrl = p.graphUrl = p.exchangeUrl = m_tenant.server->baseUrl().toString();
        p.caFile = m_tenant.caFile;
        p.auth = kind;
        p.clientId =
            p.isDelegated() ? m_tenant.identity->publicClient().clientId : m_tenant.identity->mainApp().clientId;
        return p;
    }

    // Writes `secret` to the keychain entry, or removes the entry when there is none.
    bool keep(const QString& profile, const QString& name, const std::optional<QByteArray>& secret)
    {
        std::optional<Status> done;
        if (secret)
            m_secrets.write(profile, name, *secret, [&](Status status) { done = status; });
        else
            m_secrets.remove(profile, name, [&](Status status) { done = status; });
        return test::waitUntil([&] { return done.has_value(); }) && done->ok();
    }

    // The main app's certificate as one passphrase-protected file: PKCS#12, or PEM with key and certificate.
    QString writeCertificate(const QString& name, bool pkcs12, const QByteArray& passphrase)
    {
        const auto& certificate = m_tenant.identity->mainApp().certificate;
        const QString path = m_tenant.directory.filePath(name + (pkcs12 ? u".pfx"_s : u".pem"_s));
        if (pkcs12)
            return certificate.writePkcs12(path, passphrase).ok() ? path : QString();
        const QString certificatePem = path + u".crt"_s;
        const QString keyPem = path + u".key"_s;
        if (!certificate.writeCertificatePem(certificatePem).ok() ||
            !certificate.writePrivateKeyPem(keyPem, passphrase).ok())
            return {};
        QFile certificateFile(certificatePem);
        QFile keyFile(keyPem);
        QFile combined(path);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly) ||
            !combined.open(QIODevice::WriteOnly))
            return {};
        combined.write(keyFile.readAll() + certificateFile.readAll());
        return path;
    }

    // Runs the loader and waits for its answer; `calledInside` says whether `done` ran inside load().
    std::optional<ProfileCredentialResult> load(const ConnectionProfile& p, CredentialLoadOptions options = {},
                                                bool* calledInside = nullptr)
    {
        ProfileCredentialLoader loader(&m_secrets);
        std::optional<ProfileCredentialResult> result;
        loader.load(p, std::move(options), [&](ProfileCredentialResult loaded) { result.emplace(std::move(loaded)); });
        if (calledInside)
            *calledInside = result.has_value();
        test::waitUntil([&] { return result.has_value(); });
        return result;
    }

    // A token for `resource` with the loaded credential, from the sample tenant's token endpoint.
    Result<QByteArray> tokenWith(ProfileCredential& loaded, TokenResource resource)
    {
        TokenProvider tokens(loaded.credential.get(), loaded.cloud);
        std::optional<Result<QByteArray>> token;
        tokens.token(resource, [&](Result<QByteArray> t) { token.emplace(std::move(t)); });
        if (!test::waitUntil([&] { return token.has_value(); }, 20000))
            return Error::make(Error::Category::Timeout, u"no token in time"_s);
        return *token;
    }

    static CredentialLoadOptions use(CredentialUse use)
    {
        CredentialLoadOptions options;
        options.use = use;
        return options;
    }

    static QString describe(const ProfileCredentialResult& result)
    {
        return result.ok() ? u"ok"_s : result.error().error.toString();
    }

    static bool mentions(const CredentialLoadError& failure, const QByteArray& secret)
    {
        const QString text = QString::fromUtf8(secret);
        return failure.error.message.contains(text) || failure.error.detail.contains(text) ||
               failure.error.subject.contains(text);
    }

private slots:
    void initTestCase() { QVERIFY(m_tenant.start()); }

    void clientSecretFromTheKeychainGetsAToken()
    {
        const ConnectionProfile p = profile(u"secret-profile"_s, ConnectionProfile::AuthKind::ClientSecret);
        QVERIFY(keep(p.name, ProfileSecret::clientSecret, m_tenant.identity->mainApp().clientSecret.toUtf8()));
        bool calledInside = true;
        std::optional<ProfileCredentialResult> result = load(p, {}, &calledInside);
        QVERIFY(!calledInside); // asynchronous: never inside load()
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(describe(*result)));
        ProfileCredential& loaded = result->value();
        QVERIFY(loaded.secretFromKeychain);
        QVERIFY(!loaded.credential->isDelegated());
        QVERIFY(qobject_cast<ClientSecretCredential*>(loaded.credential.get()));
        QVERIFY(!loaded.trust.extraCaCertificates().isEmpty()); // the profile's CA file
        // The sample tenant's TLS certificate verifies only with that CA: a token proves the trust was set.
        const Result<QByteArray> token = tokenWith(loaded, TokenResource::Graph);
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));
        QVERIFY(!token.value().isEmpty());
    }

    void certificateWithPassphraseFromTheKeychain_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::newRow("PEM") << false;
        QTest::newRow("PKCS#12") << true;
    }
    void certificateWithPassphraseFromTheKeychain()
    {
        QFETCH(bool, pkcs12);
        const QByteArray passphrase = "loader-passphrase-x9Qe";
        ConnectionProfile p = profile(pkcs12 ? u"cert-p12"_s : u"cert-pem"_s, ConnectionProfile::AuthKind::Certificate);
        p.certificatePath = writeCertificate(p.name, pkcs12, passphrase);
        QVERIFY(!p.certificatePath.isEmpty());
        QVERIFY(keep(p.name, ProfileSecret::certificatePassphrase, passphrase));

        std::optional<ProfileCredentialResult> result = load(p, use(CredentialUse::AppOnly));
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(describe(*result)));
        ProfileCredential& loaded = result->value();
        QVERIFY(loaded.secretFromKeychain);
        QVERIFY(qobject_cast<CertificateCredential*>(loaded.credential.get()));
        QCOMPARE(loaded.certificateExpiresAt, m_tenant.identity->mainApp().certificate.certificate.expiryDate());
        // The identity platform checks the assertion's signature against the app's certificate.
        const Result<QByteArray> token = tokenWith(loaded, TokenResource::ExchangeAdmin);
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().toString()));
    }

    void wrongPassphrase_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::newRow("PEM") << false;
        QTest::newRow("PKCS#12") << true;
    }
    void wrongPassphrase()
    {
        QFETCH(bool, pkcs12);
        const QByteArray wrong = "not-the-passphrase-K2mz";
        ConnectionProfile p =
            profile(pkcs12 ? u"wrong-p12"_s : u"wrong-pem"_s, ConnectionProfile::AuthKind::Certificate);
        p.certificatePath = writeCertificate(p.name, pkcs12, "the-right-passphrase");
        QVERIFY(!p.certificatePath.isEmpty());
        QVERIFY(keep(p.name, ProfileSecret::certificatePassphrase, wrong));
        std::optional<ProfileCredentialResult> result = load(p);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::WrongPassphrase);
        QVERIFY2(result->error().error.message.contains(p.name) &&
                     result->error().error.message.contains(u"keychain"_s),
                 qPrintable(result->error().error.message));
        QVERIFY(!mentions(result->error(), wrong));
    }

    void missingSecret_data()
    {
        QTest::addColumn<ConnectionProfile::AuthKind>("kind");
        QTest::newRow("client secret") << ConnectionProfile::AuthKind::ClientSecret;
        QTest::newRow("certificate passphrase") << ConnectionProfile::AuthKind::Certificate;
    }
    void missingSecret()
    {
        QFETCH(ConnectionProfile::AuthKind, kind);
        ConnectionProfile p = profile(u"missing-"_s + ConnectionProfile::authKindName(kind), kind);
        if (kind == ConnectionProfile::AuthKind::Certificate)
            p.certificatePath = writeCertificate(p.name, false, "an-encrypted-key");
        QVERIFY(keep(p.name, ProfileCredentialLoader::secretNameFor(kind), std::nullopt));
        std::optional<ProfileCredentialResult> result = load(p);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::MissingSecret);
        QVERIFY2(result->error().error.message.contains(u"keychain"_s) &&
                     result->error().error.message.contains(p.name),
                 qPrintable(result->error().error.message));
    }

    void unencryptedKeyNeedsNoKeychainEntry()
    {
        ConnectionProfile p = profile(u"plain-key"_s, ConnectionProfile::AuthKind::Certificate);
        p.certificatePath = writeCertificate(p.name, false, {});
        QVERIFY(keep(p.name, ProfileSecret::certificatePassphrase, std::nullopt));
        std::optional<ProfileCredentialResult> result = load(p);
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(describe(*result)));
        QVERIFY(!result->value().secretFromKeychain);
    }

    void unreadableCertificateFile()
    {
        ConnectionProfile p = profile(u"no-file"_s, ConnectionProfile::AuthKind::Certificate);
        p.certificatePath = m_tenant.directory.filePath(u"does-not-exist.pfx"_s);
        QVERIFY(keep(p.name, ProfileSecret::certificatePassphrase, "whatever-passphrase"));
        std::optional<ProfileCredentialResult> result = load(p);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::CertificateUnreadable);
        QCOMPARE(result->error().error.subject, p.certificatePath);
    }

    void givenSecretIsUsedInsteadOfTheKeychain()
    {
        const ConnectionProfile p = profile(u"given-secret"_s, ConnectionProfile::AuthKind::ClientSecret);
        QVERIFY(keep(p.name, ProfileSecret::clientSecret, "an-outdated-secret"));
        CredentialLoadOptions options;
        options.secret = m_tenant.identity->mainApp().clientSecret.toUtf8();
        bool calledInside = true;
        std::optional<ProfileCredentialResult> result = load(p, options, &calledInside);
        QVERIFY(!calledInside);
        QVERIFY(result && result->ok());
        QVERIFY(!result->value().secretFromKeychain);
        QVERIFY(tokenWith(result->value(), TokenResource::Smtp).ok()); // app-only SMTP.SendAsApp
    }

    void delegatedProfilesBuildTheirSignIn()
    {
        ConnectionProfile p = profile(u"delegated"_s, ConnectionProfile::AuthKind::AuthCodePkce);
        std::optional<ProfileCredentialResult> terminal = load(p, use(CredentialUse::SmtpXOAuth2));
        QVERIFY(terminal && terminal->ok());
        QVERIFY(qobject_cast<DeviceCodeCredential*>(terminal->value().credential.get())); // no browser here
        CredentialLoadOptions gui;
        gui.delegated = DelegatedSignIn::AsProfileSays;
        std::optional<ProfileCredentialResult> browser = load(p, gui);
        QVERIFY(browser && browser->ok());
        QVERIFY(qobject_cast<AuthCodeCredential*>(browser->value().credential.get()));
    }

    void unsupportedAuthKindForTheUse()
    {
        const ConnectionProfile p = profile(u"unattended"_s, ConnectionProfile::AuthKind::DeviceCode);
        std::optional<ProfileCredentialResult> result = load(p, use(CredentialUse::AppOnly));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::UnsupportedAuth);
        QVERIFY(result->error().error.message.contains(p.name));
    }

    void unusableCaFileIsAProfileProblem()
    {
        ConnectionProfile p = profile(u"bad-ca"_s, ConnectionProfile::AuthKind::ClientSecret);
        p.caFile = m_tenant.directory.filePath(u"missing-ca.pem"_s);
        CredentialLoadOptions options;
        options.secret = "some-secret";
        std::optional<ProfileCredentialResult> result = load(p, options);
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, Kind::InvalidProfile);
    }

    void cancelledLoadNeverAnswers()
    {
        const ConnectionProfile p = profile(u"cancelled"_s, ConnectionProfile::AuthKind::ClientSecret);
        QVERIFY(keep(p.name, ProfileSecret::clientSecret, m_tenant.identity->mainApp().clientSecret.toUtf8()));
        ProfileCredentialLoader loader(&m_secrets);
        int answers = 0;
        loader.load(p, {}, [&](ProfileCredentialResult) { ++answers; });
        loader.cancel();
        // A second load after the cancelled one answers once, and only for itself.
        std::optional<bool> second;
        loader.load(p, {}, [&](ProfileCredentialResult result) { second = result.ok(); });
        QVERIFY(test::waitUntil([&] { return second.has_value(); }));
        QVERIFY(*second);
        // QtKeychain runs its jobs one at a time, in order: the cancelled read has answered before the second.
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileCredentialLoader)
#include "TestProfileCredentialLoader.moc"
