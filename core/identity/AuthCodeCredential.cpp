#include "identity/AuthCodeCredential.h"

#include "identity/Pkce.h"
#include "util/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {

AuthCodeCredential::AuthCodeCredential(CloudEnvironment cloud, QString tenant, QString clientId, QObject* parent)
    : DelegatedCredential(std::move(cloud), std::move(tenant), std::move(clientId), parent)
    , m_listener(this)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        end(Error::make(Error::Category::Timeout, tr("The browser sign-in was not completed in time.")));
    });
    connect(&m_listener, &LoopbackRedirectListener::redirectReceived, this, &AuthCodeCredential::onRedirect);
}

QUrl AuthCodeCredential::authorizeUrl(const QString& scope, const QUrl& redirectUri, const QByteArray& state,
                                      const QByteArray& codeChallenge) const
{
    QUrl url = m_oauth.cloud().authorizeEndpoint(m_oauth.tenant());
    QUrlQuery query;
    const auto add = [&](const QString& name, const QString& value) {
        // Percent-encode fully: QUrlQuery would leave '+' and '/' in the scope as they are.
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(u"client_id"_s, m_clientId);
    add(u"response_type"_s, u"code"_s);
    add(u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded));
    add(u"response_mode"_s, u"query"_s);
    add(u"scope"_s, scope);
    add(u"state"_s, QString::fromLatin1(state));
    add(u"code_challenge"_s, QString::fromLatin1(codeChallenge));
    add(u"code_challenge_method"_s, u"S256"_s);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void AuthCodeCredential::signIn(const QString& scope, GrantCallback done)
{
    m_done = std::move(done);
    m_scope = scope;
    m_active = true;
    const QByteArray state = Pkce::generateState();
    m_verifier = Pkce::generateVerifier();
    if (const Status listening = m_listener.listen(state); !listening.ok()) {
        end(listening.error());
        return;
    }
    m_redirectUri = m_listener.redirectUri();
    m_deadline.start(static_cast<int>(m_timeout.count()));
    qCInfo(lcIdentity) << "browser sign-in: waiting for the redirect on" << m_redirectUri.port();
    emit authorizationUrlReady(authorizeUrl(scope, m_redirectUri, state, Pkce::challengeS256(m_verifier)));
}

void AuthCodeCredential::onRedirect(const QUrlQuery& query)
{
    if (!m_active)
        return;
    m_listener.close();
    if (query.hasQueryItem(u"error"_s)) {
        const QString code = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
        const QString description = query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded);
        end(Error::make(Error::Category::Authentication,
                        code == u"access_denied"_s ? tr("The sign-in was declined in the browser.")
                                                   : tr("The browser sign-in failed."),
                        code + u": "_s + description, code));
        return;
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty()) {
        end(Error::make(Error::Category::MalformedResponse, tr("The sign-in redirect carried no code.")));
        return;
    }
    const FormFields fields{{u"grant_type"_s, u"authorization_code"_s},
                            {u"client_id"_s, m_clientId},
                            {u"code"_s, code},
                            {u"redirect_uri"_s, m_redirectUri.toString(QUrl::FullyEncoded)},
                            {u"code_verifier"_s, QString::fromLatin1(m_verifier)},
                            {u"scope"_s, m_scope}};
    // A code can be redeemed once: never resend after a lost answer.
    m_oauth.requestToken(fields, false, this, [this](Result<TokenGrant> result) { end(std::move(result)); });
}

void AuthCodeCredential::end(Result<TokenGrant> result)
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline.stop();
    m_listener.close();
    m_verifier.clear();
    GrantCallback done = std::exchange(m_done, nullptr);
    if (done)
        done(std::move(result));
}

void AuthCodeCredential::cancelSignIn()
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline.stop();
    m_listener.close();
    m_verifier.clear();
    m_done = nullptr;
}

} // namespace smtpaudit
