#include "smtp/TlsDetails.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

// "CN=..., O=..." from the certificate's distinguished name, in the order the certificate lists it.
QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes =
        issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString& value : values)
            parts << QString::fromLatin1(attribute) + u'=' + value;
    }
    return parts.join(u", "_s);
}

} // namespace

CertificateSummary CertificateSummary::from(const QSslCertificate& certificate)
{
    CertificateSummary summary;
    summary.subject = distinguishedName(certificate, false);
    summary.issuer = distinguishedName(certificate, true);
    summary.notBefore = certificate.effectiveDate().toUTC();
    summary.expiresAt = certificate.expiryDate().toUTC();
    summary.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return summary;
}

TlsDetails TlsDetails::fromSocket(const QSslSocket& socket)
{
    TlsDetails details;
    const QSslCipher cipher = socket.sessionCipher();
    details.protocol = cipher.protocolString();
    details.cipher = cipher.name();
    details.cipherBits = cipher.usedBits();
    details.verifiedName = socket.peerVerifyName().isEmpty() ? socket.peerName() : socket.peerVerifyName();
    for (const QSslCertificate& certificate : socket.peerCertificateChain())
        details.chain << CertificateSummary::from(certificate);
    return details;
}

QStringList TlsDetails::describe() const
{
    QStringList lines;
    lines << u"negotiated %1, cipher %2 (%3 bits), certificate verified for %4"_s.arg(protocol, cipher)
                 .arg(cipherBits)
                 .arg(verifiedName);
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const CertificateSummary& cert = chain.at(i);
        lines << u"certificate %1: subject %2; issuer %3; valid %4 to %5; SHA-256 %6"_s.arg(i).arg(
            cert.subject, cert.issuer, cert.notBefore.toString(Qt::ISODate), cert.expiresAt.toString(Qt::ISODate),
            cert.sha256);
    }
    return lines;
}

} // namespace smtpaudit
