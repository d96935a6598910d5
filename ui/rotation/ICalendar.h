#pragma once

#include "audit/CredentialRotation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace smtpaudit::ui {

// Writes rotation due dates as an iCalendar file (RFC 5545) that Outlook, Thunderbird and Google
// Calendar import: one all-day VEVENT per credential with a reminder `alarmDaysBefore` days ahead.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)

public:
    struct Options
    {
        QString tenantLabel;     // named in every event, for admins of several tenants
        int alarmDaysBefore = 7; // VALARM trigger; 0 = no alarm
    };

    // The whole file, UTF-8, CRLF line ends, long lines folded. Overdue items are placed on `now`'s date
    // (a reminder in the past helps nobody) and say so in their summary. UIDs are stable across exports, so
    // re-importing updates events instead of duplicating them.
    static QByteArray write(const QList<RotationItem>& items, const QDateTime& now, const Options& options);

    // RFC 5545 section 3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as "\n", other
    // control characters (not allowed in TEXT) dropped.
    static QString escapeText(QStringView text);
    // RFC 5545 section 3.1: content lines longer than 75 octets are split with CRLF + one space, never
    // inside a UTF-8 sequence. Returns the line with its terminating CRLF.
    static QByteArray foldLine(const QByteArray& utf8Line);
    static QString uidFor(const RotationItem& item);
    static QString summaryFor(const RotationItem& item, bool overdue);
};

} // namespace smtpaudit::ui
