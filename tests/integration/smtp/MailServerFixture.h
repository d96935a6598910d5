#pragma once

// Starts the real Postfix + Dovecot SASL setup of tests/scripts/mailserver.sh in a temporary directory and
// stops it again. Shared by the SMTP integration, CLI and Test Send dialog tests. A failure to start is a test
// failure (never a skip): the script prints Postfix's and Dovecot's logs to explain it.

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace smtpaudit::test {

class MailServerFixture
{
public:
    MailServerFixture() = default;
    MailServerFixture(const MailServerFixture&) = delete;
    MailServerFixture& operator=(const MailServerFixture&) = delete;
    ~MailServerFixture() { stop(); }

    // Runs "mailserver.sh start"; on failure `error` holds the script's output.
    bool start(QString* error)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("bash"), {script(), QStringLiteral("start"), m_dir.path()});
        const bool finished = process.waitForFinished(120000);
        const QString output = QString::fromLocal8Bit(process.readAll());
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            if (error)
                *error = output;
            stop();
            return false;
        }
        m_started = true;
        QFile env(m_dir.filePath(QStringLiteral("env")));
        if (!env.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("mailserver.sh wrote no env file");
            return false;
        }
        for (const QByteArray& line : env.readAll().split('\n')) {
            const qsizetype equals = line.indexOf('=');
            if (equals > 0)
                m_values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
        return m_values.contains(QStringLiteral("SUBMISSION_PORT"));
    }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        QProcess process;
        process.start(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_dir.path()});
        process.waitForFinished(60000);
    }

    QString value(const QString& key) const { return m_values.value(key); }
    quint16 submissionPort() const { return quint16(value(QStringLiteral("SUBMISSION_PORT")).toUShort()); }
    quint16 implicitPort() const { return quint16(value(QStringLiteral("IMPLICIT_PORT")).toUShort()); }
    quint16 plainPort() const { return quint16(value(QStringLiteral("PLAIN_PORT")).toUShort()); }
    QString caFile() const { return value(QStringLiteral("CA_FILE")); }
    QString user() const { return value(QStringLiteral("USER")); }
    QByteArray password() const { return value(QStringLiteral("PASSWORD")).toUtf8(); }
    QString recipient() const { return value(QStringLiteral("RCPT")); }
    QString maildirNew() const { return value(QStringLiteral("MAILDIR")) + QStringLiteral("/new"); }
    QString postfixLog() const { return m_dir.filePath(QStringLiteral("postfix.log")); }

    // Messages delivered so far (file paths in Maildir/new).
    QStringList deliveredMessages() const
    {
        QStringList paths;
        const QDir dir(maildirNew());
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
            paths << dir.filePath(name);
        return paths;
    }

    // The delivered message whose text contains `marker` (empty when none has arrived yet).
    QByteArray deliveredContaining(const QByteArray& marker) const
    {
        for (const QString& path : deliveredMessages()) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray data = file.readAll();
                if (data.contains(marker))
                    return data;
            }
        }
        return {};
    }

    QByteArray postfixLogText() const
    {
        QFile file(postfixLog());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    static QString script()
    {
        return qEnvironmentVariable("SMTPAUDIT_SOURCE_DIR") + QStringLiteral("/tests/scripts/mailserver.sh");
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_values;
    bool m_started = false;
};

} // namespace smtpaudit::test
