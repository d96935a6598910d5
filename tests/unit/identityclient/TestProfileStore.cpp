#include "identity/ProfileStore.h"

#include "TestSupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// Profiles in a real INI file, secrets in the real keychain (gnome-keyring in a private D-Bus session).
class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QByteArray m_secret = "cs~" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "+/=";

    static ConnectionProfile sampleProfile(const QString& name)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.tenant = u"contoso.onmicrosoft.com"_s;
        profile.cloud = u"custom"_s;
        profile.loginUrl = u"https://127.0.0.1:8443"_s;
        profile.graphUrl = u"https://127.0.0.1:8443"_s;
        profile.exchangeUrl = u"http://localhost:8080"_s;
        profile.caFile = u"/etc/ssl/sample-ca.pem"_s;
        profile.clientId = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
        profile.auth = ConnectionProfile::AuthKind::Certificate;
        profile.certificatePath = u"/home/me/app.pfx"_s;
        profile.assertionVariant = ClientAssertion::Variant::Sha1Rs256;
        profile.sendingRanges = {u"203.0.113.0/24"_s, u"2001:db8::/32"_s};
        return profile;
    }
    Status removeAndWait(ProfileStore& store, const QString& name)
    {
        std::optional<Status> status;
        store.forget(name, [&](Status s) { status = std::move(s); });
        [&] { QVERIFY(test::waitUntil([&] { return status.has_value(); })); }();
        return status.value_or(Error::make(Error::Category::Timeout, u"no answer"_s));
    }
    Status saveSecretAndWait(ProfileStore& store, const QString& profile, const QString& name, const QByteArray& secret)
    {
        std::optional<Status> status;
        store.saveSecret(profile, name, secret, [&](Status s) { status = std::move(s); });
        [&] { QVERIFY(test::waitUntil([&] { return status.has_value(); })); }();
        return status.value_or(Error::make(Error::Category::Timeout, u"no answer"_s));
    }
    std::optional<QByteArray> readSecretAndWait(ProfileStore& store, const QString& profile, const QString& name)
    {
        std::optional<Result<std::optional<QByteArray>>> result;
        store.readSecret(profile, name, [&](auto r) { result = std::move(r); });
        [&] { QVERIFY(test::waitUntil([&] { return result.has_value(); })); }();
        if (!result || !result->ok())
            return std::nullopt;
        return result->value();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripKeepsEveryField()
    {
        SecretStore secrets(u"smtpaudit-test"_s);
        ProfileStore store(&secrets, m_dir.filePath(u"profiles.ini"_s));
        const ConnectionProfile profile = sampleProfile(u"Contoso prod"_s);
        QVERIFY(store.save(profile).ok());
        QCOMPARE(store.names(), QStringList{u"Contoso prod"_s});
        const auto loaded = store.load(u"Contoso prod"_s);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->tenant, profile.tenant);
        QCOMPARE(loaded->cloud, profile.cloud);
        QCOMPARE(loaded->loginUrl, profile.loginUrl);
        QCOMPARE(loaded->exchangeUrl, profile.exchangeUrl);
        QCOMPARE(loaded->caFile, profile.caFile);
        QCOMPARE(loaded->clientId, profile.clientId);
        QCOMPARE(loaded->auth, profile.auth);
        QCOMPARE(loaded->certificatePath, profile.certificatePath);
        QCOMPARE(loaded->assertionVariant, profile.assertionVariant);
        QCOMPARE(loaded->sendingRanges, profile.sendingRanges);
        const auto environment = loaded->environment();
        QVERIFY(environment.ok());
        QCOMPARE(environment->caFile, profile.caFile);
        QCOMPARE(environment->exchangeBase.host(), u"localhost"_s);
        QVERIFY(!store.load(u"nobody"_s).has_value());
        QVERIFY(removeAndWait(store, u"Contoso prod"_s).ok());
    }

    void invalidProfilesAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("name") << u"name"_s;
        QTest::newRow("tenant") << u"tenant"_s;
        QTest::newRow("clientId") << u"clientId"_s;
        QTest::newRow("sendingRanges") << u"sendingRanges"_s;
        QTest::newRow("remote http") << u"Exchange Online URL"_s;
        QTest::newRow("cloud") << u"cloud"_s;
    }
    void invalidProfilesAreRefused()
    {
        QFETCH(QString, field);
        ConnectionProfile profile = sampleProfile(u"p"_s);
        if (field == u"name"_s)
            profile.name = u"a/b"_s;
        else if (field == u"tenant"_s)
            profile.tenant = u"contoso onmicrosoft"_s;
        else if (field == u"clientId"_s)
            profile.clientId = u"my app"_s;
        else if (field == u"sendingRanges"_s)
            profile.sendingRanges = {u"203.0.113.0/33"_s};
        else if (field == u"cloud"_s)
            profile.cloud = u"mars"_s;
        else
            profile.exchangeUrl = u"http://exo.example.com"_s;
        ProfileStore store(nullptr, m_dir.filePath(u"invalid.ini"_s));
        const Status saved = store.save(profile);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().category, Error::Category::InvalidInput);
        QCOMPARE(saved.error().subject, field);
        QVERIFY(store.names().isEmpty());
    }

    void secretsGoToTheKeychainNeverToTheSettings()
    {
        SecretStore secrets(u"smtpaudit-test"_s);
        const QString iniFile = m_dir.filePath(u"secrets-check.ini"_s);
        ProfileStore store(&secrets, iniFile);
        ConnectionProfile profile = sampleProfile(u"fabrikam"_s);
        profile.auth = ConnectionProfile::AuthKind::ClientSecret;
        QVERIFY(store.save(profile).ok());
        const Status saved = saveSecretAndWait(store, u"fabrikam"_s, ProfileSecret::clientSecret, m_secret);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QVERIFY(saveSecretAndWait(store, u"fabrikam"_s, ProfileSecret::refreshToken, "rt-" + m_secret).ok());
        QCOMPARE(readSecretAndWait(store, u"fabrikam"_s, ProfileSecret::clientSecret), std::optional(m_secret));

        // The settings file exists, holds the profile, and holds no secret.
        QFile file(iniFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray settings = file.readAll();
        QVERIFY(settings.contains("fabrikam"));
        QVERIFY(!settings.contains(m_secret));
        QVERIFY(!settings.contains(QUrl::toPercentEncoding(QString::fromLatin1(m_secret))));
        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                                    QStandardPaths::GenericCacheLocation}) {
            const QStringList hits = test::filesContaining(QStandardPaths::writableLocation(location), m_secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        }
        QVERIFY(test::filesContaining(m_dir.path(), m_secret).isEmpty());

        // Forgetting the profile deletes its settings and every keychain entry.
        QVERIFY(removeAndWait(store, u"fabrikam"_s).ok());
        QVERIFY(!store.load(u"fabrikam"_s).has_value());
        QVERIFY(!store.names().contains(u"fabrikam"_s));
        QCOMPARE(readSecretAndWait(store, u"fabrikam"_s, ProfileSecret::clientSecret), std::optional<QByteArray>());
        QCOMPARE(readSecretAndWait(store, u"fabrikam"_s, ProfileSecret::refreshToken), std::optional<QByteArray>());
        // And again: forgetting is idempotent.
        QVERIFY(removeAndWait(store, u"fabrikam"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
