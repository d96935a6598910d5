#pragma once

#include "identity/ConnectionProfile.h"
#include "identity/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>
#include <optional>

namespace smtpaudit {

// Connection profiles in QSettings (group "profiles/<name>"), their secrets in the keychain through
// SecretStore. Nothing secret is ever written to the settings: save() takes no secret at all, and
// saveSecret() goes to the keychain only. forget() removes both.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The application's settings (organisation/application name of QCoreApplication).
    explicit ProfileStore(SecretStore* secrets, QObject* parent = nullptr);
    // A given INI file (tests, portable setups).
    ProfileStore(SecretStore* secrets, const QString& iniFile, QObject* parent = nullptr);

    QStringList names() const;
    std::optional<ConnectionProfile> load(const QString& name) const;
    Status save(const ConnectionProfile& profile); // validates first
    QString settingsFile() const { return m_settings->fileName(); }

    void saveSecret(const QString& profile, const QString& secretName, const QByteArray& secret,
                    SecretStore::StatusCallback done);
    void readSecret(const QString& profile, const QString& secretName, SecretStore::ReadCallback done);
    // Removes the profile's settings and every keychain entry of it; idempotent.
    void forget(const QString& name, SecretStore::StatusCallback done);

private:
    std::unique_ptr<QSettings> m_settings;
    QPointer<SecretStore> m_secrets;
};

} // namespace smtpaudit
