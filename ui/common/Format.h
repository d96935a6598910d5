#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace smtpaudit::ui {

// Dates, counts and ages as the console shows them: in the user's locale and local time zone.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString dateTime(const QDateTime& value); // "—" when invalid
    static QString date(const QDateTime& value);
    static QString count(qint64 value); // with the locale's digit grouping
    static QString percent(qint64 part, qint64 whole);
    // "today", "yesterday", "5 days ago", "in 3 days"; relative to `now`.
    static QString relativeDays(const QDateTime& value, const QDateTime& now);
    // "12 days left", "due today", "3 days overdue".
    static QString daysLeft(qint64 days);
    static QString dash() { return QStringLiteral("—"); }
};

} // namespace smtpaudit::ui
