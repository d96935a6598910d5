#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <any>
#include <chrono>
#include <functional>

namespace smtpaudit::rawjson {
class Reader;
}

namespace smtpaudit {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One logical request: the ApiClient may send it several times (retries, redirects).
struct ApiRequest
{
    enum class Redirects
    {
        FollowSafe, // follow up to 5 hops; never from https to http; drop the token when the origin changes
        Refuse,     // a 3xx is an error (token requests: a redirected secret is a leaked secret)
        Return,     // hand the 3xx to the caller (Exchange regional host discovery reads Location)
    };

    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // When set, the client asks its token source for a bearer token for this scope before each attempt.
    QString tokenScope;
    // Safe to send again after a reset, a timeout or a malformed body (GET; Exchange Get-* InvokeCommand).
    bool idempotent = true;
    // The body of a 2xx must be a JSON object (an empty 204 counts as {}); otherwise MalformedResponse.
    bool expectJson = true;
    Redirects redirects = Redirects::FollowSafe;
    // Hand statuses >= 400 back as an ApiResponse (after 429/503/504 retries) instead of mapping them to an
    // Error: the OAuth token endpoint's 400s carry the protocol (authorization_pending, invalid_grant).
    bool deliverHttpErrors = false;
    std::chrono::milliseconds transferTimeout{30000}; // no bytes moving for this long: Timeout
    std::chrono::milliseconds attemptTimeout{120000}; // one attempt, first byte to last
    std::chrono::milliseconds deadline{600000};       // all attempts and waits, from the first dispatch
    QString permissionHint;                           // named by PermissionMissing errors (see HttpErrors.h)
    QString label;                                    // short description for logs, e.g. "users page"
    // The next step of a chain that is already running (a nextLink page): queued ahead of requests that
    // start something new, so a long serial chain is not held up behind hundreds of independent requests.
    bool continuation = false;
    // Optional, for JSON replies: turns the parsed object into what the caller needs (typed records) on a
    // pool thread, so the client's thread only merges the result; it arrives as ApiResponse::decoded. It
    // may take what it used out of the object (the rest stays in ApiResponse::json). Runs once per 2xx
    // JSON object, possibly on another thread than the caller's: it must only use what it captured by
    // value. What a decoder finds wrong is part of its result; the caller decides (as it would have).
    using Decoder = std::function<std::any(QJsonObject& json)>;
    Decoder decode;
    // Instead of `decode`, for OData pages: the body is read straight from its bytes (util/JsonReader.h), not
    // through a QJsonDocument tree, which cost more than the typed reading itself for big pages. Called with
    // the reader at the top-level "value" member's value, which it must consume whatever its type; the other
    // top-level members (the nextLink) are in ApiResponse::json. The same thread rules as `decode`; a body
    // that is not valid JSON is the same MalformedResponse.
    using ValueDecoder = std::function<std::any(rawjson::Reader& value)>;
    ValueDecoder decodeValue;

    QByteArray header(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value);

    static ApiRequest get(const QUrl& url);
    static ApiRequest postJson(const QUrl& url, const QJsonObject& body);
    static ApiRequest postJson(const QUrl& url, QByteArray compactJson); // already serialised
    static ApiRequest postForm(const QUrl& url, const QByteArray& formBody);
};

struct ApiResponse
{
    int status = 0;
    HeaderList headers; // as received
    QByteArray body;
    QJsonObject json; // parsed body when the request had expectJson
    QUrl url;         // the URL that answered (after redirects)
    int attempts = 0;
    std::any decoded; // what ApiRequest::decode returned

    QByteArray header(const QByteArray& name) const; // case-insensitive
};

using ApiResult = Result<ApiResponse>;

// Headers safe to log: credentials replaced by "<redacted>".
HeaderList redactedHeaders(const HeaderList& headers);
bool isCredentialHeader(const QByteArray& name);

} // namespace smtpaudit
