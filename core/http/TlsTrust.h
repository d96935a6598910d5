#pragma once

#include "util/Result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

namespace smtpaudit {

// TLS settings every client request uses: peer verification always on, TLS 1.2 or later, the system's
// CA certificates plus the ones a profile pins (a private CA in front of a custom endpoint, the sample
// tenant's generated CA). Pinned CAs are added, never substituted: the public chain still verifies.
class TlsTrust
{
public:
    TlsTrust() = default;

    // Reads every certificate from a PEM file. An empty, unreadable or certificate-less file is an error
    // (Io / InvalidInput) naming the file, so a typo in --ca-file is not silently ignored.
    static Result<QList<QSslCertificate>> loadCaFile(const QString& path);

    void addCaCertificates(const QList<QSslCertificate>& certificates);
    const QList<QSslCertificate>& extraCaCertificates() const { return m_extra; }

    QSslConfiguration configuration() const;

private:
    QList<QSslCertificate> m_extra;
};

} // namespace smtpaudit
