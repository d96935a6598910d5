#pragma once

#include "audit/Finding.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace smtpaudit::ui {

// Rich text for one finding: what, why, the affected objects, the evidence (data point, query, time)
// and the remediation commands. Tenant values are HTML-escaped.
class FindingDetails
{
    Q_DECLARE_TR_FUNCTIONS(FindingDetails)

public:
    static QString html(const Finding& finding, const QPalette& palette, int maxObjects = 50);
};

} // namespace smtpaudit::ui
