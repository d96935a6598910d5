#pragma once

#include "sample/graph/GraphContext.h"

namespace smtpaudit::sample::GraphDirectory {

// GET /v1.0/users ($select, $top 1-999, $filter subset, $count with ConsistencyLevel: eventual)
HttpResponse listUsers(const HttpRequest& request, const GraphContext& context);
// GET /v1.0/users/$count (ConsistencyLevel: eventual; text/plain)
HttpResponse countUsers(const HttpRequest& request, const GraphContext& context);
// GET /v1.0/users/{id | userPrincipalName}
HttpResponse getUser(const HttpRequest& request, const GraphContext& context, const QString& key);
// GET /v1.0/reports/authenticationMethods/userRegistrationDetails
HttpResponse listRegistrationDetails(const HttpRequest& request, const GraphContext& context);
// GET /beta/users/{id | userPrincipalName}/authentication/requirements
HttpResponse getRequirements(const HttpRequest& request, const GraphContext& context, const QString& key);

} // namespace smtpaudit::sample::GraphDirectory
