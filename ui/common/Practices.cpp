#include "Practices.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

QStringList Practices::ids()
{
    QStringList out;
    for (int i = 1; i <= 16; ++i)
        out << u"BP%1"_s.arg(i, 2, 10, QLatin1Char('0'));
    return out;
}

QString Practices::title(const QString& practiceId)
{
    const int n = practiceId.mid(2).toInt();
    switch (n) {
    case 1:
        return tr("Know who uses SMTP AUTH");
    case 2:
        return tr("Enable SMTP AUTH only where needed");
    case 3:
        return tr("Strong passwords");
    case 4:
        return tr("Two-factor authentication");
    case 5:
        return tr("Secure connection (TLS)");
    case 6:
        return tr("Monitoring and logging");
    case 7:
        return tr("Regular updates and patches");
    case 8:
        return tr("Restrict access by IP address");
    case 9:
        return tr("Avoid plain-text authentication");
    case 10:
        return tr("MFA for critical accounts");
    case 11:
        return tr("Regular auditing");
    case 12:
        return tr("Training and awareness");
    case 13:
        return tr("Incident response plan");
    case 14:
        return tr("Backup and recovery");
    case 15:
        return tr("Dedicated IP addresses");
    case 16:
        return tr("Staying informed");
    default:
        return practiceId;
    }
}

QString Practices::summary(const QString& practiceId)
{
    const int n = practiceId.mid(2).toInt();
    switch (n) {
    case 1:
        return tr("Every mailbox whose SMTP AUTH is effectively on, and which of them really sent over SMTP.");
    case 2:
        return tr("Organisation default off; per-mailbox exceptions only for devices that need them.");
    case 3:
        return tr("No weak or non-expiring password policies on accounts that accept a password over SMTP.");
    case 4:
        return tr("SMTP-enabled accounts have MFA registered.");
    case 5:
        return tr("STARTTLS offered and used, TLS 1.2 or later, a valid certificate.");
    case 6:
        return tr("Sign-in logs available; SMTP volume, failures, spikes and password spraying watched.");
    case 7:
        return tr("Legacy clients seen in the sign-ins are kept up to date or retired.");
    case 8:
        return tr("Conditional Access or named locations limit where SMTP sign-ins may come from.");
    case 9:
        return tr("Basic authentication over SMTP is blocked by authentication policies.");
    case 10:
        return tr("Administrators and service accounts are protected by MFA.");
    case 11:
        return tr("Audits are repeated and compared with the previous one.");
    case 12:
        return tr("People know the risks of shared SMTP credentials.");
    case 13:
        return tr("Ready remediation commands for every finding.");
    case 14:
        return tr("Audit snapshots are kept and exportable.");
    case 15:
        return tr("Each sending device uses a known, dedicated source address.");
    case 16:
        return tr("Prepare for Microsoft's retirement of Basic authentication for SMTP AUTH.");
    default:
        return {};
    }
}

} // namespace smtpaudit::ui
