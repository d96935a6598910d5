#pragma once

#include "sample/SampleHttp.h"

#include <QString>

namespace smtpaudit::sample::ExchangeErrors {

// The admin API's error body as the ExchangeOnlineManagement module reads it (reference section 4: module
// Get-ErrorCategoryInfo; CIPP): {"error":{"code","message","details":[{"code","target","message"}],
// "innererror":{"message","type","internalException":{"message"}}}} plus the X-ExceptionType header.
// UNVERIFIED: Microsoft documents no wire format; the field names follow what those clients parse.
HttpResponse error(const HttpRequest& request, int status, const QString& exceptionType, const QString& message);

HttpResponse missingToken(const HttpRequest& request);
HttpResponse forbidden(const HttpRequest& request);
HttpResponse badRequest(const HttpRequest& request, const QString& message);
HttpResponse unknownTenant(const HttpRequest& request, const QString& segment);
HttpResponse methodNotAllowed(const HttpRequest& request);
HttpResponse invalidSkipToken(const HttpRequest& request);

} // namespace smtpaudit::sample::ExchangeErrors
