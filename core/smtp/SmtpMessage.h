#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace smtpaudit {

// The test message a person asks to send. Plain text only: this is a probe, not a mail client.
struct OutgoingMessage
{
    enum class BodyEncoding
    {
        QuotedPrintable,
        Base64,
    };

    QString from;    // envelope sender and From: header
    QStringList to;  // envelope recipients and To: header
    QString subject; // any Unicode; encoded as RFC 2047 when needed
    QString body;    // any Unicode; line ends are normalised to CRLF
    BodyEncoding encoding = BodyEncoding::QuotedPrintable;
};

// Composes RFC 5322 messages and encodes their parts. Every function is pure except for the clock and the
// Message-ID's random part, both injectable for tests.
class MessageComposer
{
    Q_DECLARE_TR_FUNCTIONS(MessageComposer)

public:
    using Clock = std::function<QDateTime()>;
    using IdSource = std::function<QString()>;

    explicit MessageComposer(Clock clock = {}, IdSource idSource = {});

    // Rejects what must never reach the wire: CR, LF or NUL in any field (header injection), addresses that
    // are not a plain ASCII local@domain, an empty recipient list. Runs before any connection is opened.
    static Status validate(const OutgoingMessage& message);
    // Rejects CR, LF and NUL (and, for addresses, every other control character). `field` names the field
    // in the error message.
    static Status validateHeaderValue(const QString& field, const QString& value);
    static Status validateAddress(const QString& field, const QString& address);

    // The complete message with CRLF line ends, ready for dot-stuffing. Call validate() first.
    QByteArray compose(const OutgoingMessage& message) const;

    // "Thu, 26 Nov 2026 10:00:00 +0100" (RFC 5322 3.3).
    static QByteArray formatDate(const QDateTime& when);
    // RFC 2047 "B" encoded-words for a header value; printable ASCII without "=?" stays as it is. Words are at
    // most 75 characters and never split a UTF-8 sequence; they are joined by CRLF SP (folding).
    static QByteArray encodeHeaderText(const QString& text);
    // RFC 2045 6.7 quoted-printable of `data` whose lines end in CRLF: lines of at most 76 characters, soft
    // breaks as "=", trailing whitespace encoded. A leading "." is left alone (dot-stuffing handles it).
    static QByteArray encodeQuotedPrintable(const QByteArray& data);
    // Base64 in lines of 76 characters, each ending in CRLF.
    static QByteArray encodeBase64Lines(const QByteArray& data);
    // Normalises CR, LF and CRLF to CRLF.
    static QByteArray toCrlf(const QByteArray& text);
    // RFC 5321 4.5.2: a "." is added to every line that starts with "."; the result ends in CRLF. The caller
    // sends ".\r\n" after it.
    static QByteArray dotStuff(const QByteArray& crlfText);

private:
    Clock m_clock;
    IdSource m_idSource;
};

} // namespace smtpaudit
