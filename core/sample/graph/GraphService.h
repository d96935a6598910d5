#pragma once

#include "sample/SampleHttp.h"
#include "sample/graph/GraphContext.h"

#include <memory>

namespace smtpaudit::sample {

struct TenantModel;

// Microsoft Graph (v1.0 and the beta paths of microsoft-apis.md) over the sample tenant: users,
// userRegistrationDetails, per-user MFA requirements, security defaults, Conditional Access policies and
// named locations, applications, sign-in logs and JSON $batch. Answers every path under /v1.0/ and /beta/;
// other paths are left to the other services (nullopt). Runs on the server's thread, never blocks.
class GraphService : public SampleService
{
public:
    // `pagingKey` keys the $skiptoken check values; empty = a random key per instance.
    explicit GraphService(std::shared_ptr<const TenantModel> model, QByteArray pagingKey = {});

    std::optional<HttpResponse> handle(const HttpRequest& request) override;

    static constexpr int MaxBatchRequests = 20;

private:
    HttpResponse dispatch(const HttpRequest& request) const;
    HttpResponse batch(const HttpRequest& request) const;

    GraphContext m_context;
};

} // namespace smtpaudit::sample
