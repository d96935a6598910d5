#pragma once

#include <QString>

namespace smtpaudit::ui {

// The console's sections, in navigation order. Object names are stable for tests and accessibility.
enum class NavigationPage
{
    Dashboard,
    Mailboxes,
    Mfa,
    SignIns,
    Rotation,
    Findings,
    History
};

inline constexpr int navigationPageCount = 7;

} // namespace smtpaudit::ui
