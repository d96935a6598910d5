#pragma once

#include "identity/DelegatedCredential.h"
#include "identity/LoopbackRedirectListener.h"

#include <QTimer>

#include <chrono>

namespace smtpaudit {

// Delegated sign-in in the system browser: authorization code flow with PKCE (S256) and a loopback redirect
// (v2-oauth2-auth-code-flow.md). The credential listens on 127.0.0.1, emits the /authorize URL for the
// caller to open, checks `state` on the redirect, and redeems the code with the verifier. No client secret:
// a desktop app is a public client.
class AuthCodeCredential : public DelegatedCredential
{
    Q_OBJECT

public:
    AuthCodeCredential(CloudEnvironment cloud, QString tenant, QString clientId, QObject* parent = nullptr);

    // How long the person has to finish in the browser (the code itself lives about 10 minutes).
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The /authorize URL for a given redirect, state and challenge (public for tests and for display).
    QUrl authorizeUrl(const QString& scope, const QUrl& redirectUri, const QByteArray& state,
                      const QByteArray& codeChallenge) const;

signals:
    // Open this URL in the browser (GUI: QDesktopServices::openUrl; CLI: print it).
    void authorizationUrlReady(const QUrl& url);

protected:
    void signIn(const QString& scope, GrantCallback done) override;
    void cancelSignIn() override;

private:
    void onRedirect(const QUrlQuery& query);
    void end(Result<TokenGrant> result);

    LoopbackRedirectListener m_listener;
    QTimer m_deadline;
    std::chrono::milliseconds m_timeout{std::chrono::minutes(5)};
    GrantCallback m_done;
    QString m_scope;
    QByteArray m_verifier;
    QUrl m_redirectUri;
    bool m_active = false;
};

} // namespace smtpaudit
