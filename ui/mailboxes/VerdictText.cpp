#include "VerdictText.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

QString VerdictText::verdict(SmtpAuthVerdict verdict)
{
    switch (verdict) {
    case SmtpAuthVerdict::Enabled:
        return tr("Enabled");
    case SmtpAuthVerdict::Disabled:
        return tr("Disabled");
    case SmtpAuthVerdict::Blocked:
        return tr("OAuth only");
    case SmtpAuthVerdict::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString VerdictText::verdictMeaning(SmtpAuthVerdict verdict)
{
    switch (verdict) {
    case SmtpAuthVerdict::Enabled:
        return tr("A device can sign in over SMTP with this mailbox's password.");
    case SmtpAuthVerdict::Disabled:
        return tr("SMTP AUTH is switched off for this mailbox.");
    case SmtpAuthVerdict::Blocked:
        return tr("SMTP AUTH is on, but a password is refused: only OAuth (XOAUTH2) can sign in.");
    case SmtpAuthVerdict::Unknown:
        return tr("Part of the data this verdict depends on could not be read.");
    }
    return {};
}

QString VerdictText::setting(std::optional<bool> mailboxDisabled, std::optional<bool> orgDisabled)
{
    if (mailboxDisabled)
        return *mailboxDisabled ? tr("Disabled") : tr("Enabled");
    if (!orgDisabled)
        return tr("Organisation default (unknown)");
    return *orgDisabled ? tr("Organisation default (off)") : tr("Organisation default (on)");
}

QString VerdictText::reasonLabel(SmtpAuthReasonCode code)
{
    switch (code) {
    case SmtpAuthReasonCode::MailboxDisabled:
        return tr("Disabled on the mailbox");
    case SmtpAuthReasonCode::MailboxEnabled:
        return tr("Enabled on the mailbox");
    case SmtpAuthReasonCode::OrgDisabled:
        return tr("Disabled by the organisation default");
    case SmtpAuthReasonCode::OrgEnabled:
        return tr("Enabled by the organisation default");
    case SmtpAuthReasonCode::OrgUnknown:
        return tr("Organisation default not read");
    case SmtpAuthReasonCode::AccountDisabled:
        return tr("Account disabled");
    case SmtpAuthReasonCode::AccountUnknown:
        return tr("Account state unknown");
    case SmtpAuthReasonCode::AuthPolicyBlocksBasic:
        return tr("Authentication policy blocks Basic auth");
    case SmtpAuthReasonCode::AuthPolicyUnknown:
        return tr("Authentication policy not read");
    case SmtpAuthReasonCode::SecurityDefaults:
        return tr("Security defaults block legacy authentication");
    case SmtpAuthReasonCode::SecurityDefaultsUnknown:
        return tr("Security defaults not read");
    case SmtpAuthReasonCode::CaBlocksLegacy:
        return tr("Conditional Access blocks legacy authentication");
    case SmtpAuthReasonCode::CaUnknown:
        return tr("Conditional Access not fully evaluated");
    case SmtpAuthReasonCode::PerUserMfaEnforced:
        return tr("Per-user MFA enforced");
    case SmtpAuthReasonCode::PerUserMfaUnknown:
        return tr("Per-user MFA not read");
    case SmtpAuthReasonCode::CaExcluded:
        return tr("Excluded from a legacy-blocking Conditional Access policy");
    case SmtpAuthReasonCode::AuthPolicyAllowsBasic:
        return tr("Authentication policy allows Basic auth");
    }
    return {};
}

QString VerdictText::reasonChain(const EffectiveSmtpAuth& auth)
{
    QStringList lines;
    int n = 0;
    for (const SmtpAuthReason& reason : auth.reasons) {
        QString line = u"%1. %2"_s.arg(++n).arg(reasonLabel(reason.code));
        if (!reason.detail.isEmpty())
            line += u": "_s + reason.detail;
        lines << line;
    }
    return lines.join(u'\n');
}

QString VerdictText::perUserMfa(std::optional<PerUserMfaState> state)
{
    if (!state)
        return tr("unknown");
    switch (*state) {
    case PerUserMfaState::Disabled:
        return tr("off");
    case PerUserMfaState::Enabled:
        return tr("enabled");
    case PerUserMfaState::Enforced:
        return tr("enforced");
    }
    return {};
}

QString VerdictText::recipientType(const QString& recipientTypeDetails)
{
    if (recipientTypeDetails == "UserMailbox"_L1)
        return tr("User");
    if (recipientTypeDetails == "SharedMailbox"_L1)
        return tr("Shared");
    if (recipientTypeDetails == "RoomMailbox"_L1)
        return tr("Room");
    if (recipientTypeDetails == "EquipmentMailbox"_L1)
        return tr("Equipment");
    return recipientTypeDetails;
}

} // namespace smtpaudit::ui
