#pragma once

#include "signins/SignInView.h"

#include <QString>

namespace smtpaudit::ui {

// What a click on a chart bar or a table row selects: a filter for the event table and a label for the
// filter chip ("Failures on 12 Mar", "IP 203.0.113.7").
struct SignInSelection
{
    SignInFilter filter;
    QString label;
};

} // namespace smtpaudit::ui
