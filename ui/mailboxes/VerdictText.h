#pragma once

#include "audit/EffectiveSmtpAuth.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace smtpaudit::ui {

// The words the console uses for SMTP AUTH verdicts, settings and reason codes.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)

public:
    static QString verdict(SmtpAuthVerdict verdict);
    // One sentence on what the verdict means for a device that tries to send.
    static QString verdictMeaning(SmtpAuthVerdict verdict);
    // The mailbox's 3-state SmtpClientAuthenticationDisabled with the organisation value it falls back to.
    static QString setting(std::optional<bool> mailboxDisabled, std::optional<bool> orgDisabled);
    static QString reasonLabel(SmtpAuthReasonCode code);
    // "1. Label: detail" per reason, one per line: the tooltip and the details pane.
    static QString reasonChain(const EffectiveSmtpAuth& auth);
    static QString perUserMfa(std::optional<PerUserMfaState> state);
    static QString recipientType(const QString& recipientTypeDetails);
};

} // namespace smtpaudit::ui
