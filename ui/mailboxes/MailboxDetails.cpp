#include "MailboxDetails.h"

#include "VerdictText.h"
#include "audit/PowerShell.h"
#include "common/Format.h"
#include "common/Theme.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

struct Rows
{
    QString muted;
    QString html;

    void add(const QString& label, const QString& valueHtml)
    {
        // Labels never wrap: a one-word label (German "Authentifizierungsrichtlinie") would otherwise be broken
        // inside the word when the pane is narrow; the value column wraps instead.
        html += u"<tr><td style=\"padding:2px 14px 2px 0; white-space:nowrap;\"><span style=\"color:%1\">%2</span></td>"
                u"<td>%3</td></tr>"_s.arg(muted, esc(label), valueHtml);
    }
};

// Identifiers such as "microsoftAuthenticatorPush" have no space to wrap at; a zero-width space before each
// inner capital lets a narrow value column break them between their words instead of anywhere.
QString breakableIdentifier(const QString& text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i > 0 && text.at(i).isUpper() && text.at(i - 1).isLower())
            out += QChar(0x200B);
        out += text.at(i);
    }
    return out;
}

QString yesNoUnknown(std::optional<bool> value)
{
    if (!value)
        return MailboxDetails::tr("unknown");
    return *value ? MailboxDetails::tr("yes") : MailboxDetails::tr("no");
}

} // namespace

QString MailboxDetails::html(const MailboxAssessment& mailbox, const AuditResult& audit, const QPalette& palette)
{
    const QString muted = theme::mutedTextColor(palette).name();
    const QColor verdictColor = theme::verdictColor(mailbox.smtpAuth.verdict, palette);
    QString out;
    out += u"<h3 style=\"margin-bottom:0\">%1</h3>"_s.arg(
        esc(mailbox.displayName.isEmpty() ? mailbox.userPrincipalName : mailbox.displayName));
    out += u"<p style=\"margin-top:2px;color:%1\">%2 · %3</p>"_s.arg(muted, esc(mailbox.userPrincipalName),
                                                                     esc(VerdictText::recipientType(mailbox.type)));

    out += u"<p><span style=\"font-size:large;font-weight:600;color:%1\">● %2</span><br/>%3</p>"_s.arg(
        verdictColor.name(), esc(tr("SMTP AUTH: %1").arg(VerdictText::verdict(mailbox.smtpAuth.verdict))),
        esc(VerdictText::verdictMeaning(mailbox.smtpAuth.verdict)));

    out += u"<p style=\"font-weight:600;margin-bottom:2px\">%1</p><ol style=\"margin-top:0\">"_s.arg(
        esc(tr("Why (in the order Exchange Online applies it)")));
    for (const SmtpAuthReason& reason : mailbox.smtpAuth.reasons) {
        const bool blocking = isBlockingReason(reason.code);
        const bool unknown = isUnknownReason(reason.code);
        QString label = esc(VerdictText::reasonLabel(reason.code));
        if (blocking)
            label = u"<b>%1</b>"_s.arg(label);
        if (unknown)
            label = u"<i>%1</i>"_s.arg(label);
        out += u"<li>%1"_s.arg(label);
        if (!reason.detail.isEmpty())
            out += u"<br/><span style=\"color:%1\">%2</span>"_s.arg(muted, esc(reason.detail));
        out += u" <span style=\"color:%1\"><code>%2</code></span></li>"_s.arg(muted, esc(reason.codeName()));
    }
    out += u"</ol>"_s;

    Rows table{muted, u"<table cellspacing=\"0\">"_s};
    table.add(tr("Mailbox setting"),
              esc(VerdictText::setting(mailbox.smtpClientAuthenticationDisabled,
                                       audit.snapshot.organization.smtpClientAuthenticationDisabled)));
    table.add(tr("Account enabled"), esc(yesNoUnknown(mailbox.accountEnabled)));
    table.add(tr("Authentication policy"),
              esc(mailbox.authenticationPolicy.isEmpty() ? tr("none") : mailbox.authenticationPolicy));
    table.add(tr("MFA registered"), esc(yesNoUnknown(mailbox.mfaRegistered)));
    table.add(tr("Methods"),
              esc(mailbox.methodsRegistered.isEmpty() ? Format::dash()
                                                      : breakableIdentifier(mailbox.methodsRegistered.join(u", "_s))));
    table.add(tr("Per-user MFA"), esc(VerdictText::perUserMfa(mailbox.perUserMfaState)));
    table.add(tr("Administrator"), esc(yesNoUnknown(mailbox.isAdmin)));
    table.add(tr("Password last changed"), esc(Format::dateTime(mailbox.lastPasswordChangeDateTime)));
    if (mailbox.smtpSignIns) {
        const UserSignInUsage& usage = *mailbox.smtpSignIns;
        table.add(tr("SMTP sign-ins (%n day(s))", nullptr, audit.snapshot.signIns.window.days),
                  esc(tr("%1 successful, %2 failed")
                          .arg(Format::count(usage.smtpSuccess), Format::count(usage.smtpFailure))));
        table.add(tr("Last successful"), esc(Format::dateTime(usage.smtpLastSuccess)));
        table.add(tr("Basic / OAuth"),
                  esc(tr("%1 / %2").arg(Format::count(usage.smtpBasicAuth), Format::count(usage.smtpOAuth))));
        table.add(tr("Source addresses"),
                  esc(usage.smtpSourceIps.isEmpty() ? Format::dash() : usage.smtpSourceIps.join(u", "_s)));
        if (!usage.smtpCountries.isEmpty())
            table.add(tr("Countries"), esc(usage.smtpCountries.join(u", "_s)));
    } else {
        table.add(tr("SMTP sign-ins"), esc(tr("sign-in log not available")));
    }
    out += table.html + u"</table>"_s;
    return out;
}

QStringList MailboxDetails::remediation(const MailboxAssessment& mailbox)
{
    const QString id = powershell::quote(mailbox.userPrincipalName);
    QStringList lines;
    const bool used = mailbox.smtpSignIns && mailbox.smtpSignIns->smtpSuccess > 0;
    switch (mailbox.smtpAuth.verdict) {
    case SmtpAuthVerdict::Enabled:
    case SmtpAuthVerdict::Blocked:
        if (!used) {
            lines << tr("# No successful SMTP sign-in in the audit window: switch SMTP AUTH off for this mailbox.");
            lines << u"Set-CASMailbox -Identity "_s + id + u" -SmtpClientAuthenticationDisabled $true"_s;
        } else if (mailbox.smtpAuth.verdict == SmtpAuthVerdict::Enabled) {
            lines << tr("# This mailbox sends over SMTP AUTH with a password. Move the device to OAuth (XOAUTH2) or "
                        "an SMTP relay connector,");
            lines << tr("# then block Basic authentication for it with an authentication policy:");
            lines << u"New-AuthenticationPolicy -Name 'Block Basic Auth SMTP' -AllowBasicAuthSmtp:$false"_s;
            lines << u"Set-User -Identity "_s + id + u" -AuthenticationPolicy 'Block Basic Auth SMTP'"_s;
        } else {
            lines << tr("# Only OAuth can sign in over SMTP for this mailbox. Keep it so; nothing to change.");
            lines << u"Get-CASMailbox -Identity "_s + id + u" | Format-List SmtpClientAuthenticationDisabled"_s;
        }
        break;
    case SmtpAuthVerdict::Disabled:
        lines << tr("# SMTP AUTH is already off for this mailbox. To verify:");
        lines << u"Get-CASMailbox -Identity "_s + id + u" | Format-List SmtpClientAuthenticationDisabled"_s;
        break;
    case SmtpAuthVerdict::Unknown:
        lines << tr("# The audit could not read everything this verdict depends on. Check the mailbox directly:");
        lines << u"Get-CASMailbox -Identity "_s + id + u" | Format-List SmtpClientAuthenticationDisabled"_s;
        lines << u"Get-User -Identity "_s + id + u" | Format-List AuthenticationPolicy"_s;
        break;
    }
    return lines;
}

} // namespace smtpaudit::ui
