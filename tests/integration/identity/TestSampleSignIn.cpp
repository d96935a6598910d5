#include "identity/ClientCertificate.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/PermissionCheck.h"
#include "identity/TokenProvider.h"

#include "SampleTenantFixture.h"
#include "TestSupport.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

QStringList* capturedLog = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (capturedLog)
        capturedLog->append(message);
}

} // namespace

// The product's credentials and token cache against the sample tenant's identity platform, over TLS
// verified with the CA file the server wrote.
class TestSampleSignIn : public QObject
{
    Q_OBJECT

private:
    test::SampleTenantFixture m_tenant;
    const QString m_user = u"adele.vance@contoso.onmicrosoft.com"_s;

    Result<QByteArray> tokenFrom(TokenProvider& provider, TokenResource resource, int timeoutMs = 20000)
    {
        std::optional<Result<QByteArray>> result;
        provider.token(resource, [&](Result<QByteArray> token) { result = std::move(token); });
        if (!test::waitUntil([&] { return result.has_value(); }, timeoutMs))
            return Error::make(Error::Category::Timeout, u"test: no answer"_s);
        return std::move(*result);
    }
    Result<TokenGrant> acquire(Credential& credential, const QString& scope, int timeoutMs = 20000)
    {
        std::optional<Result<TokenGrant>> result;
        credential.acquire(scope, [&](Result<TokenGrant> grant) { result = std::move(grant); });
        if (!test::waitUntil([&] { return result.has_value(); }, timeoutMs))
            return Error::make(Error::Category::Timeout, u"test: no answer"_s);
        return std::move(*result);
    }
    static QString describe(const Error& error) { return error.categoryName() + u": "_s + error.toString(); }

private slots:
    void initTestCase()
    {
        sample::IdentityOptions options;
        options.deviceCodePollIntervalSeconds = 1;
        options.deviceCodeLifetimeSeconds = 60;
        QVERIFY(m_tenant.start({}, options));
    }

    void clientSecretSignInForEachResource()
    {
        const auto& app = m_tenant.identity->mainApp();
        ClientSecretCredential credential(m_tenant.cloud(), m_tenant.tenantId(), app.clientId,
                                          app.clientSecret.toUtf8());
        credential.setTlsTrust(m_tenant.trust());
        TokenProvider provider(&credential, m_tenant.cloud());

        const auto graph = tokenFrom(provider, TokenResource::Graph);
        QVERIFY2(graph.ok(), qPrintable(graph.ok() ? QString() : describe(graph.error())));
        const auto claims = provider.claims(TokenResource::Graph);
        QVERIFY(claims.has_value());
        QCOMPARE(claims->audience, u"https://graph.microsoft.com"_s);
        QCOMPARE(claims->tenantId, m_tenant.tenantId());
        QVERIFY(claims->roles.contains(u"AuditLog.Read.All"_s));
        QVERIFY(!claims->isDelegated());

        const auto exchange = tokenFrom(provider, TokenResource::ExchangeAdmin);
        QVERIFY(exchange.ok());
        QVERIFY(exchange.value() != graph.value());
        QCOMPARE(provider.claims(TokenResource::ExchangeAdmin)->audience, u"https://outlook.office365.com"_s);
        QVERIFY(provider.claims(TokenResource::ExchangeAdmin)->roles.contains(u"Exchange.ManageAsApp"_s));

        // Cached: asking again costs no request.
        QCOMPARE(tokenFrom(provider, TokenResource::Graph).value(), graph.value());
        QCOMPARE(provider.acquisitions(), 2);

        // The main app holds every Graph permission the audit needs.
        const PermissionReport report = checkPermissions(allAuditChecks(), provider.claims(TokenResource::Graph),
                                                         provider.claims(TokenResource::ExchangeAdmin));
        for (const AuditCheck check : allAuditChecks())
            QVERIFY2(!report.blocks(check), qPrintable(report.missingNames(check).join(u", "_s)));
    }

    void restrictedAppIsToldWhatIsMissing()
    {
        const auto& app = m_tenant.identity->restrictedApp();
        ClientSecretCredential credential(m_tenant.cloud(), m_tenant.tenantId(), app.clientId,
                                          app.clientSecret.toUtf8());
        credential.setTlsTrust(m_tenant.trust());
        TokenProvider provider(&credential, m_tenant.cloud());
        QVERIFY(tokenFrom(provider, TokenResource::Graph).ok());
        const PermissionReport report = checkPermissions(allAuditChecks(), provider.claims(TokenResource::Graph), {});
        // signInActivity needs AuditLog.Read.All itself (reference section 1)...
        QCOMPARE(report.missingNames(AuditCheck::SignInActivity), QStringList{u"AuditLog.Read.All"_s});
        QVERIFY(report.blocks(AuditCheck::SignInActivity));
        // ...while the sign-in log and the registration details also accept the higher-privileged
        // Directory.Read.All / UserAuthenticationMethod.Read.All the app still holds (sections 2 and 3).
        QVERIFY(!report.blocks(AuditCheck::SignIns));
        QVERIFY(!report.blocks(AuditCheck::UserRegistrationDetails));
        QVERIFY(!report.blocks(AuditCheck::Users));
    }

    void wrongSecretIsAnAuthenticationError()
    {
        const QByteArray wrong = "Wq8~not-the-secret-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        ClientSecretCredential credential(m_tenant.cloud(), m_tenant.tenantId(), m_tenant.identity->mainApp().clientId,
                                          wrong);
        credential.setTlsTrust(m_tenant.trust());
        const auto grant = acquire(credential, u"https://graph.microsoft.com/.default"_s);
        QVERIFY(!grant.ok());
        QCOMPARE(grant.error().category, Error::Category::Authentication);
        QCOMPARE(grant.error().subject, u"invalid_client"_s);
        QVERIFY(!describe(grant.error()).contains(QString::fromLatin1(wrong)));
    }

    void certificateSignIn_data()
    {
        QTest::addColumn<bool>("pkcs12");
        QTest::addColumn<int>("variant");
        QTest::newRow("pfx PS256 x5t#S256") << true << int(ClientAssertion::Variant::Sha256Pss);
        QTest::newRow("pfx RS256 x5t") << true << int(ClientAssertion::Variant::Sha1Rs256);
        QTest::newRow("pem PS256 x5t#S256") << false << int(ClientAssertion::Variant::Sha256Pss);
        QTest::newRow("pem RS256 x5t") << false << int(ClientAssertion::Variant::Sha1Rs256);
    }
    void certificateSignIn()
    {
        QFETCH(bool, pkcs12);
        QFETCH(int, variant);
        const auto& app = m_tenant.identity->mainApp();
        const QByteArray passphrase = "pass-" + QByteArray::number(variant);
        QString path;
        if (pkcs12) {
            path = m_tenant.directory.filePath(u"app-%1.pfx"_s.arg(variant));
            QVERIFY(app.certificate.writePkcs12(path, passphrase).ok());
        } else {
            const QString certificate = m_tenant.directory.filePath(u"cert.pem"_s);
            const QString key = m_tenant.directory.filePath(u"key.pem"_s);
            QVERIFY(app.certificate.writeCertificatePem(certificate).ok());
            QVERIFY(app.certificate.writePrivateKeyPem(key, passphrase).ok());
            QFile certificateFile(certificate);
            QFile keyFile(key);
            QVERIFY(certificateFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
            path = m_tenant.directory.filePath(u"app-%1.pem"_s.arg(variant));
            QFile combined(path);
            QVERIFY(combined.open(QIODevice::WriteOnly));
            combined.write(keyFile.readAll() + certificateFile.readAll());
        }
        const auto loaded = ClientCertificate::fromFile(path, passphrase);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : describe(loaded.error())));
        CertificateCredential credential(m_tenant.cloud(), m_tenant.tenantId(), app.clientId, loaded.value(),
                                         ClientAssertion::Variant(variant));
        credential.setTlsTrust(m_tenant.trust());
        const auto grant = acquire(credential, u"https://graph.microsoft.com/.default"_s);
        QVERIFY2(grant.ok(), qPrintable(grant.ok() ? QString() : describe(grant.error())));
        const auto claims = TokenClaims::decode(grant->accessToken.value);
        QVERIFY(claims.ok());
        QCOMPARE(claims->appId, app.clientId);
    }

    void unregisteredCertificateIsRefused()
    {
        // The restricted app's certificate is not registered for the main app.
        const QString path = m_tenant.directory.filePath(u"other.pfx"_s);
        QVERIFY(m_tenant.identity->restrictedApp().certificate.writePkcs12(path, "x").ok());
        CertificateCredential credential(m_tenant.cloud(), m_tenant.tenantId(), m_tenant.identity->mainApp().clientId,
                                         ClientCertificate::fromFile(path, "x").value());
        credential.setTlsTrust(m_tenant.trust());
        const auto grant = acquire(credential, u"https://graph.microsoft.com/.default"_s);
        QVERIFY(!grant.ok());
        QCOMPARE(grant.error().category, Error::Category::Authentication);
    }

    void tlsIsVerifiedWithoutThePinnedCa()
    {
        // A server of its own: the thread's network access manager keeps verified keep-alive connections to
        // m_tenant's port from the earlier tests, and reusing one would skip the handshake under test.
        test::SampleTenantFixture other;
        QVERIFY(other.start());
        // No setTlsTrust: the sample CA is unknown to the system, so the handshake must fail.
        ClientSecretCredential credential(other.cloud(), other.tenantId(), other.identity->mainApp().clientId,
                                          other.identity->mainApp().clientSecret.toUtf8());
        const auto grant = acquire(credential, u"https://graph.microsoft.com/.default"_s);
        QVERIFY(!grant.ok());
        QCOMPARE(grant.error().category, Error::Category::Network);
        QVERIFY2(grant.error().message.contains(u"certificate"_s), qPrintable(describe(grant.error())));
    }

    void deviceCodeWithApprovalThenRefreshForOtherResources()
    {
        DeviceCodeCredential credential(m_tenant.cloud(), m_tenant.tenantId(),
                                        m_tenant.identity->publicClient().clientId);
        credential.setTlsTrust(m_tenant.trust());
        QSignalSpy prompts(&credential, &DeviceCodeCredential::deviceCodeReady);
        QString approvedCode;
        connect(&credential, &DeviceCodeCredential::deviceCodeReady, this, [&](const DeviceCodePrompt& prompt) {
            QVERIFY(!prompt.userCode.isEmpty());
            QVERIFY(prompt.verificationUri.isValid());
            QVERIFY(prompt.message.contains(prompt.userCode));
            QVERIFY(prompt.expiresAt > QDateTime::currentDateTimeUtc());
            approvedCode = prompt.userCode;
            QVERIFY(m_tenant.identity->approve(prompt.userCode, m_user).ok());
        });
        TokenProvider provider(&credential, m_tenant.cloud());
        const auto graph = tokenFrom(provider, TokenResource::Graph);
        QVERIFY2(graph.ok(), qPrintable(graph.ok() ? QString() : describe(graph.error())));
        QCOMPARE(prompts.size(), 1);
        const auto claims = provider.claims(TokenResource::Graph);
        QVERIFY(claims->isDelegated());
        QCOMPARE(claims->userPrincipalName, m_user);
        QVERIFY(credential.hasRefreshToken());

        // Other resources come from the refresh token: no second device code.
        const auto smtp = tokenFrom(provider, TokenResource::Smtp);
        QVERIFY2(smtp.ok(), qPrintable(smtp.ok() ? QString() : describe(smtp.error())));
        QCOMPARE(provider.claims(TokenResource::Smtp)->audience, u"https://outlook.office.com"_s);
        QVERIFY(provider.claims(TokenResource::Smtp)->scopes.contains(u"SMTP.Send"_s));
        const auto exchange = tokenFrom(provider, TokenResource::ExchangeAdmin);
        QVERIFY2(exchange.ok(), qPrintable(exchange.ok() ? QString() : describe(exchange.error())));
        QCOMPARE(prompts.size(), 1);

        // A forced refresh redeems the (rotated) refresh token again.
        std::optional<Result<QByteArray>> again;
        provider.token(
            TokenResource::Graph, [&](Result<QByteArray> token) { again = std::move(token); }, true);
        QVERIFY(test::waitUntil([&] { return again.has_value(); }));
        QVERIFY(again->ok());
        QVERIFY(again->value() != graph.value());
        QCOMPARE(prompts.size(), 1);
    }

    void deviceCodeDeclined()
    {
        DeviceCodeCredential credential(m_tenant.cloud(), m_tenant.tenantId(),
                                        m_tenant.identity->publicClient().clientId);
        credential.setTlsTrust(m_tenant.trust());
        connect(&credential, &DeviceCodeCredential::deviceCodeReady, this,
                [&](const DeviceCodePrompt& prompt) { QVERIFY(m_tenant.identity->decline(prompt.userCode).ok()); });
        const auto grant = acquire(credential, u"https://graph.microsoft.com/.default"_s);
        QVERIFY(!grant.ok());
        QCOMPARE(grant.error().category, Error::Category::Authentication);
        QCOMPARE(grant.error().subject, u"authorization_declined"_s);
    }

    void deviceCodeExpires()
    {
        DeviceCodeCredential credential(m_tenant.cloud(), m_tenant.tenantId(),
                                        m_tenant.identity->publicClient().clientId);
        credential.setTlsTrust(m_tenant.trust());
        // Nobody approves; the tenant's clock jumps past the code's 60 s lifetime.
        connect(&credential, &DeviceCodeCredential::deviceCodeReady, this, [&] { m_tenant.clockOffsetSeconds = 120; });
        const auto grant = acquire(credential, u"https://graph.microsoft.com/.default"_s);
        m_tenant.clockOffsetSeconds = 0;
        QVERIFY(!grant.ok());
        QCOMPARE(grant.error().category, Error::Category::Authentication);
        QCOMPARE(grant.error().subject, u"expired_token"_s);
    }

    void deviceCodeSlowDownAddsFiveSeconds()
    {
        DeviceCodeCredential credential(m_tenant.cloud(), m_tenant.tenantId(),
                                        m_tenant.identity->publicClient().clientId);
        credential.setTlsTrust(m_tenant.trust());
        // A frozen tenant clock makes every poll look too fast to the server: it answers slow_down.
        m_tenant.frozenAt = QDateTime::currentDateTimeUtc();
        QString userCode;
        connect(&credential, &DeviceCodeCredential::deviceCodeReady, this,
                [&](const DeviceCodePrompt& prompt) { userCode = prompt.userCode; });
        std::optional<Result<TokenGrant>> result;
        credential.acquire(u"https://graph.microsoft.com/.default"_s, [&](auto grant) { result = std::move(grant); });
        QVERIFY(test::waitUntil([&] { return credential.currentPollIntervalSeconds() == 6; }, 10000));
        // Time flows again and the user approves; the next poll, 6 s later, gets the token.
        m_tenant.frozenAt.reset();
        QVERIFY(m_tenant.identity->approve(userCode, m_user).ok());
        QVERIFY(test::waitUntil([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : describe(result->error())));
    }

    void noSecretOrTokenInTheLog()
    {
        QLoggingCategory::setFilterRules(u"smtpaudit.*=true\nqt.network.*=true"_s);
        QStringList log;
        capturedLog = &log;
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const auto& app = m_tenant.identity->mainApp();
        ClientSecretCredential credential(m_tenant.cloud(), m_tenant.tenantId(), app.clientId,
                                          app.clientSecret.toUtf8());
        credential.setTlsTrust(m_tenant.trust());
        TokenProvider provider(&credential, m_tenant.cloud());
        const auto token = tokenFrom(provider, TokenResource::Graph);
        qInstallMessageHandler(previous);
        capturedLog = nullptr;
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(token.ok());
        QVERIFY2(!log.isEmpty(), "debug logging produced nothing: the check would prove nothing");
        const QString all = log.join(u'\n');
        QVERIFY(!all.contains(app.clientSecret));
        QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(app.clientSecret))));
        QVERIFY(!all.contains(QString::fromLatin1(token.value())));
        QVERIFY(!all.contains(QString::fromLatin1(token.value().left(40))));
    }
};

QTEST_GUILESS_MAIN(TestSampleSignIn)
#include "TestSampleSignIn.moc"
