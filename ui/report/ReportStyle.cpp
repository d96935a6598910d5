#include "report/ReportStyle.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui::report {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0xa6, 0x1e, 0x4d);
    case Severity::High:
        return QColor(0xd9, 0x48, 0x0f);
    case Severity::Medium:
        return QColor(0xe6, 0x77, 0x00);
    case Severity::Low:
        return QColor(0x19, 0x71, 0xc2);
    case Severity::Info:
        break;
    }
    return QColor(0x86, 0x8e, 0x96);
}

QStringList practiceIds()
{
    QStringList ids;
    for (int i = 1; i <= 16; ++i)
        ids << u"BP%1"_s.arg(i, 2, 10, QLatin1Char('0'));
    return ids;
}

QString practiceTitle(const QString& practiceId)
{
    static const char* const titles[] = {
        QT_TRANSLATE_NOOP("ReportPractice", "Understand SMTP AUTH: only authorised senders submit mail"),
        QT_TRANSLATE_NOOP("ReportPractice", "Enable SMTP AUTH only where it is needed"),
        QT_TRANSLATE_NOOP("ReportPractice", "Strong passwords"),
        QT_TRANSLATE_NOOP("ReportPractice", "Two-factor authentication"),
        QT_TRANSLATE_NOOP("ReportPractice", "Secure connection (TLS)"),
        QT_TRANSLATE_NOOP("ReportPractice", "Monitoring and logging"),
        QT_TRANSLATE_NOOP("ReportPractice", "Regular updates and patches"),
        QT_TRANSLATE_NOOP("ReportPractice", "Restrict access by IP address"),
        QT_TRANSLATE_NOOP("ReportPractice", "Avoid plain-text authentication"),
        QT_TRANSLATE_NOOP("ReportPractice", "Multi-factor authentication for critical accounts"),
        QT_TRANSLATE_NOOP("ReportPractice", "Regular auditing"),
        QT_TRANSLATE_NOOP("ReportPractice", "Training and awareness"),
        QT_TRANSLATE_NOOP("ReportPractice", "Incident response plan"),
        QT_TRANSLATE_NOOP("ReportPractice", "Backup and recovery"),
        QT_TRANSLATE_NOOP("ReportPractice", "Dedicated IP addresses"),
        QT_TRANSLATE_NOOP("ReportPractice", "Staying informed: the end of Basic authentication"),
    };
    bool ok = false;
    const int number = practiceId.mid(2).toInt(&ok);
    if (!ok || number < 1 || number > 16)
        return practiceId;
    return QCoreApplication::translate("ReportPractice", titles[number - 1]);
}

} // namespace smtpaudit::ui::report
