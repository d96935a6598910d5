#include "identity/DeviceCodeCredential.h"
#include "identity/ProfileCredentialLoader.h"
#include "identity/SecretStore.h"

#include "TestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// Registered with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no Secret Service can be reached. A profile whose
// secret lives in the keychain must then fail as "keychain unavailable" (not "no secret saved"), naming the
// profile; one that needs no keychain entry still loads.
class TestProfileCredentialLoaderNoKeychain : public QObject
{
    Q_OBJECT

private:
    static ConnectionProfile profile(ConnectionProfile::AuthKind kind)
    {
        ConnectionProfile p;
        p.name = u"no-keychain-profile"_s;
        p.tenant = u"contoso.onmicrosoft.com"_s;
        p.clientId = u"00000000-0000-0000-0000-0000000000aa"_s;
        p.auth = kind;
        p.certificatePath = u"/nonexistent/app.pfx"_s;
        return p;
    }

    static std::optional<ProfileCredentialResult> load(SecretStore* store, const ConnectionProfile& p)
    {
        ProfileCredentialLoader loader(store);
        std::optional<ProfileCredentialResult> result;
        loader.load(p, {}, [&](ProfileCredentialResult loaded) { result.emplace(std::move(loaded)); });
        test::waitUntil([&] { return result.has_value(); }, 30000);
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
                 "this test must run without a reachable session bus");
    }

    void keychainSecretIsUnavailable_data()
    {
        QTest::addColumn<ConnectionProfile::AuthKind>("kind");
        QTest::newRow("client secret") << ConnectionProfile::AuthKind::ClientSecret;
        QTest::newRow("certificate passphrase") << ConnectionProfile::AuthKind::Certificate;
    }
    void keychainSecretIsUnavailable()
    {
        QFETCH(ConnectionProfile::AuthKind, kind);
        SecretStore store(u"smtpaudit-test"_s);
        const std::optional<ProfileCredentialResult> result = load(&store, profile(kind));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, CredentialLoadError::Kind::KeychainUnavailable);
        QCOMPARE(result->error().error.category, Error::Category::Keychain);
        QVERIFY2(result->error().error.message.contains(u"no-keychain-profile"_s),
                 qPrintable(result->error().error.message));
    }

    void noSecretStoreAtAll()
    {
        const std::optional<ProfileCredentialResult> result =
            load(nullptr, profile(ConnectionProfile::AuthKind::ClientSecret));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, CredentialLoadError::Kind::KeychainUnavailable);
    }

    void delegatedProfileNeedsNoKeychainToLoad()
    {
        SecretStore store(u"smtpaudit-test"_s);
        std::optional<ProfileCredentialResult> result = load(&store, profile(ConnectionProfile::AuthKind::DeviceCode));
        QVERIFY(result);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().error.toString()));
        QVERIFY(qobject_cast<DeviceCodeCredential*>(result->value().credential.get()));
        QVERIFY(result->value().credential->isDelegated());
    }
};

QTEST_GUILESS_MAIN(TestProfileCredentialLoaderNoKeychain)
#include "TestProfileCredentialLoaderNoKeychain.moc"
