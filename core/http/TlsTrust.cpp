#include "http/TlsTrust.h"

#include <QCoreApplication>
#include <QFile>

namespace smtpaudit {

Result<QList<QSslCertificate>> TlsTrust::loadCaFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Category::Io,
                           QCoreApplication::translate("TlsTrust", "The CA file %1 cannot be read.").arg(path),
                           file.errorString(), path);
    const QByteArray pem = file.readAll();
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() || certificates.first().isNull())
        return Error::make(
            Error::Category::InvalidInput,
            QCoreApplication::translate("TlsTrust", "The CA file %1 contains no PEM certificate.").arg(path), {}, path);
    return certificates;
}

void TlsTrust::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    for (const QSslCertificate& certificate : certificates)
        if (!certificate.isNull() && !m_extra.contains(certificate))
            m_extra.append(certificate);
}

QSslConfiguration TlsTrust::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extra.isEmpty())
        configuration.addCaCertificates(m_extra);
    return configuration;
}

} // namespace smtpaudit
