#include "DayAxis.h"

#include <QCategoryAxis>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

QCategoryAxis* createDayLabelsAxis(const QList<QDate>& days, int maxLabels)
{
    auto* axis = new QCategoryAxis;
    const auto count = int(days.size());
    // Bar i of a bar category axis is centred on i, the axis spanning -0.5 .. count - 0.5.
    axis->setRange(-0.5, std::max(0.5, count - 0.5));
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(false);
    if (count == 0)
        return axis;
    const int step = std::max(1, (count + std::max(1, maxLabels) - 1) / std::max(1, maxLabels));
    QList<int> labelled;
    for (int i = count - 1; i >= 0; i -= step)
        labelled.prepend(i);
    for (int i : labelled)
        axis->append(QLocale().toString(days.at(i), u"d MMM"_s), i);
    return axis;
}

} // namespace smtpaudit::ui
