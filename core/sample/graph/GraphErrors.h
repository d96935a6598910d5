#pragma once

#include "sample/SampleHttp.h"

#include <QStringList>

namespace smtpaudit::sample {

// Microsoft Graph's error body: {"error":{"code","message","innerError":{"date","request-id",
// "client-request-id"}}} with the request-id / client-request-id headers Graph sends on every response.
namespace GraphErrors {

HttpResponse error(const HttpRequest& request, int status, const QString& code, const QString& message);
// 401 without a bearer token or with a token for another resource.
HttpResponse missingToken(const HttpRequest& request);
HttpResponse wrongAudience(const HttpRequest& request);
// 403 when the token carries none of the accepted permissions.
HttpResponse insufficientPrivileges(const HttpRequest& request);
// 403 for Entra ID P1 features in a tenant without the licence (sign-in logs, signInActivity,
// authentication methods reports).
HttpResponse noPremiumLicence(const HttpRequest& request);
HttpResponse notFound(const HttpRequest& request, const QString& resource);
HttpResponse unsupportedSegment(const HttpRequest& request, const QString& segment);
HttpResponse invalidSkipToken(const HttpRequest& request);

// Adds request-id and client-request-id headers (echoing the client's) to a successful response.
void addRequestIds(const HttpRequest& request, HttpResponse& response);

// Checks the token for `audience` and any one of `accepted` permissions. nullopt = allowed.
std::optional<HttpResponse> checkAccess(const HttpRequest& request, const QStringList& accepted);

inline const QString GraphAudience = QStringLiteral("https://graph.microsoft.com");

} // namespace GraphErrors
} // namespace smtpaudit::sample
