#include "sample/server/Pki.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <ctime>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

template <auto Free>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T* pointer) const
    {
        Free(pointer);
    }
};
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using DigestContextPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;

QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return u"unknown OpenSSL error"_s;
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Error cryptoError(const char* step)
{
    return Error::make(
        Error::Category::Service,
        QCoreApplication::translate("SamplePki", "Could not create the sample tenant's keys or certificates."),
        QString::fromLatin1(step) + u": "_s + takeOpenSslError());
}

Error fileError(const QString& path, const QString& reason)
{
    return Error::make(Error::Category::Io, QCoreApplication::translate("SamplePki", "Could not write %1.").arg(path),
                       reason, path);
}

QByteArray memoryBioContents(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, size) : QByteArray();
}

X509Ptr toX509(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, der.size()));
}

Result<QSslCertificate> toQSslCertificate(X509* certificate)
{
    unsigned char* der = nullptr;
    const int size = i2d_X509(certificate, &der);
    if (size <= 0)
        return cryptoError("i2d_X509");
    QSslCertificate result(QByteArray(reinterpret_cast<const char*>(der), size), QSsl::Der);
    OPENSSL_free(der);
    if (result.isNull())
        return cryptoError("QSslCertificate");
    return result;
}

// Private keys go to files that only the owner can read, replaced atomically.
Status writeFile(const QString& path, const QByteArray& bytes, bool ownerOnly)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileError(path, file.errorString());
    if (ownerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fileError(path, file.errorString());
    return Success{};
}

bool addExtension(X509* certificate, X509V3_CTX* context, int nid, const QByteArray& value)
{
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, context, nid, value.constData());
    if (!extension)
        return false;
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool addName(X509_NAME* name, const char* field, const QString& value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()), -1, -1, 0) == 1;
}

QByteArray subjectAltNames(const CertificateRequest& request)
{
    QByteArrayList names;
    for (const QString& dns : request.dnsNames)
        names << "DNS:" + dns.toLatin1();
    for (const QHostAddress& address : request.ipAddresses)
        names << "IP:" + address.toString().toLatin1();
    return names.join(',');
}

// Builds and signs one X.509 v3 certificate. `issuer` null means self-signed.
Result<Credential> buildCertificate(const CertificateRequest& request, const Credential* issuer)
{
    auto key = KeyPair::generate(request.keyType);
    if (!key)
        return key.error();

    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1)
        return cryptoError("X509_new");

    // A random positive 63-bit serial: unique enough for a CA that lives as long as the process.
    BignumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return cryptoError("serial number");

    const QDateTime notBefore =
        request.notBefore.isValid() ? request.notBefore : QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QDateTime notAfter = request.notAfter.isValid() ? request.notAfter : notBefore.addDays(365);
    if (!ASN1_TIME_set(X509_getm_notBefore(certificate.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch())))
        return cryptoError("validity");

    X509_NAME* subject = X509_get_subject_name(certificate.get());
    if (!addName(subject, "O", request.organization) || !addName(subject, "CN", request.commonName))
        return cryptoError("subject name");
    if (X509_set_pubkey(certificate.get(), key->handle()) != 1)
        return cryptoError("X509_set_pubkey");

    X509Ptr issuerCertificate;
    if (issuer) {
        issuerCertificate = toX509(issuer->certificate);
        if (!issuerCertificate)
            return cryptoError("issuer certificate");
    }
    X509* signer = issuerCertificate ? issuerCertificate.get() : certificate.get();
    if (X509_set_issuer_name(certificate.get(), X509_get_subject_name(signer)) != 1)
        return cryptoError("issuer name");

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, signer, certificate.get(), nullptr, nullptr, 0);
    bool ok = true;
    using Usage = CertificateRequest::Usage;
    switch (request.usage) {
    case Usage::CertificateAuthority:
        ok = addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") &&
             addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign");
        break;
    case Usage::TlsServer:
        ok = addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(certificate.get(), &context, NID_key_usage,
                          key->isRsa() ? "critical,digitalSignature,keyEncipherment" : "critical,digitalSignature") &&
             addExtension(certificate.get(), &context, NID_ext_key_usage, "serverAuth");
        break;
    case Usage::ClientAuthentication:
        ok = addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE") &&
             addExtension(certificate.get(), &context, NID_key_usage, "critical,digitalSignature") &&
             addExtension(certificate.get(), &context, NID_ext_key_usage, "clientAuth");
        break;
    }
    const QByteArray altNames = subjectAltNames(request);
    if (ok && !altNames.isEmpty())
        ok = addExtension(certificate.get(), &context, NID_subject_alt_name, altNames);
    // The subject key identifier first: a self-signed certificate's authority key identifier refers to it.
    ok = ok && addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash") &&
         addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always");
    if (!ok)
        return cryptoError("X.509 extensions");

    const KeyPair& signingKey = issuer ? issuer->key : *key;
    if (X509_sign(certificate.get(), signingKey.handle(), EVP_sha256()) <= 0)
        return cryptoError("X509_sign");

    auto qtCertificate = toQSslCertificate(certificate.get());
    if (!qtCertificate)
        return qtCertificate.error();
    Credential credential;
    credential.certificate = *qtCertificate;
    credential.key = *key;
    if (issuer) {
        credential.issuers << issuer->certificate;
        credential.issuers << issuer->issuers;
    }
    return credential;
}

} // namespace

// ---- KeyPair ----------------------------------------------------------------------------------------

KeyPair::KeyPair(EVP_PKEY* adopted)
    : m_key(adopted, EVP_PKEY_free)
{}

Result<KeyPair> KeyPair::generate(Type type)
{
    EVP_PKEY* key = type == Type::Rsa2048 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048})
                                          : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
    if (!key)
        return cryptoError("EVP_PKEY_Q_keygen");
    return KeyPair(key);
}

Result<KeyPair> KeyPair::fromPrivateKeyPem(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key)
        return cryptoError("PEM_read_bio_PrivateKey");
    return KeyPair(key);
}

Result<KeyPair> KeyPair::publicKeyOf(const QSslCertificate& certificate)
{
    X509Ptr x509 = toX509(certificate);
    EVP_PKEY* key = x509 ? X509_get_pubkey(x509.get()) : nullptr;
    if (!key)
        return cryptoError("X509_get_pubkey");
    return KeyPair(key);
}

bool KeyPair::isRsa() const
{
    return m_key && EVP_PKEY_is_a(m_key.get(), "RSA");
}

std::optional<std::pair<QByteArray, QByteArray>> KeyPair::rsaPublicNumbers() const
{
    if (!isRsa())
        return std::nullopt;
    const auto number = [this](const char* name) {
        BIGNUM* value = nullptr;
        QByteArray bytes;
        if (EVP_PKEY_get_bn_param(m_key.get(), name, &value) == 1) {
            bytes.resize(BN_num_bytes(value));
            BN_bn2bin(value, reinterpret_cast<unsigned char*>(bytes.data()));
        }
        BN_free(value);
        return bytes;
    };
    const QByteArray modulus = number("n");
    const QByteArray exponent = number("e");
    if (modulus.isEmpty() || exponent.isEmpty())
        return std::nullopt;
    return std::pair{modulus, exponent};
}

QByteArray KeyPair::privateKeyPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!m_key || !bio ||
        PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        ERR_clear_error();
        return {};
    }
    return memoryBioContents(bio.get());
}

QSslKey KeyPair::toSslKey() const
{
    const QByteArray pem = privateKeyPem();
    if (pem.isEmpty())
        return {};
    return QSslKey(pem, isRsa() ? QSsl::Rsa : QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
}

Result<QByteArray> KeyPair::sign(SignatureScheme scheme, const QByteArray& data) const
{
    if (!isRsa())
        return Error::make(Error::Category::InvalidInput,
                           QCoreApplication::translate("SamplePki", "RS256 and PS256 need an RSA key."));
    DigestContextPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr;
    if (!context || EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) != 1)
        return cryptoError("EVP_DigestSignInit");
    if (scheme == SignatureScheme::RsaPssSha256 &&
        (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) <= 0 ||
         EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) <= 0))
        return cryptoError("PSS padding");
    const auto* input = reinterpret_cast<const unsigned char*>(data.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, data.size()) != 1)
        return cryptoError("EVP_DigestSign");
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, input,
                       data.size()) != 1)
        return cryptoError("EVP_DigestSign");
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

bool KeyPair::verify(SignatureScheme scheme, const QByteArray& data, const QByteArray& signature) const
{
    if (!isRsa())
        return false;
    DigestContextPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr;
    bool ok = context && EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) == 1;
    // JWA (RFC 7518, 3.5) fixes the PSS salt length to the digest length; anything else is invalid.
    if (ok && scheme == SignatureScheme::RsaPssSha256)
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) > 0 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) > 0;
    ok = ok &&
         EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                          signature.size(), reinterpret_cast<const unsigned char*>(data.constData()), data.size()) == 1;
    ERR_clear_error();
    return ok;
}

// ---- Credential -------------------------------------------------------------------------------------

Status Credential::writeCertificatePem(const QString& path) const
{
    QByteArray pem = certificate.toPem();
    for (const QSslCertificate& issuer : issuers)
        pem += issuer.toPem();
    return writeFile(path, pem, false);
}

Status Credential::writePrivateKeyPem(const QString& path, const QByteArray& passphrase) const
{
    if (passphrase.isEmpty())
        return writeFile(path, key.privateKeyPem(), true);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), key.handle(), EVP_aes_256_cbc(), passphrase.constData(),
                                              static_cast<int>(passphrase.size()), nullptr, nullptr) != 1)
        return cryptoError("PEM_write_bio_PKCS8PrivateKey");
    return writeFile(path, memoryBioContents(bio.get()), true);
}

Result<QByteArray> Credential::toPkcs12(const QByteArray& passphrase, const QString& friendlyName) const
{
    X509Ptr x509 = toX509(certificate);
    if (!x509 || key.isNull())
        return cryptoError("PKCS#12 input");
    STACK_OF(X509)* chain = sk_X509_new_null();
    for (const QSslCertificate& issuer : issuers)
        if (X509* issuerX509 = toX509(issuer).release())
            sk_X509_push(chain, issuerX509);
    const QByteArray name = friendlyName.toUtf8();
    // OpenSSL 3 defaults: AES-256-CBC with PBKDF2 for the key and certificates, a SHA-256 MAC.
    Pkcs12Ptr pkcs12(PKCS12_create(passphrase.constData(), name.isEmpty() ? nullptr : name.constData(), key.handle(),
                                   x509.get(), chain, 0, 0, 0, 0, 0));
    sk_X509_pop_free(chain, X509_free);
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!pkcs12 || !bio || i2d_PKCS12_bio(bio.get(), pkcs12.get()) != 1)
        return cryptoError("PKCS12_create");
    return memoryBioContents(bio.get());
}

Status Credential::writePkcs12(const QString& path, const QByteArray& passphrase, const QString& friendlyName) const
{
    auto bytes = toPkcs12(passphrase, friendlyName);
    if (!bytes)
        return bytes.error();
    return writeFile(path, *bytes, true);
}

// ---- certificates ------------------------------------------------------------------------------------

namespace certificates {

Result<Credential> createSelfSigned(const CertificateRequest& request)
{
    return buildCertificate(request, nullptr);
}

Result<Credential> issue(const CertificateRequest& request, const Credential& issuer)
{
    return buildCertificate(request, &issuer);
}

QByteArray x5t(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha1)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray x5tS256(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace certificates

// ---- SamplePki ----------------------------------------------------------------------------------------

Result<SamplePki> SamplePki::generate()
{
    const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
    CertificateRequest caRequest;
    caRequest.commonName = u"smtpaudit sample tenant CA"_s;
    caRequest.usage = CertificateRequest::Usage::CertificateAuthority;
    caRequest.keyType = KeyPair::Type::EcP256;
    caRequest.notBefore = notBefore;
    caRequest.notAfter = notBefore.addDays(30);
    auto ca = certificates::createSelfSigned(caRequest);
    if (!ca)
        return ca.error();

    CertificateRequest serverRequest;
    serverRequest.commonName = u"localhost"_s;
    serverRequest.usage = CertificateRequest::Usage::TlsServer;
    serverRequest.keyType = KeyPair::Type::EcP256;
    serverRequest.dnsNames = {u"localhost"_s};
    serverRequest.ipAddresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    serverRequest.notBefore = notBefore;
    serverRequest.notAfter = notBefore.addDays(30);
    auto server = certificates::issue(serverRequest, *ca);
    if (!server)
        return server.error();

    SamplePki pki;
    pki.m_ca = *ca;
    pki.m_server = *server;
    return pki;
}

QSslConfiguration SamplePki::serverConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate>{m_server.certificate} + m_server.issuers);
    configuration.setPrivateKey(m_server.sslKey());
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // The server does not ask clients for certificates; clients always verify the server.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    return configuration;
}

QSslConfiguration SamplePki::clientConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates({m_ca.certificate});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

Status SamplePki::writeCaCertificate(const QString& path) const
{
    return writeFile(path, m_ca.certificate.toPem(), false);
}

} // namespace smtpaudit::sample
