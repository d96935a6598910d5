#include "smtp/SmtpTypes.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

QString SmtpPhases::id(SmtpPhase phase)
{
    switch (phase) {
    case SmtpPhase::Validate:
        return u"validate"_s;
    case SmtpPhase::Connect:
        return u"connect"_s;
    case SmtpPhase::Tls:
        return u"tls"_s;
    case SmtpPhase::Greeting:
        return u"greeting"_s;
    case SmtpPhase::Ehlo:
        return u"ehlo"_s;
    case SmtpPhase::EhloAfterTls:
        return u"ehlo-after-tls"_s;
    case SmtpPhase::Auth:
        return u"auth"_s;
    case SmtpPhase::MailFrom:
        return u"mail-from"_s;
    case SmtpPhase::RcptTo:
        return u"rcpt-to"_s;
    case SmtpPhase::Data:
        return u"data"_s;
    case SmtpPhase::Message:
        return u"message"_s;
    case SmtpPhase::Quit:
        return u"quit"_s;
    case SmtpPhase::Done:
        return u"done"_s;
    }
    return u"unknown"_s;
}

QString SmtpPhases::describe(SmtpPhase phase)
{
    switch (phase) {
    case SmtpPhase::Validate:
        return tr("while checking the input");
    case SmtpPhase::Connect:
        return tr("while connecting");
    case SmtpPhase::Tls:
        return tr("while setting up TLS");
    case SmtpPhase::Greeting:
        return tr("while waiting for the server's greeting");
    case SmtpPhase::Ehlo:
        return tr("during EHLO");
    case SmtpPhase::EhloAfterTls:
        return tr("during EHLO after STARTTLS");
    case SmtpPhase::Auth:
        return tr("while authenticating");
    case SmtpPhase::MailFrom:
        return tr("at MAIL FROM (sender)");
    case SmtpPhase::RcptTo:
        return tr("at RCPT TO (recipients)");
    case SmtpPhase::Data:
        return tr("at DATA");
    case SmtpPhase::Message:
        return tr("while the server checked the message");
    case SmtpPhase::Quit:
        return tr("at QUIT");
    case SmtpPhase::Done:
        return tr("after the session ended");
    }
    return {};
}

} // namespace smtpaudit
