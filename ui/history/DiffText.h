#pragma once

#include "audit/AuditDiff.h"

#include <QCoreApplication>
#include <QPalette>

namespace smtpaudit::ui {

// The diff between two audits as rich text: new, resolved, unverified and changed findings, verdict
// changes and mailboxes that came or went.
class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(DiffText)

public:
    static QString html(const AuditDiff& diff, const QPalette& palette, int maxRows = 40);
};

} // namespace smtpaudit::ui
