#include "SampleServerFixture.h"

#include "sample/identity/Jwt.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

// Client credentials with a certificate assertion (certificate-credentials.md). The assertions are built and
// signed here with OpenSSL directly, independently of the server's own JWS code.
class TestCertificateAssertion : public QObject
{
    Q_OBJECT

    test::SampleServerFixture m_fixture;

    static QByteArray b64(const QByteArray& bytes)
    {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    // Signs `header.payload` with the PEM private key: RS256 (PKCS#1 v1.5) or PS256 (PSS, salt = 32 bytes).
    static QByteArray sign(const QByteArray& privateKeyPem, bool pss, const QJsonObject& header,
                           const QJsonObject& payload)
    {
        const QByteArray input = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                 b64(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        BIO* bio = BIO_new_mem_buf(privateKeyPem.constData(), static_cast<int>(privateKeyPem.size()));
        EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        EVP_MD_CTX* context = EVP_MD_CTX_new();
        EVP_PKEY_CTX* keyContext = nullptr;
        QByteArray signature;
        if (key && EVP_DigestSignInit(context, &keyContext, EVP_sha256(), nullptr, key) == 1) {
            if (pss) {
                EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING);
                EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32);
            }
            size_t length = 0;
            const auto* data = reinterpret_cast<const unsigned char*>(input.constData());
            if (EVP_DigestSign(context, nullptr, &length, data, input.size()) == 1) {
                signature.resize(static_cast<qsizetype>(length));
                if (EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &length, data,
                                   input.size()) != 1)
                    signature.clear();
            }
        }
        EVP_MD_CTX_free(context);
        EVP_PKEY_free(key);
        return signature.isEmpty() ? QByteArray() : input + '.' + b64(signature);
    }

    QString tokenUrl() const { return m_fixture.url(m_fixture.tokenPath()).toString(); }
    const SampleAppCredentials& mainApp() const { return m_fixture.identity->mainApp(); }

    QJsonObject header(bool pss, const QSslCertificate& certificate) const
    {
        const QByteArray der = certificate.toDer();
        if (pss)
            return {
                {"alg"_L1, "PS256"_L1},
                {"typ"_L1, "JWT"_L1},
                {"x5t#S256"_L1, QString::fromLatin1(b64(QCryptographicHash::hash(der, QCryptographicHash::Sha256)))}};
        return {{"alg"_L1, "RS256"_L1},
                {"typ"_L1, "JWT"_L1},
                {"x5t"_L1, QString::fromLatin1(b64(QCryptographicHash::hash(der, QCryptographicHash::Sha1)))}};
    }

    QJsonObject claims(const QString& audience = {}) const
    {
        const qint64 now = m_fixture.now.toSecsSinceEpoch();
        return {{"aud"_L1, audience.isEmpty() ? tokenUrl() : audience},
                {"iss"_L1, mainApp().clientId},
                {"sub"_L1, mainApp().clientId},
                {"jti"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {"nbf"_L1, now},
                {"exp"_L1, now + 600}};
    }

    test::HttpResult redeem(const QByteArray& assertion, const QString& tenant = {},
                            const QString& assertionType = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s)
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        form.addQueryItem(u"client_id"_s, mainApp().clientId);
        form.addQueryItem(u"scope"_s, u"https%3A%2F%2Fgraph.microsoft.com%2F.default"_s);
        form.addQueryItem(u"client_assertion_type"_s, QString::fromLatin1(QUrl::toPercentEncoding(assertionType)));
        form.addQueryItem(u"client_assertion"_s, QString::fromLatin1(assertion));
        return m_fixture.postForm(m_fixture.tokenPath(tenant), form);
    }

    static int code(const test::HttpResult& result)
    {
        return result.json().value("error_codes"_L1).toArray().at(0).toInt();
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.start()); }

    void validAssertions_data()
    {
        QTest::addColumn<bool>("pss");
        QTest::newRow("RS256 with x5t") << false;
        QTest::newRow("PS256 with x5t#S256") << true;
    }

    void validAssertions()
    {
        QFETCH(bool, pss);
        const QByteArray key = mainApp().certificate.key.privateKeyPem();
        const test::HttpResult result =
            redeem(sign(key, pss, header(pss, mainApp().certificate.certificate), claims()));
        QCOMPARE(result.status, 200);
        const auto token = jwt::parse(result.json().value("access_token"_L1).toString().toLatin1());
        QVERIFY(token.has_value());
        QCOMPARE(token->payload.value("appidacr"_L1).toString(), u"2"_s); // certificate
        QVERIFY(token->payload.value("roles"_L1).toArray().contains(u"AuditLog.Read.All"_s));
    }

    void audienceMayNameTheDomain()
    {
        const QString domain = m_fixture.identity->verifiedDomains().constFirst();
        const QString byDomain = m_fixture.url(m_fixture.tokenPath(domain)).toString();
        const QByteArray key = mainApp().certificate.key.privateKeyPem();
        QCOMPARE(redeem(sign(key, false, header(false, mainApp().certificate.certificate), claims(byDomain))).status,
                 200);
        // ... and an audience given as a JSON array containing the endpoint.
        QJsonObject arrayAudience = claims();
        arrayAudience.insert("aud"_L1, QJsonArray{u"https://example.com"_s, tokenUrl()});
        QCOMPARE(redeem(sign(key, false, header(false, mainApp().certificate.certificate), arrayAudience)).status, 200);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("assertion");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("aadsts");
        const QByteArray mainKey = mainApp().certificate.key.privateKeyPem();
        const QByteArray otherKey = m_fixture.identity->restrictedApp().certificate.key.privateKeyPem();
        const QSslCertificate& mainCertificate = mainApp().certificate.certificate;
        const QSslCertificate& otherCertificate = m_fixture.identity->restrictedApp().certificate.certificate;

        QTest::newRow("wrong key, registered thumbprint")
            << sign(otherKey, false, header(false, mainCertificate), claims()) << 401 << 700027;
        QTest::newRow("wrong key, PS256")
            << sign(otherKey, true, header(true, mainCertificate), claims()) << 401 << 700027;
        QTest::newRow("unregistered certificate")
            << sign(otherKey, false, header(false, otherCertificate), claims()) << 401 << 700027;
        QTest::newRow("PSS signature labelled RS256")
            << sign(mainKey, true, header(false, mainCertificate), claims()) << 401 << 700027;
        QTest::newRow("wrong audience") << sign(mainKey, false, header(false, mainCertificate),
                                                claims(u"https://login.microsoftonline.com/x/oauth2/v2.0/token"_s))
                                        << 401 << 700023;
        QJsonObject expired = claims();
        expired.insert("nbf"_L1, m_fixture.now.toSecsSinceEpoch() - 3600);
        expired.insert("exp"_L1, m_fixture.now.toSecsSinceEpoch() - 1800); // beyond the 5-minute skew
        QTest::newRow("expired") << sign(mainKey, false, header(false, mainCertificate), expired) << 401 << 700024;
        QJsonObject early = claims();
        early.insert("nbf"_L1, m_fixture.now.toSecsSinceEpoch() + 3600);
        early.insert("exp"_L1, m_fixture.now.toSecsSinceEpoch() + 4200);
        QTest::newRow("not yet valid") << sign(mainKey, false, header(false, mainCertificate), early) << 401 << 700024;
        QJsonObject noExpiry = claims();
        noExpiry.remove("exp"_L1);
        QTest::newRow("no exp") << sign(mainKey, false, header(false, mainCertificate), noExpiry) << 401 << 700024;
        QJsonObject otherIssuer = claims();
        otherIssuer.insert("iss"_L1, m_fixture.identity->restrictedApp().clientId);
        QTest::newRow("iss is another client")
            << sign(mainKey, false, header(false, mainCertificate), otherIssuer) << 401 << 700021;
        QJsonObject noJti = claims();
        noJti.remove("jti"_L1);
        QTest::newRow("no jti") << sign(mainKey, false, header(false, mainCertificate), noJti) << 401 << 50027;
        QJsonObject noneHeader = header(false, mainCertificate);
        noneHeader.insert("alg"_L1, "none"_L1);
        const QByteArray unsignedAssertion = b64(QJsonDocument(noneHeader).toJson(QJsonDocument::Compact)) + '.' +
                                             b64(QJsonDocument(claims()).toJson(QJsonDocument::Compact)) + '.';
        QTest::newRow("alg none") << unsignedAssertion << 401 << 50027;
        QTest::newRow("not a JWT") << QByteArray("abc") << 401 << 50027;
    }

    void refusals()
    {
        QFETCH(QByteArray, assertion);
        QFETCH(int, httpStatus);
        QFETCH(int, aadsts);
        QVERIFY(!assertion.isEmpty());
        const test::HttpResult result = redeem(assertion);
        QCOMPARE(result.status, httpStatus);
        QCOMPARE(result.json().value("error"_L1).toString(), u"invalid_client"_s);
        QCOMPARE(code(result), aadsts);
    }

    void thumbprintIsQuotedInHex()
    {
        const QByteArray otherKey = m_fixture.identity->restrictedApp().certificate.key.privateKeyPem();
        const QSslCertificate& otherCertificate = m_fixture.identity->restrictedApp().certificate.certificate;
        const test::HttpResult result = redeem(sign(otherKey, false, header(false, otherCertificate), claims()));
        const QString hex = QString::fromLatin1(otherCertificate.digest(QCryptographicHash::Sha1).toHex().toUpper());
        QVERIFY2(result.json()
                     .value("error_description"_L1)
                     .toString()
                     .contains(u"The key was not found., Thumbprint of key used by client: '"_s + hex),
                 qPrintable(result.json().value("error_description"_L1).toString()));
    }

    void replayedJtiIsRefused()
    {
        const QByteArray key = mainApp().certificate.key.privateKeyPem();
        const QByteArray assertion = sign(key, false, header(false, mainApp().certificate.certificate), claims());
        QCOMPARE(redeem(assertion).status, 200);
        const test::HttpResult replay = redeem(assertion);
        QCOMPARE(replay.status, 401);
        QCOMPARE(code(replay), 50013);
        // A fresh jti with the same key works again.
        QCOMPARE(redeem(sign(key, false, header(false, mainApp().certificate.certificate), claims())).status, 200);
    }

    void wrongAssertionType()
    {
        const QByteArray key = mainApp().certificate.key.privateKeyPem();
        const test::HttpResult result =
            redeem(sign(key, false, header(false, mainApp().certificate.certificate), claims()), {},
                   u"urn:ietf:params:oauth:client-assertion-type:saml2-bearer"_s);
        QCOMPARE(result.status, 400);
        QCOMPARE(code(result), 900144);
    }

    void expiredRegisteredCertificateIsRefused()
    {
        CertificateRequest request;
        request.commonName = u"expired app certificate"_s;
        request.notBefore = m_fixture.now.addDays(-400);
        request.notAfter = m_fixture.now.addDays(-35);
        auto expired = certificates::createSelfSigned(request);
        QVERIFY(expired.ok());
        SampleAppRegistration app = *m_fixture.identity->app(mainApp().clientId);
        app.certificates.append(expired->certificate);
        m_fixture.identity->registerApp(app);
        const test::HttpResult result =
            redeem(sign(expired->key.privateKeyPem(), false, header(false, expired->certificate), claims()));
        QCOMPARE(result.status, 401);
        QCOMPARE(code(result), 700027);
        QVERIFY(result.json().value("error_description"_L1).toString().contains(u"The key used is expired."_s));
    }
};

QTEST_GUILESS_MAIN(TestCertificateAssertion)
#include "TestCertificateAssertion.moc"
