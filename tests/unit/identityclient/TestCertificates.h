#pragma once

// Test-only helpers: a fresh RSA key and self-signed certificate made with OpenSSL, written as PEM or
// PKCS#12, so the identity code is exercised with real files and verified with an independent
// implementation (OpenSSL's verify) rather than with itself.

#include <QByteArray>
#include <QFile>
#include <QString>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace smtpaudit::test {

struct TestKeyPair
{
    std::shared_ptr<EVP_PKEY> key;
    std::shared_ptr<X509> certificate;

    static TestKeyPair generate(const char* algorithm = "RSA", int bits = 2048)
    {
        TestKeyPair pair;
        EVP_PKEY* key = nullptr;
        if (QByteArray(algorithm) == "RSA")
            key = EVP_RSA_gen(static_cast<unsigned int>(bits));
        else
            key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        pair.key.reset(key, EVP_PKEY_free);
        X509* certificate = X509_new();
        X509_set_version(certificate, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(certificate), 4242);
        X509_gmtime_adj(X509_getm_notBefore(certificate), -3600);
        X509_gmtime_adj(X509_getm_notAfter(certificate), 3600L * 24 * 365);
        X509_set_pubkey(certificate, key);
        X509_NAME* name = X509_get_subject_name(certificate);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char*>("smtpaudit test app"), -1, -1, 0);
        X509_set_issuer_name(certificate, name);
        X509_sign(certificate, key, EVP_sha256());
        pair.certificate.reset(certificate, X509_free);
        return pair;
    }

    QByteArray certificatePem() const
    {
        BIO* bio = BIO_new(BIO_s_mem());
        PEM_write_bio_X509(bio, certificate.get());
        return drain(bio);
    }
    // Unencrypted PKCS#8 when `passphrase` is empty, AES-256-CBC encrypted otherwise.
    QByteArray keyPem(const QByteArray& passphrase = {}) const
    {
        BIO* bio = BIO_new(BIO_s_mem());
        if (passphrase.isEmpty())
            PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        else
            PEM_write_bio_PKCS8PrivateKey(bio, key.get(), EVP_aes_256_cbc(), passphrase.constData(),
                                          static_cast<int>(passphrase.size()), nullptr, nullptr);
        return drain(bio);
    }
    QByteArray pkcs12(const QByteArray& passphrase) const
    {
        PKCS12* p12 =
            PKCS12_create(passphrase.constData(), "smtpaudit", key.get(), certificate.get(), nullptr, 0, 0, 0, 0, 0);
        BIO* bio = BIO_new(BIO_s_mem());
        i2d_PKCS12_bio(bio, p12);
        PKCS12_free(p12);
        return drain(bio);
    }
    QByteArray der() const
    {
        const int length = i2d_X509(certificate.get(), nullptr);
        QByteArray out(length, Qt::Uninitialized);
        auto* cursor = reinterpret_cast<unsigned char*>(out.data());
        i2d_X509(certificate.get(), &cursor);
        return out;
    }
    // The thumbprint as OpenSSL computes it (an independent check of the header values).
    QByteArray digest(const EVP_MD* md) const
    {
        unsigned char buffer[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        X509_digest(certificate.get(), md, buffer, &length);
        return QByteArray(reinterpret_cast<const char*>(buffer), static_cast<qsizetype>(length));
    }
    // Verifies an RS256 (PKCS#1 v1.5) or PS256 (PSS, salt = digest length) signature with the public key.
    bool verify(const QByteArray& data, const QByteArray& signature, bool pss) const
    {
        EVP_MD_CTX* context = EVP_MD_CTX_new();
        EVP_PKEY_CTX* keyContext = nullptr;
        bool ok = EVP_DigestVerifyInit(context, &keyContext, EVP_sha256(), nullptr, key.get()) == 1;
        if (ok && pss)
            ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
                 EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) == 1;
        ok = ok && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                                    static_cast<size_t>(signature.size()),
                                    reinterpret_cast<const unsigned char*>(data.constData()),
                                    static_cast<size_t>(data.size())) == 1;
        EVP_MD_CTX_free(context);
        return ok;
    }

    static bool writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

private:
    static QByteArray drain(BIO* bio)
    {
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio, &data);
        QByteArray out(data, static_cast<qsizetype>(length));
        BIO_free(bio);
        return out;
    }
};

} // namespace smtpaudit::test
