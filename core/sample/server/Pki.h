#pragma once

// Keys and certificates for the sample tenant, made with OpenSSL 3 (EVP APIs only): the loopback CA, the
// TLS server certificate (shared by the HTTPS server and the SMTP endpoint), the token-signing
// certificate and the sample apps' client certificates.

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

typedef struct evp_pkey_st EVP_PKEY; // NOLINT: the same forward declaration as <openssl/types.h>

namespace smtpaudit::sample {

// Signature schemes of JWS (RFC 7518 section 3): RS256 and PS256 (salt length = digest length).
enum class SignatureScheme
{
    RsaPkcs1Sha256,
    RsaPssSha256,
};

// An asymmetric key held by OpenSSL. Copies share the key; a public-only key can verify but not sign.
class KeyPair
{
public:
    enum class Type
    {
        Rsa2048, // tokens, client assertions (RS256/PS256 need RSA)
        EcP256,  // TLS: generated in milliseconds instead of hundreds of them
    };

    KeyPair() = default;

    static Result<KeyPair> generate(Type type);
    static Result<KeyPair> fromPrivateKeyPem(const QByteArray& pem);
    static Result<KeyPair> publicKeyOf(const QSslCertificate& certificate);

    bool isNull() const { return !m_key; }
    bool isRsa() const;
    // RSA modulus and public exponent, big-endian without leading zeros (JWK "n" and "e" before base64url).
    std::optional<std::pair<QByteArray, QByteArray>> rsaPublicNumbers() const;
    QByteArray privateKeyPem() const; // unencrypted PKCS#8; empty for a public-only key
    QSslKey toSslKey() const;

    Result<QByteArray> sign(SignatureScheme scheme, const QByteArray& data) const;
    bool verify(SignatureScheme scheme, const QByteArray& data, const QByteArray& signature) const;

    EVP_PKEY* handle() const { return m_key.get(); }

private:
    explicit KeyPair(EVP_PKEY* adopted);
    std::shared_ptr<EVP_PKEY> m_key;
};

// A certificate with its private key and the chain up to (and including) its issuer.
struct Credential
{
    QSslCertificate certificate;
    KeyPair key;
    QList<QSslCertificate> issuers; // empty for a self-signed certificate

    bool isNull() const { return certificate.isNull() || key.isNull(); }
    QSslKey sslKey() const { return key.toSslKey(); }

    // Export for tests and the CLI. The key file is created owner-only; with a passphrase the key is
    // encrypted PKCS#8 (AES-256-CBC). These are the sample tenant's throw-away keys, written only on request.
    Status writeCertificatePem(const QString& path) const;
    Status writePrivateKeyPem(const QString& path, const QByteArray& passphrase = {}) const;
    Status writePkcs12(const QString& path, const QByteArray& passphrase, const QString& friendlyName = {}) const;
    Result<QByteArray> toPkcs12(const QByteArray& passphrase, const QString& friendlyName = {}) const;
};

struct CertificateRequest
{
    enum class Usage
    {
        CertificateAuthority,
        TlsServer,
        ClientAuthentication, // app credentials and the token-signing certificate
    };

    QString commonName;
    QString organization = QStringLiteral("smtpaudit sample tenant");
    Usage usage = Usage::ClientAuthentication;
    KeyPair::Type keyType = KeyPair::Type::Rsa2048;
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
    QDateTime notBefore; // null: now minus one hour (tolerates clock skew between processes)
    QDateTime notAfter;  // null: notBefore plus 365 days
};

namespace certificates {
Result<Credential> createSelfSigned(const CertificateRequest& request);
Result<Credential> issue(const CertificateRequest& request, const Credential& issuer);
// Base64url SHA-1 / SHA-256 thumbprints of the DER certificate (JWS "x5t" / "x5t#S256").
QByteArray x5t(const QSslCertificate& certificate);
QByteArray x5tS256(const QSslCertificate& certificate);
} // namespace certificates

// The loopback PKI: a CA generated at start and a server certificate for 127.0.0.1 and localhost signed by
// it. Clients trust exactly this CA (QSslConfiguration::addCaCertificates); nothing ignores TLS errors.
class SamplePki
{
public:
    static Result<SamplePki> generate();

    const Credential& certificateAuthority() const { return m_ca; }
    const Credential& server() const { return m_server; }

    // For a QSslSocket in server mode: the server certificate and chain, TLS 1.2 or later, HTTP/1.1 via ALPN.
    QSslConfiguration serverConfiguration() const;
    // For clients: the system defaults plus this CA, peer verification on.
    QSslConfiguration clientConfiguration() const;

    // Writes the CA certificate (public, PEM) for clients to pin.
    Status writeCaCertificate(const QString& path) const;

private:
    Credential m_ca;
    Credential m_server;
};

} // namespace smtpaudit::sample
