#pragma once

#include "audit/Finding.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTextCharFormat>

namespace smtpaudit::ui::report {

// Print colours: chosen for white paper (a report is not themed by the desktop palette) and distinct in
// greyscale print too.
QColor severityColor(Severity severity);
inline QColor accentColor()
{
    return QColor(0x1f, 0x6f, 0xb2);
}
inline QColor mutedColor()
{
    return QColor(0x5c, 0x66, 0x70);
}
inline QColor successColor()
{
    return QColor(0x2f, 0x9e, 0x44);
}
inline QColor failureColor()
{
    return QColor(0xc9, 0x2a, 0x2a);
}

// The 16 practices of best-practices.md, by id ("BP01".."BP16"); translated titles.
QString practiceTitle(const QString& practiceId);
QStringList practiceIds();

} // namespace smtpaudit::ui::report
