#include "SampleServerFixture.h"

#include "sample/identity/Jwt.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

// The device authorization grant (v2-oauth2-device-code.md) and refresh tokens. The sample tenant's clock is
// moved by the test, so lifetimes and polling intervals need no waiting.
class TestDeviceCodeFlow : public QObject
{
    Q_OBJECT

    test::SampleServerFixture m_fixture;
    QStringList m_issuedCodes; // from the deviceCodeIssued hook

    QString publicClient() const { return m_fixture.identity->publicClient().clientId; }

    test::HttpResult deviceCode(const QString& scope, const QString& clientId = {}, const QString& tenant = {})
    {
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, clientId.isEmpty() ? publicClient() : clientId);
        form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        const QString path =
            u"/"_s + (tenant.isEmpty() ? m_fixture.identity->tenantId() : tenant) + u"/oauth2/v2.0/devicecode"_s;
        return m_fixture.postForm(path, form);
    }

    test::HttpResult poll(const QString& deviceCodeValue, const QString& clientId = {})
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s);
        form.addQueryItem(u"client_id"_s, clientId.isEmpty() ? publicClient() : clientId);
        form.addQueryItem(u"device_code"_s, deviceCodeValue);
        return m_fixture.postForm(m_fixture.tokenPath(), form);
    }

    test::HttpResult refresh(const QString& refreshToken, const QString& scope = {})
    {
        QUrlQuery form;
        form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        form.addQueryItem(u"client_id"_s, publicClient());
        form.addQueryItem(u"refresh_token"_s, refreshToken);
        if (!scope.isEmpty())
            form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        return m_fixture.postForm(m_fixture.tokenPath(), form);
    }

    static QString error(const test::HttpResult& result) { return result.json().value("error"_L1).toString(); }
    static int code(const test::HttpResult& result)
    {
        return result.json().value("error_codes"_L1).toArray().at(0).toInt();
    }
    static QJsonObject claims(const QString& token)
    {
        return jwt::parse(token.toLatin1()).value_or(jwt::Parsed{}).payload;
    }
    void advance(int seconds) { m_fixture.now = m_fixture.now.addSecs(seconds); }

private slots:
    void initTestCase()
    {
        IdentityOptions options;
        options.deviceCodeLifetimeSeconds = 120; // configurable; the default is Microsoft's 900
        options.deviceCodePollIntervalSeconds = 5;
        options.deviceCodeIssued = [this](const QString& userCode, const QString&) { m_issuedCodes << userCode; };
        options.userDirectory = [](const QString& upn) -> std::optional<SampleIdentityUser> {
            if (!upn.endsWith(u"@contoso.onmicrosoft.com"_s))
                return std::nullopt;
            return SampleIdentityUser{upn, u"5b0c0d0e-1111-4222-8333-944444444444"_s, u"Adele Vance"_s};
        };
        QVERIFY(m_fixture.start({}, options));
    }

    void pendingSlowDownApproveToken()
    {
        const test::HttpResult started =
            deviceCode(u"https://graph.microsoft.com/AuditLog.Read.All User.Read offline_access openid profile"_s);
        QCOMPARE(started.status, 200);
        const QJsonObject flow = started.json();
        QCOMPARE(flow.keys(), (QStringList{u"device_code"_s, u"expires_in"_s, u"interval"_s, u"message"_s,
                                           u"user_code"_s, u"verification_uri"_s}));
        const QString userCode = flow.value("user_code"_L1).toString();
        const QString deviceCodeValue = flow.value("device_code"_L1).toString();
        QCOMPARE(userCode.size(), 9);
        QCOMPARE(flow.value("expires_in"_L1).toInt(), 120);
        QCOMPARE(flow.value("interval"_L1).toInt(), 5);
        QVERIFY(flow.value("verification_uri"_L1).toString().startsWith(m_fixture.server->baseUrl().toString()));
        QVERIFY(flow.value("message"_L1).toString().contains(userCode));
        QCOMPARE(m_issuedCodes.constLast(), userCode);

        advance(5);
        test::HttpResult pending = poll(deviceCodeValue);
        QCOMPARE(pending.status, 400);
        QCOMPARE(error(pending), u"authorization_pending"_s);
        QCOMPARE(code(pending), 70016);

        advance(1); // faster than the 5 s interval
        QCOMPARE(error(poll(deviceCodeValue)), u"slow_down"_s);
        advance(6); // the interval is now 10 s (RFC 8628: +5): still too fast
        QCOMPARE(error(poll(deviceCodeValue)), u"slow_down"_s);
        advance(15);
        QCOMPARE(error(poll(deviceCodeValue)), u"authorization_pending"_s);

        QVERIFY(!m_fixture.identity->approve(u"NOSUCHCOD"_s, u"adele@contoso.onmicrosoft.com"_s).ok());
        QVERIFY(!m_fixture.identity->approve(userCode, u"mallory@fabrikam.com"_s).ok()); // not in the directory
        QVERIFY(m_fixture.identity->approve(userCode.toLower(), u"adele@contoso.onmicrosoft.com"_s).ok());
        QVERIFY(!m_fixture.identity->decline(userCode).ok()); // already decided

        advance(20);
        const test::HttpResult granted = poll(deviceCodeValue);
        QCOMPARE(granted.status, 200);
        const QJsonObject tokens = granted.json();
        QCOMPARE(tokens.value("token_type"_L1).toString(), u"Bearer"_s);
        QCOMPARE(tokens.value("expires_in"_L1).toInt(), 3599);
        QCOMPARE(tokens.value("scope"_L1).toString(), u"AuditLog.Read.All User.Read offline_access openid profile"_s);
        QVERIFY(!tokens.value("refresh_token"_L1).toString().isEmpty());
        QVERIFY(!tokens.value("id_token"_L1).toString().isEmpty());
        const QJsonObject access = claims(tokens.value("access_token"_L1).toString());
        QCOMPARE(access.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
        QCOMPARE(access.value("scp"_L1).toString(), u"AuditLog.Read.All User.Read openid profile"_s);
        QCOMPARE(access.value("upn"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s);
        QCOMPARE(access.value("oid"_L1).toString(), u"5b0c0d0e-1111-4222-8333-944444444444"_s);
        QCOMPARE(access.value("appidacr"_L1).toString(), u"0"_s);
        QVERIFY(!access.contains("roles"_L1));
        const QJsonObject id = claims(tokens.value("id_token"_L1).toString());
        QCOMPARE(id.value("aud"_L1).toString(), publicClient());
        QCOMPARE(id.value("preferred_username"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s);
        QCOMPARE(id.value("iss"_L1).toString(),
                 m_fixture.server->baseUrl().toString() + u'/' + m_fixture.identity->tenantId() + u"/v2.0"_s);

        const auto verified =
            m_fixture.identity->tokenVerifier().verify(tokens.value("access_token"_L1).toString().toLatin1());
        QVERIFY(verified.ok());
        QVERIFY(verified->grants(u"AuditLog.Read.All"_s));
        QCOMPARE(verified->userPrincipalName, u"adele@contoso.onmicrosoft.com"_s);

        // The device code is spent.
        advance(10);
        QCOMPARE(error(poll(deviceCodeValue)), u"bad_verification_code"_s);
        m_refreshToken = tokens.value("refresh_token"_L1).toString();
    }

    void refreshRotates()
    {
        QVERIFY(!m_refreshToken.isEmpty());
        const test::HttpResult first = refresh(m_refreshToken);
        QCOMPARE(first.status, 200);
        const QString rotated = first.json().value("refresh_token"_L1).toString();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != m_refreshToken);
        QCOMPARE(claims(first.json().value("access_token"_L1).toString()).value("upn"_L1).toString(),
                 u"adele@contoso.onmicrosoft.com"_s);

        // The old refresh token was replaced: using it again is invalid_grant.
        const test::HttpResult reused = refresh(m_refreshToken);
        QCOMPARE(reused.status, 400);
        QCOMPARE(error(reused), u"invalid_grant"_s);
        QCOMPARE(code(reused), 70000);

        // The new one can be redeemed for the Exchange SMTP scope the app has consent for.
        const test::HttpResult smtp = refresh(rotated, u"https://outlook.office.com/SMTP.Send offline_access"_s);
        QCOMPARE(smtp.status, 200);
        const QJsonObject access = claims(smtp.json().value("access_token"_L1).toString());
        QCOMPARE(access.value("aud"_L1).toString(), u"https://outlook.office.com"_s);
        QCOMPARE(access.value("scp"_L1).toString(), u"SMTP.Send"_s);
        QCOMPARE(smtp.json().value("scope"_L1).toString(), u"https://outlook.office.com/SMTP.Send offline_access"_s);
        const QString third = smtp.json().value("refresh_token"_L1).toString();

        // Not for a permission without consent; and the refresh token expires after its lifetime.
        const test::HttpResult noConsent = refresh(third, u"https://graph.microsoft.com/Mail.Send"_s);
        QCOMPARE(code(noConsent), 65001);
        QCOMPARE(code(refresh(u"garbage"_s)), 70000);
    }

    void refreshTokenExpires()
    {
        const test::HttpResult started = deviceCode(u"User.Read offline_access"_s);
        QVERIFY(m_fixture.identity
                    ->approve(started.json().value("user_code"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s)
                    .ok());
        advance(6);
        const test::HttpResult granted = poll(started.json().value("device_code"_L1).toString());
        QCOMPARE(granted.status, 200);
        advance(91 * 24 * 3600); // the default lifetime is 90 days
        const test::HttpResult expired = refresh(granted.json().value("refresh_token"_L1).toString());
        QCOMPARE(error(expired), u"invalid_grant"_s);
        QCOMPARE(code(expired), 700082);
    }

    void declined()
    {
        const test::HttpResult started = deviceCode(u"User.Read"_s);
        QVERIFY(m_fixture.identity->decline(started.json().value("user_code"_L1).toString()).ok());
        advance(6);
        const test::HttpResult result = poll(started.json().value("device_code"_L1).toString());
        QCOMPARE(result.status, 400);
        QCOMPARE(error(result), u"authorization_declined"_s);
    }

    void expires()
    {
        const test::HttpResult started = deviceCode(u"User.Read"_s);
        const QString userCode = started.json().value("user_code"_L1).toString();
        advance(121);
        QVERIFY(!m_fixture.identity->approve(userCode, u"adele@contoso.onmicrosoft.com"_s).ok());
        const test::HttpResult result = poll(started.json().value("device_code"_L1).toString());
        QCOMPARE(error(result), u"expired_token"_s);
        QCOMPARE(code(result), 70019);
    }

    void withoutOfflineAccessNoRefreshToken()
    {
        const test::HttpResult started = deviceCode(u"https://graph.microsoft.com/.default"_s, {}, u"organizations"_s);
        QCOMPARE(started.status, 200);
        QVERIFY(m_fixture.identity
                    ->approve(started.json().value("user_code"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s)
                    .ok());
        advance(6);
        const test::HttpResult granted = poll(started.json().value("device_code"_L1).toString());
        QCOMPARE(granted.status, 200);
        QVERIFY(!granted.json().contains("refresh_token"_L1));
        QVERIFY(!granted.json().contains("id_token"_L1));
        // .default: every delegated permission consented for Graph.
        const QString scp = claims(granted.json().value("access_token"_L1).toString()).value("scp"_L1).toString();
        QVERIFY(scp.contains(u"Policy.Read.All"_s));
        QVERIFY(scp.contains(u"UserAuthenticationMethod.Read.All"_s));
    }

    void unconsentedScope()
    {
        const test::HttpResult started = deviceCode(u"https://graph.microsoft.com/Mail.Send"_s);
        QCOMPARE(started.status, 200);
        QVERIFY(m_fixture.identity
                    ->approve(started.json().value("user_code"_L1).toString(), u"adele@contoso.onmicrosoft.com"_s)
                    .ok());
        advance(6);
        const test::HttpResult result = poll(started.json().value("device_code"_L1).toString());
        QCOMPARE(error(result), u"invalid_grant"_s);
        QCOMPARE(code(result), 65001);
    }

    void confidentialClientMustAuthenticate()
    {
        const QString confidential = m_fixture.identity->mainApp().clientId;
        const test::HttpResult started = deviceCode(u"User.Read"_s, confidential);
        QCOMPARE(started.status, 200);
        advance(6);
        const test::HttpResult result = poll(started.json().value("device_code"_L1).toString(), confidential);
        QCOMPARE(result.status, 401);
        QCOMPARE(code(result), 7000218);
    }

    void deviceCodeRequestErrors()
    {
        QCOMPARE(code(deviceCode(QString())), 900144);
        QCOMPARE(code(deviceCode(u"User.Read https://outlook.office.com/SMTP.Send"_s)), 700022);
        QCOMPARE(code(deviceCode(u"User.Read"_s, u"12345678-aaaa-4bbb-8ccc-123456789012"_s)), 700016);
        QCOMPARE(code(deviceCode(u"User.Read"_s, {}, u"fabrikam.onmicrosoft.com"_s)), 90002);
    }

private:
    QString m_refreshToken;
};

QTEST_GUILESS_MAIN(TestDeviceCodeFlow)
#include "TestDeviceCodeFlow.moc"
