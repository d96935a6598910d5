#pragma once

#include "http/TlsTrust.h"
#include "identity/CloudEnvironment.h"
#include "identity/ConnectionProfile.h"
#include "identity/Credential.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace smtpaudit {

class SecretStore;

// What the credential is for; decides which auth kinds a profile may have.
enum class CredentialUse
{
    Audit,       // Graph and the Exchange admin API: every kind (a delegated one signs a person in)
    AppOnly,     // nobody is there to sign in (unattended runs): client secret or certificate only
    SmtpXOAuth2, // an SMTP AUTH XOAUTH2 token: delegated SMTP.Send or app-only SMTP.SendAsApp
};

// How a delegated profile signs the person in.
enum class DelegatedSignIn
{
    DeviceCode,    // both delegated kinds show a device code (a terminal; a dialog that shows the code)
    AsProfileSays, // an auth-code profile opens the system browser (AuthCodeCredential), device code otherwise
};

struct CredentialLoadOptions
{
    CredentialUse use = CredentialUse::Audit;
    DelegatedSignIn delegated = DelegatedSignIn::DeviceCode;
    // A secret given for this run (standard input, a wizard field): used instead of the keychain entry. For a
    // certificate profile it is the passphrase (empty: the key is not encrypted).
    std::optional<QByteArray> secret;
    // Delegated: the refresh token is kept in the keychain under the profile's name (when a SecretStore is
    // given); false keeps it in memory only.
    bool keepRefreshToken = true;
};

// Why a profile yields no credential: specific enough for the CLI's exit code and the GUI's message. The
// error's message is translated and never holds a secret.
struct CredentialLoadError
{
    enum class Kind
    {
        InvalidProfile,        // the profile itself is unusable: cloud, CA file (a usage problem)
        UnsupportedAuth,       // the profile's auth kind cannot serve this use
        MissingSecret,         // no keychain entry, or an encrypted key and no passphrase
        KeychainUnavailable,   // no Secret Service, or it is locked or refused access
        CertificateUnreadable, // the certificate file cannot be read
        WrongPassphrase,       // the passphrase does not open the key, or the file holds no usable certificate
    };

    Kind kind = Kind::InvalidProfile;
    Error error;
};

// A profile's credential, ready to sign in: its TlsTrust (the profile's CA file) is already set on it, and a
// delegated one has the keychain as its refresh token store when asked for.
struct ProfileCredential
{
    CloudEnvironment cloud;
    TlsTrust trust;
    std::unique_ptr<Credential> credential;
    QDateTime certificateExpiresAt; // certificate profiles only
    bool secretFromKeychain = false;
};

using ProfileCredentialResult = Result<ProfileCredential, CredentialLoadError>;

// Turns a ConnectionProfile into a Credential: reads the secret the profile needs from the keychain (client
// secret, or certificate passphrase; a delegated profile's refresh token is read by the credential itself when
// it first signs in), loads the certificate, loads the profile's CA file into the TlsTrust. The CLI commands,
// the audit wizard and the Test Send dialog all sign in through this one place and only map its errors to an
// exit code or a message. Asynchronous like SecretStore: no nested event loop.
class ProfileCredentialLoader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(ProfileCredentialResult)>;

    // `secrets` may be null: then only profiles that need no keychain entry, or a given secret, load.
    explicit ProfileCredentialLoader(SecretStore* secrets, QObject* parent = nullptr);
    ~ProfileCredentialLoader() override;

    // `done` runs exactly once, always from the event loop (never inside load()), unless cancel() or the
    // loader's destruction comes first. A second load() replaces the first (whose `done` is then not called).
    void load(const ConnectionProfile& profile, CredentialLoadOptions options, Done done);
    void cancel();

    // The synchronous half, for a caller that already holds the secret (options.secret): no keychain read.
    // `refreshTokenStore` is where a delegated credential keeps its refresh token (null: memory only).
    static ProfileCredentialResult build(const ConnectionProfile& profile, const CredentialLoadOptions& options,
                                         SecretStore* refreshTokenStore = nullptr);

    // The keychain entry (ProfileSecret) an auth kind needs; empty for delegated kinds.
    static QString secretNameFor(ConnectionProfile::AuthKind kind);

private:
    enum class SecretOrigin
    {
        Given,
        Keychain,
        NoKeychainEntry,
    };
    static ProfileCredentialResult make(const ConnectionProfile& profile, const CredentialLoadOptions& options,
                                        const QByteArray& secret, SecretOrigin origin, SecretStore* store);
    void finishLater(ProfileCredentialResult result);

    QPointer<SecretStore> m_secrets;
    Done m_finish;            // the current load's `done`, guarded by its generation
    quint64 m_generation = 0; // answers of a replaced or cancelled load are dropped
};

} // namespace smtpaudit
