#include "exchange/ExchangeParsers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit::ExchangeParse {
namespace {

Error malformed(const char* what, const QString& detail = {})
{
    return Error::make(Error::Category::MalformedResponse, QCoreApplication::translate("ExchangeParse", what), detail);
}

// The parsers below are templates over the JSON types: QJsonObject / QJsonValue, and the json:: views the
// collectors' pages are read with (util/JsonView.h), which answer the same calls the same way.
template <typename Value>
QString readReferenceName(const Value& value)
{
    if (value.isObject()) {
        const auto object = value.toObject();
        for (const auto key : {"Name"_L1, "name"_L1, "DisplayName"_L1, "Identity"_L1})
            if (object.value(key).isString())
                return object.value(key).toString();
        return {};
    }
    if (!value.isString())
        return {};
    const QString name = value.toString();
    if (name.startsWith("CN="_L1, Qt::CaseInsensitive)) {
        // First RDN of a distinguished name; "\," escapes a comma inside it.
        QString rdn;
        for (qsizetype i = 3; i < name.size(); ++i) {
            if (name.at(i) == u'\\' && i + 1 < name.size()) {
                rdn += name.at(++i);
                continue;
            }
            if (name.at(i) == u',')
                break;
            rdn += name.at(i);
        }
        return rdn;
    }
    return name;
}

template <typename Object>
QString text(const Object& object, QLatin1StringView key)
{
    return readReferenceName(object.value(key));
}

// Identity, Guid or ExternalDirectoryObjectId: one of them names the object in an error detail.
template <typename Object>
QString anyIdentity(const Object& object)
{
    for (const auto key : {"Identity"_L1, "Name"_L1, "Guid"_L1, "ExternalDirectoryObjectId"_L1}) {
        const QString value = text(object, key);
        if (!value.isEmpty())
            return value.left(80);
    }
    return {};
}

template <typename Object>
Result<Mailbox> readCasMailbox(const Object& object)
{
    Mailbox mailbox;
    mailbox.userPrincipalName = text(object, "UserPrincipalName"_L1);
    mailbox.externalDirectoryObjectId = text(object, "ExternalDirectoryObjectId"_L1);
    mailbox.displayName = text(object, "DisplayName"_L1);
    if (mailbox.displayName.isEmpty())
        mailbox.displayName = text(object, "Name"_L1);
    mailbox.recipientTypeDetails = text(object, "RecipientTypeDetails"_L1);
    if (mailbox.userPrincipalName.isEmpty() && mailbox.externalDirectoryObjectId.isEmpty()) {
        // Without either, the mailbox cannot be tied to a user; PrimarySmtpAddress is the last resort
        // (equal to the UPN in most tenants, and the join in AuditRun prefers Get-User's UPN).
        mailbox.userPrincipalName = text(object, "PrimarySmtpAddress"_L1);
        if (mailbox.userPrincipalName.isEmpty())
            return malformed("A mailbox from Get-CASMailbox names no user.", anyIdentity(object));
    }
    if (!object.contains("SmtpClientAuthenticationDisabled"_L1))
        return malformed("A mailbox from Get-CASMailbox has no SmtpClientAuthenticationDisabled value.",
                         anyIdentity(object));
    const auto smtp = object.value("SmtpClientAuthenticationDisabled"_L1);
    if (smtp.isBool())
        mailbox.smtpClientAuthenticationDisabled = smtp.toBool();
    else if (!smtp.isNull())
        return malformed("A mailbox's SmtpClientAuthenticationDisabled is neither true, false nor null.",
                         anyIdentity(object));
    return mailbox;
}

template <typename Object>
Result<ExchangeUser> readUser(const Object& object)
{
    ExchangeUser user;
    user.userPrincipalName = text(object, "UserPrincipalName"_L1);
    user.externalDirectoryObjectId = text(object, "ExternalDirectoryObjectId"_L1);
    user.identity = text(object, "Identity"_L1);
    user.guid = text(object, "Guid"_L1);
    user.recipientTypeDetails = text(object, "RecipientTypeDetails"_L1);
    user.authenticationPolicy = text(object, "AuthenticationPolicy"_L1);
    if (user.userPrincipalName.isEmpty() && user.externalDirectoryObjectId.isEmpty())
        return malformed("A user from Get-User has neither a UserPrincipalName nor an ExternalDirectoryObjectId.",
                         anyIdentity(object));
    return user;
}

} // namespace

QString referenceName(const QJsonValue& value)
{
    return readReferenceName(value);
}

Result<Mailbox> casMailbox(const QJsonObject& object)
{
    return readCasMailbox(object);
}

Result<Mailbox> casMailbox(const rawjson::ObjectView& object)
{
    return readCasMailbox(object);
}

Result<ExchangeUser> user(const QJsonObject& object)
{
    return readUser(object);
}

Result<ExchangeUser> user(const rawjson::ObjectView& object)
{
    return readUser(object);
}

Result<bool> transportSmtpClientAuthenticationDisabled(const QJsonObject& object)
{
    const QJsonValue value = object.value("SmtpClientAuthenticationDisabled"_L1);
    if (!value.isBool())
        return malformed("Get-TransportConfig returned no SmtpClientAuthenticationDisabled value.");
    return value.toBool();
}

Result<AuthenticationPolicy> authenticationPolicy(const QJsonObject& object)
{
    AuthenticationPolicy policy;
    policy.name = text(object, "Name"_L1);
    if (policy.name.isEmpty())
        policy.name = text(object, "Identity"_L1);
    if (policy.name.isEmpty())
        return malformed("An authentication policy has no name.");
    policy.id = text(object, "Guid"_L1);
    if (policy.id.isEmpty())
        policy.id = text(object, "Id"_L1);
    // A switch that is off by default: absent or null means basic SMTP is blocked (New-AuthenticationPolicy).
    policy.allowBasicAuthSmtp = object.value("AllowBasicAuthSmtp"_L1).toBool(false);
    const QLatin1StringView prefix("AllowBasicAuth");
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.key().startsWith(prefix) || it.key() == "AllowBasicAuthSmtp"_L1)
            continue;
        if (it.value().toBool(false))
            policy.otherBasicAuthAllowed << it.key().mid(prefix.size());
    }
    policy.otherBasicAuthAllowed.sort();
    return policy;
}

QString defaultAuthenticationPolicy(const QJsonObject& object)
{
    return text(object, "DefaultAuthenticationPolicy"_L1);
}

} // namespace smtpaudit::ExchangeParse
