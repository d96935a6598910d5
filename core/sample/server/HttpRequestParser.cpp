#include "sample/server/HttpRequestParser.h"

#include <QUrl>

namespace smtpaudit::sample {

namespace {

// RFC 9110 5.6.2: token characters, for methods and field names.
bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alphanumeric = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alphanumeric && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool hasToken(const QByteArray& commaList, const QByteArray& token)
{
    for (const QByteArray& item : commaList.split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QByteArray RawHttpRequest::header(const QByteArray& lowerCaseName) const
{
    for (const auto& [name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char* message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::parse(QByteArray& buffer)
{
    if (m_errorStatus != 0)
        return State::Failed;
    if (!m_headComplete) {
        // RFC 9112 2.2: ignore empty lines before a request line (left over from a previous body's CRLF).
        while (buffer.startsWith("\r\n"))
            buffer.remove(0, 2);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, "The request head is larger than the server accepts.");
            return State::NeedMore;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(431, "The request head is larger than the server accepts.");
        const QByteArray head = buffer.left(end + 2); // every line with its CRLF
        buffer.remove(0, end + 4);
        if (const State state = parseHead(head); state == State::Failed)
            return state;
        m_headComplete = true;
    }
    if (buffer.size() < m_bodyLength)
        return State::NeedMore;
    m_request.body = buffer.left(m_bodyLength);
    buffer.remove(0, m_bodyLength);
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::parseHead(const QByteArray& head)
{
    m_request = {};
    m_bodyLength = 0;
    m_expectContinue = false;
    QList<QByteArray> lines = head.split('\n');
    lines.removeLast(); // empty: what followed the last line's LF
    QList<QByteArray> requestLine = lines.constFirst().chopped(lines.constFirst().endsWith('\r') ? 1 : 0).split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/'))
        return fail(400, "The request line is malformed.");
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.version = requestLine.at(2);
    if (m_request.version != "HTTP/1.1" && m_request.version != "HTTP/1.0")
        return fail(505, "Only HTTP/1.1 and HTTP/1.0 are supported.");

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r'))
            return fail(400, "Header lines must end with CRLF.");
        line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Obsolete header line folding is not accepted.");
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon) : QByteArray();
        if (!isToken(name)) // also refuses whitespace before the colon (RFC 9112 5.1)
            return fail(400, "A header field is malformed.");
        m_request.headers.append(qMakePair(name.toLower(), line.mid(colon + 1).trimmed()));
    }

    if (m_request.version == "HTTP/1.1" && m_request.header("host").isEmpty())
        return fail(400, "HTTP/1.1 requests must carry a Host header.");
    if (!m_request.header("transfer-encoding").isEmpty())
        return fail(411,
                    "Chunked or otherwise transfer-encoded request bodies are not supported: send Content-Length.");

    QByteArray contentLength;
    for (const auto& [name, value] : m_request.headers) {
        if (name != "content-length")
            continue;
        if (!contentLength.isNull() && value != contentLength)
            return fail(400, "Conflicting Content-Length headers.");
        contentLength = value;
    }
    if (!contentLength.isNull()) {
        bool ok = false;
        const qlonglong length = contentLength.toLongLong(&ok);
        if (!ok || length < 0 ||
            !std::all_of(contentLength.cbegin(), contentLength.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail(400, "Content-Length is not a number.");
        if (length > m_limits.maxBodyBytes)
            return fail(413, "The request body is larger than the server accepts.");
        m_bodyLength = static_cast<qsizetype>(length);
    }

    const QByteArray connection = m_request.header("connection");
    m_request.keepAlive =
        m_request.version == "HTTP/1.1" ? !hasToken(connection, "close") : hasToken(connection, "keep-alive");
    m_expectContinue = m_bodyLength > 0 && m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    return State::NeedMore;
}

QUrlQuery decodedQuery(const QByteArray& rawQuery)
{
    // RFC 3986 sub-delimiters that OData query options use literally; '&', '=', '+', '#' and '%' stay encoded.
    static const QByteArray literal = "!$'()*,;:@/?";
    QByteArrayList items;
    for (const QByteArray& item : rawQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        QByteArray canonical =
            QUrl::toPercentEncoding(QUrl::fromPercentEncoding(equals < 0 ? item : item.left(equals)), literal);
        if (equals >= 0)
            canonical += '=' + QUrl::toPercentEncoding(QUrl::fromPercentEncoding(item.mid(equals + 1)), literal);
        items << canonical;
    }
    QUrlQuery query;
    query.setQuery(QString::fromLatin1(items.join('&')));
    return query;
}

RawHttpRequest HttpRequestParser::takeRequest()
{
    RawHttpRequest request = std::move(m_request);
    m_request = {};
    m_headComplete = false;
    m_expectContinue = false;
    m_bodyLength = 0;
    return request;
}

} // namespace smtpaudit::sample
