#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace smtpaudit {

// RFC 3463 enhanced status code ("5.7.139"): class.subject.detail.
struct EnhancedStatusCode
{
    int statusClass = 0; // 2, 4 or 5
    int subject = 0;     // 0..999
    int detail = 0;      // 0..999

    QString toString() const;
    bool operator==(const EnhancedStatusCode&) const = default;
    // "5.7.139" -> the code; anything else -> nullopt.
    static std::optional<EnhancedStatusCode> fromString(QStringView text);
};

// One complete server reply, possibly spanning several lines ("250-...", "250 ...").
struct SmtpReply
{
    int code = 0;                               // 200..599
    std::optional<EnhancedStatusCode> enhanced; // from the first line, when present
    QList<QByteArray> lines;                    // text of every line after "NNN-"/"NNN ", enhanced code removed
    QList<QByteArray> rawLines;                 // every line as received, without CRLF

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransientFailure() const { return code >= 400 && code < 500; }
    bool isPermanentFailure() const { return code >= 500; }
    // All lines' text joined with a space: what a person reads.
    QString text() const;
    // "535 5.7.3 Authentication unsuccessful": code, enhanced code and joined text.
    QString summary() const;
};

// Result of trying to read one reply from the front of a buffer.
struct ReplyParse
{
    enum class Status
    {
        Incomplete, // need more bytes
        Complete,   // `reply` holds a reply; `consumed` bytes belong to it
        Malformed,  // `error` says why; the connection cannot be trusted any more
    };
    Status status = Status::Incomplete;
    SmtpReply reply;
    qsizetype consumed = 0;
    QString error; // diagnostic (not translated)
};

// Limits that keep a hostile server from making the client buffer without bound. RFC 5321 4.5.3.1.5 sets
// 512 octets per reply line; real servers exceed it a little, so we allow more but not unbounded.
inline constexpr qsizetype kMaxReplyLineLength = 4096;
inline constexpr int kMaxReplyLines = 256;

// Pure function: parses one reply (RFC 5321 4.2) from the start of `buffer`. Lines end in CRLF; a bare LF
// is tolerated as a line end (several servers send it), a bare CR inside a line is not. Each line must start
// with the same three-digit code; "NNN-" continues, "NNN " or "NNN" alone ends the reply. This is the
// libFuzzer target: it must never crash, loop or allocate without bound on any input.
ReplyParse parseReply(QByteArrayView buffer);

// What an EHLO reply advertises (RFC 5321 4.1.1.1; keywords are case-insensitive).
struct SmtpCapabilities
{
    QString greetingDomain;     // first word of the first line
    QStringList keywords;       // upper-cased keyword of each further line ("STARTTLS", "AUTH", "SIZE", ...)
    QStringList authMechanisms; // upper-cased, from "AUTH ..." (and the pre-standard "AUTH=...")
    qint64 maxSize = -1;        // SIZE parameter, -1 when absent or unparseable

    bool has(QStringView keyword) const;
    bool startTls() const { return has(u"STARTTLS"); }
    bool supportsAuth(QStringView mechanism) const;
};

SmtpCapabilities parseCapabilities(const SmtpReply& ehloReply);

} // namespace smtpaudit
