#include "identity/ProfileStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

const QString group = u"profiles"_s;

QString assertionName(ClientAssertion::Variant variant)
{
    return variant == ClientAssertion::Variant::Sha1Rs256 ? u"rs256-x5t"_s : u"ps256-x5t#S256"_s;
}

Error noKeychain()
{
    return Error::make(
        Error::Category::Keychain,
        QCoreApplication::translate("ProfileStore", "No keychain is available for the profile's secrets."));
}

} // namespace

ProfileStore::ProfileStore(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_secrets(secrets)
{}

ProfileStore::ProfileStore(SecretStore* secrets, const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
    , m_secrets(secrets)
{}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(group);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ConnectionProfile> ProfileStore::load(const QString& name) const
{
    if (!ConnectionProfile::isValidName(name) || !names().contains(name))
        return std::nullopt;
    QSettings& s = *m_settings;
    s.beginGroup(group + u'/' + name);
    ConnectionProfile profile;
    profile.name = name;
    profile.tenant = s.value(u"tenant"_s).toString();
    profile.cloud = s.value(u"cloud"_s, u"global"_s).toString();
    profile.loginUrl = s.value(u"loginUrl"_s).toString();
    profile.graphUrl = s.value(u"graphUrl"_s).toString();
    profile.exchangeUrl = s.value(u"exchangeUrl"_s).toString();
    profile.graphScope = s.value(u"graphScope"_s).toString();
    profile.exchangeScope = s.value(u"exchangeScope"_s).toString();
    profile.caFile = s.value(u"caFile"_s).toString();
    profile.clientId = s.value(u"clientId"_s).toString();
    profile.auth = ConnectionProfile::authKindFromName(s.value(u"auth"_s).toString())
                       .value_or(ConnectionProfile::AuthKind::DeviceCode);
    profile.certificatePath = s.value(u"certificatePath"_s).toString();
    profile.assertionVariant = s.value(u"assertion"_s).toString() == u"rs256-x5t"_s
                                   ? ClientAssertion::Variant::Sha1Rs256
                                   : ClientAssertion::Variant::Sha256Pss;
    profile.sendingRanges = s.value(u"sendingRanges"_s).toStringList();
    s.endGroup();
    return profile;
}

Status ProfileStore::save(const ConnectionProfile& profile)
{
    if (const Status valid = profile.validate(); !valid.ok())
        return valid;
    QSettings& s = *m_settings;
    s.remove(group + u'/' + profile.name);
    s.beginGroup(group + u'/' + profile.name);
    s.setValue(u"tenant"_s, profile.tenant);
    s.setValue(u"cloud"_s, profile.cloud);
    if (profile.cloud == u"custom"_s) {
        s.setValue(u"loginUrl"_s, profile.loginUrl);
        s.setValue(u"graphUrl"_s, profile.graphUrl);
        s.setValue(u"exchangeUrl"_s, profile.exchangeUrl);
        s.setValue(u"graphScope"_s, profile.graphScope);
        s.setValue(u"exchangeScope"_s, profile.exchangeScope);
    }
    if (!profile.caFile.isEmpty())
        s.setValue(u"caFile"_s, profile.caFile);
    s.setValue(u"clientId"_s, profile.clientId);
    s.setValue(u"auth"_s, ConnectionProfile::authKindName(profile.auth));
    if (profile.auth == ConnectionProfile::AuthKind::Certificate) {
        s.setValue(u"certificatePath"_s, profile.certificatePath);
        s.setValue(u"assertion"_s, assertionName(profile.assertionVariant));
    }
    s.setValue(u"sendingRanges"_s, profile.sendingRanges);
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError)
        return Error::make(Error::Category::Io,
                           QCoreApplication::translate("ProfileStore", "The profile could not be saved."), s.fileName(),
                           profile.name);
    return Success{};
}

void ProfileStore::saveSecret(const QString& profile, const QString& secretName, const QByteArray& secret,
                              SecretStore::StatusCallback done)
{
    if (!m_secrets) {
        done(noKeychain());
        return;
    }
    m_secrets->write(profile, secretName, secret, std::move(done));
}

void ProfileStore::readSecret(const QString& profile, const QString& secretName, SecretStore::ReadCallback done)
{
    if (!m_secrets) {
        done(noKeychain());
        return;
    }
    m_secrets->read(profile, secretName, std::move(done));
}

void ProfileStore::forget(const QString& name, SecretStore::StatusCallback done)
{
    if (ConnectionProfile::isValidName(name)) {
        m_settings->remove(group + u'/' + name);
        m_settings->sync();
    }
    if (!m_secrets) {
        done(noKeychain());
        return;
    }
    // Remove every entry, then report the first failure (if any) once.
    struct Progress
    {
        int remaining = 0;
        std::optional<Error> firstError;
        SecretStore::StatusCallback done;
    };
    auto progress = std::make_shared<Progress>();
    const QStringList secrets = ProfileSecret::all();
    progress->remaining = static_cast<int>(secrets.size());
    progress->done = std::move(done);
    for (const QString& secret : secrets) {
        m_secrets->remove(name, secret, [progress](Status status) {
            if (!status.ok() && !progress->firstError)
                progress->firstError = status.error();
            if (--progress->remaining == 0) {
                if (progress->firstError)
                    progress->done(*progress->firstError);
                else
                    progress->done(Success{});
            }
        });
    }
}

} // namespace smtpaudit
