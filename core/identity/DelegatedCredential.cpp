#include "identity/DelegatedCredential.h"

#include "identity/SecretStore.h"
#include "util/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

QString withOfflineAccess(const QString& scope)
{
    return scope.split(u' ', Qt::SkipEmptyParts).contains(u"offline_access"_s) ? scope : scope + u" offline_access"_s;
}

} // namespace

void DelegatedCredential::setRefreshTokenStore(SecretStore* store, const QString& profile)
{
    m_store = store;
    m_profile = profile;
    m_storeChecked = false;
}

void DelegatedCredential::acquire(const QString& scope, GrantCallback done)
{
    m_waiting.push_back({scope, std::move(done)});
    if (!m_busy)
        startNext();
}

void DelegatedCredential::startNext()
{
    if (m_waiting.empty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const quint64 generation = ++m_generation;
    const QString scope = m_waiting.front().scope;
    if (!m_refreshToken.isEmpty()) {
        redeemRefreshToken(scope, generation);
        return;
    }
    if (m_store && !m_storeChecked && !m_profile.isEmpty()) {
        m_storeChecked = true;
        m_store->read(m_profile, refreshTokenSecretName, [this, self = QPointer(this), generation](auto stored) {
            if (!self || generation != m_generation)
                return;
            if (stored.ok() && stored.value().has_value())
                m_refreshToken = *stored.value();
            else if (!stored.ok()) // no keychain: sign in interactively; the reason is logged, not fatal
                qCInfo(lcIdentity) << "no stored sign-in:" << stored.error().message;
            startNext();
        });
        return;
    }
    signIn(withOfflineAccess(scope), [this, self = QPointer(this), generation](Result<TokenGrant> result) {
        if (self)
            finishCurrent(generation, std::move(result));
    });
}

void DelegatedCredential::redeemRefreshToken(const QString& scope, quint64 generation)
{
    const FormFields fields{{u"grant_type"_s, u"refresh_token"_s},
                            {u"client_id"_s, m_clientId},
                            {u"refresh_token"_s, QString::fromUtf8(m_refreshToken)},
                            {u"scope"_s, withOfflineAccess(scope)}};
    // Not idempotent: a rotated refresh token may be spent by the first, lost answer.
    m_oauth.requestToken(fields, false, this, [this, scope, generation](Result<TokenGrant> result) {
        if (generation != m_generation)
            return;
        if (!result.ok() && result.error().category == Error::Category::Authentication) {
            // invalid_grant / interaction_required: the refresh token is dead; sign in again.
            qCInfo(lcIdentity) << "refresh token not accepted, signing in again:" << result.error().subject;
            forgetRefreshToken();
            signIn(withOfflineAccess(scope), [this, self = QPointer(this), generation](Result<TokenGrant> signedIn) {
                if (self)
                    finishCurrent(generation, std::move(signedIn));
            });
            return;
        }
        finishCurrent(generation, std::move(result));
    });
}

void DelegatedCredential::finishCurrent(quint64 generation, Result<TokenGrant> result)
{
    if (generation != m_generation || m_waiting.empty())
        return; // an answer to an acquisition that was cancelled
    if (result.ok() && !result.value().refreshToken.isEmpty())
        keepRefreshToken(result.value().refreshToken);
    Waiting current = std::move(m_waiting.front());
    m_waiting.pop_front();
    if (result.ok()) // never hand the refresh token further than this class
        result.value().refreshToken.clear();
    current.done(std::move(result));
    startNext();
}

void DelegatedCredential::keepRefreshToken(const QByteArray& token)
{
    if (token == m_refreshToken)
        return;
    m_refreshToken = token;
    if (!m_store || m_profile.isEmpty())
        return;
    m_store->write(m_profile, refreshTokenSecretName, token, [this, self = QPointer(this)](Status status) {
        if (self && !status.ok())
            emit refreshTokenNotSaved(status.error());
    });
}

void DelegatedCredential::forgetRefreshToken()
{
    m_refreshToken.clear();
    if (m_store && !m_profile.isEmpty())
        m_store->remove(m_profile, refreshTokenSecretName, [](Status) {});
}

void DelegatedCredential::cancel()
{
    // Detach first: the cancelled requests call back, and those answers must not start the next sign-in.
    std::deque<Waiting> waiting = std::exchange(m_waiting, {});
    ++m_generation;
    m_busy = false;
    cancelSignIn();
    Credential::cancel();
    for (Waiting& entry : waiting)
        entry.done(Error::make(Error::Category::Cancelled,
                               QCoreApplication::translate("DelegatedCredential", "Sign-in cancelled.")));
}

} // namespace smtpaudit
