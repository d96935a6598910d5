#include "identity/DeviceCodeCredential.h"

#include "http/HttpErrors.h"
#include "util/Logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace smtpaudit {
namespace {

constexpr int slowDownSeconds = 5; // RFC 8628 section 3.5

} // namespace

DeviceCodeCredential::DeviceCodeCredential(CloudEnvironment cloud, QString tenant, QString clientId, QObject* parent)
    : DelegatedCredential(std::move(cloud), std::move(tenant), std::move(clientId), parent)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeCredential::poll);
}

void DeviceCodeCredential::signIn(const QString& scope, GrantCallback done)
{
    m_done = std::move(done);
    m_scope = scope;
    m_active = true;
    const FormFields fields{{u"client_id"_s, m_clientId}, {u"scope"_s, scope}};
    m_oauth.postDeviceCode(fields, this, [this](ApiResult result) {
        if (!m_active)
            return;
        if (!result.ok()) {
            end(result.error());
            return;
        }
        const ApiResponse& response = result.value();
        if (response.status >= 400) {
            end(OAuthClient::mapTokenError(response));
            return;
        }
        const QJsonObject& body = response.json;
        m_deviceCode = body.value(u"device_code"_s).toString().toUtf8();
        DeviceCodePrompt prompt;
        prompt.userCode = body.value(u"user_code"_s).toString();
        prompt.verificationUri = QUrl(body.value(u"verification_uri"_s).toString());
        prompt.message = body.value(u"message"_s).toString();
        const qint64 expiresIn = body.value(u"expires_in"_s).toInteger(900);
        m_intervalSeconds = std::max<int>(1, static_cast<int>(body.value(u"interval"_s).toInteger(5)));
        if (m_deviceCode.isEmpty() || prompt.userCode.isEmpty() || !prompt.verificationUri.isValid()) {
            end(Error::make(Error::Category::MalformedResponse,
                            tr("The sign-in service sent an incomplete device code answer.")));
            return;
        }
        m_expiresAt = m_oauth.now().addSecs(expiresIn);
        prompt.expiresAt = m_expiresAt;
        if (prompt.message.isEmpty())
            prompt.message = tr("To sign in, open %1 and enter the code %2.")
                                 .arg(prompt.verificationUri.toDisplayString(), prompt.userCode);
        qCInfo(lcIdentity) << "device code issued; polling every" << m_intervalSeconds << "s";
        emit deviceCodeReady(prompt);
        m_pollTimer.start(m_intervalSeconds * 1000);
    });
}

void DeviceCodeCredential::poll()
{
    if (!m_active)
        return;
    if (m_oauth.now() >= m_expiresAt) {
        end(Error::make(Error::Category::Authentication,
                        tr("The sign-in code expired before the sign-in was completed."), {}, u"expired_token"_s));
        return;
    }
    const FormFields fields{{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                            {u"client_id"_s, m_clientId},
                            {u"device_code"_s, QString::fromUtf8(m_deviceCode)}};
    m_oauth.postToken(fields, true, this, [this](ApiResult result) {
        if (!m_active)
            return;
        if (!result.ok()) {
            end(result.error());
            return;
        }
        const ApiResponse& response = result.value();
        if (response.status < 400) {
            end(OAuthClient::parseGrant(response.json, m_oauth.now(), m_scope));
            return;
        }
        const QString code = parseServiceError(response.body).code;
        if (code == u"authorization_pending"_s) {
            m_pollTimer.start(m_intervalSeconds * 1000);
            return;
        }
        if (code == u"slow_down"_s) {
            m_intervalSeconds += slowDownSeconds;
            qCInfo(lcIdentity) << "slow_down: polling every" << m_intervalSeconds << "s";
            m_pollTimer.start(m_intervalSeconds * 1000);
            return;
        }
        end(OAuthClient::mapTokenError(response)); // declined, expired, bad code, or anything else
    });
}

void DeviceCodeCredential::end(Result<TokenGrant> result)
{
    if (!m_active)
        return;
    m_active = false;
    m_pollTimer.stop();
    m_deviceCode.clear();
    GrantCallback done = std::exchange(m_done, nullptr);
    if (done)
        done(std::move(result));
}

void DeviceCodeCredential::cancelSignIn()
{
    if (!m_active)
        return;
    m_active = false; // the base class reports Cancelled to the waiting callers
    m_pollTimer.stop();
    m_deviceCode.clear();
    m_done = nullptr;
}

} // namespace smtpaudit
