#include "http/HttpErrors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

// Bodies as Microsoft's services send them (sources in each row); the mapper must turn each into the
// category the user can act on, keeping the service's code and message as diagnostic detail.
class TestHttpErrors : public QObject
{
    Q_OBJECT

private slots:
    void graphPermissionDeniedNamesThePermission()
    {
        // Graph 403 for a missing application permission (learn.microsoft.com/graph/errors; the
        // innerError carries only ids and a date).
        const QByteArray body =
            "{\"error\":{\"code\":\"Authorization_RequestDenied\",\"message\":\"Insufficient privileges to complete "
            "the "
            "operation.\",\"innerError\":{\"date\":\"2026-11-20T10:00:00\",\"request-id\":\"0e7e2f3c-6a1f-4a5e-9b39-"
            "0c8b1f3bb2a1\",\"client-request-id\":\"0e7e2f3c-6a1f-4a5e-9b39-0c8b1f3bb2a1\"}}}";
        const Error error = mapHttpError(403, body, {}, u"AuditLog.Read.All"_s);
        QCOMPARE(error.category, Error::Category::PermissionMissing);
        QCOMPARE(error.subject, u"AuditLog.Read.All"_s);
        QVERIFY(error.message.contains(u"AuditLog.Read.All"_s));
        QVERIFY(error.detail.contains(u"Authorization_RequestDenied"_s));
        QVERIFY(error.detail.contains(u"Insufficient privileges"_s));
        QCOMPARE(error.httpStatus, 403);
    }

    void permissionDeniedWithoutHintStillSaysWhatHappened()
    {
        const Error error = mapHttpError(403, "{\"error\":{\"code\":\"Forbidden\",\"message\":\"Forbidden\"}}", {}, {});
        QCOMPARE(error.category, Error::Category::PermissionMissing);
        QVERIFY(error.subject.isEmpty());
        QVERIFY(!error.message.isEmpty());
    }

    void missingPremiumLicenceIsLicenceMissing()
    {
        // The sign-in log error without Entra ID P1 (reference section 3; microsoftgraph docs issue #14118).
        const QByteArray body =
            "{\"error\":{\"code\":\"Authentication_RequestFromNonPremiumTenantOrB2CTenant\",\"message\":\"Neither "
            "tenant is B2C or tenant doesn't have premium "
            "license\",\"innerError\":{\"date\":\"2021-09-02T14:32:39\",\"request-id\":\"2501535b-2fd7-43e3-87db-"
            "c12cbe31fca0\",\"client-request-id\":\"2501535b-2fd7-43e3-87db-c12cbe31fca0\"}}}";
        const Error error = mapHttpError(403, body, {}, u"AuditLog.Read.All"_s);
        QCOMPARE(error.category, Error::Category::LicenceMissing);
        QCOMPARE(error.subject, u"Microsoft Entra ID P1"_s);
        QVERIFY(error.detail.contains(u"premium license"_s));
    }

    void licenceTextAloneIsEnough()
    {
        const Error error = mapHttpError(
            403, "{\"error\":{\"code\":\"\",\"message\":\"Tenant doesn't have premium license\"}}", {}, {});
        QCOMPARE(error.category, Error::Category::LicenceMissing);
    }

    void unauthorizedIsAuthentication()
    {
        const QByteArray body = "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"Access token has "
                                "expired or is not yet valid.\",\"innerError\":{\"date\":\"2026-11-20T10:00:00\"}}}";
        const Error error = mapHttpError(401, body, {}, u"User.Read.All"_s);
        QCOMPARE(error.category, Error::Category::Authentication);
        QVERIFY(error.detail.contains(u"InvalidAuthenticationToken"_s));
    }

    void graphThrottlingIsThrottled()
    {
        // learn.microsoft.com/graph/throttling, sample 429 response.
        const QByteArray body = "{\"error\":{\"code\":\"TooManyRequests\",\"innerError\":{\"code\":\"429\",\"date\":"
                                "\"2020-08-18T12:51:51\",\"message\":\"Please retry "
                                "after\",\"request-id\":\"94fb3b52-452a-4535-a601-69e0a90e3aa2\",\"status\":\"429\"},"
                                "\"message\":\"Please retry again later.\"}}";
        const Error error = mapHttpError(429, body, {}, {});
        QCOMPARE(error.category, Error::Category::Throttled);
        QVERIFY(error.detail.contains(u"TooManyRequests"_s));
    }

    void exchangeConcurrencyLimitIsThrottled()
    {
        // Exchange admin API: the per-tenant concurrency message (reference section 4, EXOH), detail in
        // error.details[0].message.
        const QByteArray body = "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"\",\"details\":[{\"code\":"
                                "\"Context\",\"target\":\"\",\"message\":\"You have reached the maximum number of "
                                "concurrent requests per tenant. Please wait and try again.\"}]}}";
        const Error error = mapHttpError(500, body, {}, {});
        QCOMPARE(error.category, Error::Category::Throttled);
    }

    void exchangeErrorDetailsAndExceptionType()
    {
        // Shape from reference section 4: error.details[0].{code,target,message}, X-ExceptionType header.
        const QByteArray body = "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Error executing "
                                "cmdlet\",\"details\":[{\"code\":\"Context\",\"target\":\"Identity\",\"message\":\"The "
                                "operation couldn't be performed because object 'nobody@contoso.com' couldn't be "
                                "found.\"}],\"innererror\":{\"message\":\"Error executing "
                                "cmdlet\",\"type\":\"Microsoft.Exchange.Admin.OData.Core.ODataServiceException\"}}}";
        const ServiceError parsed = parseServiceError(body, "ManagementObjectNotFoundException");
        QCOMPARE(parsed.code, u"BadRequest"_s);
        QCOMPARE(parsed.target, u"Identity"_s);
        QVERIFY(parsed.message.contains(u"couldn't be found"_s));
        QCOMPARE(parsed.exceptionType, u"ManagementObjectNotFoundException"_s);
        const Error error = mapHttpError(400, body, "ManagementObjectNotFoundException", {});
        QCOMPARE(error.category, Error::Category::Service);
        QVERIFY(error.detail.contains(u"ManagementObjectNotFoundException"_s));
    }

    void exchangeInnerExceptionMessageIsFallback()
    {
        const QByteArray body =
            "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"\",\"innererror\":{\"internalException\":{"
            "\"message\":\"The role assigned to application 1234 isn't supported in this scenario.\"}}}}";
        const ServiceError parsed = parseServiceError(body);
        QVERIFY(parsed.message.contains(u"isn't supported"_s));
    }

    void identityPlatformErrorShape()
    {
        // v2-oauth2-client-creds-grant-flow.md error response.
        const QByteArray body =
            "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided. "
            "Ensure the secret being sent in the request is the client secret value, not the client secret "
            "ID.\\r\\nTrace ID: 7e1c7f3d-3e0a-4a7c-9f0b-9b1a2f1d0e00\\r\\nCorrelation ID: "
            "0d4d0f42-1ad4-4c9b-9f39-1b2f2a8f4e11\\r\\nTimestamp: 2026-11-20 "
            "10:00:00Z\",\"error_codes\":[7000215],\"timestamp\":\"2026-11-20 "
            "10:00:00Z\",\"trace_id\":\"7e1c7f3d-3e0a-4a7c-9f0b-9b1a2f1d0e00\",\"correlation_id\":\"0d4d0f42-1ad4-4c9b-"
            "9f39-1b2f2a8f4e11\",\"error_uri\":\"https://login.microsoftonline.com/error?code=7000215\"}";
        const ServiceError parsed = parseServiceError(body);
        QCOMPARE(parsed.code, u"invalid_client"_s);
        QVERIFY(parsed.message.startsWith(u"AADSTS7000215"_s));
        QCOMPARE(parsed.aadstsCodes, QList<int>{7000215});
    }

    void serverErrorsAndOthers()
    {
        QCOMPARE(mapHttpError(500, "oops", {}, {}).category, Error::Category::Service);
        QCOMPARE(mapHttpError(502, {}, {}, {}).category, Error::Category::Service);
        QCOMPARE(mapHttpError(503, {}, {}, {}).category, Error::Category::Throttled);
        QCOMPARE(mapHttpError(504, {}, {}, {}).category, Error::Category::Timeout);
        QCOMPARE(
            mapHttpError(404, "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"x\"}}", {}, {}).category,
            Error::Category::NotFound);
        QCOMPARE(mapHttpError(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Invalid page size\"}}", {}, {})
                     .category,
                 Error::Category::Service);
    }

    void notJsonBodyDoesNotBreakTheMapper()
    {
        const Error error = mapHttpError(503, "<html>Service Unavailable</html>", {}, {});
        QCOMPARE(error.category, Error::Category::Throttled);
        QCOMPARE(error.detail, u"HTTP 503"_s);
    }

    void networkErrors()
    {
        QCOMPARE(mapNetworkError(QNetworkReply::OperationCanceledError, {}, false, true).category,
                 Error::Category::Cancelled);
        QCOMPARE(mapNetworkError(QNetworkReply::OperationCanceledError, {}, true, false).category,
                 Error::Category::Timeout);
        QCOMPARE(mapNetworkError(QNetworkReply::RemoteHostClosedError, {}, false, false).category,
                 Error::Category::Network);
        const Error tls = mapNetworkError(QNetworkReply::SslHandshakeFailedError, u"unknown issuer"_s, false, false);
        QCOMPARE(tls.category, Error::Category::Network);
        QVERIFY(tls.message.contains(u"certificate"_s));
        QVERIFY(isTransportError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(isTransportError(QNetworkReply::ProxyConnectionRefusedError));
        QVERIFY(!isTransportError(QNetworkReply::ContentAccessDenied));
        QVERIFY(!isTransportError(QNetworkReply::InternalServerError));
    }
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "TestHttpErrors.moc"
