#include "smtp/SmtpAuth.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace smtpaudit {

QString authMechanismName(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::None:
        return {};
    case AuthMechanism::Plain:
        return u"PLAIN"_s;
    case AuthMechanism::Login:
        return u"LOGIN"_s;
    case AuthMechanism::XOAuth2:
        return u"XOAUTH2"_s;
    }
    return {};
}

std::optional<AuthMechanism> authMechanismFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == u"none"_s)
        return AuthMechanism::None;
    if (lower == u"plain"_s)
        return AuthMechanism::Plain;
    if (lower == u"login"_s)
        return AuthMechanism::Login;
    if (lower == u"xoauth2"_s)
        return AuthMechanism::XOAuth2;
    return std::nullopt;
}

namespace sasl {

QByteArray xoauth2InitialResponse(const QString& user, const QByteArray& accessToken)
{
    const QByteArray raw = "user=" + user.toUtf8() + '\x01' + "auth=Bearer " + accessToken + "\x01\x01";
    return raw.toBase64();
}

QByteArray plainInitialResponse(const QString& user, const QByteArray& password)
{
    const QByteArray raw = '\0' + user.toUtf8() + '\0' + password;
    return raw.toBase64();
}

} // namespace sasl

SmtpAuthExchange::SmtpAuthExchange(AuthMechanism mechanism, QString user, QByteArray secret)
    : m_mechanism(mechanism)
    , m_user(std::move(user))
    , m_secret(std::move(secret))
{}

SmtpAuthExchange::Action SmtpAuthExchange::send(QByteArray line, QString transcriptLine)
{
    Action action;
    action.state = State::SendLine;
    action.line = std::move(line);
    action.transcriptLine = std::move(transcriptLine);
    return action;
}

SmtpAuthExchange::Action SmtpAuthExchange::failed(QString why)
{
    Action action;
    action.state = State::Failed;
    action.failure = std::move(why);
    return action;
}

SmtpAuthExchange::Action SmtpAuthExchange::start()
{
    switch (m_mechanism) {
    case AuthMechanism::Plain:
        return send("AUTH PLAIN " + sasl::plainInitialResponse(m_user, m_secret),
                    u"AUTH PLAIN [credentials redacted]"_s);
    case AuthMechanism::Login:
        return send("AUTH LOGIN"_ba, u"AUTH LOGIN"_s);
    case AuthMechanism::XOAuth2:
        return send("AUTH XOAUTH2 " + sasl::xoauth2InitialResponse(m_user, m_secret),
                    u"AUTH XOAUTH2 [access token redacted]"_s);
    case AuthMechanism::None:
        break;
    }
    return failed(u"no authentication mechanism selected"_s);
}

SmtpAuthExchange::Action SmtpAuthExchange::onReply(const SmtpReply& reply)
{
    if (reply.code == 235) {
        Action done;
        done.state = State::Succeeded;
        return done;
    }
    if (reply.code != 334)
        return failed(u"server answered %1"_s.arg(reply.summary()));

    ++m_challenges;
    switch (m_mechanism) {
    case AuthMechanism::Login:
        // RFC-less but universal: the first challenge asks for the user name, the second for the password.
        if (m_challenges == 1)
            return send(m_user.toUtf8().toBase64(), u"[user name redacted]"_s);
        if (m_challenges == 2)
            return send(m_secret.toBase64(), u"[password redacted]"_s);
        break;
    case AuthMechanism::XOAuth2:
        // A 334 after the initial response carries a base64 JSON error (status, schemes, scope); the client
        // must answer with an empty line, and the server then sends the final 5xx.
        if (!m_sentXoauth2ErrorAck) {
            m_sentXoauth2ErrorAck = true;
            const QByteArray payload = QByteArray::fromBase64(reply.lines.value(0).trimmed());
            Action ack = send(QByteArray(), u"(empty line: acknowledges the XOAUTH2 error challenge)"_s);
            if (QJsonDocument::fromJson(payload).isObject())
                ack.note = u"XOAUTH2 error challenge: "_s + QString::fromUtf8(payload);
            return ack;
        }
        break;
    case AuthMechanism::Plain:
    case AuthMechanism::None:
        break;
    }
    // Any further challenge is unexpected; "*" cancels the exchange (RFC 4954 section 4).
    Action cancel = send("*"_ba, u"* (cancels the unexpected challenge)"_s);
    cancel.note = u"unexpected challenge from the server during AUTH %1"_s.arg(authMechanismName(m_mechanism));
    return cancel;
}

QList<QByteArray> SmtpAuthExchange::secretForms() const
{
    if (m_secret.isEmpty())
        return {};
    QList<QByteArray> forms{m_secret, m_secret.toBase64()};
    if (m_mechanism == AuthMechanism::Plain)
        forms << sasl::plainInitialResponse(m_user, m_secret);
    if (m_mechanism == AuthMechanism::XOAuth2)
        forms << sasl::xoauth2InitialResponse(m_user, m_secret);
    return forms;
}

} // namespace smtpaudit
