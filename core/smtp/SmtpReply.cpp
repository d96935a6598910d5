#include "smtp/SmtpReply.h"

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1..3 digits at `pos`; returns the number of digits read (0 = none or too many).
int readSubCode(QByteArrayView text, qsizetype pos, int& value)
{
    int digits = 0;
    value = 0;
    while (pos + digits < text.size() && isDigit(text[pos + digits])) {
        if (digits == 3)
            return 0;
        value = value * 10 + (text[pos + digits] - '0');
        ++digits;
    }
    return digits;
}

// RFC 3463: class "." subject "." detail, class 2/4/5, subject and detail 1..3 digits. Returns the code and
// the length it occupies at the start of `text` when it is followed by a space or the end of the text.
std::optional<std::pair<EnhancedStatusCode, qsizetype>> leadingEnhancedCode(QByteArrayView text)
{
    if (text.size() < 5 || (text[0] != '2' && text[0] != '4' && text[0] != '5') || text[1] != '.')
        return std::nullopt;
    EnhancedStatusCode code;
    code.statusClass = text[0] - '0';
    qsizetype pos = 2;
    const int subjectDigits = readSubCode(text, pos, code.subject);
    if (subjectDigits == 0)
        return std::nullopt;
    pos += subjectDigits;
    if (pos >= text.size() || text[pos] != '.')
        return std::nullopt;
    ++pos;
    const int detailDigits = readSubCode(text, pos, code.detail);
    if (detailDigits == 0)
        return std::nullopt;
    pos += detailDigits;
    if (pos < text.size() && text[pos] != ' ')
        return std::nullopt;
    return std::make_pair(code, pos);
}

ReplyParse malformed(QString why)
{
    ReplyParse result;
    result.status = ReplyParse::Status::Malformed;
    result.error = std::move(why);
    return result;
}

} // namespace

QString EnhancedStatusCode::toString() const
{
    return u"%1.%2.%3"_s.arg(statusClass).arg(subject).arg(detail);
}

std::optional<EnhancedStatusCode> EnhancedStatusCode::fromString(QStringView text)
{
    const QByteArray latin = text.toLatin1();
    const auto parsed = leadingEnhancedCode(latin);
    if (!parsed || parsed->second != latin.size())
        return std::nullopt;
    return parsed->first;
}

QString SmtpReply::text() const
{
    QStringList parts;
    for (const QByteArray& line : lines)
        parts << QString::fromUtf8(line).trimmed();
    parts.removeAll(QString());
    return parts.join(u' ');
}

QString SmtpReply::summary() const
{
    QString result = QString::number(code);
    if (enhanced)
        result += u' ' + enhanced->toString();
    const QString joined = text();
    if (!joined.isEmpty())
        result += u' ' + joined;
    return result;
}

ReplyParse parseReply(QByteArrayView buffer)
{
    ReplyParse result;
    SmtpReply& reply = result.reply;
    qsizetype pos = 0;
    int code = -1;
    for (;;) {
        if (reply.rawLines.size() >= kMaxReplyLines)
            return malformed(u"reply has more than %1 lines"_s.arg(kMaxReplyLines));
        const qsizetype lineEnd = buffer.indexOf('\n', pos);
        if (lineEnd < 0) {
            if (buffer.size() - pos > kMaxReplyLineLength)
                return malformed(u"reply line longer than %1 bytes"_s.arg(kMaxReplyLineLength));
            result.status = ReplyParse::Status::Incomplete;
            return result;
        }
        QByteArrayView line = buffer.sliced(pos, lineEnd - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > kMaxReplyLineLength)
            return malformed(u"reply line longer than %1 bytes"_s.arg(kMaxReplyLineLength));
        if (line.contains('\r') || line.contains('\0'))
            return malformed(u"reply line contains a bare CR or a NUL byte"_s);
        if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '2' ||
            line[0] > '5')
            return malformed(u"reply line does not start with a reply code 200..599"_s);
        const int lineCode = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
        if (code < 0)
            code = lineCode;
        else if (lineCode != code)
            return malformed(u"reply code changed from %1 to %2 within one reply"_s.arg(code).arg(lineCode));
        bool last = true;
        if (line.size() > 3) {
            if (line[3] == '-')
                last = false;
            else if (line[3] != ' ')
                return malformed(u"reply code not followed by a space or a hyphen"_s);
        }
        reply.rawLines.append(line.toByteArray());
        reply.lines.append(line.size() > 4 ? line.sliced(4).toByteArray() : QByteArray());
        pos = lineEnd + 1;
        if (last)
            break;
    }
    reply.code = code;

    // RFC 2034 section 4: the enhanced code's class must equal the reply's first digit. When the first line
    // carries one, continuation lines usually repeat it; strip it from each line that does.
    if (const auto first = leadingEnhancedCode(reply.lines.first()); first && first->first.statusClass == code / 100) {
        reply.enhanced = first->first;
        for (QByteArray& text : reply.lines) {
            if (const auto own = leadingEnhancedCode(text))
                text = text.mid(own->second + 1);
        }
    }
    result.status = ReplyParse::Status::Complete;
    result.consumed = pos;
    return result;
}

bool SmtpCapabilities::has(QStringView keyword) const
{
    return keywords.contains(keyword.toString().toUpper());
}

bool SmtpCapabilities::supportsAuth(QStringView mechanism) const
{
    return authMechanisms.contains(mechanism.toString().toUpper());
}

SmtpCapabilities parseCapabilities(const SmtpReply& ehloReply)
{
    SmtpCapabilities caps;
    for (qsizetype i = 0; i < ehloReply.lines.size(); ++i) {
        const QString line = QString::fromLatin1(ehloReply.lines.at(i)).trimmed();
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (i == 0) {
            caps.greetingDomain = words.first();
            continue;
        }
        QString keyword = words.first().toUpper();
        QStringList params = words.mid(1);
        // Pre-RFC 4954 servers announce "AUTH=LOGIN PLAIN".
        if (keyword.startsWith(u"AUTH="_s)) {
            params.prepend(keyword.mid(5));
            keyword = u"AUTH"_s;
        }
        if (!caps.keywords.contains(keyword))
            caps.keywords << keyword;
        if (keyword == u"AUTH"_s) {
            for (const QString& mechanism : std::as_const(params)) {
                const QString upper = mechanism.toUpper();
                if (!caps.authMechanisms.contains(upper))
                    caps.authMechanisms << upper;
            }
        } else if (keyword == u"SIZE"_s && !params.isEmpty()) {
            bool ok = false;
            const qint64 size = params.first().toLongLong(&ok);
            caps.maxSize = ok && size >= 0 ? size : -1;
        }
    }
    return caps;
}

} // namespace smtpaudit
