#include "smtp/Office365Diagnosis.h"

using namespace Qt::StringLiterals;

// Sources for the replies and their meaning: ../shared/reference/microsoft-apis.md section 6 (Exchange
// Online docs, the Dynamics 365 troubleshooting page, Microsoft's throttling article, third-party captures
// where marked there). The PowerShell cmdlets and parameters are Exchange Online's (EXOPS).

namespace smtpaudit {

namespace {

using Setting = MailboxAuditState::SmtpAuthSetting;

QString quoted(const QString& value, const QString& placeholder)
{
    return u"\""_s + (value.isEmpty() ? placeholder : value) + u'"';
}

QString userOf(const DiagnosisContext& context)
{
    if (!context.user.isEmpty())
        return context.user;
    return context.audit ? context.audit->userPrincipalName : QString();
}

QString mailboxIdentity(const DiagnosisContext& context)
{
    return quoted(userOf(context), u"user@contoso.com"_s);
}

bool textContains(const SmtpReply& reply, QLatin1StringView needle)
{
    return reply.text().contains(needle, Qt::CaseInsensitive);
}

bool hasCode(const SmtpReply& reply, int statusClass, int subject, int detail)
{
    return reply.enhanced && *reply.enhanced == EnhancedStatusCode{statusClass, subject, detail};
}

SmtpDiagnosis make(QString id, QString title, QString cause, QString fix, QStringList commands = {},
                   bool transient = false)
{
    return SmtpDiagnosis{std::move(id), std::move(title), std::move(cause), std::move(fix), std::move(commands), {},
                         transient};
}

} // namespace

std::optional<SmtpDiagnosis> Office365Diagnosis::diagnose(const SmtpOutcome& outcome, const DiagnosisContext& context)
{
    if (outcome.success)
        return std::nullopt;
    if (outcome.reply) {
        if (auto diagnosis = forReply(*outcome.reply, context))
            return diagnosis;
    }
    return forLocalFailure(outcome, context);
}

std::optional<SmtpDiagnosis> Office365Diagnosis::forReply(const SmtpReply& reply, const DiagnosisContext& context)
{
    std::optional<SmtpDiagnosis> diagnosis;
    if (reply.enhanced && reply.enhanced->statusClass == 5 && reply.enhanced->subject == 7 &&
        reply.enhanced->detail == 139)
        diagnosis = forAuthPolicyReply(reply, context);
    else if (hasCode(reply, 5, 7, 3))
        diagnosis = badCredentials(context);
    else if (hasCode(reply, 5, 7, 57))
        diagnosis = make(u"not-authenticated"_s, tr("The server requires authentication"),
                         tr("The client sent MAIL FROM without a successful AUTH (5.7.57). Exchange Online accepts "
                            "client submissions only from authenticated senders, and only after STARTTLS."),
                         tr("Configure the device or application to sign in (OAuth/XOAUTH2 preferred) and to use "
                            "smtp.office365.com port 587 with STARTTLS."));
    else if (hasCode(reply, 5, 7, 60) || textContains(reply, "SendAsDenied"_L1))
        diagnosis = sendAsDenied(context);
    else if (hasCode(reply, 5, 7, 30))
        diagnosis = make(u"basic-auth-retired"_s, tr("Basic authentication is no longer accepted for SMTP"),
                         tr("Exchange Online rejected Basic authentication (user name and password) for client "
                            "submission (5.7.30). Basic auth for SMTP AUTH is disabled by default in existing "
                            "tenants from the end of December 2026 and will be removed later."),
                         tr("Move the device or application to OAuth (XOAUTH2) with the delegated permission "
                            "SMTP.Send or the application permission SMTP.SendAsApp. Where that is impossible, "
                            "use an Exchange Online connector or Azure Communication Services instead of SMTP "
                            "AUTH."));
    else if (reply.code == 432 || hasCode(reply, 4, 3, 2))
        diagnosis = make(u"concurrent-connections"_s, tr("Too many simultaneous connections"),
                         tr("The mailbox already has 3 SMTP AUTH connections open, Exchange Online's limit for "
                            "client submission (4.3.2)."),
                         tr("Let the device or application send over fewer parallel connections, or spread the "
                            "load over several mailboxes; the limit also allows 30 messages a minute."),
                         {}, true);
    else
        diagnosis = forQuotaReply(reply, context);
    if (diagnosis)
        addAuditNotes(*diagnosis, context);
    return diagnosis;
}

std::optional<SmtpDiagnosis> Office365Diagnosis::forAuthPolicyReply(const SmtpReply& reply,
                                                                    const DiagnosisContext& context)
{
    const QString identity = mailboxIdentity(context);
    if (textContains(reply, "disabled for the Tenant"_L1))
        return make(u"smtp-auth-disabled-tenant"_s, tr("SMTP AUTH is turned off for the whole organisation"),
                    tr("Exchange Online's organisation setting SmtpClientAuthenticationDisabled is $true and this "
                       "mailbox has no own setting, so SMTP AUTH is refused (5.7.139)."),
                    tr("Enable SMTP AUTH only for the mailbox that needs it (the organisation setting should stay "
                       "off), then prefer OAuth for that mailbox."),
                    {u"Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled"_s,
                     u"Set-CASMailbox -Identity %1 -SmtpClientAuthenticationDisabled $false"_s.arg(identity)});
    if (textContains(reply, "disabled for the Mailbox"_L1))
        return make(u"smtp-auth-disabled-mailbox"_s, tr("SMTP AUTH is turned off for this mailbox"),
                    tr("The mailbox's SmtpClientAuthenticationDisabled is $true, which overrides the organisation "
                       "setting (5.7.139)."),
                    tr("If this mailbox really has to send with SMTP AUTH, enable it for the mailbox alone."),
                    {u"Get-CASMailbox -Identity %1 | Format-List SmtpClientAuthenticationDisabled"_s.arg(identity),
                     u"Set-CASMailbox -Identity %1 -SmtpClientAuthenticationDisabled $false"_s.arg(identity)});
    if (textContains(reply, "did not meet the criteria"_L1))
        return make(u"conditional-access"_s, tr("A sign-in requirement blocked the login"),
                    tr("The sign-in did not meet a requirement the client cannot satisfy over SMTP, typically "
                       "multi-factor authentication or a Conditional Access policy that blocks legacy "
                       "authentication (5.7.139)."),
                    tr("Use OAuth (XOAUTH2) for this mailbox. Do not weaken the policy; if an exception is "
                       "unavoidable, exclude only this account and restrict it to known IP addresses (named "
                       "location)."));
    if (textContains(reply, "security defaults"_L1))
        return make(u"security-defaults"_s, tr("Security defaults block Basic authentication"),
                    tr("The tenant uses Microsoft Entra security defaults, which block legacy (Basic) "
                       "authentication, SMTP AUTH included (5.7.139)."),
                    tr("Use OAuth (XOAUTH2). Turning security defaults off to allow Basic auth is not "
                       "recommended; replace them with Conditional Access policies first."));
    if (textContains(reply, "basic authentication is disabled"_L1))
        return make(u"basic-auth-blocked-policy"_s, tr("An authentication policy blocks Basic auth for SMTP"),
                    tr("The authentication policy that applies to this user has AllowBasicAuthSmtp off, so user "
                       "name and password are refused even though SMTP AUTH is on (5.7.139)."),
                    tr("Use OAuth (XOAUTH2). Only if a device cannot, assign it a dedicated policy that allows "
                       "Basic SMTP."),
                    {u"Get-User -Identity %1 | Format-List AuthenticationPolicy"_s.arg(identity),
                     u"Get-AuthenticationPolicy | Format-Table Name,AllowBasicAuthSmtp"_s,
                     u"New-AuthenticationPolicy -Name \"Allow Basic SMTP\" -AllowBasicAuthSmtp"_s,
                     u"Set-User -Identity %1 -AuthenticationPolicy \"Allow Basic SMTP\""_s.arg(identity)});
    if (textContains(reply, "credentials were incorrect"_L1))
        return badCredentials(context);
    return make(u"smtp-auth-refused"_s, tr("Exchange Online refused SMTP AUTH"),
                tr("The sign-in was refused by a tenant or mailbox setting (5.7.139): %1").arg(reply.text()),
                tr("Check the mailbox's and the organisation's SMTP AUTH settings and the user's authentication "
                   "policy."),
                {u"Get-CASMailbox -Identity %1 | Format-List SmtpClientAuthenticationDisabled"_s.arg(identity),
                 u"Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled"_s});
}

std::optional<SmtpDiagnosis> Office365Diagnosis::forQuotaReply(const SmtpReply& reply, const DiagnosisContext& context)
{
    const QString identity = mailboxIdentity(context);
    if (reply.enhanced && *reply.enhanced == EnhancedStatusCode{5, 2, 0} &&
        textContains(reply, "SubmissionQuotaExceeded"_L1))
        return make(u"recipient-quota"_s, tr("Daily recipient limit reached"),
                    tr("The mailbox has sent to more than 10,000 recipients in 24 hours (5.2.0 "
                       "SubmissionQuotaExceededException)."),
                    tr("Wait until the 24-hour window has passed; send bulk mail through a service meant for it."), {},
                    true);
    if (reply.enhanced && *reply.enhanced == EnhancedStatusCode{5, 2, 2}) {
        if (textContains(reply, "mailbox full"_L1) || textContains(reply, "QuotaExceededException"_L1))
            return make(u"mailbox-full"_s, tr("The sending mailbox is full"),
                        tr("The mailbox (Sent Items included) is over its quota, so it cannot store the sent copy "
                           "(5.2.2)."),
                        tr("Empty Sent Items and Deleted Items or raise the quota."),
                        {u"Get-MailboxStatistics -Identity %1 | Format-List TotalItemSize"_s.arg(identity)});
        return make(u"submission-rate"_s, tr("Submission quota exceeded"),
                    tr("The mailbox sent too much in a short time (5.2.2)."),
                    tr("Slow the sender down: Exchange Online accepts 30 messages a minute per mailbox."), {}, true);
    }
    if (reply.enhanced && reply.enhanced->statusClass == 5 && reply.enhanced->subject == 2 &&
        reply.enhanced->detail >= 251 && reply.enhanced->detail <= 255) {
        static const char* const reasons[] = {QT_TR_NOOP("the mailbox is full"), QT_TR_NOOP("Send As was denied"),
                                              QT_TR_NOOP("the licence is invalid"), QT_TR_NOOP("too many recipients"),
                                              QT_TR_NOOP("recipients are invalid")};
        const QString reason = tr(reasons[reply.enhanced->detail - 251]);
        SmtpDiagnosis throttled =
            make(u"continuous-error-throttling"_s, tr("Sender throttled after repeated errors"),
                 tr("Exchange Online throttles this sender because its submissions keep failing: %1 (%2).")
                     .arg(reason, reply.enhanced->toString()),
                 tr("Fix the underlying error first; the throttling then lifts by itself."), {}, true);
        if (reply.enhanced->detail == 252)
            throttled.commands = sendAsDenied(context).commands;
        return throttled;
    }
    if (hasCode(reply, 5, 7, 705))
        return make(u"tenant-banned"_s, tr("The tenant is blocked from sending"),
                    tr("Most of the tenant's recent outbound mail was judged suspicious, so Exchange Online stopped "
                       "accepting mail from the whole tenant (5.7.705)."),
                    tr("Find and stop the compromised account or application, then open a support request with "
                       "Microsoft to lift the block."));
    if (hasCode(reply, 5, 7, 708))
        return make(u"ip-low-reputation"_s, tr("Traffic from this tenant's IP is not accepted"),
                    tr("Exchange Online does not accept traffic from this IP address because of its low reputation, "
                       "which often happens with new or trial tenants (5.7.708)."),
                    tr("Verify a custom domain and add paid licences, or contact Microsoft support."));
    if (reply.enhanced && reply.enhanced->statusClass == 4 && reply.enhanced->subject == 7 &&
        reply.enhanced->detail >= 500 && reply.enhanced->detail <= 699)
        return make(
            u"temporary-restriction"_s, tr("Temporarily restricted"),
            tr("Exchange Online temporarily refuses mail from this sender (%1).").arg(reply.enhanced->toString()),
            tr("Try again later; if it persists, check the tenant's outbound spam alerts."), {}, true);
    if (hasCode(reply, 5, 1, 8))
        return make(u"restricted-sender"_s, tr("The sender is blocked for sending spam"),
                    tr("The account was added to the restricted entities after sending suspicious mail (5.1.8)."),
                    tr("Secure the account (reset its password, review sign-ins), then release it."),
                    {u"Get-BlockedSenderAddress"_s, u"Remove-BlockedSenderAddress -SenderAddress %1"_s.arg(
                                                        quoted(context.from, u"sender@contoso.com"_s))});
    return std::nullopt;
}

SmtpDiagnosis Office365Diagnosis::badCredentials(const DiagnosisContext& context)
{
    const QString identity = mailboxIdentity(context);
    if (context.mechanism == AuthMechanism::XOAuth2)
        return make(u"oauth-token-rejected"_s, tr("The access token was rejected"),
                    tr("The XOAUTH2 token was not accepted (5.7.3): it may be expired, issued for another resource "
                       "(it must be for Exchange Online), lack the SMTP.Send (delegated) or SMTP.SendAsApp "
                       "(application) permission, or name a different mailbox in user=. For app-only tokens, the "
                       "app's service principal must be registered in Exchange Online and have access to the "
                       "mailbox."),
                    tr("Request the token with the scope https://outlook.office.com/SMTP.Send (delegated) or "
                       "https://outlook.office365.com/.default (application); for app-only access register the "
                       "service principal and grant it the mailbox."),
                    {u"New-ServicePrincipal -AppId <appId> -ObjectId <enterpriseAppObjectId>"_s,
                     u"Add-MailboxPermission -Identity %1 -User <servicePrincipalId> -AccessRights FullAccess"_s.arg(
                         identity)});
    return make(u"bad-credentials"_s, tr("User name or password not accepted"),
                tr("Exchange Online did not accept the credentials (5.7.3): the password is wrong or expired, the "
                   "account is disabled or locked, or it requires multi-factor authentication, which Basic SMTP "
                   "AUTH cannot do."),
                tr("Check the password and the account; better, move the device or application to OAuth (XOAUTH2) "
                   "before Basic auth for SMTP AUTH is disabled by default at the end of December 2026."),
                {u"Get-CASMailbox -Identity %1 | Format-List SmtpClientAuthenticationDisabled"_s.arg(identity)});
}

SmtpDiagnosis Office365Diagnosis::sendAsDenied(const DiagnosisContext& context)
{
    return make(u"send-as-denied"_s, tr("Not allowed to send as this sender"),
                tr("The sender address %1 differs from the signed-in mailbox %2, and that mailbox has no Send As "
                   "permission for it (5.7.60 / SendAsDenied).")
                    .arg(context.from.isEmpty() ? tr("(unknown)") : context.from,
                         userOf(context).isEmpty() ? tr("(unknown)") : userOf(context)),
                tr("Send from the signed-in mailbox's own address, or grant it Send As on the sender."),
                {u"Add-RecipientPermission -Identity %1 -Trustee %2 -AccessRights SendAs"_s.arg(
                    quoted(context.from, u"sender@contoso.com"_s), mailboxIdentity(context))});
}

std::optional<SmtpDiagnosis> Office365Diagnosis::forLocalFailure(const SmtpOutcome& outcome,
                                                                 const DiagnosisContext& context)
{
    if (!outcome.error)
        return std::nullopt;
    switch (outcome.error->category) {
    case Error::Category::Timeout:
        return make(u"timeout"_s, tr("The server did not answer in time"),
                    tr("No answer arrived within the step's deadline %1.").arg(SmtpPhases::describe(outcome.phase)),
                    tr("Check firewalls and proxies between this computer and the server (outbound port 587 is "
                       "often filtered), then try again or raise the timeout."),
                    {}, true);
    case Error::Category::Cancelled:
    case Error::Category::InvalidInput:
        return std::nullopt;
    default:
        break;
    }
    switch (outcome.phase) {
    case SmtpPhase::Connect:
        return make(u"connect-failed"_s, tr("No connection to the server"),
                    tr("The server could not be reached: %1").arg(outcome.error->message),
                    tr("Check the host name and port (Microsoft 365: smtp.office365.com, port 587, STARTTLS) and "
                       "whether a firewall blocks outbound SMTP submission."),
                    {}, true);
    case SmtpPhase::Tls:
        if (!outcome.tls && !outcome.reply && !outcome.capabilities.startTls() &&
            !outcome.capabilities.keywords.isEmpty())
            return make(u"no-starttls"_s, tr("The server offers no STARTTLS"),
                        tr("The server's EHLO reply did not offer STARTTLS, so the session stopped before any "
                           "credential was sent. Exchange Online always offers it on port 587; its absence points "
                           "to a wrong server or a device that strips STARTTLS (SMTP inspection in firewalls or "
                           "antivirus software)."),
                        tr("Connect to smtp.office365.com port 587 and turn off SMTP inspection on the path."));
        return make(u"tls-failed"_s, tr("The TLS connection could not be set up securely"),
                    tr("The certificate was not trusted or not issued for this host name, or no common TLS 1.2+ "
                       "settings were found: %1")
                        .arg(outcome.error->message),
                    tr("Check the host name, this computer's clock and any TLS-intercepting proxy; for a private "
                       "server, pin its CA with the CA file option."));
    case SmtpPhase::Auth:
        if (!outcome.reply)
            return make(u"auth-mechanism-unavailable"_s, tr("The chosen sign-in method is not offered"),
                        tr("The server does not offer the selected AUTH mechanism (%1). Exchange Online offers LOGIN "
                           "and XOAUTH2, and only after STARTTLS.")
                            .arg(authMechanismName(context.mechanism)),
                        tr("Choose OAuth (XOAUTH2), or LOGIN for Basic auth while it is still allowed."));
        break;
    default:
        break;
    }
    return std::nullopt;
}

void Office365Diagnosis::addAuditNotes(SmtpDiagnosis& diagnosis, const DiagnosisContext& context)
{
    static const QStringList authRelated = {u"smtp-auth-disabled-tenant"_s, u"smtp-auth-disabled-mailbox"_s,
                                            u"smtp-auth-refused"_s,         u"conditional-access"_s,
                                            u"security-defaults"_s,         u"basic-auth-blocked-policy"_s,
                                            u"bad-credentials"_s,           u"basic-auth-retired"_s};
    if (!context.audit || !authRelated.contains(diagnosis.id))
        return;
    const MailboxAuditState& audit = *context.audit;
    QStringList& notes = diagnosis.auditNotes;
    switch (audit.mailboxSetting) {
    case Setting::Disabled:
        notes << tr("Last audit: SMTP AUTH is disabled on this mailbox (SmtpClientAuthenticationDisabled = $true).");
        break;
    case Setting::Enabled:
        notes << tr("Last audit: SMTP AUTH is enabled on this mailbox (SmtpClientAuthenticationDisabled = $false).");
        if (diagnosis.id == u"smtp-auth-disabled-mailbox"_s || diagnosis.id == u"smtp-auth-disabled-tenant"_s)
            notes << tr("The server's answer contradicts the last audit: the setting was changed since, or the "
                        "change has not reached every Exchange Online server yet.");
        break;
    case Setting::FollowsOrganization:
        notes << tr("Last audit: this mailbox follows the organisation setting.");
        break;
    case Setting::Unknown:
        break;
    }
    if (audit.organizationDisabled)
        notes << (*audit.organizationDisabled ? tr("Last audit: SMTP AUTH is disabled organisation-wide.")
                                              : tr("Last audit: SMTP AUTH is enabled organisation-wide."));
    if (audit.basicAuthAllowedByPolicy && !*audit.basicAuthAllowedByPolicy)
        notes << tr("Last audit: the authentication policy %1 blocks Basic auth for SMTP, so a password can never "
                    "succeed for this user.")
                     .arg(audit.authenticationPolicy.isEmpty() ? tr("(default)") : audit.authenticationPolicy);
    if (audit.securityDefaultsEnabled.value_or(false))
        notes << tr("Last audit: security defaults are on, which blocks Basic auth for every user.");
    if (audit.perUserMfaEnforced.value_or(false))
        notes << tr("Last audit: per-user MFA is enforced for this user, which blocks Basic auth.");
    if (audit.accountEnabled && !*audit.accountEnabled)
        notes << tr("Last audit: the account is disabled, so no sign-in can succeed.");
}

} // namespace smtpaudit
