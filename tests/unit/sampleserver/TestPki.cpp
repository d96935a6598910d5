#include "sample/server/Pki.h"

#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;

// The generated CA and certificates: chain validity, names, usages, key export in PEM and PKCS#12.
class TestPki : public QObject
{
    Q_OBJECT

    SamplePki m_pki;

private slots:
    void initTestCase()
    {
        auto pki = SamplePki::generate();
        QVERIFY2(pki.ok(), qPrintable(pki.ok() ? QString() : pki.error().toString()));
        m_pki = *pki;
    }

    void serverCertificateChainsToTheCa()
    {
        const Credential& server = m_pki.server();
        const QSslCertificate& ca = m_pki.certificateAuthority().certificate;
        QVERIFY(!ca.isNull());
        QVERIFY(ca.isSelfSigned());
        QVERIFY(!server.certificate.isSelfSigned());
        QCOMPARE(server.issuers, QList<QSslCertificate>{ca});
        // Qt's own verification with the CA as the only trust anchor, for both names the server answers on.
        const QList<QSslError> forIp = QSslCertificate::verify({server.certificate, ca}, u"127.0.0.1"_s);
        QVERIFY2(std::none_of(forIp.cbegin(), forIp.cend(),
                              [](const QSslError& e) { return e.error() == QSslError::HostNameMismatch; }),
                 "127.0.0.1 must match the IP SAN");
        const auto altNames = server.certificate.subjectAlternativeNames();
        QVERIFY(altNames.values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(altNames.values(QSsl::DnsEntry).contains(u"localhost"_s));
        QVERIFY(server.certificate.expiryDate() > QDateTime::currentDateTimeUtc().addDays(7));
        QVERIFY(server.certificate.effectiveDate() < QDateTime::currentDateTimeUtc());
        QVERIFY(!server.sslKey().isNull());
    }

    void clientConfigurationTrustsOnlyAddedCa()
    {
        const QSslConfiguration client = m_pki.clientConfiguration();
        QVERIFY(client.caCertificates().contains(m_pki.certificateAuthority().certificate));
        QCOMPARE(client.peerVerifyMode(), QSslSocket::VerifyPeer);
        const QSslConfiguration server = m_pki.serverConfiguration();
        QCOMPARE(server.localCertificate(), m_pki.server().certificate);
        QVERIFY(!server.privateKey().isNull());
    }

    void rsaSignAndVerifyBothSchemes()
    {
        auto key = KeyPair::generate(KeyPair::Type::Rsa2048);
        QVERIFY(key.ok());
        for (const SignatureScheme scheme : {SignatureScheme::RsaPkcs1Sha256, SignatureScheme::RsaPssSha256}) {
            auto signature = key->sign(scheme, "payload");
            QVERIFY(signature.ok());
            QCOMPARE(signature->size(), 256);
            QVERIFY(key->verify(scheme, "payload", *signature));
            QVERIFY(!key->verify(scheme, "payload!", *signature));
        }
        // RS256 and PS256 signatures are not interchangeable.
        QVERIFY(!key->verify(SignatureScheme::RsaPssSha256, "payload",
                             *key->sign(SignatureScheme::RsaPkcs1Sha256, "payload")));
        // An EC key refuses: JWS RS256/PS256 need RSA.
        auto ec = KeyPair::generate(KeyPair::Type::EcP256);
        QVERIFY(ec.ok());
        QVERIFY(!ec->sign(SignatureScheme::RsaPkcs1Sha256, "x").ok());
    }

    void clientCertificateExportsAsPemAndPkcs12()
    {
        CertificateRequest request;
        request.commonName = u"exported app \u00e4"_s;
        auto credential = certificates::createSelfSigned(request);
        QVERIFY(credential.ok());
        QVERIFY(credential->certificate.subjectInfo(QSslCertificate::CommonName).contains(u"exported app \u00e4"_s));
        QTemporaryDir dir;

        const QString certPath = dir.filePath(u"app.pem"_s);
        const QString keyPath = dir.filePath(u"app.key"_s);
        QVERIFY(credential->writeCertificatePem(certPath).ok());
        QVERIFY(credential->writePrivateKeyPem(keyPath).ok());
        QCOMPARE(QSslCertificate::fromPath(certPath).value(0), credential->certificate);
        QCOMPARE(QFile::permissions(keyPath) & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey loaded(keyFile.readAll(), QSsl::Rsa);
        QVERIFY(!loaded.isNull());
        QCOMPARE(loaded.toDer(), credential->sslKey().toDer());

        const QString encryptedPath = dir.filePath(u"app-encrypted.key"_s);
        QVERIFY(credential->writePrivateKeyPem(encryptedPath, "pass phrase").ok());
        QFile encrypted(encryptedPath);
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        const QByteArray encryptedPem = encrypted.readAll();
        QVERIFY(encryptedPem.contains("ENCRYPTED PRIVATE KEY"));
        QVERIFY(QSslKey(encryptedPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, "wrong").isNull());
        QCOMPARE(QSslKey(encryptedPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, "pass phrase").toDer(), loaded.toDer());

        const QString pfxPath = dir.filePath(u"app.pfx"_s);
        QVERIFY(credential->writePkcs12(pfxPath, "p12-pass", u"sample app"_s).ok());
        QFile pfx(pfxPath);
        QVERIFY(pfx.open(QIODevice::ReadOnly));
        QSslKey pfxKey;
        QSslCertificate pfxCertificate;
        QVERIFY(QSslCertificate::importPkcs12(&pfx, &pfxKey, &pfxCertificate, nullptr, "p12-pass"));
        QCOMPARE(pfxCertificate, credential->certificate);
        QCOMPARE(pfxKey.toDer(), loaded.toDer());
    }

    void thumbprintsAreBase64UrlDigests()
    {
        const QSslCertificate& certificate = m_pki.server().certificate;
        const QByteArray sha1 = certificates::x5t(certificate);
        QCOMPARE(sha1.size(), 27); // 20 bytes, unpadded base64url
        QVERIFY(!sha1.contains('=') && !sha1.contains('+') && !sha1.contains('/'));
        QCOMPARE(QByteArray::fromBase64(sha1, QByteArray::Base64UrlEncoding),
                 certificate.digest(QCryptographicHash::Sha1));
        QCOMPARE(QByteArray::fromBase64(certificates::x5tS256(certificate), QByteArray::Base64UrlEncoding),
                 certificate.digest(QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(TestPki)
#include "TestPki.moc"
