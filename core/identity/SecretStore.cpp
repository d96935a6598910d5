#include "identity/SecretStore.h"

#include "util/Logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

Error keychainError(const QKeychain::Job& job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(Error::Category::Keychain,
                           QCoreApplication::translate("SecretStore",
                                                       "No system keychain is available. smtpaudit never keeps "
                                                       "secrets in a file: start a Secret Service (for example "
                                                       "GNOME Keyring or KWallet) and try again."),
                           detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(Error::Category::Keychain,
                           QCoreApplication::translate("SecretStore",
                                                       "The system keychain refused access. Unlock the keychain "
                                                       "and try again."),
                           detail);
    default:
        return Error::make(Error::Category::Keychain,
                           QCoreApplication::translate("SecretStore", "The system keychain reported an error."),
                           detail);
    }
}

template <typename Job>
Job* makeJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    // A plaintext fallback would write the secret into a settings file: never.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString SecretStore::entryKey(const QString& profile, const QString& name)
{
    return u"profile/"_s + profile + u'/' + name;
}

void SecretStore::write(const QString& profile, const QString& name, const QByteArray& secret, StatusCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, entryKey(profile, name));
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcKeychain) << "write failed:" << finished->error() << finished->errorString();
            done(keychainError(*finished));
            return;
        }
        done(Success{});
    });
    job->start();
}

void SecretStore::read(const QString& profile, const QString& name, ReadCallback done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, entryKey(profile, name));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::EntryNotFound) {
            done(std::optional<QByteArray>{});
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            qCWarning(lcKeychain) << "read failed:" << finished->error() << finished->errorString();
            done(keychainError(*finished));
            return;
        }
        done(std::optional<QByteArray>(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData()));
    });
    job->start();
}

void SecretStore::remove(const QString& profile, const QString& name, StatusCallback done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, entryKey(profile, name));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            qCWarning(lcKeychain) << "delete failed:" << finished->error() << finished->errorString();
            done(keychainError(*finished));
            return;
        }
        done(Success{});
    });
    job->start();
}

} // namespace smtpaudit
