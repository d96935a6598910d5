#pragma once

#include "smtp/SmtpTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// What the last audit knows about the mailbox that was tested, when it is known. Every field may be unknown.
struct MailboxAuditState
{
    enum class SmtpAuthSetting
    {
        Unknown,
        Disabled,            // Get-CASMailbox SmtpClientAuthenticationDisabled = $true
        Enabled,             // = $false
        FollowsOrganization, // = $null
    };

    QString userPrincipalName;
    SmtpAuthSetting mailboxSetting = SmtpAuthSetting::Unknown;
    std::optional<bool> organizationDisabled;     // Get-TransportConfig SmtpClientAuthenticationDisabled
    std::optional<bool> basicAuthAllowedByPolicy; // AllowBasicAuthSmtp of the effective authentication policy
    QString authenticationPolicy;                 // its name, when there is one
    std::optional<bool> securityDefaultsEnabled;
    std::optional<bool> perUserMfaEnforced;
    std::optional<bool> accountEnabled;
};

struct DiagnosisContext
{
    QString user; // the identity that authenticated (or tried to)
    QString from; // the sender address
    AuthMechanism mechanism = AuthMechanism::None;
    std::optional<MailboxAuditState> audit;
};

// A plain-language explanation of why a test send failed and what to change.
struct SmtpDiagnosis
{
    QString id;             // stable identifier: "smtp-auth-disabled-mailbox", ...
    QString title;          // one line
    QString cause;          // what the reply means
    QString fix;            // which setting to change, where
    QStringList commands;   // Exchange Online PowerShell, ready to paste (identities filled in when known)
    QStringList auditNotes; // what the last audit says about this mailbox, when it is known
    bool transient = false; // retrying later may succeed without any change
};

// Maps Exchange Online's SMTP replies (microsoft-apis.md section 6) and local failures (no STARTTLS,
// untrusted certificate, timeouts) to causes and fixes.
class Office365Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(Office365Diagnosis)

public:
    // The diagnosis of a failed session; nullopt for a success or a failure nobody can explain better than
    // the error message already does.
    static std::optional<SmtpDiagnosis> diagnose(const SmtpOutcome& outcome, const DiagnosisContext& context);
    // The diagnosis of one server reply; nullopt when the reply is not one we know.
    static std::optional<SmtpDiagnosis> forReply(const SmtpReply& reply, const DiagnosisContext& context);

private:
    static std::optional<SmtpDiagnosis> forAuthPolicyReply(const SmtpReply& reply, const DiagnosisContext& context);
    static std::optional<SmtpDiagnosis> forQuotaReply(const SmtpReply& reply, const DiagnosisContext& context);
    static std::optional<SmtpDiagnosis> forLocalFailure(const SmtpOutcome& outcome, const DiagnosisContext& context);
    static SmtpDiagnosis badCredentials(const DiagnosisContext& context);
    static SmtpDiagnosis sendAsDenied(const DiagnosisContext& context);
    static void addAuditNotes(SmtpDiagnosis& diagnosis, const DiagnosisContext& context);
};

} // namespace smtpaudit
