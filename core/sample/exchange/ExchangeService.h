#pragma once

#include "sample/SampleHttp.h"
#include "sample/exchange/ExchangeCmdlets.h"
#include "sample/graph/PageToken.h"

#include <memory>

namespace smtpaudit::sample {

struct TenantModel;

// The Exchange Online admin API (reference section 4) over the sample tenant:
//  - POST /adminapi/beta/{tenantId}/InvokeCommand with {"CmdletInput":{"CmdletName","Parameters"}};
//    answers {"@odata.context","@adminapi.warnings","value":[...],"@odata.nextLink"?}. Pages follow
//    `Prefer: odata.maxpagesize=N` (1-1000, default 1000); the next page is the SAME body POSTed to the
//    nextLink (module Execute-Command; CIPP New-ExoBulkRequest.ps1), whose opaque $skiptoken is bound
//    to that cmdlet and its parameters.
//  - POST /adminapi/beta/{tenantId}/$batch with {"requests":[{id,method,url,body,headers}]}, at most 10
//    (CIPP; the module flushes at 10), answered {"responses":[{id,status,headers,body}]}.
// Needs a token for https://outlook.office365.com with Exchange.ManageAsApp (app-only) or Exchange.Manage
// (delegated). {tenantId} is the tenant GUID or its initial domain. Runs on the server's thread.
class ExchangeService : public SampleService
{
public:
    // `pagingKey` keys the $skiptoken check values; empty = a random key per instance.
    explicit ExchangeService(std::shared_ptr<const TenantModel> model, QByteArray pagingKey = {});

    std::optional<HttpResponse> handle(const HttpRequest& request) override;

    static constexpr int MaxBatchRequests = 10;
    static constexpr int MaxPageSize = 1000;

private:
    HttpResponse route(const HttpRequest& request) const;
    HttpResponse invoke(const HttpRequest& request, const QString& tenantSegment) const;
    HttpResponse batch(const HttpRequest& request, const QString& tenantSegment) const;
    bool isThisTenant(const QString& segment) const;

    std::shared_ptr<const TenantModel> m_model;
    ExchangeCmdlets m_cmdlets;
    PageToken m_pageTokens;
};

} // namespace smtpaudit::sample
