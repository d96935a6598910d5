#include "sample/identity/AadError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

// Sources for the texts below, besides ENTRA docs/identity-platform/reference-error-codes.md (codes and their
// meaning): the replies quoted in public issue threads and Microsoft's SDK troubleshooting pages, cited per
// entry. Entries marked UNVERIFIED pick the documented code that fits best; no source shows Entra's reply.

namespace smtpaudit::sample {

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

AadError make(int status, const char* error, int code, QString description)
{
    return AadError{status, QString::fromLatin1(error), code, std::move(description)};
}

const QString certificateDocs =
    u"Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials ."_s;

} // namespace

HttpResponse AadError::toResponse(const QDateTime& now, const QString& correlationId) const
{
    const QString traceId = newGuid();
    const QString correlation = QUuid::fromString(correlationId).isNull() ? newGuid() : correlationId;
    const QString timestamp = now.toUTC().toString(u"yyyy-MM-dd hh:mm:ss'Z'"_s);
    const QString fullDescription = u"AADSTS"_s + QString::number(code) + u": "_s + description + u"\r\nTrace ID: "_s +
                                    traceId + u"\r\nCorrelation ID: "_s + correlation + u"\r\nTimestamp: "_s +
                                    timestamp;
    const QJsonObject body{
        {"error"_L1, error},
        {"error_description"_L1, fullDescription},
        {"error_codes"_L1, QJsonArray{code}},
        {"timestamp"_L1, timestamp},
        {"trace_id"_L1, traceId},
        {"correlation_id"_L1, correlation},
        {"error_uri"_L1, QString(u"https://login.microsoftonline.com/error?code="_s + QString::number(code))},
    };
    HttpResponse response = HttpResponse::json(httpStatus, body);
    response.headers = {{"Content-Type", "application/json; charset=utf-8"},
                        {"Cache-Control", "no-store, no-cache"},
                        {"Pragma", "no-cache"}};
    return response;
}

namespace aad {

// Text as captured in public test fixtures (e.g. nock recordings of login.microsoftonline.com).
AadError tenantNotFound(const QString& tenant)
{
    return make(400, "invalid_request", 90002,
                u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into the "
                "correct cloud. Check with your subscription administrator, this may happen if there are no active "
                "subscriptions for the tenant."_s.arg(tenant));
}

AadError tenantIdentifierInvalid(const QString& tenant)
{
    return make(
        400, "invalid_request", 900023,
        u"Specified tenant identifier '%1' is neither a valid DNS name, nor a valid external domain."_s.arg(tenant));
}

// App-only grants need a tenant. /common: AADSTS9001023 (documented for grants over /common). /organizations:
// UNVERIFIED, AADSTS50059 MissingTenantRealmAndNoUserInformationProvided is the documented meaning.
AadError tenantRequired(const QString& alias)
{
    if (alias.compare("organizations"_L1, Qt::CaseInsensitive) == 0)
        return make(400, "invalid_request", 50059,
                    u"No tenant-identifying information found in either the request or implied by any provided "
                    "credentials."_s);
    return make(400, "invalid_request", 9001023,
                u"The grant type is not supported over the /common or /consumers endpoints. Please use the "
                "/organizations or tenant-specific endpoint."_s);
}

AadError methodNotAllowed(const QByteArray& method)
{
    return make(
        400, "invalid_request", 900561,
        u"The endpoint only accepts POST, OPTIONS requests. Received a %1 request."_s.arg(QString::fromLatin1(method)));
}

AadError missingParameter(const QString& name)
{
    return make(400, "invalid_request", 900144,
                u"The request body must contain the following parameter: '%1'."_s.arg(name));
}

AadError unsupportedGrantType(const QString& grantType)
{
    return make(400, "unsupported_grant_type", 70003,
                u"The app requested an unsupported grant type '%1'."_s.arg(grantType));
}

// Text from Azure SDK troubleshooting tables and issue threads quoting Entra.
AadError applicationNotFound(const QString& clientId, const QString& tenant)
{
    return make(
        400, "unauthorized_client", 700016,
        u"Application with identifier '%1' was not found in the directory '%2'. This can happen if the "
        "application has not been installed by the administrator of the tenant or consented to by any user "
        "in the tenant. You may have sent your authentication request to the wrong tenant."_s.arg(clientId, tenant));
}

// Text as quoted in many issue threads (HTTP 401, error invalid_client).
AadError invalidClientSecret(const QString& clientId)
{
    return make(401, "invalid_client", 7000215,
                u"Invalid client secret provided. Ensure the secret being sent in the request is the client secret "
                "value, not the client secret ID, for a secret added to app '%1'."_s.arg(clientId));
}

AadError credentialRequired()
{
    return make(401, "invalid_client", 7000218,
                u"The request body must contain the following parameter: 'client_assertion' or 'client_secret'."_s);
}

AadError publicClientWithCredential()
{
    return make(401, "invalid_client", 700025,
                u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s);
}

AadError assertionMalformed()
{
    return make(401, "invalid_client", 50027, u"JWT token is invalid or malformed."_s);
}

// "[Reason - The key was not found.]" is quoted in Microsoft's MSAL.NET migration guide.
AadError assertionKeyNotFound(const QString& clientId, const QByteArray& thumbprint)
{
    return make(401, "invalid_client", 700027,
                u"Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key "
                "used by client: '%1', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see "
                "configured keys for app Id '%2'.]"_s.arg(QString::fromLatin1(thumbprint), clientId));
}

AadError assertionSignatureInvalid(const QByteArray& thumbprint)
{
    return make(401, "invalid_client", 700027,
                u"Client assertion contains an invalid signature. [Reason - The provided signature value did not match "
                "the expected signature value., Thumbprint of key used by client: '%1']"_s.arg(
                    QString::fromLatin1(thumbprint)));
}

AadError assertionKeyExpired(const QByteArray& thumbprint)
{
    return make(
        401, "invalid_client", 700027,
        u"Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key "
        "used by client: '%1']"_s.arg(QString::fromLatin1(thumbprint)));
}

// 700021 and 700023: texts from the Azure SDK for Java "Troubleshooting Service Principal Authentication" page.
AadError assertionClientMismatch()
{
    return make(401, "invalid_client", 700021,
                u"Client assertion application identifier doesn't match 'client_id' parameter. "_s + certificateDocs);
}

AadError assertionAudienceMismatch()
{
    return make(401, "invalid_client", 700023,
                u"Client assertion audience claim does not match Realm issuer. "_s + certificateDocs);
}

// Shape as quoted in AzureAD/microsoft-authentication-library-for-java#984 and Azure/login#180.
AadError assertionTimeRange(const QDateTime& now, const QDateTime& notBefore, const QDateTime& expires)
{
    const auto format = [](const QDateTime& time) {
        return time.toUTC().toString(u"yyyy-MM-dd'T'hh:mm:ss.zzz'0000Z'"_s);
    };
    return make(401, "invalid_client", 700024,
                u"Client assertion is not within its valid time range. Current time: %1, assertion valid from %2, "
                "expiry time of assertion %3. "_s.arg(format(now), format(notBefore), format(expires)) +
                    certificateDocs);
}

// UNVERIFIED: Microsoft documents jti as required but not its reply to a replayed assertion; 50013
// (InvalidAssertion) is the documented code for an otherwise unusable assertion.
AadError assertionReplayed()
{
    return make(401, "invalid_client", 50013,
                u"Assertion is invalid because its token identifier ('jti') was already used."_s);
}

// Text quoted in MSAL and Microsoft.Identity.Web source comments.
AadError scopeNotDefault(const QString& scope)
{
    return make(400, "invalid_scope", 1002012,
                u"The provided value for scope %1 is not valid. Client credential flows must have a scope value with "
                "/.default suffixed to the resource identifier (application ID URI)."_s.arg(scope));
}

// The sample response in reference-error-codes.md.
AadError scopeInvalid(const QString& scope)
{
    return make(
        400, "invalid_scope", 70011,
        u"The provided value for the input parameter 'scope' is not valid. The scope %1 is not valid."_s.arg(scope));
}

AadError multipleResources(const QString& scope)
{
    return make(400, "invalid_scope", 700022,
                u"The provided value for the input parameter scope is not valid because it contains more than one "
                "resource. Scope %1 is not valid."_s.arg(scope));
}

AadError resourceNotFound(const QString& resource, const QString& tenant)
{
    return make(
        400, "invalid_resource", 500011,
        u"The resource principal named %1 was not found in the tenant named %2. This can happen if the "
        "application has not been installed by the administrator of the tenant or consented to by any user in "
        "the tenant. You might have sent your authentication request to the wrong tenant."_s.arg(resource, tenant));
}

AadError consentMissing(const QString& clientId, const QString& appName)
{
    return make(400, "invalid_grant", 65001,
                u"The user or administrator has not consented to use the application with ID '%1' named '%2'. Send an "
                "interactive authorization request for this user and resource."_s.arg(clientId, appName));
}

AadError authorizationPending()
{
    return make(400, "authorization_pending", 70016,
                u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
}

// UNVERIFIED: slow_down is not in Microsoft's device-code table (RFC 8628 3.5 defines it); same code as pending.
AadError slowDown()
{
    return make(400, "slow_down", 70016,
                u"OAuth 2.0 device flow error. Authorization is pending and the client polls too fast. Increase the "
                "polling interval by 5 seconds."_s);
}

AadError deviceCodeExpired()
{
    return make(400, "expired_token", 70019, u"Verification code expired."_s);
}

// UNVERIFIED: the code Entra pairs with authorization_declined is undocumented; 65004 UserDeclinedConsent fits.
AadError authorizationDeclined()
{
    return make(400, "authorization_declined", 65004, u"User declined to consent to access the app."_s);
}

AadError badVerificationCode()
{
    return make(400, "bad_verification_code", 70018, u"Invalid verification code."_s);
}

// Refresh tokens are rotated in the sample tenant: a redeemed one is invalid afterwards (Entra keeps old ones
// valid, but a client must always store the newest; this makes that mistake visible).
AadError refreshTokenInvalid()
{
    return make(400, "invalid_grant", 70000, u"Provided grant is invalid or malformed."_s);
}

AadError refreshTokenExpired(const QDateTime& issued)
{
    return make(400, "invalid_grant", 700082,
                u"The refresh token has expired due to inactivity. The token was issued on %1 and was inactive for "
                "too long."_s.arg(issued.toUTC().toString(Qt::ISODateWithMs)));
}

} // namespace aad

} // namespace smtpaudit::sample
