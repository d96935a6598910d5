#include "identity/SecretStore.h"

#include "TestSupport.h"

#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// Registered with DBUS_SESSION_BUS_ADDRESS pointing nowhere: no Secret Service can be reached.
class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void refusesToStoreAndSaysWhy()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
                 "this test must run without a reachable session bus");
        const QByteArray secret = "no-keychain-secret-7f3a";
        SecretStore store(u"smtpaudit-test"_s);
        std::optional<Status> result;
        store.write(u"p"_s, u"client-secret"_s, secret, [&](Status s) { result = std::move(s); });
        QVERIFY(test::waitUntil([&] { return result.has_value(); }, 30000));
        QVERIFY2(!result->ok(), "a write without a keychain must fail, not fall back");
        QCOMPARE(result->error().category, Error::Category::Keychain);
        QVERIFY2(result->error().message.contains(u"keychain"_s, Qt::CaseInsensitive),
                 qPrintable(result->error().message));

        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(!home.isEmpty());
        QVERIFY2(test::filesContaining(home, secret).isEmpty(), "the secret was written to a file");
    }

    void readFailsClearlyRatherThanReportingAbsent()
    {
        SecretStore store(u"smtpaudit-test"_s);
        std::optional<Result<std::optional<QByteArray>>> result;
        store.read(u"p"_s, u"client-secret"_s, [&](auto r) { result = std::move(r); });
        QVERIFY(test::waitUntil([&] { return result.has_value(); }, 30000));
        // "No keychain" must not look like "no secret saved": the user has to learn the keychain is missing.
        QVERIFY(!result->ok());
        QCOMPARE(result->error().category, Error::Category::Keychain);
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "TestSecretStoreNoKeychain.moc"
