#include "smtp/SmtpMessage.h"

#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

constexpr qsizetype kMaxAddressLength = 254;     // RFC 5321 4.5.3.1.3 path limit minus the brackets
constexpr qsizetype kMaxEncodedWordPayload = 45; // 45 bytes -> 60 base64 chars -> "=?UTF-8?B?" + 60 + "?=" = 72
constexpr qsizetype kMaxQpLine = 76;

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

Error invalid(const QString& message)
{
    return Error::make(Error::Category::InvalidInput, message);
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? u"localhost"_s : address.mid(at + 1);
}

} // namespace

MessageComposer::MessageComposer(Clock clock, IdSource idSource)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
    , m_idSource(idSource ? std::move(idSource)
                          : IdSource([] { return QUuid::createUuid().toString(QUuid::WithoutBraces); }))
{}

Status MessageComposer::validateHeaderValue(const QString& field, const QString& value)
{
    for (const QChar c : value) {
        if (c == u'\r' || c == u'\n' || c == QChar(0))
            return invalid(tr("The %1 contains a line break or a NUL character; that could inject headers or "
                              "commands, so nothing was sent.")
                               .arg(field));
    }
    return Success{};
}

Status MessageComposer::validateAddress(const QString& field, const QString& address)
{
    if (const Status header = validateHeaderValue(field, address); !header)
        return header;
    if (address.isEmpty())
        return invalid(tr("The %1 address is empty.").arg(field));
    if (address.size() > kMaxAddressLength)
        return invalid(tr("The %1 address is longer than %2 characters.").arg(field).arg(kMaxAddressLength));
    for (const QChar c : address) {
        if (c.unicode() > 0x7E)
            return invalid(tr("The %1 address \"%2\" contains non-ASCII characters; internationalised addresses "
                              "(SMTPUTF8) are not supported by the test send.")
                               .arg(field, address));
        if (c.unicode() <= 0x20 || c == u'<' || c == u'>' || c == u'(' || c == u')' || c == u',' || c == u';' ||
            c == u'"' || c == u'\\')
            return invalid(tr("The %1 address \"%2\" contains a space, a control character or one of <>(),;\"\\; "
                              "enter a plain address like name@example.com.")
                               .arg(field, address));
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at == address.size() - 1 || address.indexOf(u'@') != at)
        return invalid(tr("The %1 address \"%2\" is not of the form name@domain.").arg(field, address));
    return Success{};
}

Status MessageComposer::validate(const OutgoingMessage& message)
{
    if (const Status from = validateAddress(tr("sender"), message.from); !from)
        return from;
    if (message.to.isEmpty())
        return invalid(tr("At least one recipient is needed."));
    for (const QString& to : message.to) {
        if (const Status rcpt = validateAddress(tr("recipient"), to); !rcpt)
            return rcpt;
    }
    if (const Status subject = validateHeaderValue(tr("subject"), message.subject); !subject)
        return subject;
    // The body may contain line breaks (they become CRLF), but a NUL byte has no place in a text/plain part.
    if (message.body.contains(QChar(0)))
        return invalid(tr("The message body contains a NUL character."));
    return Success{};
}

QByteArray MessageComposer::formatDate(const QDateTime& when)
{
    const QLocale c = QLocale::c();
    const int offsetSeconds = when.offsetFromUtc();
    const int offsetMinutes = std::abs(offsetSeconds) / 60;
    const QString zone =
        QString(offsetSeconds < 0 ? u'-' : u'+') +
        u"%1%2"_s.arg(offsetMinutes / 60, 2, 10, QLatin1Char('0')).arg(offsetMinutes % 60, 2, 10, QLatin1Char('0'));
    return (c.toString(when, u"ddd, d MMM yyyy hh:mm:ss"_s) + u' ' + zone).toLatin1();
}

QByteArray MessageComposer::encodeHeaderText(const QString& text)
{
    bool plain = !text.contains(u"=?"_s) && text.size() <= 70;
    for (const QChar c : text)
        plain = plain && c.unicode() >= 0x20 && c.unicode() <= 0x7E;
    if (plain)
        return text.toLatin1();

    const QByteArray utf8 = text.toUtf8();
    QList<QByteArray> words;
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        qsizetype length = std::min(kMaxEncodedWordPayload, utf8.size() - pos);
        // Never end a word inside a multi-byte sequence (RFC 2047 section 5: each word must be self-contained).
        while (pos + length < utf8.size() && length > 0 && isUtf8Continuation(utf8[pos + length]))
            --length;
        if (length == 0) // a malformed run of continuation bytes; QString::toUtf8 never produces one
            length = std::min(kMaxEncodedWordPayload, utf8.size() - pos);
        words << "=?UTF-8?B?"_ba + utf8.mid(pos, length).toBase64() + "?="_ba;
        pos += length;
    }
    return words.join("\r\n "_ba);
}

QByteArray MessageComposer::toCrlf(const QByteArray& text)
{
    QByteArray result;
    result.reserve(text.size() + text.size() / 32 + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            result += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            result += "\r\n";
        } else {
            result += c;
        }
    }
    return result;
}

QByteArray MessageComposer::encodeQuotedPrintable(const QByteArray& data)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray result;
    result.reserve(data.size() * 3 / 2 + 16);
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QByteArray line = lines.at(n);
        const bool hadLineEnd = n + 1 < lines.size();
        if (line.endsWith('\r'))
            line.chop(1);
        if (!hadLineEnd && line.isEmpty())
            break;
        QByteArray out; // the current output line
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto byte = static_cast<unsigned char>(line[i]);
            const bool lastInLine = i + 1 == line.size();
            QByteArray token;
            if ((byte >= 33 && byte <= 126 && byte != '=') || ((byte == ' ' || byte == '\t') && !lastInLine))
                token = QByteArray(1, char(byte));
            else {
                token = QByteArray(3, '=');
                token[1] = hex[byte >> 4];
                token[2] = hex[byte & 0x0F];
            }
            // Leave room for the soft line break "=" so no output line exceeds 76 characters.
            if (out.size() + token.size() > kMaxQpLine - 1) {
                result += out + "=\r\n";
                out.clear();
            }
            out += token;
        }
        result += out;
        if (hadLineEnd)
            result += "\r\n";
    }
    return result;
}

QByteArray MessageComposer::encodeBase64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray result;
    for (qsizetype pos = 0; pos < encoded.size(); pos += 76)
        result += encoded.mid(pos, 76) + "\r\n";
    return result;
}

QByteArray MessageComposer::dotStuff(const QByteArray& crlfText)
{
    QByteArray result;
    result.reserve(crlfText.size() + 64);
    bool atLineStart = true;
    for (const char c : crlfText) {
        if (atLineStart && c == '.')
            result += '.';
        result += c;
        atLineStart = c == '\n';
    }
    if (!result.isEmpty() && !result.endsWith("\r\n"))
        result += "\r\n";
    return result;
}

QByteArray MessageComposer::compose(const OutgoingMessage& message) const
{
    QByteArray headers;
    headers += "Date: " + formatDate(m_clock()) + "\r\n";
    headers += "From: " + message.from.toLatin1() + "\r\n";
    headers += "To: " + message.to.join(u", "_s).toLatin1() + "\r\n";
    headers += "Subject: " + encodeHeaderText(message.subject) + "\r\n";
    headers += "Message-ID: <" + m_idSource().toLatin1() + '@' + domainOf(message.from).toLatin1() + ">\r\n";
    headers += "MIME-Version: 1.0\r\n";
    headers += "Content-Type: text/plain; charset=UTF-8\r\n";
    headers += "X-Mailer: smtpaudit " SMTPAUDIT_VERSION "\r\n";

    QByteArray body = toCrlf(message.body.toUtf8());
    if (!body.endsWith("\r\n"))
        body += "\r\n";
    if (message.encoding == OutgoingMessage::BodyEncoding::Base64) {
        headers += "Content-Transfer-Encoding: base64\r\n";
        body = encodeBase64Lines(body);
    } else {
        headers += "Content-Transfer-Encoding: quoted-printable\r\n";
        body = encodeQuotedPrintable(body);
    }
    return headers + "\r\n" + body;
}

} // namespace smtpaudit
