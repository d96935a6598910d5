#include "sample/identity/Jwt.h"
#include "sample/identity/TokenIssuer.h"
#include "sample/identity/TokenVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;

// Issued tokens carry Microsoft's v1.0 claims; the verifier refuses anything not signed by the issuer's key,
// for another tenant, or outside its lifetime.
class TestTokenVerifier : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime::fromString(u"2026-11-26T10:00:00Z"_s, Qt::ISODate);
    std::optional<TokenIssuer> m_issuer;
    const QString m_tenant = u"7d1e9c3a-5b2f-4a6e-9c1d-2f3a4b5c6d7e"_s;

    SampleClock clock()
    {
        return [this] { return m_now; };
    }
    TokenGrant appGrant() const
    {
        TokenGrant grant;
        grant.tenantId = m_tenant;
        grant.appId = u"11111111-2222-4333-8444-555555555555"_s;
        grant.appDisplayName = u"auditor"_s;
        grant.audience = u"https://graph.microsoft.com"_s;
        grant.roles = {u"User.Read.All"_s, u"AuditLog.Read.All"_s};
        return grant;
    }

private slots:
    void initTestCase()
    {
        auto issuer = TokenIssuer::create(clock());
        QVERIFY(issuer.ok());
        m_issuer.emplace(*issuer);
    }

    void appTokenClaims()
    {
        const QByteArray token = *m_issuer->issueAccessToken(appGrant());
        const auto parsed = jwt::parse(token);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->header.value("alg"_L1).toString(), u"RS256"_s);
        QCOMPARE(parsed->header.value("typ"_L1).toString(), u"JWT"_s);
        QCOMPARE(parsed->header.value("x5t"_L1).toString().toLatin1(), m_issuer->keyId());
        const QJsonObject& claims = parsed->payload;
        QCOMPARE(claims.value("iss"_L1).toString(), u"https://sts.windows.net/"_s + m_tenant + u'/');
        QCOMPARE(claims.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
        QCOMPARE(claims.value("tid"_L1).toString(), m_tenant);
        QCOMPARE(claims.value("ver"_L1).toString(), u"1.0"_s);
        QCOMPARE(claims.value("appidacr"_L1).toString(), u"1"_s);
        QCOMPARE(claims.value("roles"_L1).toArray().size(), 2);
        QVERIFY(!claims.contains("scp"_L1));
        QVERIFY(!claims.contains("upn"_L1));
        QCOMPARE(claims.value("exp"_L1).toInteger() - claims.value("iat"_L1).toInteger(), 3599);
        QCOMPARE(claims.value("nbf"_L1).toInteger(), m_now.toSecsSinceEpoch());
        QVERIFY(!QUuid::fromString(claims.value("oid"_L1).toString()).isNull());

        const auto verified = m_issuer->verifier({m_tenant}).verify(token);
        QVERIFY(verified.ok());
        QVERIFY(verified->isAppOnly());
        QVERIFY(verified->grants(u"AuditLog.Read.All"_s));
        QCOMPARE(verified->appId, appGrant().appId);
        QCOMPARE(verified->expiresAt, m_now.addSecs(3599));
    }

    void delegatedTokenClaims()
    {
        TokenGrant grant = appGrant();
        grant.roles.clear();
        grant.scopes = {u"User.Read"_s, u"AuditLog.Read.All"_s};
        grant.userPrincipalName = u"adele@contoso.onmicrosoft.com"_s;
        grant.clientAuthenticationMethod = u"0"_s;
        const auto verified = m_issuer->verifier({m_tenant}).verify(*m_issuer->issueAccessToken(grant));
        QVERIFY(verified.ok());
        QVERIFY(!verified->isAppOnly());
        QCOMPARE(verified->scopes, grant.scopes);
        QVERIFY(verified->roles.isEmpty());
        QCOMPARE(verified->userPrincipalName, grant.userPrincipalName);
        const auto parsed = jwt::parse(*m_issuer->issueAccessToken(grant));
        QCOMPARE(parsed->payload.value("scp"_L1).toString(), u"User.Read AuditLog.Read.All"_s);
    }

    void refusals()
    {
        const TokenVerifier verifier = m_issuer->verifier({m_tenant});
        const QByteArray good = *m_issuer->issueAccessToken(appGrant());
        QVERIFY(verifier.verify(good).ok());

        // Lifetime, with the 5-minute skew: fine at exp + 4 min, refused at exp + 6 min.
        const QDateTime issuedAt = m_now;
        m_now = issuedAt.addSecs(3599 + 240);
        QVERIFY(verifier.verify(good).ok());
        m_now = issuedAt.addSecs(3599 + 360);
        QVERIFY(!verifier.verify(good).ok());
        m_now = issuedAt;

        // A signature from another key, a changed payload, another tenant, "alg":"none".
        auto otherIssuer = TokenIssuer::create(clock());
        QVERIFY(!verifier.verify(*otherIssuer->issueAccessToken(appGrant())).ok());
        QList<QByteArray> parts = good.split('.');
        QJsonObject payload = jwt::parse(good)->payload;
        payload.insert("roles"_L1, QJsonArray{u"Directory.ReadWrite.All"_s});
        parts[1] = jwt::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        QVERIFY(!verifier.verify(parts.join('.')).ok());
        QVERIFY(!m_issuer->verifier({u"another-tenant"_s}).verify(good).ok());
        const QByteArray unsigned_ =
            jwt::base64UrlEncode(R"({"alg":"none","typ":"JWT"})") + '.' + good.split('.').at(1) + '.';
        QVERIFY(!verifier.verify(unsigned_).ok());
        QVERIFY(!verifier.verify("a.b.c").ok());
        QVERIFY(!TokenVerifier().verify(good).ok());
    }

    void cachedTokensStillExpireAndAlteredOnesAreVerified()
    {
        const TokenVerifier verifier = m_issuer->verifier({m_tenant});
        const QByteArray good = *m_issuer->issueAccessToken(appGrant());
        const auto first = verifier.verify(good);
        QVERIFY(first.ok());
        // Cached: the same claims again.
        const auto again = verifier.verify(good);
        QVERIFY(again.ok());
        QCOMPARE(again->appId, first->appId);
        QCOMPARE(again->roles, first->roles);
        QCOMPARE(again->expiresAt, first->expiresAt);

        // Each altered signature byte (and a truncated or extended token) is refused although the good
        // token is cached; a copy of the verifier shares the cache and refuses them too.
        const TokenVerifier copy = verifier;
        const qsizetype signatureStart = good.lastIndexOf('.') + 1;
        for (qsizetype i = signatureStart; i < good.size(); i += 7) {
            QByteArray altered = good;
            altered[i] = altered[i] == 'A' ? 'B' : 'A';
            QVERIFY2(!verifier.verify(altered).ok(), qPrintable(QString::number(i)));
            QVERIFY(!copy.verify(altered).ok());
        }
        QVERIFY(!verifier.verify(good.chopped(1)).ok());
        QVERIFY(!verifier.verify(good + 'A').ok());
        QVERIFY(verifier.verify(good).ok());
        QVERIFY(copy.verify(good).ok());

        // The cached claims expire with the token (exp + 5 minutes of skew), also for the copy.
        const QDateTime issuedAt = m_now;
        m_now = issuedAt.addSecs(3599 + 301);
        QVERIFY(!copy.verify(good).ok());
        QVERIFY(!verifier.verify(good).ok());
        // Before nbf (minus the skew) a cached token is not valid either.
        m_now = issuedAt;
        QVERIFY(verifier.verify(good).ok());
        m_now = issuedAt.addSecs(-301);
        QVERIFY(!verifier.verify(good).ok());
        m_now = issuedAt;
        QVERIFY(verifier.verify(good).ok());
    }

    void anExpiredTokenIsRefusedWithoutEverBeingCached()
    {
        const TokenVerifier verifier = m_issuer->verifier({m_tenant});
        const QByteArray token = *m_issuer->issueAccessToken(appGrant());
        const QDateTime issuedAt = m_now;
        m_now = issuedAt.addSecs(3599 + 400);
        const auto refused = verifier.verify(token);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().toString().contains(u"expired"_s));
        m_now = issuedAt;
    }

    void aFullCacheKeepsWorking()
    {
        const TokenVerifier verifier = m_issuer->verifier({m_tenant});
        QByteArray first;
        for (qsizetype i = 0; i <= TokenVerifier::MaxCachedTokens + 1; ++i) {
            TokenGrant grant = appGrant();
            grant.appDisplayName = u"app "_s + QString::number(i); // a distinct token each time
            const QByteArray token = *m_issuer->issueAccessToken(grant);
            if (i == 0)
                first = token;
            QVERIFY(verifier.verify(token).ok());
        }
        QVERIFY(verifier.verify(first).ok());
    }

    void base64UrlIsStrict()
    {
        QCOMPARE(jwt::base64UrlDecode("aGk").value_or("x"), QByteArray("hi"));
        QVERIFY(!jwt::base64UrlDecode("a*b").has_value());
        QCOMPARE(jwt::base64UrlEncode(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
    }
};

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "TestTokenVerifier.moc"
