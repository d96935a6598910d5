#pragma once

#include "audit/AuditResult.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace smtpaudit::ui {

// The details pane of a mailbox and the PowerShell a context-menu copies for it.
class MailboxDetails
{
    Q_DECLARE_TR_FUNCTIONS(MailboxDetails)

public:
    // Rich text for a QTextBrowser: verdict, its reason chain, settings, MFA and SMTP usage. Every tenant
    // value is HTML-escaped (display names are attacker-controllable); colours come from `palette`.
    static QString html(const MailboxAssessment& mailbox, const AuditResult& audit, const QPalette& palette);

    // Exchange Online PowerShell that moves this mailbox towards the best practices: switch SMTP AUTH off
    // when it is unused, otherwise block Basic auth so only OAuth works. Values go through
    // powershell::quote(); comment lines start with '#'.
    static QStringList remediation(const MailboxAssessment& mailbox);
};

} // namespace smtpaudit::ui
