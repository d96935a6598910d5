#pragma once

#include "sample/SampleJsonWriter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <variant>
#include <vector>

namespace smtpaudit::sample {

struct TenantModel;

// What a cmdlet returns: a list written one object at a time as JSON text, so a page of Get-CASMailbox over
// the large tenant (88,000 mailboxes) never builds every object, nor any QJsonObject.
struct CmdletOutput
{
    qsizetype count = 0;
    std::function<void(JsonWriter&, qsizetype)> write; // writes object i (0 <= i < count)
    QStringList warnings;                              // "@adminapi.warnings" of the first page
};

// A terminating cmdlet error: HTTP status, the .NET exception type (X-ExceptionType) and its text.
struct CmdletFailure
{
    int status = 400;
    QString exceptionType;
    QString message;
};

// The Exchange Online cmdlets of reference section 4 over the sample tenant, with the property names of
// EXOPS (exchange/exchange-ps/ExchangePowerShell/*.md): Get-TransportConfig, Get-OrganizationConfig,
// Get-AuthenticationPolicy, Get-CASMailbox and Get-User. Cmdlet and parameter names are case-insensitive,
// as in PowerShell; an unknown parameter is refused with PowerShell's binding error.
class ExchangeCmdlets
{
public:
    explicit ExchangeCmdlets(std::shared_ptr<const TenantModel> model);

    std::variant<CmdletOutput, CmdletFailure> run(const QString& cmdlet, const QJsonObject& parameters) const;

    static QStringList supportedCmdlets();
    // Get-Mailbox and friends return the first 1000 objects without -ResultSize (Exchange's default).
    static constexpr qsizetype DefaultResultSize = 1000;

private:
    CmdletOutput transportConfig() const;
    CmdletOutput organizationConfig() const;
    std::variant<CmdletOutput, CmdletFailure> authenticationPolicies(const QJsonObject& parameters) const;
    std::variant<CmdletOutput, CmdletFailure> recipients(const QJsonObject& parameters, bool casMailbox) const;

    void writeMailbox(JsonWriter& json, int userIndex) const;
    void writeUser(JsonWriter& json, int userIndex) const;
    QJsonObject authenticationPolicy(std::size_t policyIndex) const;
    QString distinguishedName(const QString& name) const;
    // distinguishedName(name) written as a JSON string without building it.
    void writeDistinguishedName(JsonWriter& json, const QString& name) const;

    std::shared_ptr<const TenantModel> m_model;
    std::vector<int> m_mailboxUsers; // users with a mailbox, in directory order
    QString m_distinguishedNameTail; // ",OU=<domain>,OU=Microsoft Exchange Hosted Organizations,DC=..."
};

} // namespace smtpaudit::sample
