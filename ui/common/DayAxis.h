#pragma once

#include <QDate>
#include <QList>

#include <QCategoryAxis>

namespace smtpaudit::ui {

// Date labels for a per-day bar chart. A month of dates does not fit under a month of bars (Qt Charts elides
// every category label to "..."), so the bar axis hides its labels and this axis, added to the chart at the
// bottom without a series, names every few days on the bars' centres, always including the last day.
QCategoryAxis* createDayLabelsAxis(const QList<QDate>& days, int maxLabels = 6);

} // namespace smtpaudit::ui
