#pragma once

// Exchange admin API (InvokeCommand) JSON objects to the snapshot's values. The REST output uses the
// cmdlets' property names (EXOPS exchange-ps *.md): SmtpClientAuthenticationDisabled, AllowBasicAuthSmtp,
// DefaultAuthenticationPolicy, AuthenticationPolicy, RecipientTypeDetails, ExternalDirectoryObjectId.

#include "audit/ExchangeData.h"
#include "util/JsonView.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace smtpaudit::ExchangeParse {

// A reference to another object as the REST output writes it: a plain name, an identity object
// ({"Name":...} or similar), or an AD distinguished name ("CN=Block Basic,CN=Auth Policies,..."), whose
// first RDN value is the name. UNVERIFIED which of these the service uses for AuthenticationPolicy;
// all three are read. Null or empty: an empty string.
QString referenceName(const QJsonValue& value);

// Get-TransportConfig.SmtpClientAuthenticationDisabled (must be a boolean).
Result<bool> transportSmtpClientAuthenticationDisabled(const QJsonObject& object);

// One Get-CASMailbox object. SmtpClientAuthenticationDisabled must be present (true, false or null):
// a mailbox without it would silently read as "follows the organisation".
Result<Mailbox> casMailbox(const QJsonObject& object);
Result<Mailbox> casMailbox(const rawjson::ObjectView& object); // the same, from a page read as bytes

// One Get-AuthenticationPolicy object.
Result<AuthenticationPolicy> authenticationPolicy(const QJsonObject& object);

// Get-OrganizationConfig.DefaultAuthenticationPolicy; an empty string when none is set.
QString defaultAuthenticationPolicy(const QJsonObject& object);

// The Get-User properties the audit uses.
struct ExchangeUser
{
    QString userPrincipalName;
    QString externalDirectoryObjectId;
    QString identity;
    QString guid;
    QString recipientTypeDetails;
    QString authenticationPolicy; // empty: none assigned (the organisation default applies)
};
Result<ExchangeUser> user(const QJsonObject& object);
Result<ExchangeUser> user(const rawjson::ObjectView& object); // the same, from a page read as bytes

} // namespace smtpaudit::ExchangeParse
