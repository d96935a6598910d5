#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace smtpaudit {

struct TranscriptEntry
{
    enum class Kind
    {
        Client,  // a command line we sent ("C:")
        Server,  // a reply line we received ("S:")
        Tls,     // handshake results, certificate chain ("TLS:")
        Info,    // what the session is doing ("--")
        Warning, // something the user must notice, e.g. plaintext on loopback ("!!")
    };

    QDateTime timestamp; // UTC
    Kind kind = Kind::Info;
    QString text;

    static QString prefix(Kind kind);
    // "2026-11-26T10:00:00.123Z C: EHLO host"
    QString toLine() const;
};

// Remembers the secrets of one session and replaces every occurrence of them (raw or in any registered
// encoded form) in text before it is recorded or shown. It is the second line of defence: the session never
// hands credential-bearing lines to the transcript in the first place.
class CredentialRedactor
{
public:
    // Secrets shorter than kMinimumLength are not scrubbed by value (replacing every "ab" would destroy the
    // transcript); the session still never records them.
    static constexpr qsizetype kMinimumLength = 4;
    static inline const QString kMarker = QStringLiteral("[redacted]");

    void addSecret(const QByteArray& secret);
    QString redact(QString text) const;
    void clear();
    bool isEmpty() const { return m_secrets.isEmpty(); }

private:
    QList<QString> m_secrets;
};

// The session's record, already free of credentials: what the screen shows and what is saved.
class SmtpTranscript
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTranscript)

public:
    // Appends one entry. Client lines that still look like an AUTH command with a payload are redacted by
    // pattern too ("AUTH PLAIN xyz" -> "AUTH PLAIN [redacted]"), whatever the caller passed.
    const TranscriptEntry& append(TranscriptEntry::Kind kind, const QString& text,
                                  const QDateTime& when = QDateTime::currentDateTimeUtc());
    const QList<TranscriptEntry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    void clear() { m_entries.clear(); }

    QString toText() const;
    // Writes toText() atomically (QSaveFile), readable by the owner only.
    Status saveTo(const QString& path) const;

    static QString redactAuthCommand(const QString& clientLine);

private:
    QList<TranscriptEntry> m_entries;
};

} // namespace smtpaudit
