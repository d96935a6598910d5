#pragma once

#include <QStringList>

class QSettings;

namespace smtpaudit::ui {

// The console's preferences, kept in QSettings under "console/". Never holds a secret.
struct ConsoleSettings
{
    int signInDays = 30;          // default sign-in window of a new audit (1-30)
    int rotationPeriodDays = 90;  // passwords older than this are due
    int rotationWarningDays = 30; // "due soon" and the tray reminder
    bool trayReminder = true;     // notify at start when something is due within the warning period
    bool saveHistory = true;      // save every audit to the history
    QStringList sendingRanges;    // CIDR ranges devices legitimately send from (BP08)

    static ConsoleSettings load();
    void save() const;
    static ConsoleSettings load(QSettings& settings);
    void save(QSettings& settings) const;
};

} // namespace smtpaudit::ui
