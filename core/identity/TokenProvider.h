#pragma once

#include "http/ApiClient.h"
#include "identity/CloudEnvironment.h"
#include "identity/Credential.h"
#include "identity/TokenClaims.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace smtpaudit {

// One access token per resource (Graph, Exchange admin API, SMTP), kept in memory only and renewed when
// it comes within `refreshMargin` of its expiry (judged by an injectable clock). Concurrent requests for
// the same resource share one acquisition. Plugs into ApiClient as its TokenSource: a request's
// tokenScope is a resource key (tokenResourceKey) or a literal scope.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    using TokenCallback = std::function<void(Result<QByteArray>)>;

    // Not owned: the credential must outlive the provider (or be its child).
    TokenProvider(Credential* credential, CloudEnvironment cloud, QObject* parent = nullptr);

    void setClock(NowFunction now) { m_now = std::move(now); }
    void setRefreshMargin(std::chrono::seconds margin) { m_margin = margin; }

    void token(TokenResource resource, TokenCallback done, bool forceRefresh = false);
    // `key` as in ApiRequest::tokenScope.
    void tokenFor(const QString& key, TokenCallback done, bool forceRefresh = false);
    ApiClient::TokenSource tokenSource();

    // Claims of the cached token for a resource (decoded, not verified), for the permission check.
    std::optional<TokenClaims> claims(TokenResource resource) const;
    std::optional<QDateTime> expiresAt(TokenResource resource) const;
    int acquisitions() const { return m_acquisitions; } // how often the credential was asked

    // Drops every cached token (sign-out, profile switch); acquisitions in flight still complete.
    void clear();
    void cancel();

signals:
    void tokenAcquired(const QString& key, const QDateTime& expiresAt);

private:
    struct Entry
    {
        AccessToken token;
        bool acquiring = false;
        std::vector<TokenCallback> waiting;
    };
    QString scopeForKey(const QString& key) const;

    QPointer<Credential> m_credential;
    CloudEnvironment m_cloud;
    NowFunction m_now;
    std::chrono::seconds m_margin{300};
    QHash<QString, Entry> m_entries;
    int m_acquisitions = 0;
    quint64 m_generation = 0;
};

} // namespace smtpaudit
