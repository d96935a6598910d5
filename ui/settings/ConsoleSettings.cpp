#include "ConsoleSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

ConsoleSettings ConsoleSettings::load()
{
    QSettings settings;
    return load(settings);
}

void ConsoleSettings::save() const
{
    QSettings settings;
    save(settings);
}

ConsoleSettings ConsoleSettings::load(QSettings& settings)
{
    ConsoleSettings s;
    settings.beginGroup(u"console"_s);
    s.signInDays = qBound(1, settings.value(u"signInDays"_s, s.signInDays).toInt(), 30);
    s.rotationPeriodDays = qBound(1, settings.value(u"rotationPeriodDays"_s, s.rotationPeriodDays).toInt(), 3650);
    s.rotationWarningDays = qBound(0, settings.value(u"rotationWarningDays"_s, s.rotationWarningDays).toInt(), 365);
    s.trayReminder = settings.value(u"trayReminder"_s, s.trayReminder).toBool();
    s.saveHistory = settings.value(u"saveHistory"_s, s.saveHistory).toBool();
    s.sendingRanges = settings.value(u"sendingRanges"_s).toStringList();
    settings.endGroup();
    return s;
}

void ConsoleSettings::save(QSettings& settings) const
{
    settings.beginGroup(u"console"_s);
    settings.setValue(u"signInDays"_s, signInDays);
    settings.setValue(u"rotationPeriodDays"_s, rotationPeriodDays);
    settings.setValue(u"rotationWarningDays"_s, rotationWarningDays);
    settings.setValue(u"trayReminder"_s, trayReminder);
    settings.setValue(u"saveHistory"_s, saveHistory);
    settings.setValue(u"sendingRanges"_s, sendingRanges);
    settings.endGroup();
}

} // namespace smtpaudit::ui
