#include "identity/ClientAssertion.h"
#include "identity/TokenClaims.h"

#include "TestCertificates.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using test::TestKeyPair;

// Builds assertions with ClientCertificate/ClientAssertion and checks them with OpenSSL directly: signature,
// thumbprint header, claims (certificate-credentials.md; MSAL's PS256 variant).
class TestClientAssertion : public QObject
{
    Q_OBJECT

private:
    TestKeyPair m_pair;
    QTemporaryDir m_dir;
    const QString m_tokenEndpoint =
        u"https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token"_s;

    struct Parts
    {
        QJsonObject header;
        QJsonObject payload;
        QByteArray signingInput;
        QByteArray signature;
    };
    static Parts split(const QByteArray& jwt)
    {
        const QList<QByteArray> parts = jwt.split('.');
        Parts out;
        if (parts.size() != 3)
            return out;
        out.header = QJsonDocument::fromJson(Base64Url::decode(parts.at(0)).value_or(QByteArray())).object();
        out.payload = QJsonDocument::fromJson(Base64Url::decode(parts.at(1)).value_or(QByteArray())).object();
        out.signingInput = parts.at(0) + '.' + parts.at(1);
        out.signature = Base64Url::decode(parts.at(2)).value_or(QByteArray());
        return out;
    }
    ClientCertificate loadPem()
    {
        const QString path = m_dir.filePath(u"app.pem"_s);
        TestKeyPair::writeFile(path, m_pair.keyPem() + m_pair.certificatePem());
        auto loaded = ClientCertificate::fromFile(path, {});
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.error().toString()));
        return loaded.value();
    }
    ClientAssertion::Claims claims() const
    {
        ClientAssertion::Claims claims;
        claims.clientId = u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s;
        claims.audience = m_tokenEndpoint;
        claims.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::utc());
        return claims;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pair = TestKeyPair::generate();
        QVERIFY(m_pair.key && m_pair.certificate);
    }

    void ps256WithSha256Thumbprint()
    {
        const ClientCertificate certificate = loadPem();
        const auto jwt = ClientAssertion::build(certificate, ClientAssertion::Variant::Sha256Pss, claims());
        QVERIFY(jwt.ok());
        const Parts parts = split(jwt.value());
        QCOMPARE(parts.header.value(u"alg"_s).toString(), u"PS256"_s);
        QCOMPARE(parts.header.value(u"typ"_s).toString(), u"JWT"_s);
        QCOMPARE(parts.header.value(u"x5t#S256"_s).toString().toLatin1(),
                 Base64Url::encode(m_pair.digest(EVP_sha256())));
        QVERIFY(!parts.header.contains(u"x5t"_s));
        QVERIFY(!parts.header.contains(u"x5c"_s));
        QVERIFY2(m_pair.verify(parts.signingInput, parts.signature, true), "PS256 signature does not verify");
        QVERIFY2(!m_pair.verify(parts.signingInput, parts.signature, false), "a PSS signature must not pass as PKCS#1");
        QVERIFY(!m_pair.verify(parts.signingInput + 'x', parts.signature, true));
    }

    void rs256WithSha1Thumbprint()
    {
        const ClientCertificate certificate = loadPem();
        const auto jwt = ClientAssertion::build(certificate, ClientAssertion::Variant::Sha1Rs256, claims());
        QVERIFY(jwt.ok());
        const Parts parts = split(jwt.value());
        QCOMPARE(parts.header.value(u"alg"_s).toString(), u"RS256"_s);
        QCOMPARE(parts.header.value(u"x5t"_s).toString().toLatin1(), Base64Url::encode(m_pair.digest(EVP_sha1())));
        QVERIFY(!parts.header.contains(u"x5t#S256"_s));
        QVERIFY2(m_pair.verify(parts.signingInput, parts.signature, false), "RS256 signature does not verify");
    }

    void claimsFollowTheDocumentation()
    {
        const ClientCertificate certificate = loadPem();
        const ClientAssertion::Claims input = claims();
        const Parts first =
            split(ClientAssertion::build(certificate, ClientAssertion::Variant::Sha256Pss, input).value());
        const Parts second =
            split(ClientAssertion::build(certificate, ClientAssertion::Variant::Sha256Pss, input).value());
        const QJsonObject& payload = first.payload;
        QCOMPARE(payload.value(u"aud"_s).toString(), m_tokenEndpoint);
        QCOMPARE(payload.value(u"iss"_s).toString(), input.clientId);
        QCOMPARE(payload.value(u"sub"_s).toString(), input.clientId);
        const qint64 now = input.now.toSecsSinceEpoch();
        QCOMPARE(payload.value(u"nbf"_s).toInteger(), now);
        QCOMPARE(payload.value(u"exp"_s).toInteger(), now + 600);
        QVERIFY(!QUuid::fromString(payload.value(u"jti"_s).toString()).isNull());
        // A fresh jti per assertion.
        QVERIFY(payload.value(u"jti"_s) != second.payload.value(u"jti"_s));
    }

    void x5cCarriesTheCertificate()
    {
        const ClientCertificate certificate = loadPem();
        const Parts parts =
            split(ClientAssertion::build(certificate, ClientAssertion::Variant::Sha256Pss, claims(), true).value());
        const QByteArray x5c = parts.header.value(u"x5c"_s).toArray().first().toString().toLatin1();
        QCOMPARE(QByteArray::fromBase64(x5c), m_pair.der());
    }

    void encryptedPemNeedsTheRightPassphrase()
    {
        const QString path = m_dir.filePath(u"encrypted.pem"_s);
        QVERIFY(TestKeyPair::writeFile(path, m_pair.certificatePem() + m_pair.keyPem("correct horse")));
        QVERIFY(ClientCertificate::fromFile(path, "correct horse").ok());
        const auto wrong = ClientCertificate::fromFile(path, "Zq9-guess");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().category, Error::Category::InvalidInput);
        QVERIFY(!wrong.error().toString().contains(u"Zq9"_s)); // the passphrase is never echoed
        // No passphrase at all: must fail, never prompt on the terminal.
        QVERIFY(!ClientCertificate::fromFile(path, {}).ok());
    }

    void pkcs12WithPassphrase()
    {
        const QString path = m_dir.filePath(u"app.pfx"_s);
        QVERIFY(TestKeyPair::writeFile(path, m_pair.pkcs12("pfx-pass")));
        const auto loaded = ClientCertificate::fromFile(path, "pfx-pass");
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        QCOMPARE(loaded.value().certificateDer(), m_pair.der());
        QCOMPARE(loaded.value().thumbprintSha1(), m_pair.digest(EVP_sha1()));
        // The loaded key signs what the test's public key verifies.
        const Parts parts =
            split(ClientAssertion::build(loaded.value(), ClientAssertion::Variant::Sha256Pss, claims()).value());
        QVERIFY(m_pair.verify(parts.signingInput, parts.signature, true));
        const auto wrong = ClientCertificate::fromFile(path, "nope");
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().subject, path);
    }

    void refusesMismatchedOrMissingKeys()
    {
        const TestKeyPair other = TestKeyPair::generate();
        const auto mismatched = ClientCertificate::fromPem(other.keyPem() + m_pair.certificatePem(), {});
        QVERIFY(!mismatched.ok());
        QVERIFY(!ClientCertificate::fromPem(m_pair.certificatePem(), {}).ok());
        QVERIFY(!ClientCertificate::fromPem("-----BEGIN nonsense-----", {}).ok());
        const auto missing = ClientCertificate::fromFile(m_dir.filePath(u"absent.pem"_s), {});
        QCOMPARE(missing.error().category, Error::Category::Io);
    }

    void refusesNonRsaKeys()
    {
        const TestKeyPair ec = TestKeyPair::generate("EC");
        const auto loaded = ClientCertificate::fromPem(ec.keyPem() + ec.certificatePem(), {});
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().message.contains(u"RSA"_s));
    }
};

QTEST_GUILESS_MAIN(TestClientAssertion)
#include "TestClientAssertion.moc"
