#include "identity/TokenClaims.h"

#include "TestJwt.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestTokenClaims : public QObject
{
    Q_OBJECT

private slots:
    void appOnlyToken()
    {
        // Claims of an app-only Graph token (access-token-claims-reference: roles, wids, tid, appid, idtyp).
        const QJsonObject payload{{u"aud"_s, u"https://graph.microsoft.com"_s},
                                  {u"tid"_s, u"11111111-2222-3333-4444-555555555555"_s},
                                  {u"appid"_s, u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s},
                                  {u"idtyp"_s, u"app"_s},
                                  {u"roles"_s, QJsonArray{u"User.Read.All"_s, u"AuditLog.Read.All"_s}},
                                  {u"wids"_s, QJsonArray{u"f2ef992c-3afb-46b9-b7cf-a126ee74c451"_s}},
                                  {u"nbf"_s, 1700000000},
                                  {u"exp"_s, 1700003599}};
        const auto claims = TokenClaims::decode(test::makeToken(payload));
        QVERIFY(claims.ok());
        QCOMPARE(claims->roles, (QStringList{u"User.Read.All"_s, u"AuditLog.Read.All"_s}));
        QVERIFY(claims->scopes.isEmpty());
        QVERIFY(!claims->isDelegated());
        QVERIFY(claims->grants(u"auditlog.read.all"_s));
        QVERIFY(!claims->grants(u"Policy.Read.All"_s));
        QVERIFY(claims->hasRoleTemplate(u"F2EF992C-3AFB-46B9-B7CF-A126EE74C451"_s));
        QCOMPARE(claims->tenantId, u"11111111-2222-3333-4444-555555555555"_s);
        QCOMPARE(claims->appId, u"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"_s);
        QCOMPARE(claims->audience, u"https://graph.microsoft.com"_s);
        QCOMPARE(claims->expiresAt, QDateTime::fromSecsSinceEpoch(1700003599, Qt::UTC));
    }

    void delegatedToken()
    {
        const QJsonObject payload{{u"aud"_s, QJsonArray{u"https://outlook.office.com"_s}},
                                  {u"azp"_s, u"client"_s},
                                  {u"scp"_s, u"SMTP.Send  User.Read offline_access"_s},
                                  {u"preferred_username"_s, u"admin@contoso.onmicrosoft.com"_s}};
        const auto claims = TokenClaims::decode(test::makeToken(payload));
        QVERIFY(claims.ok());
        QCOMPARE(claims->scopes, (QStringList{u"SMTP.Send"_s, u"User.Read"_s, u"offline_access"_s}));
        QVERIFY(claims->isDelegated());
        QCOMPARE(claims->appId, u"client"_s);
        QCOMPARE(claims->audience, u"https://outlook.office.com"_s);
        QCOMPARE(claims->userPrincipalName, u"admin@contoso.onmicrosoft.com"_s);
        QVERIFY(!claims->expiresAt.isValid());
    }

    void malformedTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("opaque") << QByteArray("EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA");
        QTest::newRow("two parts") << QByteArray("a.b");
        QTest::newRow("bad base64") << QByteArray("eyJ0eXAiOiJKV1QifQ.*****.sig");
        QTest::newRow("not json") << (Base64Url::encode("{}") + '.' + Base64Url::encode("[1,2]") + ".sig");
    }
    void malformedTokens()
    {
        QFETCH(QByteArray, token);
        const auto claims = TokenClaims::decode(token);
        QVERIFY(!claims.ok());
        QCOMPARE(claims.error().category, Error::Category::MalformedResponse);
        QVERIFY(!claims.error().toString().contains(QString::fromLatin1(token)));
    }
};

QTEST_GUILESS_MAIN(TestTokenClaims)
#include "TestTokenClaims.moc"
