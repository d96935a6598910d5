#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <variant>
#include <vector>

namespace smtpaudit::sample {

struct TenantModel;

// What a cmdlet returns: a list serialised one object at a time, so a page of Get-CASMailbox over the
// large tenant (88,000 mailboxes) never builds every object.
struct CmdletOutput
{
    qsizetype count = 0;
    std::function<QJsonObject(qsizetype)> item;
    QStringList warnings; // "@adminapi.warnings" of the first page
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

    QJsonObject mailboxObject(int userIndex) const;
    QJsonObject userObject(int userIndex) const;
    QJsonObject authenticationPolicy(std::size_t policyIndex) const;
    QString distinguishedName(const QString& name) const;

    std::shared_ptr<const TenantModel> m_model;
    std::vector<int> m_mailboxUsers; // users with a mailbox, in directory order
};

} // namespace smtpaudit::sample
