#include "Format.h"

#include <QLocale>

namespace smtpaudit::ui {

QString Format::dateTime(const QDateTime& value)
{
    if (!value.isValid())
        return dash();
    return QLocale().toString(value.toLocalTime(), QLocale::ShortFormat);
}

QString Format::date(const QDateTime& value)
{
    if (!value.isValid())
        return dash();
    return QLocale().toString(value.toLocalTime().date(), QLocale::ShortFormat);
}

QString Format::count(qint64 value)
{
    return QLocale().toString(value);
}

QString Format::percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return dash();
    return tr("%1%").arg(QLocale().toString(100.0 * double(part) / double(whole), 'f', 0));
}

QString Format::relativeDays(const QDateTime& value, const QDateTime& now)
{
    if (!value.isValid())
        return tr("never");
    const qint64 days = value.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days == -1)
        return tr("tomorrow");
    if (days > 0)
        return tr("%n day(s) ago", nullptr, int(days));
    return tr("in %n day(s)", nullptr, int(-days));
}

QString Format::daysLeft(qint64 days)
{
    if (days == 0)
        return tr("due today");
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, int(-days));
    return tr("%n day(s) left", nullptr, int(days));
}

} // namespace smtpaudit::ui
