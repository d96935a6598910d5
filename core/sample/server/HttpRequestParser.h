#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace smtpaudit::sample {

// One HTTP/1.1 request as it arrived on the wire (RFC 9112), before routing.
struct RawHttpRequest
{
    QByteArray method;
    QByteArray target;                            // origin-form: "/v1.0/users?$top=5"
    QByteArray version;                           // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(const QByteArray& lowerCaseName) const;
};

struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;
    qsizetype maxBodyBytes = 16 * 1024 * 1024;
};

// Incremental request parser: feed it bytes as they arrive; it frames requests by Content-Length only.
// Chunked uploads are refused with 411 (the server does not need them and Microsoft's clients send
// Content-Length), oversized heads with 431, oversized bodies with 413, anything malformed with 400.
class HttpRequestParser
{
public:
    using Limits = HttpLimits;

    enum class State
    {
        NeedMore,
        Complete, // takeRequest() returns it
        Failed,   // errorStatus()/errorMessage() say why; the connection must close after answering
    };

    explicit HttpRequestParser(Limits limits = {})
        : m_limits(limits)
    {}

    // Consumes bytes from the front of `buffer` (leaves pipelined bytes of the next request there).
    State parse(QByteArray& buffer);
    RawHttpRequest takeRequest();

    // True once the head of the current request is complete and it announced "Expect: 100-continue".
    bool expectsContinue() const { return m_headComplete && m_expectContinue; }

    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, const char* message);
    State parseHead(const QByteArray& head);

    Limits m_limits;
    RawHttpRequest m_request;
    bool m_headComplete = false;
    bool m_expectContinue = false;
    qsizetype m_bodyLength = 0;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

// The query of a request target with every key and value percent-decoded and re-encoded canonically, so that
// queryItemValue("$select") finds "%24select" too and QUrl::FullyDecoded yields the exact value ('+' stays a
// plus: in URLs, unlike form bodies, it is not a space).
QUrlQuery decodedQuery(const QByteArray& rawQuery);

} // namespace smtpaudit::sample
