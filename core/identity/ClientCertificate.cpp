#include "identity/ClientCertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ClientCertificate", text);
}

// The last OpenSSL error as text for Error::detail (OpenSSL's texts name algorithms, never key material).
QString takeOpenSslError()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        text = QString::fromLatin1(buffer); // the queue runs oldest first; the last entry is the outermost
    }
    return text;
}

// Supplies the passphrase to OpenSSL; never lets OpenSSL fall back to prompting on the terminal.
int passphraseCallback(char* buffer, int size, int /*rwflag*/, void* userData)
{
    const auto* passphrase = static_cast<const QByteArray*>(userData);
    if (!passphrase || passphrase->isEmpty() || size <= 0)
        return 0;
    const int length = std::min(size, static_cast<int>(passphrase->size()));
    std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(length));
    return length;
}

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct X509Deleter
{
    void operator()(X509* x509) const { X509_free(x509); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray derOf(X509* certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(certificate, &out);
    return der;
}

} // namespace

Result<ClientCertificate> ClientCertificate::fromFile(const QString& path, const QByteArray& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Category::Io, tr("The certificate file %1 cannot be read.").arg(path),
                           file.errorString(), path);
    const QByteArray content = file.readAll();
    Result<ClientCertificate> loaded =
        content.contains("-----BEGIN") ? fromPem(content, passphrase) : fromPkcs12(content, passphrase);
    if (!loaded.ok()) {
        Error error = loaded.error();
        error.subject = path;
        return error;
    }
    return loaded;
}

Result<ClientCertificate> ClientCertificate::fromPem(const QByteArray& pem, const QByteArray& passphrase)
{
    ERR_clear_error();
    BioPtr keyBio = memoryBio(pem);
    EVP_PKEY* key =
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback, const_cast<QByteArray*>(&passphrase));
    if (!key)
        return Error::make(Error::Category::InvalidInput,
                           tr("The PEM file holds no private key, or its passphrase is wrong."), takeOpenSslError());
    std::shared_ptr<EVP_PKEY> keyOwner(key, EVP_PKEY_free);
    // The certificate matching the key; a chain may precede or follow it.
    BioPtr certificateBio = memoryBio(pem);
    while (X509Ptr certificate{PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr)}) {
        if (X509_check_private_key(certificate.get(), key) == 1) {
            ERR_clear_error();
            return make(key, derOf(certificate.get()));
        }
    }
    ERR_clear_error();
    return Error::make(Error::Category::InvalidInput,
                       tr("The PEM file holds no certificate that matches its private key."));
}

Result<ClientCertificate> ClientCertificate::fromPkcs12(const QByteArray& der, const QByteArray& passphrase)
{
    ERR_clear_error();
    const auto parse = [&](EVP_PKEY** key, X509** certificate) {
        BioPtr bio = memoryBio(der);
        PKCS12* p12 = d2i_PKCS12_bio(bio.get(), nullptr);
        if (!p12)
            return false;
        const bool ok = PKCS12_parse(p12, passphrase.constData(), key, certificate, nullptr) == 1;
        PKCS12_free(p12);
        return ok;
    };
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
    bool ok = parse(&key, &certificate);
    if (!ok) {
        // Older .pfx files (RC2/3DES from Windows and macOS exports) need OpenSSL 3's legacy provider.
        static OSSL_PROVIDER* legacy = OSSL_PROVIDER_try_load(nullptr, "legacy", 1);
        if (legacy) {
            ERR_clear_error();
            ok = parse(&key, &certificate);
        }
    }
    if (!ok || !key || !certificate) {
        if (key)
            EVP_PKEY_free(key);
        X509_free(certificate);
        return Error::make(Error::Category::InvalidInput,
                           tr("The PKCS#12 file cannot be opened: the passphrase is wrong or the file is damaged."),
                           takeOpenSslError());
    }
    std::shared_ptr<EVP_PKEY> keyOwner(key, EVP_PKEY_free);
    X509Ptr certificateOwner(certificate);
    if (X509_check_private_key(certificate, key) != 1) {
        ERR_clear_error();
        return Error::make(Error::Category::InvalidInput,
                           tr("The PKCS#12 file's certificate does not match its private key."));
    }
    return make(key, derOf(certificate));
}

Result<ClientCertificate> ClientCertificate::make(EVP_PKEY* key, const QByteArray& der)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return Error::make(Error::Category::InvalidInput,
                           tr("The certificate's key is not an RSA key; Microsoft Entra ID accepts RSA only."));
    ClientCertificate loaded;
    EVP_PKEY_up_ref(key);
    loaded.m_key = std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
    loaded.m_der = der;
    loaded.m_certificate = QSslCertificate(der, QSsl::Der);
    if (loaded.m_certificate.isNull())
        return Error::make(Error::Category::InvalidInput, tr("The certificate cannot be read."));
    return loaded;
}

QByteArray ClientCertificate::thumbprintSha1() const
{
    return QCryptographicHash::hash(m_der, QCryptographicHash::Sha1);
}

QByteArray ClientCertificate::thumbprintSha256() const
{
    return QCryptographicHash::hash(m_der, QCryptographicHash::Sha256);
}

Result<QByteArray> ClientCertificate::sign(const QByteArray& data, Signature signature) const
{
    ERR_clear_error();
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_PKEY_CTX* keyContext = nullptr;
    bool ok = context && EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) == 1;
    if (ok && signature == Signature::PS256) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1 &&
             EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) == 1;
    }
    const auto* input = reinterpret_cast<const unsigned char*>(data.constData());
    size_t length = 0;
    ok = ok && EVP_DigestSign(context.get(), nullptr, &length, input, static_cast<size_t>(data.size())) == 1;
    QByteArray output(static_cast<qsizetype>(length), Qt::Uninitialized);
    ok = ok && EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(output.data()), &length, input,
                              static_cast<size_t>(data.size())) == 1;
    if (!ok)
        return Error::make(Error::Category::Authentication, tr("Signing the client assertion failed."),
                           takeOpenSslError());
    output.resize(static_cast<qsizetype>(length));
    return output;
}

} // namespace smtpaudit
