#pragma once

#include "smtp/SmtpReply.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace smtpaudit {

enum class AuthMechanism
{
    None,
    Plain,
    Login,
    XOAuth2,
};

// "PLAIN", "LOGIN", "XOAUTH2" (empty for None): the names EHLO advertises.
QString authMechanismName(AuthMechanism mechanism);
// Case-insensitive "none" / "plain" / "login" / "xoauth2"; nullopt for anything else.
std::optional<AuthMechanism> authMechanismFromName(QStringView name);

namespace sasl {

// Microsoft's XOAUTH2 initial response: base64("user=" + user + ^A + "auth=Bearer " + token + ^A ^A)
// (EXODEV how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth.md; see the unit test's vector).
QByteArray xoauth2InitialResponse(const QString& user, const QByteArray& accessToken);
// RFC 4616 PLAIN without an authorisation identity: base64(NUL user NUL password).
QByteArray plainInitialResponse(const QString& user, const QByteArray& password);

} // namespace sasl

// One AUTH exchange as a pure state machine: it says which line to send next and how the transcript shows it
// (credentials are never in `transcriptLine`). The session does the I/O.
class SmtpAuthExchange
{
public:
    enum class State
    {
        SendLine,  // send `line` (without CRLF) and feed the next reply to onReply()
        Succeeded, // 235
        Failed,    // `failure` says why (diagnostic, not translated); `reply` may hold the server's answer
    };
    struct Action
    {
        State state = State::Failed;
        QByteArray line;
        QString transcriptLine;
        QString failure;
        QString note; // e.g. the decoded XOAUTH2 error challenge, for the transcript (no secret in it)
    };

    SmtpAuthExchange(AuthMechanism mechanism, QString user, QByteArray secret);

    Action start();
    Action onReply(const SmtpReply& reply);

    // Every form in which the secret could appear on the wire (raw, base64 payloads): the transcript scrubs
    // each of them from anything it records, as a second line of defence behind `transcriptLine`.
    QList<QByteArray> secretForms() const;

private:
    Action send(QByteArray line, QString transcriptLine);
    static Action failed(QString why);

    AuthMechanism m_mechanism;
    QString m_user;
    QByteArray m_secret;
    int m_challenges = 0;
    bool m_sentXoauth2ErrorAck = false;
};

} // namespace smtpaudit
