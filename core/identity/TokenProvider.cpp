#include "identity/TokenProvider.h"

#include "util/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {

TokenProvider::TokenProvider(Credential* credential, CloudEnvironment cloud, QObject* parent)
    : QObject(parent)
    , m_credential(credential)
    , m_cloud(std::move(cloud))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{}

QString TokenProvider::scopeForKey(const QString& key) const
{
    if (const std::optional<TokenResource> resource = tokenResourceFromKey(key))
        return m_cloud.scopeFor(*resource, m_credential && m_credential->isDelegated());
    return key;
}

void TokenProvider::token(TokenResource resource, TokenCallback done, bool forceRefresh)
{
    tokenFor(tokenResourceKey(resource), std::move(done), forceRefresh);
}

void TokenProvider::tokenFor(const QString& key, TokenCallback done, bool forceRefresh)
{
    Entry& entry = m_entries[key];
    if (!forceRefresh && !entry.acquiring && entry.token.isUsableAt(m_now(), m_margin)) {
        done(entry.token.value);
        return;
    }
    entry.waiting.push_back(std::move(done));
    if (entry.acquiring)
        return; // joins the acquisition under way
    if (!m_credential) {
        std::vector<TokenCallback> waiting = std::exchange(entry.waiting, {});
        for (TokenCallback& callback : waiting)
            callback(Error::make(Error::Category::Authentication,
                                 QCoreApplication::translate("TokenProvider", "No credential is configured.")));
        return;
    }
    entry.acquiring = true;
    ++m_acquisitions;
    const QString scope = scopeForKey(key);
    qCDebug(lcIdentity) << "acquiring a token for" << key;
    m_credential->acquire(scope,
                          [this, self = QPointer(this), key, generation = m_generation](Result<TokenGrant> grant) {
                              if (!self || generation != m_generation)
                                  return;
                              Entry& current = m_entries[key];
                              current.acquiring = false;
                              std::vector<TokenCallback> waiting = std::exchange(current.waiting, {});
                              if (!grant.ok()) {
                                  current.token = {};
                                  for (TokenCallback& callback : waiting)
                                      callback(grant.error());
                                  return;
                              }
                              current.token = grant.value().accessToken;
                              // Copies: a slot or callback below may add entries, and `current` may move with the hash.
                              const QByteArray value = current.token.value;
                              const QDateTime expiry = current.token.expiresAt;
                              emit tokenAcquired(key, expiry);
                              for (TokenCallback& callback : waiting)
                                  callback(value);
                          });
}

ApiClient::TokenSource TokenProvider::tokenSource()
{
    return [self = QPointer(this)](const QString& key, bool forceRefresh, ApiClient::TokenCallback done) {
        if (!self) {
            done(Error::make(Error::Category::Authentication,
                             QCoreApplication::translate("TokenProvider", "The sign-in was closed.")));
            return;
        }
        self->tokenFor(key, std::move(done), forceRefresh);
    };
}

std::optional<TokenClaims> TokenProvider::claims(TokenResource resource) const
{
    const auto it = m_entries.constFind(tokenResourceKey(resource));
    if (it == m_entries.constEnd() || it->token.value.isEmpty())
        return std::nullopt;
    Result<TokenClaims> decoded = TokenClaims::decode(it->token.value);
    if (!decoded.ok())
        return std::nullopt;
    return std::move(decoded).value();
}

std::optional<QDateTime> TokenProvider::expiresAt(TokenResource resource) const
{
    const auto it = m_entries.constFind(tokenResourceKey(resource));
    if (it == m_entries.constEnd() || it->token.value.isEmpty())
        return std::nullopt;
    return it->token.expiresAt;
}

void TokenProvider::clear()
{
    for (Entry& entry : m_entries)
        entry.token = {};
}

void TokenProvider::cancel()
{
    ++m_generation; // late answers are dropped
    QHash<QString, Entry> entries = std::exchange(m_entries, {});
    for (Entry& entry : entries)
        for (TokenCallback& callback : entry.waiting)
            callback(
                Error::make(Error::Category::Cancelled, QCoreApplication::translate("TokenProvider", "Cancelled.")));
    if (m_credential)
        m_credential->cancel();
}

} // namespace smtpaudit
