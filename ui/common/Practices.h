#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace smtpaudit::ui {

// The sixteen best practices of best-practices.md by id, with short translated titles for grouping
// findings.
class Practices
{
    Q_DECLARE_TR_FUNCTIONS(Practices)

public:
    static QStringList ids(); // "BP01".."BP16"
    static QString title(const QString& practiceId);
    // What the audit checks for the practice, one sentence.
    static QString summary(const QString& practiceId);
};

} // namespace smtpaudit::ui
