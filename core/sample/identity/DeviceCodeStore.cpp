#include "sample/identity/DeviceCodeStore.h"

#include "sample/identity/Jwt.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

QString randomBase64Url(int words)
{
    QByteArray bytes(words * 4, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), words);
    return QString::fromLatin1(jwt::base64UrlEncode(bytes));
}

// Nine characters like Entra's user codes, without the easily confused 0/O and 1/I.
QString randomUserCode()
{
    static const QLatin1StringView alphabet{"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"};
    QString code;
    for (int i = 0; i < 9; ++i)
        code += QChar(alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size()))));
    return code;
}

Error flowError(const QString& message)
{
    return Error::make(Error::Category::InvalidInput, message);
}

} // namespace

DeviceCodeStore::DeviceCodeStore(SampleClock clock, int lifetimeSeconds, int intervalSeconds)
    : m_clock(std::move(clock))
    , m_lifetimeSeconds(lifetimeSeconds)
    , m_intervalSeconds(intervalSeconds)
{}

const DeviceCodeFlow& DeviceCodeStore::start(const QString& clientId, const ScopeRequest& scopes)
{
    const QDateTime now = clockNow(m_clock);
    // Forget flows that expired long ago and were never polled again.
    for (auto it = m_flows.begin(); it != m_flows.end();)
        it = it->expiresAt.addSecs(m_lifetimeSeconds) < now ? m_flows.erase(it) : std::next(it);

    DeviceCodeFlow flow;
    flow.deviceCode = randomBase64Url(24);
    do {
        flow.userCode = randomUserCode();
    } while (findByUserCode(flow.userCode));
    flow.clientId = clientId;
    flow.scopes = scopes;
    flow.expiresAt = now.addSecs(m_lifetimeSeconds);
    flow.lastPollAt = now;
    flow.intervalSeconds = m_intervalSeconds;
    return *m_flows.insert(flow.deviceCode, flow);
}

DeviceCodeFlow* DeviceCodeStore::findByUserCode(const QString& userCode)
{
    for (DeviceCodeFlow& flow : m_flows)
        if (flow.userCode.compare(userCode, Qt::CaseInsensitive) == 0)
            return &flow;
    return nullptr;
}

Status DeviceCodeStore::decide(const QString& userCode, DeviceCodeFlow::State state, const SampleIdentityUser& user)
{
    DeviceCodeFlow* flow = findByUserCode(userCode);
    if (!flow)
        return flowError(QCoreApplication::translate("DeviceCodeStore", "Unknown device code %1.").arg(userCode));
    if (clockNow(m_clock) >= flow->expiresAt)
        return flowError(
            QCoreApplication::translate("DeviceCodeStore", "The device code %1 has expired.").arg(userCode));
    if (flow->state != DeviceCodeFlow::State::Pending)
        return flowError(
            QCoreApplication::translate("DeviceCodeStore", "The device code %1 was already approved or declined.")
                .arg(userCode));
    flow->state = state;
    flow->user = user;
    return Success{};
}

Status DeviceCodeStore::approve(const QString& userCode, const SampleIdentityUser& user)
{
    return decide(userCode, DeviceCodeFlow::State::Approved, user);
}

Status DeviceCodeStore::decline(const QString& userCode)
{
    return decide(userCode, DeviceCodeFlow::State::Declined, {});
}

Result<DeviceCodeFlow, AadError> DeviceCodeStore::poll(const QString& deviceCode, const QString& clientId)
{
    auto it = m_flows.find(deviceCode);
    if (it == m_flows.end() || it->clientId != clientId)
        return aad::badVerificationCode();
    const QDateTime now = clockNow(m_clock);
    if (now >= it->expiresAt) {
        m_flows.erase(it);
        return aad::deviceCodeExpired();
    }
    switch (it->state) {
    case DeviceCodeFlow::State::Approved: {
        DeviceCodeFlow flow = *it;
        m_flows.erase(it);
        return flow;
    }
    case DeviceCodeFlow::State::Declined:
        m_flows.erase(it);
        return aad::authorizationDeclined();
    case DeviceCodeFlow::State::Pending:
        break;
    }
    const bool tooFast = it->lastPollAt.secsTo(now) < it->intervalSeconds;
    it->lastPollAt = now;
    if (tooFast) {
        it->intervalSeconds += 5;
        return aad::slowDown();
    }
    return aad::authorizationPending();
}

RefreshTokenStore::RefreshTokenStore(SampleClock clock, int lifetimeSeconds)
    : m_clock(std::move(clock))
    , m_lifetimeSeconds(lifetimeSeconds)
{}

QString RefreshTokenStore::issue(const RefreshGrant& grant)
{
    // Entra's refresh tokens are opaque and long; the prefix only helps a human reading a capture.
    const QString token = u"0.AS8A"_s + randomBase64Url(48);
    RefreshGrant stored = grant;
    stored.issuedAt = clockNow(m_clock);
    m_grants.insert(token, stored);
    return token;
}

Result<RefreshGrant, AadError> RefreshTokenStore::redeem(const QString& refreshToken, const QString& clientId)
{
    auto it = m_grants.find(refreshToken);
    if (it == m_grants.end() || it->clientId != clientId)
        return aad::refreshTokenInvalid();
    RefreshGrant grant = *it;
    m_grants.erase(it);
    if (grant.issuedAt.secsTo(clockNow(m_clock)) > m_lifetimeSeconds)
        return aad::refreshTokenExpired(grant.issuedAt);
    return grant;
}

} // namespace smtpaudit::sample
