#pragma once

#include "sample/identity/AadError.h"
#include "sample/identity/IdentityOptions.h"
#include "sample/identity/ScopeRequest.h"
#include "sample/server/SampleClock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace smtpaudit::sample {

struct DeviceCodeFlow
{
    enum class State
    {
        Pending,
        Approved,
        Declined,
    };

    QString deviceCode;
    QString userCode;
    QString clientId;
    ScopeRequest scopes;
    QDateTime expiresAt;
    QDateTime lastPollAt; // starts at issuance: polling before one interval has passed is too fast
    int intervalSeconds = 5;
    State state = State::Pending;
    SampleIdentityUser user; // set on approval
};

// Pending device authorizations (v2-oauth2-device-code.md; RFC 8628). The user's side of the flow (the
// browser at verification_uri) is replaced by approve()/decline().
class DeviceCodeStore
{
public:
    DeviceCodeStore(SampleClock clock, int lifetimeSeconds, int intervalSeconds);

    const DeviceCodeFlow& start(const QString& clientId, const ScopeRequest& scopes);
    Status approve(const QString& userCode, const SampleIdentityUser& user);
    Status decline(const QString& userCode);

    // One poll of the token endpoint. An approved flow is handed out once and forgotten; so are declined
    // and expired ones after their error was reported. Polls faster than the interval get slow_down, and the
    // interval grows by 5 seconds (RFC 8628 3.5).
    Result<DeviceCodeFlow, AadError> poll(const QString& deviceCode, const QString& clientId);

    int lifetimeSeconds() const { return m_lifetimeSeconds; }

private:
    DeviceCodeFlow* findByUserCode(const QString& userCode);
    Status decide(const QString& userCode, DeviceCodeFlow::State state, const SampleIdentityUser& user);

    SampleClock m_clock;
    int m_lifetimeSeconds;
    int m_intervalSeconds;
    QHash<QString, DeviceCodeFlow> m_flows; // by device code
};

// Refresh tokens: opaque, single use (each redemption returns a new one and the old one stops working).
struct RefreshGrant
{
    QString clientId;
    SampleIdentityUser user;
    ScopeRequest scopes; // what the original sign-in asked for
    QDateTime issuedAt;
};

class RefreshTokenStore
{
public:
    RefreshTokenStore(SampleClock clock, int lifetimeSeconds);

    QString issue(const RefreshGrant& grant);
    Result<RefreshGrant, AadError> redeem(const QString& refreshToken, const QString& clientId);

private:
    SampleClock m_clock;
    int m_lifetimeSeconds;
    QHash<QString, RefreshGrant> m_grants;
};

} // namespace smtpaudit::sample
