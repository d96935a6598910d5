#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace smtpaudit {

// The only place secrets (client secrets, passwords, refresh tokens, private-key passphrases) are kept
// between runs: the OS keychain through QtKeychain, never a file. Keys are namespaced by profile so
// that forgetting a profile removes exactly its entries (Nextcloud keychainchunk.cpp does the same).
// All operations are asynchronous; the callback runs on the caller's thread once the job finishes.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    // An absent secret is not an error: reads yield std::nullopt for QKeychain::EntryNotFound.
    using ReadCallback = std::function<void(Result<std::optional<QByteArray>>)>;
    using StatusCallback = std::function<void(Status)>;

    explicit SecretStore(QString service = QStringLiteral("smtpaudit"), QObject* parent = nullptr);

    void write(const QString& profile, const QString& name, const QByteArray& secret, StatusCallback done);
    void read(const QString& profile, const QString& name, ReadCallback done);
    // Deleting an entry that does not exist succeeds: "forget" is idempotent.
    void remove(const QString& profile, const QString& name, StatusCallback done);

    QString service() const { return m_service; }
    static QString entryKey(const QString& profile, const QString& name);

private:
    QString m_service;
};

} // namespace smtpaudit
