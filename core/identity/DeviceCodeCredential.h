#pragma once

#include "identity/DelegatedCredential.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>

namespace smtpaudit {

// What the person has to do: open `verificationUri` and enter `userCode` (Microsoft's `message` says both).
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message;
    QDateTime expiresAt;
};

// Delegated sign-in with the device authorization grant (v2-oauth2-device-code.md, RFC 8628): POST
// /devicecode, show the user code, poll /token every `interval` seconds. authorization_pending keeps
// polling, slow_down adds 5 s to the interval (RFC 8628 3.5; not in Microsoft's table but handled),
// authorization_declined, expired_token and bad_verification_code end the sign-in, and so does the code's
// own expiry (expires_in).
class DeviceCodeCredential : public DelegatedCredential
{
    Q_OBJECT

public:
    DeviceCodeCredential(CloudEnvironment cloud, QString tenant, QString clientId, QObject* parent = nullptr);

    int currentPollIntervalSeconds() const { return m_intervalSeconds; }

signals:
    void deviceCodeReady(const smtpaudit::DeviceCodePrompt& prompt);

protected:
    void signIn(const QString& scope, GrantCallback done) override;
    void cancelSignIn() override;

private:
    void poll();
    void end(Result<TokenGrant> result);

    GrantCallback m_done;
    QString m_scope;
    QByteArray m_deviceCode;
    QDateTime m_expiresAt;
    int m_intervalSeconds = 5;
    QTimer m_pollTimer;
    bool m_active = false;
};

} // namespace smtpaudit

Q_DECLARE_METATYPE(smtpaudit::DeviceCodePrompt)
