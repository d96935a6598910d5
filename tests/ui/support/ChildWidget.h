#pragma once

// Finding a dialog's or window's parts by object name, as the UI tests do everywhere.

#include <QObject>
#include <QString>

namespace smtpaudit::uitest {

// The descendant of `parent` of type T named `name`. A missing one ends the test at once with its name: a
// renamed object name must not show up later as a null pointer or as a check that failed for another reason.
template <typename T>
T* child(const QObject& parent, const QString& name)
{
    T* found = parent.findChild<T*>(name);
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

} // namespace smtpaudit::uitest
