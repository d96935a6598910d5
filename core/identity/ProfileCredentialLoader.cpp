#include "identity/ProfileCredentialLoader.h"

#include "identity/AuthCodeCredential.h"
#include "identity/ClientCertificate.h"
#include "identity/DeviceCodeCredential.h"
#include "identity/SecretStore.h"
#include "util/Logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

using AuthKind = ConnectionProfile::AuthKind;
using Kind = CredentialLoadError::Kind;

CredentialLoadError failure(Kind kind, Error error)
{
    return CredentialLoadError{kind, std::move(error)};
}

} // namespace

ProfileCredentialLoader::ProfileCredentialLoader(SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
{}

ProfileCredentialLoader::~ProfileCredentialLoader() = default;

QString ProfileCredentialLoader::secretNameFor(AuthKind kind)
{
    switch (kind) {
    case AuthKind::ClientSecret:
        return ProfileSecret::clientSecret;
    case AuthKind::Certificate:
        return ProfileSecret::certificatePassphrase;
    case AuthKind::DeviceCode:
    case AuthKind::AuthCodePkce:
        break;
    }
    return {};
}

void ProfileCredentialLoader::cancel()
{
    ++m_generation;
}

void ProfileCredentialLoader::finishLater(ProfileCredentialResult result)
{
    // Queued even when nothing had to be read: a caller may start its event loop only after load() returned
    // (the CLI), and must never see `done` run inside load().
    auto pending = std::make_shared<ProfileCredentialResult>(std::move(result));
    QTimer::singleShot(0, this, [pending, finish = m_finish] { finish(std::move(*pending)); });
}

void ProfileCredentialLoader::load(const ConnectionProfile& profile, CredentialLoadOptions options, Done done)
{
    const quint64 generation = ++m_generation;
    QPointer<ProfileCredentialLoader> self(this);
    m_finish = [self, generation, done = std::move(done)](ProfileCredentialResult result) {
        if (self && generation == self->m_generation)
            done(std::move(result));
    };
    const QString secretName = secretNameFor(profile.auth);
    const bool appOnly = !secretName.isEmpty();
    // Only an app-only profile without a given secret needs the keychain now; a delegated one reads its refresh
    // token when it first signs in, and an unsupported one is refused without touching the keychain.
    if (options.secret || !appOnly) {
        finishLater(build(profile, options, m_secrets));
        return;
    }
    if (!m_secrets) {
        finishLater(failure(Kind::KeychainUnavailable,
                            Error::make(Error::Category::Keychain,
                                        tr("The secret of profile %1 is kept in the system keychain, which is not "
                                           "available here.")
                                            .arg(profile.name))));
        return;
    }
    qCDebug(lcIdentity) << "reading" << secretName << "of profile" << profile.name << "from the keychain";
    m_secrets->read(profile.name, secretName,
                    [self, generation, profile, options, finish = m_finish](Result<std::optional<QByteArray>> read) {
                        if (!self || generation != self->m_generation)
                            return;
                        if (!read.ok()) {
                            const QString what = profile.auth == AuthKind::Certificate
                                                     ? tr("The certificate passphrase of profile %1 could not be "
                                                          "read from the keychain: %2")
                                                     : tr("The client secret of profile %1 could not be read from "
                                                          "the keychain: %2");
                            Error error = read.error();
                            error.message = what.arg(profile.name, read.error().message);
                            finish(failure(Kind::KeychainUnavailable, std::move(error)));
                            return;
                        }
                        const std::optional<QByteArray>& stored = read.value();
                        finish(make(profile, options, stored.value_or(QByteArray()),
                                    stored ? SecretOrigin::Keychain : SecretOrigin::NoKeychainEntry, self->m_secrets));
                    });
}

ProfileCredentialResult ProfileCredentialLoader::build(const ConnectionProfile& profile,
                                                       const CredentialLoadOptions& options,
                                                       SecretStore* refreshTokenStore)
{
    return make(profile, options, options.secret.value_or(QByteArray()), SecretOrigin::Given, refreshTokenStore);
}

ProfileCredentialResult ProfileCredentialLoader::make(const ConnectionProfile& profile,
                                                      const CredentialLoadOptions& options, const QByteArray& secret,
                                                      SecretOrigin origin, SecretStore* store)
{
    if (options.use == CredentialUse::AppOnly && profile.isDelegated())
        return failure(Kind::UnsupportedAuth,
                       Error::make(Error::Category::InvalidInput,
                                   tr("Profile %1 signs in a person (%2); this needs an app-only profile with a "
                                      "client secret or a certificate.")
                                       .arg(profile.name, ConnectionProfile::authKindName(profile.auth)),
                                   {}, u"auth"_s));
    Result<CloudEnvironment> cloud = profile.environment();
    if (!cloud.ok())
        return failure(Kind::InvalidProfile, cloud.error());

    ProfileCredential loaded;
    loaded.cloud = cloud.value();
    if (!profile.caFile.isEmpty()) {
        const Result<QList<QSslCertificate>> certificates = TlsTrust::loadCaFile(profile.caFile);
        if (!certificates.ok())
            return failure(Kind::InvalidProfile, certificates.error());
        loaded.trust.addCaCertificates(certificates.value());
    }
    loaded.secretFromKeychain = origin == SecretOrigin::Keychain;

    switch (profile.auth) {
    case AuthKind::ClientSecret:
        if (secret.isEmpty())
            return failure(
                Kind::MissingSecret,
                Error::make(Error::Category::Keychain,
                            origin == SecretOrigin::Given
                                ? tr("No client secret was given for profile %1.").arg(profile.name)
                                : tr("No client secret is saved in the keychain for profile %1.").arg(profile.name),
                            {}, ProfileSecret::clientSecret));
        loaded.credential =
            std::make_unique<ClientSecretCredential>(loaded.cloud, profile.tenant, profile.clientId, secret);
        break;
    case AuthKind::Certificate: {
        Result<ClientCertificate> certificate = ClientCertificate::fromFile(profile.certificatePath, secret);
        if (!certificate.ok()) {
            Error error = certificate.error();
            if (error.category == Error::Category::Io)
                return failure(Kind::CertificateUnreadable, std::move(error));
            // The file was read but the key did not open: say where the passphrase came from.
            Kind kind = Kind::WrongPassphrase;
            if (origin == SecretOrigin::Keychain) {
                error.message += u' ' + tr("The passphrase saved in the keychain for profile %1 did not open the "
                                           "certificate's private key.")
                                            .arg(profile.name);
            } else if (origin == SecretOrigin::NoKeychainEntry) {
                kind = Kind::MissingSecret;
                error.message += u' ' + tr("No certificate passphrase is saved in the keychain for profile %1; an "
                                           "encrypted private key needs one.")
                                            .arg(profile.name);
            }
            return failure(kind, std::move(error));
        }
        loaded.certificateExpiresAt = certificate.value().expiresAt();
        loaded.credential = std::make_unique<CertificateCredential>(
            loaded.cloud, profile.tenant, profile.clientId, std::move(certificate).value(), profile.assertionVariant);
        break;
    }
    case AuthKind::DeviceCode:
    case AuthKind::AuthCodePkce: {
        std::unique_ptr<DelegatedCredential> delegated;
        if (profile.auth == AuthKind::AuthCodePkce && options.delegated == DelegatedSignIn::AsProfileSays)
            delegated = std::make_unique<AuthCodeCredential>(loaded.cloud, profile.tenant, profile.clientId);
        else
            delegated = std::make_unique<DeviceCodeCredential>(loaded.cloud, profile.tenant, profile.clientId);
        if (store && options.keepRefreshToken)
            delegated->setRefreshTokenStore(store, profile.name);
        loaded.credential = std::move(delegated);
        break;
    }
    }
    loaded.credential->setTlsTrust(loaded.trust);
    return loaded;
}

} // namespace smtpaudit
