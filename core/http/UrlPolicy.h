#pragma once

#include "util/Result.h"

#include <QString>
#include <QUrl>

namespace smtpaudit {

// Where smtpaudit may send a request. HTTPS everywhere; plain http:// only to this machine (the sample
// tenant, a test server), because a bearer token or client secret on a cleartext link to another host
// is a leaked credential.
namespace UrlPolicy {

// 127.0.0.0/8, ::1 and "localhost" (case-insensitive). Names that merely resolve to loopback elsewhere
// (e.g. "localhost.example.com") are not loopback.
bool isLoopbackHost(const QString& host);

// Ok for an absolute https:// URL with a host, or an http:// URL whose host is loopback. The error
// (InvalidInput) names `what` ("Graph base URL", ...) so the user knows which option to fix.
Status checkServiceUrl(const QUrl& url, const QString& what);

// Same scheme, host and port: the only places a bearer token may follow (nextLink, redirects).
bool sameOrigin(const QUrl& a, const QUrl& b);

} // namespace UrlPolicy
} // namespace smtpaudit
