#pragma once

// Throw-away TLS material for SMTP tests, made by tests/scripts/smtp-make-certs.sh (the openssl CLI) in a
// temporary directory that disappears with the object.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace smtpaudit::test {

class SmtpTestPki
{
public:
    // Creates the CA (once) and a server certificate `name` for `subjectAltName` ("DNS:x,IP:y").
    bool makeServer(const QString& name, const QString& subjectAltName, int days = 2)
    {
        const QString script =
            qEnvironmentVariable("SMTPAUDIT_SOURCE_DIR") + QStringLiteral("/tests/scripts/smtp-make-certs.sh");
        QProcess process;
        process.start(QStringLiteral("bash"), {script, m_dir.path(), name, subjectAltName, QString::number(days)});
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString path() const { return m_dir.path(); }

    QSslConfiguration serverConfiguration(const QString& name) const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        QFile certificate(m_dir.filePath(name + QStringLiteral(".pem")));
        QFile key(m_dir.filePath(name + QStringLiteral(".key")));
        if (certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
            configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        }
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        return configuration;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace smtpaudit::test
