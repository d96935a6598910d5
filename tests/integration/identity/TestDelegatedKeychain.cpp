#include "identity/DeviceCodeCredential.h"
#include "identity/SecretStore.h"
#include "identity/TokenProvider.h"

#include "SampleTenantFixture.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// The refresh token of a delegated sign-in survives the run in the keychain (and only there): a second
// credential for the same profile signs in without a device code.
class TestDelegatedKeychain : public QObject
{
    Q_OBJECT

private:
    test::SampleTenantFixture m_tenant;

    // The stored refresh token; empty when there is none (or the keychain failed, which the test reports).
    QByteArray storedRefreshToken(SecretStore& store, const QString& profile)
    {
        std::optional<Result<std::optional<QByteArray>>> result;
        store.read(profile, DelegatedCredential::refreshTokenSecretName, [&](auto r) { result = std::move(r); });
        if (!test::waitUntil([&] { return result.has_value(); }))
            return {};
        if (!result->ok()) {
            qWarning() << result->error().toString();
            return {};
        }
        return result->value().value_or(QByteArray());
    }

private slots:
    void initTestCase()
    {
        sample::IdentityOptions options;
        options.deviceCodePollIntervalSeconds = 1;
        QVERIFY(m_tenant.start({}, options));
    }

    void refreshTokenPersistsInTheKeychainOnly()
    {
        SecretStore store(u"smtpaudit-test"_s);
        const QString profile = u"sample-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            DeviceCodeCredential first(m_tenant.cloud(), m_tenant.tenantId(),
                                       m_tenant.identity->publicClient().clientId);
            first.setTlsTrust(m_tenant.trust());
            first.setRefreshTokenStore(&store, profile);
            connect(&first, &DeviceCodeCredential::deviceCodeReady, this, [&](const DeviceCodePrompt& prompt) {
                QVERIFY(m_tenant.identity->approve(prompt.userCode, u"admin@contoso.onmicrosoft.com"_s).ok());
            });
            TokenProvider provider(&first, m_tenant.cloud());
            std::optional<Result<QByteArray>> token;
            provider.token(TokenResource::Graph, [&](auto t) { token = std::move(t); });
            QVERIFY(test::waitUntil([&] { return token.has_value(); }, 20000));
            QVERIFY(token->ok());
        }
        const QByteArray stored = storedRefreshToken(store, profile);
        QVERIFY2(!stored.isEmpty(), "the refresh token was not written to the keychain");
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(!home.isEmpty());
        QVERIFY2(test::filesContaining(home, stored).isEmpty(), "the refresh token reached a file");

        // A new run: the stored refresh token signs in, no device code is shown.
        DeviceCodeCredential second(m_tenant.cloud(), m_tenant.tenantId(), m_tenant.identity->publicClient().clientId);
        second.setTlsTrust(m_tenant.trust());
        second.setRefreshTokenStore(&store, profile);
        QSignalSpy prompts(&second, &DeviceCodeCredential::deviceCodeReady);
        TokenProvider provider(&second, m_tenant.cloud());
        std::optional<Result<QByteArray>> token;
        provider.token(TokenResource::Smtp, [&](auto t) { token = std::move(t); });
        QVERIFY(test::waitUntil([&] { return token.has_value(); }, 20000));
        QVERIFY2(token->ok(), qPrintable(token->ok() ? QString() : token->error().toString()));
        QCOMPARE(prompts.size(), 0);
        // The sample's refresh tokens are single use: the rotated one replaced the stored one.
        QVERIFY(test::waitUntil([&] {
            const QByteArray rotated = storedRefreshToken(store, profile);
            return !rotated.isEmpty() && rotated != stored;
        }));

        // Sign-out removes it.
        second.forgetRefreshToken();
        QVERIFY(test::waitUntil([&] { return storedRefreshToken(store, profile).isEmpty(); }));
    }
};

QTEST_GUILESS_MAIN(TestDelegatedKeychain)
#include "TestDelegatedKeychain.moc"
