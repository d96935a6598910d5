#include "sample/exchange/ExchangeCmdlets.h"

#include "sample/data/TenantModel.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {
namespace {

const QString NotFoundException = u"Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"_s;
const QString ParameterBindingException = u"System.Management.Automation.ParameterBindingException"_s;

// Parameters as PowerShell binds them: names case-insensitive, every name known to the cmdlet.
std::optional<CmdletFailure> checkParameters(const QJsonObject& parameters, const QStringList& known)
{
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!known.contains(it.key(), Qt::CaseInsensitive))
            // PowerShell's own binding error text.
            return CmdletFailure{400, ParameterBindingException,
                                 u"A parameter cannot be found that matches parameter name '"_s + it.key() + u"'."_s};
    }
    return std::nullopt;
}

QJsonValue parameter(const QJsonObject& parameters, const QString& name)
{
    for (auto it = parameters.begin(); it != parameters.end(); ++it)
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    return QJsonValue(QJsonValue::Undefined);
}

// -ResultSize: "Unlimited" or a positive number (as a JSON number or its text). Absent: Exchange's 1000.
std::variant<qsizetype, CmdletFailure> resultSize(const QJsonObject& parameters)
{
    const QJsonValue value = parameter(parameters, u"ResultSize"_s);
    if (value.isUndefined())
        return ExchangeCmdlets::DefaultResultSize;
    if (value.isString() && value.toString().compare(u"Unlimited"_s, Qt::CaseInsensitive) == 0)
        return std::numeric_limits<qsizetype>::max();
    bool ok = value.isDouble();
    qint64 size = value.toInteger();
    if (value.isString())
        size = value.toString().toLongLong(&ok);
    if (!ok || size < 1)
        return CmdletFailure{400, ParameterBindingException,
                             u"Cannot bind parameter 'ResultSize'. Cannot convert value \""_s +
                                 (value.isString() ? value.toString() : QString::number(value.toDouble())) +
                                 u"\" to type \"Microsoft.Exchange.Data.Unlimited`1[System.UInt32]\"."_s};
    return static_cast<qsizetype>(size);
}

CmdletFailure notFound(const QString& identity)
{
    // UNVERIFIED status: the text is Exchange's ManagementObjectNotFoundException message.
    return CmdletFailure{404, NotFoundException,
                         u"The operation couldn't be performed because object '"_s + identity +
                             u"' couldn't be found on 'sample.prod.outlook.com'."_s};
}

bool userMatches(const SampleUser& user, const QString& identity)
{
    for (const QString* candidate :
         {&user.userPrincipalName, &user.mail, &user.mailNickname, &user.id, &user.exchangeGuid, &user.displayName})
        if (!candidate->isEmpty() && candidate->compare(identity, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString recipientTypeDetails(const SampleUser& user)
{
    if (user.hasMailbox())
        return recipientTypeName(user.recipientType);
    return user.isGuest ? u"GuestMailUser"_s : u"User"_s;
}

} // namespace

ExchangeCmdlets::ExchangeCmdlets(std::shared_ptr<const TenantModel> model)
    : m_model(std::move(model))
    , m_distinguishedNameTail(u",OU="_s + m_model->initialDomain +
                              u",OU=Microsoft Exchange Hosted Organizations,DC=SAMPR01A001,DC=PROD,DC=OUTLOOK,DC=COM"_s)
{
    for (std::size_t i = 0; i < m_model->users.size(); ++i)
        if (m_model->users[i].hasMailbox())
            m_mailboxUsers.push_back(static_cast<int>(i));
}

QStringList ExchangeCmdlets::supportedCmdlets()
{
    return {u"Get-TransportConfig"_s, u"Get-OrganizationConfig"_s, u"Get-AuthenticationPolicy"_s, u"Get-CASMailbox"_s,
            u"Get-User"_s};
}

std::variant<CmdletOutput, CmdletFailure> ExchangeCmdlets::run(const QString& cmdlet,
                                                               const QJsonObject& parameters) const
{
    const auto is = [&](QLatin1StringView name) { return cmdlet.compare(name, Qt::CaseInsensitive) == 0; };
    if (is("Get-TransportConfig"_L1) || is("Get-OrganizationConfig"_L1)) {
        if (auto bad = checkParameters(parameters, {}))
            return *bad;
        return is("Get-TransportConfig"_L1) ? transportConfig() : organizationConfig();
    }
    if (is("Get-AuthenticationPolicy"_L1))
        return authenticationPolicies(parameters);
    if (is("Get-CASMailbox"_L1) || is("Get-User"_L1))
        return recipients(parameters, is("Get-CASMailbox"_L1));
    // PowerShell's CommandNotFoundException text; the admin API only runs cmdlets it exposes.
    return CmdletFailure{400, u"System.Management.Automation.CommandNotFoundException"_s,
                         u"The term '"_s + cmdlet +
                             u"' is not recognized as the name of a cmdlet, function, script file, or operable "
                             u"program."_s};
}

CmdletOutput ExchangeCmdlets::transportConfig() const
{
    const std::shared_ptr<const TenantModel> model = m_model;
    return CmdletOutput{1,
                        [model](JsonWriter& json, qsizetype) {
                            // Set-TransportConfig.md: SmtpClientAuthenticationDisabled is the org-wide switch.
                            // UNVERIFIED: the Identity/Name of the transport configuration object.
                            json.value(QJsonObject{
                                {u"Identity"_s, model->initialDomain},
                                {u"Name"_s, u"Transport Settings"_s},
                                {u"SmtpClientAuthenticationDisabled"_s, model->orgSmtpClientAuthenticationDisabled},
                                {u"AllowLegacyTLSClients"_s, false},
                                {u"MaxRecipientEnvelopeLimit"_s, u"500"_s},
                                {u"MaxSendSize"_s, u"35 MB (36,700,160 bytes)"_s},
                                {u"MaxReceiveSize"_s, u"36 MB (37,748,736 bytes)"_s},
                                {u"ExternalPostmasterAddress"_s, QJsonValue::Null},
                            });
                        },
                        {}};
}

CmdletOutput ExchangeCmdlets::organizationConfig() const
{
    const std::shared_ptr<const TenantModel> model = m_model;
    return CmdletOutput{
        1,
        [model](JsonWriter& json, qsizetype) {
            const int policy = model->defaultAuthenticationPolicy;
            // Set-OrganizationConfig.md: DefaultAuthenticationPolicy names the org's default policy.
            json.value(QJsonObject{
                {u"Identity"_s, model->initialDomain},
                {u"Name"_s, model->initialDomain},
                {u"DisplayName"_s, model->organizationName},
                {u"DefaultAuthenticationPolicy"_s,
                 policy >= 0 ? QJsonValue(model->authenticationPolicies[static_cast<std::size_t>(policy)].name)
                             : QJsonValue(QJsonValue::Null)},
                {u"OAuth2ClientProfileEnabled"_s, true},
                {u"AuditDisabled"_s, false},
                {u"IsDehydrated"_s, false},
            });
        },
        {}};
}

std::variant<CmdletOutput, CmdletFailure> ExchangeCmdlets::authenticationPolicies(const QJsonObject& parameters) const
{
    if (auto bad = checkParameters(parameters, {u"Identity"_s, u"AllowLegacyExchangeTokens"_s}))
        return *bad;
    std::vector<std::size_t> selected;
    const QJsonValue identity = parameter(parameters, u"Identity"_s);
    if (identity.isString()) {
        const int index = m_model->authenticationPolicyIndex(identity.toString());
        if (index < 0)
            return notFound(identity.toString());
        selected.push_back(static_cast<std::size_t>(index));
    } else {
        for (std::size_t i = 0; i < m_model->authenticationPolicies.size(); ++i)
            selected.push_back(i);
    }
    return CmdletOutput{static_cast<qsizetype>(selected.size()),
                        [this, selected](JsonWriter& json, qsizetype i) {
                            json.value(authenticationPolicy(selected[static_cast<std::size_t>(i)]));
                        },
                        {}};
}

std::variant<CmdletOutput, CmdletFailure> ExchangeCmdlets::recipients(const QJsonObject& parameters,
                                                                      bool casMailbox) const
{
    if (auto bad = checkParameters(parameters, {u"Identity"_s, u"ResultSize"_s}))
        return *bad;
    const QJsonValue identity = parameter(parameters, u"Identity"_s);
    if (identity.isString()) {
        const QString wanted = identity.toString();
        for (std::size_t i = 0; i < m_model->users.size(); ++i) {
            const SampleUser& candidate = m_model->users[i];
            if ((!casMailbox || candidate.hasMailbox()) && userMatches(candidate, wanted)) {
                const int index = static_cast<int>(i);
                return CmdletOutput{1,
                                    [this, index, casMailbox](JsonWriter& json, qsizetype) {
                                        casMailbox ? writeMailbox(json, index) : writeUser(json, index);
                                    },
                                    {}};
            }
        }
        return notFound(wanted);
    }
    const auto size = resultSize(parameters);
    if (const CmdletFailure* bad = std::get_if<CmdletFailure>(&size))
        return *bad;
    const qsizetype limit = std::get<qsizetype>(size);
    const qsizetype available =
        casMailbox ? static_cast<qsizetype>(m_mailboxUsers.size()) : static_cast<qsizetype>(m_model->users.size());
    CmdletOutput output;
    output.count = std::min(limit, available);
    if (available > limit)
        // UNVERIFIED: Exchange's warning when -ResultSize cut the output.
        output.warnings << u"There are more results available than are currently displayed. To view them, "
                           u"increase the value for the ResultSize parameter."_s;
    if (casMailbox)
        output.write = [this](JsonWriter& json, qsizetype i) {
            writeMailbox(json, m_mailboxUsers[static_cast<std::size_t>(i)]);
        };
    else
        output.write = [this](JsonWriter& json, qsizetype i) { writeUser(json, static_cast<int>(i)); };
    return output;
}

QString ExchangeCmdlets::distinguishedName(const QString& name) const
{
    // The shape of Exchange Online's directory names; the forest part is invented for the sample.
    QString escaped = name;
    escaped.replace(u'\\', u"\\\\"_s).replace(u',', u"\\,"_s);
    return u"CN="_s + escaped + m_distinguishedNameTail;
}

void ExchangeCmdlets::writeDistinguishedName(JsonWriter& json, const QString& name) const
{
    if (name.contains(u'\\') || name.contains(u','))
        json.string(distinguishedName(name));
    else
        json.string(QString(u"CN="_s + name + m_distinguishedNameTail));
}

void ExchangeCmdlets::writeMailbox(JsonWriter& json, int userIndex) const
{
    const SampleUser& user = m_model->users[static_cast<std::size_t>(userIndex)];
    const QString& primary = user.mail.isEmpty() ? user.userPrincipalName : user.mail;
    // Get-CASMailbox has no UserPrincipalName: ExternalDirectoryObjectId ties it to the user (and to
    // Get-User). SmtpClientAuthenticationDisabled: $true, $false or $null = follow the organisation
    // (Set-CASMailbox.md).
    json.beginObject();
    json.key("Identity").string(user.mailNickname);
    json.key("Name").string(user.mailNickname);
    json.key("DisplayName").string(user.displayName);
    json.key("DistinguishedName");
    writeDistinguishedName(json, user.mailNickname);
    json.key("Guid").string(user.exchangeGuid);
    json.key("ExternalDirectoryObjectId").string(user.id);
    json.key("PrimarySmtpAddress").string(primary);
    json.key("EmailAddresses").beginArray().string(QString(u"SMTP:"_s + primary)).endArray();
    json.key("SmtpClientAuthenticationDisabled");
    user.smtpClientAuthenticationDisabled ? json.boolean(*user.smtpClientAuthenticationDisabled) : json.null();
    json.key("ActiveSyncEnabled").boolean(true);
    json.key("OWAEnabled").boolean(true);
    json.key("PopEnabled").boolean(true);
    json.key("ImapEnabled").boolean(true);
    json.key("MAPIEnabled").boolean(true);
    json.key("EwsEnabled").boolean(true);
    json.key("ECPEnabled").boolean(true);
    json.endObject();
}

void ExchangeCmdlets::writeUser(JsonWriter& json, int userIndex) const
{
    const SampleUser& user = m_model->users[static_cast<std::size_t>(userIndex)];
    const int policy = user.authenticationPolicy;
    // Set-User.md: -AuthenticationPolicy; the output property is assumed to carry the same name (reference
    // section 4). Null when the user has none of their own (the organisation default then applies).
    json.beginObject();
    json.key("Identity").string(user.mailNickname);
    json.key("Name").string(user.mailNickname);
    json.key("DisplayName").string(user.displayName);
    json.key("FirstName").string(user.givenName);
    json.key("LastName").string(user.surname);
    json.key("DistinguishedName");
    writeDistinguishedName(json, user.mailNickname);
    json.key("Guid").string(user.exchangeGuid);
    json.key("ExternalDirectoryObjectId").string(user.id);
    json.key("UserPrincipalName").string(user.userPrincipalName);
    json.key("WindowsEmailAddress").string(user.mail);
    json.key("RecipientType").string(user.hasMailbox() ? u"UserMailbox" : (user.isGuest ? u"MailUser" : u"User"));
    json.key("RecipientTypeDetails").string(recipientTypeDetails(user));
    json.key("AccountDisabled").boolean(!user.accountEnabled);
    json.key("IsDirSynced").boolean(user.onPremisesSyncEnabled.value_or(false));
    json.key("Department").stringOrNull(user.department);
    json.key("Title").stringOrNull(user.jobTitle);
    json.key("AuthenticationPolicy");
    if (policy >= 0)
        json.string(m_model->authenticationPolicies[static_cast<std::size_t>(policy)].name);
    else
        json.null();
    json.endObject();
}

QJsonObject ExchangeCmdlets::authenticationPolicy(std::size_t policyIndex) const
{
    const AuthenticationPolicy& policy = m_model->authenticationPolicies[policyIndex];
    // New-AuthenticationPolicy.md: each AllowBasicAuth* is a switch, off (= blocked) by default.
    return QJsonObject{
        {u"Identity"_s, policy.name},
        {u"Name"_s, policy.name},
        {u"Id"_s, policy.name},
        {u"Guid"_s, policy.guid},
        {u"DistinguishedName"_s, distinguishedName(policy.name)},
        {u"AllowBasicAuthActiveSync"_s, policy.allowBasicAuthActiveSync},
        {u"AllowBasicAuthAutodiscover"_s, policy.allowBasicAuthAutodiscover},
        {u"AllowBasicAuthImap"_s, policy.allowBasicAuthImap},
        {u"AllowBasicAuthMapi"_s, policy.allowBasicAuthMapi},
        {u"AllowBasicAuthOfflineAddressBook"_s, policy.allowBasicAuthOfflineAddressBook},
        {u"AllowBasicAuthOutlookService"_s, policy.allowBasicAuthOutlookService},
        {u"AllowBasicAuthPop"_s, policy.allowBasicAuthPop},
        {u"AllowBasicAuthPowershell"_s, policy.allowBasicAuthPowershell},
        {u"AllowBasicAuthReportingWebServices"_s, policy.allowBasicAuthReportingWebServices},
        {u"AllowBasicAuthRpc"_s, policy.allowBasicAuthRpc},
        {u"AllowBasicAuthSmtp"_s, policy.allowBasicAuthSmtp},
        {u"AllowBasicAuthWebServices"_s, policy.allowBasicAuthWebServices},
        {u"WhenCreatedUTC"_s, isoUtc(policy.createdAt)},
        {u"WhenChangedUTC"_s, isoUtc(policy.changedAt)},
        {u"IsValid"_s, true},
    };
}

} // namespace smtpaudit::sample
