#pragma once

#include "sample/SampleHttp.h"

#include <QDateTime>
#include <QString>

namespace smtpaudit::sample {

// One identity-platform error as Microsoft returns it (ENTRA reference-error-codes.md, "Handling error codes"):
// {error, error_description: "AADSTS<code>: <text>\r\nTrace ID: ...\r\nCorrelation ID: ...\r\nTimestamp: ...",
//  error_codes: [<code>], timestamp, trace_id, correlation_id, error_uri}.
struct AadError
{
    int httpStatus = 400; // invalid_client is 401, everything else 400
    QString error;        // "invalid_client", "invalid_grant", "authorization_pending", ...
    int code = 0;         // the AADSTS number
    QString description;  // the text after "AADSTS<code>: "

    // The correlation id echoes the request's client-request-id when there is one, as Entra does.
    HttpResponse toResponse(const QDateTime& now, const QString& correlationId = {}) const;
};

// The errors the sample identity platform returns. Codes and texts come from ENTRA
// docs/identity-platform/reference-error-codes.md unless a comment names another source.
namespace aad {
AadError tenantNotFound(const QString& tenant);
AadError tenantIdentifierInvalid(const QString& tenant);
AadError tenantRequired(const QString& alias);
AadError methodNotAllowed(const QByteArray& method);
AadError missingParameter(const QString& name);
AadError unsupportedGrantType(const QString& grantType);
AadError applicationNotFound(const QString& clientId, const QString& tenant);
AadError invalidClientSecret(const QString& clientId);
AadError credentialRequired();
AadError publicClientWithCredential();
AadError assertionMalformed();
AadError assertionKeyNotFound(const QString& clientId, const QByteArray& thumbprint);
AadError assertionSignatureInvalid(const QByteArray& thumbprint);
AadError assertionKeyExpired(const QByteArray& thumbprint);
AadError assertionClientMismatch();
AadError assertionAudienceMismatch();
AadError assertionTimeRange(const QDateTime& now, const QDateTime& notBefore, const QDateTime& expires);
AadError assertionReplayed();
AadError scopeNotDefault(const QString& scope);
AadError scopeInvalid(const QString& scope);
AadError multipleResources(const QString& scope);
AadError resourceNotFound(const QString& resource, const QString& tenant);
AadError consentMissing(const QString& clientId, const QString& appName);
AadError authorizationPending();
AadError slowDown();
AadError deviceCodeExpired();
AadError authorizationDeclined();
AadError badVerificationCode();
AadError refreshTokenInvalid();
AadError refreshTokenExpired(const QDateTime& issued);
} // namespace aad

} // namespace smtpaudit::sample
