#pragma once

#include "sample/graph/GraphContext.h"

namespace smtpaudit::sample::GraphSignIns {

// GET /v1.0/auditLogs/signIns: newest first, $top up to 1000 (default 1000), $filter on createdDateTime
// (ge/le/gt/lt), clientAppUsed eq (or-lists in parentheses), status/errorCode eq/ne, userPrincipalName,
// userId, ipAddress, appId; 403 with Microsoft's licence text without Entra ID P1.
HttpResponse list(const HttpRequest& request, const GraphContext& context);

// One sign-in in Graph's v1.0 shape (exposed for tests and the ground-truth cross-check).
QJsonObject toJson(const TenantModel& model, std::size_t position);

} // namespace smtpaudit::sample::GraphSignIns
