#pragma once

#include "sample/graph/GraphContext.h"

namespace smtpaudit::sample::GraphPolicies {

// GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy
HttpResponse securityDefaults(const HttpRequest& request, const GraphContext& context);
// GET /v1.0/identity/conditionalAccess/policies
HttpResponse conditionalAccessPolicies(const HttpRequest& request, const GraphContext& context);
// GET /v1.0/identity/conditionalAccess/namedLocations
HttpResponse namedLocations(const HttpRequest& request, const GraphContext& context);
// GET /v1.0/applications
HttpResponse applications(const HttpRequest& request, const GraphContext& context);

} // namespace smtpaudit::sample::GraphPolicies
