#include "http/HttpErrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

// lupdate files HttpErrorsText::tr() under the class that declares it; a free HttpErrorsText::tr() in a namespace would
// be extracted under the namespace's name and never found at run time.
struct HttpErrorsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpErrors)
};

} // namespace

QString ServiceError::summary() const
{
    QString text = code;
    if (!message.isEmpty())
        text += (text.isEmpty() ? QString() : u": "_s) + message;
    if (!exceptionType.isEmpty())
        text += u" ["_s + exceptionType + u']';
    return text;
}

ServiceError parseServiceError(const QByteArray& body, const QByteArray& exceptionTypeHeader)
{
    ServiceError parsed;
    parsed.exceptionType = QString::fromUtf8(exceptionTypeHeader);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return parsed;
    const QJsonObject root = document.object();
    const QJsonValue error = root.value(u"error"_s);
    if (error.isString()) { // identity platform (OAuth 2.0 error response)
        parsed.code = error.toString();
        parsed.message = root.value(u"error_description"_s).toString();
        const QJsonArray codes = root.value(u"error_codes"_s).toArray();
        for (const QJsonValue& code : codes)
            parsed.aadstsCodes << code.toInt();
        return parsed;
    }
    const QJsonObject object = error.toObject();
    parsed.code = object.value(u"code"_s).toString();
    parsed.message = object.value(u"message"_s).toString();
    // Exchange puts the useful text in details[0] and sometimes only in the inner exception.
    const QJsonArray details = object.value(u"details"_s).toArray();
    if (!details.isEmpty()) {
        const QJsonObject first = details.first().toObject();
        const QString detailMessage = first.value(u"message"_s).toString();
        if (!detailMessage.isEmpty())
            parsed.message = detailMessage;
        if (parsed.code.isEmpty())
            parsed.code = first.value(u"code"_s).toString();
        parsed.target = first.value(u"target"_s).toString();
    }
    if (parsed.message.isEmpty()) {
        const QJsonObject inner = object.value(u"innererror"_s).toObject();
        parsed.message = inner.value(u"internalException"_s).toObject().value(u"message"_s).toString();
        if (parsed.message.isEmpty())
            parsed.message = inner.value(u"message"_s).toString();
    }
    return parsed;
}

bool isPremiumLicenceError(const ServiceError& error)
{
    // Graph: code Authentication_RequestFromNonPremiumTenantOrB2CTenant, message "Neither tenant is B2C or
    // tenant doesn't have premium license" (reference section 3; seen in microsoftgraph docs issues #3808).
    return error.code.compare(u"Authentication_RequestFromNonPremiumTenantOrB2CTenant"_s, Qt::CaseInsensitive) == 0 ||
           error.message.contains(u"premium license"_s, Qt::CaseInsensitive);
}

Error mapHttpError(int httpStatus, const QByteArray& body, const QByteArray& exceptionTypeHeader,
                   const QString& permissionHint)
{
    const ServiceError service = parseServiceError(body, exceptionTypeHeader);
    QString detail = u"HTTP %1"_s.arg(httpStatus);
    if (!service.isEmpty())
        detail += u" "_s + service.summary();
    Error error;
    error.httpStatus = httpStatus;
    error.detail = detail;

    if (isPremiumLicenceError(service)) {
        error.category = Error::Category::LicenceMissing;
        error.subject = u"Microsoft Entra ID P1"_s;
        error.message =
            HttpErrorsText::tr("The tenant has no Microsoft Entra ID P1 or P2 licence, which this data requires.");
        return error;
    }
    if (httpStatus == 401) {
        error.category = Error::Category::Authentication;
        error.message = HttpErrorsText::tr("The service did not accept the access token. Sign in again.");
        return error;
    }
    if (httpStatus == 403) {
        error.category = Error::Category::PermissionMissing;
        error.subject = permissionHint;
        error.message =
            permissionHint.isEmpty()
                ? HttpErrorsText::tr("Access denied: the app or the signed-in user lacks a permission or role.")
                : HttpErrorsText::tr("Access denied: the permission %1 is missing or has no admin consent.")
                      .arg(permissionHint);
        return error;
    }
    if (httpStatus == 404) {
        error.category = Error::Category::NotFound;
        error.message = HttpErrorsText::tr("The requested object or endpoint does not exist.");
        return error;
    }
    // 429, and Exchange's "maximum number of concurrent requests" (it varies the status it sends with it).
    if (httpStatus == 429 ||
        service.message.contains(u"maximum number of concurrent requests"_s, Qt::CaseInsensitive) ||
        (httpStatus == 503 && !service.code.isEmpty() && service.code.contains(u"Throttl"_s, Qt::CaseInsensitive))) {
        error.category = Error::Category::Throttled;
        error.message = HttpErrorsText::tr("The service kept throttling the requests; try again later.");
        return error;
    }
    if (httpStatus == 503) {
        error.category = Error::Category::Throttled;
        error.message = HttpErrorsText::tr("The service was unavailable or busy and stayed so after several retries.");
        return error;
    }
    if (httpStatus == 504) {
        error.category = Error::Category::Timeout;
        error.message = HttpErrorsText::tr("The service's gateway timed out, also on retry.");
        return error;
    }
    error.category = Error::Category::Service;
    error.message = httpStatus >= 500 ? HttpErrorsText::tr("The service reported an internal error.")
                                      : HttpErrorsText::tr("The service rejected the request.");
    return error;
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code >= 1 && code <= 199) || error == QNetworkReply::ProtocolFailure;
}

Error mapNetworkError(QNetworkReply::NetworkError error, const QString& errorString, bool timedOut, bool cancelled)
{
    if (cancelled)
        return Error::make(Error::Category::Cancelled, HttpErrorsText::tr("Cancelled."));
    if (timedOut || error == QNetworkReply::TimeoutError)
        return Error::make(Error::Category::Timeout,
                           HttpErrorsText::tr("The request did not complete before its deadline."), errorString);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(
            Error::Category::Network,
            HttpErrorsText::tr("The TLS connection failed: the server's certificate could not be verified."),
            errorString);
    case QNetworkReply::HostNotFoundError:
        return Error::make(Error::Category::Network, HttpErrorsText::tr("The server's name could not be resolved."),
                           errorString);
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(Error::Category::Network, HttpErrorsText::tr("The server refused the connection."),
                           errorString);
    case QNetworkReply::RemoteHostClosedError:
        return Error::make(Error::Category::Network,
                           HttpErrorsText::tr("The server closed the connection before the reply was complete."),
                           errorString);
    default:
        return Error::make(Error::Category::Network, HttpErrorsText::tr("A network error interrupted the request."),
                           errorString);
    }
}

} // namespace smtpaudit
