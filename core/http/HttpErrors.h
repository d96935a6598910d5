#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace smtpaudit {

// The error a Microsoft service put into a response body. Three shapes exist:
//  Graph:              {"error":{"code":"Authorization_RequestDenied","message":"...","innerError":{...}}}
//  Exchange admin API: {"error":{"code":"...","message":"...","details":[{"code","target","message"}],
//                       "innererror":{"internalException":{"message":"..."}}}} plus header X-ExceptionType
//  identity platform:  {"error":"invalid_client","error_description":"AADSTS7000215: ...","error_codes":[...]}
struct ServiceError
{
    QString code;           // "Authorization_RequestDenied", "invalid_grant", ...
    QString message;        // the service's own text (English, from Microsoft)
    QString target;         // Exchange: the parameter or object the error is about
    QString exceptionType;  // Exchange: X-ExceptionType header
    QList<int> aadstsCodes; // identity platform: error_codes[]

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }
    QString summary() const; // "code: message" for Error::detail
};

ServiceError parseServiceError(const QByteArray& body, const QByteArray& exceptionTypeHeader = {});

// An HTTP error status (>= 400) from Graph or the Exchange admin API to an Error the user can act on.
// `permissionHint` names the permission the request needs ("AuditLog.Read.All"); it becomes the
// subject of a PermissionMissing error, because Graph's 403 body does not say which one is missing.
Error mapHttpError(int httpStatus, const QByteArray& body, const QByteArray& exceptionTypeHeader,
                   const QString& permissionHint);

// A transport failure (no usable HTTP response) to an Error. `timedOut` tells a deadline abort from a
// user's cancel, which both surface as OperationCanceledError in Qt.
Error mapNetworkError(QNetworkReply::NetworkError error, const QString& errorString, bool timedOut, bool cancelled);

// True for the transport-level failures (connection refused/reset, DNS, TLS, timeouts, proxy) as
// opposed to HTTP statuses Qt also reports as QNetworkReply errors.
bool isTransportError(QNetworkReply::NetworkError error);

// The licence text Microsoft returns when the tenant lacks Entra ID P1/P2 for sign-in logs and reports.
bool isPremiumLicenceError(const ServiceError& error);

} // namespace smtpaudit
