#pragma once

#include "identity/Credential.h"

#include <QPointer>

#include <deque>

namespace smtpaudit {

class SecretStore;

// The part every sign-in of a person shares: after one interactive sign-in (with offline_access), the
// refresh token gets access tokens for the other resources and for later runs. The refresh token lives in
// memory and, when a SecretStore and profile are set, in the keychain (never in a file); a rotated refresh
// token replaces the old one. Acquisitions run one at a time, so two resources asked for at once lead to
// one sign-in, not two.
class DelegatedCredential : public Credential
{
    Q_OBJECT

public:
    using Credential::Credential;

    bool isDelegated() const override { return true; }
    void acquire(const QString& scope, GrantCallback done) override;
    void cancel() override;

    void setRefreshTokenStore(SecretStore* store, const QString& profile);
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    // Forget the refresh token here and in the keychain (sign out).
    void forgetRefreshToken();

    static inline const QString refreshTokenSecretName = QStringLiteral("refresh-token");

signals:
    // The keychain could not be written: the sign-in works for this run but will be asked for again.
    void refreshTokenNotSaved(const smtpaudit::Error& error);

protected:
    // Run the interactive flow for `scope` (offline_access already added).
    virtual void signIn(const QString& scope, GrantCallback done) = 0;
    virtual void cancelSignIn() = 0;

private:
    struct Waiting
    {
        QString scope;
        GrantCallback done;
    };
    void startNext();
    void redeemRefreshToken(const QString& scope, quint64 generation);
    void finishCurrent(quint64 generation, Result<TokenGrant> result);
    void keepRefreshToken(const QByteArray& token);

    std::deque<Waiting> m_waiting;
    bool m_busy = false;
    quint64 m_generation = 0; // answers from an earlier (cancelled) acquisition are ignored
    bool m_storeChecked = false;
    QByteArray m_refreshToken;
    QPointer<SecretStore> m_store;
    QString m_profile;
};

} // namespace smtpaudit
