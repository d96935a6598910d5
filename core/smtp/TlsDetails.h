#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QSslSocket;
class QSslCertificate;

namespace smtpaudit {

struct CertificateSummary
{
    QString subject; // "CN=smtp.office365.com, O=Microsoft Corporation, ..."
    QString issuer;
    QDateTime notBefore;
    QDateTime expiresAt;
    QString sha256; // hex fingerprint, colon-separated

    static CertificateSummary from(const QSslCertificate& certificate);
};

// What the TLS handshake settled on, for the transcript, the dialog and BP05 (TLS >= 1.2, valid certificate).
struct TlsDetails
{
    QString protocol;                // "TLSv1.3"
    QString cipher;                  // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;              // secret bits
    QString verifiedName;            // the host name the certificate was checked against
    QList<CertificateSummary> chain; // leaf first

    static TlsDetails fromSocket(const QSslSocket& socket);
    // One line per fact: protocol and cipher, then each certificate of the chain.
    QStringList describe() const;
};

} // namespace smtpaudit
