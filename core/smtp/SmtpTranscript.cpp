#include "smtp/SmtpTranscript.h"

#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace smtpaudit {

QString TranscriptEntry::prefix(Kind kind)
{
    switch (kind) {
    case Kind::Client:
        return u"C:"_s;
    case Kind::Server:
        return u"S:"_s;
    case Kind::Tls:
        return u"TLS:"_s;
    case Kind::Info:
        return u"--"_s;
    case Kind::Warning:
        return u"!!"_s;
    }
    return u"--"_s;
}

QString TranscriptEntry::toLine() const
{
    return timestamp.toUTC().toString(Qt::ISODateWithMs) + u' ' + prefix(kind) + u' ' + text;
}

void CredentialRedactor::addSecret(const QByteArray& secret)
{
    if (secret.size() < kMinimumLength)
        return;
    const QString text = QString::fromUtf8(secret);
    if (!m_secrets.contains(text))
        m_secrets << text;
    // Longest first, so a secret that contains another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString CredentialRedactor::redact(QString text) const
{
    for (const QString& secret : m_secrets)
        text.replace(secret, kMarker);
    return text;
}

void CredentialRedactor::clear()
{
    m_secrets.clear();
}

QString SmtpTranscript::redactAuthCommand(const QString& clientLine)
{
    // "AUTH <mechanism> <initial response>": everything after the mechanism is a credential. Lines the session
    // already redacted ("[... redacted]") are left as they are.
    static const QRegularExpression authWithPayload(u"^(\\s*AUTH\\s+\\S+)\\s+(?!\\[)(\\S.*)$"_s,
                                                    QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = authWithPayload.match(clientLine);
    if (!match.hasMatch())
        return clientLine;
    return match.captured(1) + u' ' + CredentialRedactor::kMarker;
}

const TranscriptEntry& SmtpTranscript::append(TranscriptEntry::Kind kind, const QString& text, const QDateTime& when)
{
    TranscriptEntry entry;
    entry.timestamp = when.toUTC();
    entry.kind = kind;
    entry.text = kind == TranscriptEntry::Kind::Client ? redactAuthCommand(text) : text;
    m_entries.append(std::move(entry));
    return m_entries.constLast();
}

QString SmtpTranscript::toText() const
{
    QString text;
    for (const TranscriptEntry& entry : m_entries)
        text += entry.toLine() + u'\n';
    return text;
}

Status SmtpTranscript::saveTo(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error::make(Error::Category::Io, tr("Could not write the transcript to %1.").arg(path),
                           file.errorString(), path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toText().toUtf8());
    if (!file.commit())
        return Error::make(Error::Category::Io, tr("Could not write the transcript to %1.").arg(path),
                           file.errorString(), path);
    return Success{};
}

} // namespace smtpaudit
