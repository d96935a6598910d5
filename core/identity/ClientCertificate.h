#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY, kept out of this header

namespace smtpaudit {

// The app's certificate credential: an X.509 certificate and its RSA private key, loaded with OpenSSL from
// a PEM file (certificate and key, the key optionally encrypted) or a PKCS#12 file (.pfx/.p12) with a
// passphrase. The key stays inside OpenSSL; only signatures leave this class.
class ClientCertificate
{
public:
    enum class Signature
    {
        RS256, // RSASSA-PKCS1-v1_5 with SHA-256
        PS256, // RSASSA-PSS with SHA-256, MGF1-SHA-256, salt length 32 (RFC 7518 3.5)
    };

    // PEM when the file starts with a PEM armour ("-----BEGIN"), PKCS#12 otherwise. Errors name the file
    // but never echo the passphrase.
    static Result<ClientCertificate> fromFile(const QString& path, const QByteArray& passphrase);
    static Result<ClientCertificate> fromPem(const QByteArray& pem, const QByteArray& passphrase);
    static Result<ClientCertificate> fromPkcs12(const QByteArray& der, const QByteArray& passphrase);

    const QSslCertificate& certificate() const { return m_certificate; }
    QByteArray certificateDer() const { return m_der; }
    QByteArray thumbprintSha1() const;   // raw 20 bytes, for the JWT header "x5t"
    QByteArray thumbprintSha256() const; // raw 32 bytes, for "x5t#S256"
    QDateTime expiresAt() const { return m_certificate.expiryDate(); }

    Result<QByteArray> sign(const QByteArray& data, Signature signature) const;

private:
    ClientCertificate() = default;
    static Result<ClientCertificate> make(evp_pkey_st* key, const QByteArray& der);

    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_der;
    QSslCertificate m_certificate;
};

} // namespace smtpaudit
