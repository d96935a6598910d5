#include "SampleServerFixture.h"

#include "sample/identity/Jwt.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

namespace {
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;
void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logLines << message;
    g_previousHandler(type, context, message);
}
} // namespace

// Client credentials with a secret (form and HTTP Basic) and the identity platform's errors, which must have
// Entra's shape: {error, error_description "AADSTS<code>: ...", error_codes, timestamp, trace_id,
// correlation_id, error_uri}.
class TestClientCredentials : public QObject
{
    Q_OBJECT

    test::SampleServerFixture m_fixture;
    // A registration whose secret needs form encoding: '+', '&', '=', '%', '~' and a space.
    const QString m_awkwardSecret = u"a+b&c=d%20e~f g"_s;
    const QString m_awkwardClientId = u"7a1b2c3d-0000-4000-8000-000000000001"_s;

    QUrlQuery form(const QString& clientId, const QString& secret, const QString& scope)
    {
        QUrlQuery query;
        query.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        query.addQueryItem(u"client_id"_s, clientId);
        if (!secret.isNull())
            query.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        if (!scope.isNull())
            query.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
        return query;
    }
    QUrlQuery mainForm(const QString& scope = u"https://graph.microsoft.com/.default"_s)
    {
        return form(m_fixture.identity->mainApp().clientId, m_fixture.identity->mainApp().clientSecret, scope);
    }

    // Checks the Entra error shape and returns the AADSTS code.
    static int aadError(const test::HttpResult& result, int httpStatus, const QString& error)
    {
        [&] {
            QCOMPARE(result.status, httpStatus);
            const QJsonObject body = result.json();
            QCOMPARE(body.value("error"_L1).toString(), error);
            const QString description = body.value("error_description"_L1).toString();
            QVERIFY2(
                QRegularExpression(u"^AADSTS\\d+: .+\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\n"
                                   "Timestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"_s,
                                   QRegularExpression::DotMatchesEverythingOption)
                    .match(description)
                    .hasMatch(),
                qPrintable(description));
            QCOMPARE(body.value("error_codes"_L1).toArray().size(), 1);
            QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"_s)
                        .match(body.value("timestamp"_L1).toString())
                        .hasMatch());
            QVERIFY(!QUuid::fromString(body.value("trace_id"_L1).toString()).isNull());
            QVERIFY(!QUuid::fromString(body.value("correlation_id"_L1).toString()).isNull());
            QCOMPARE(body.value("error_uri"_L1).toString(),
                     u"https://login.microsoftonline.com/error?code="_s +
                         QString::number(body.value("error_codes"_L1).toArray().at(0).toInt()));
            QVERIFY(description.startsWith(
                u"AADSTS"_s + QString::number(body.value("error_codes"_L1).toArray().at(0).toInt()) + u": "_s));
        }();
        return result.json().value("error_codes"_L1).toArray().at(0).toInt();
    }

    static QJsonObject claimsOf(const test::HttpResult& result)
    {
        const auto parsed = jwt::parse(result.json().value("access_token"_L1).toString().toLatin1());
        return parsed ? parsed->payload : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(u"smtpaudit.*.debug=true"_s);
        QVERIFY(m_fixture.start());
        SampleAppRegistration awkward;
        awkward.clientId = m_awkwardClientId;
        awkward.displayName = u"awkward secret"_s;
        awkward.clientSecrets = {m_awkwardSecret};
        awkward.appRoles.insert(resources::graphAppId, {u"User.Read.All"_s});
        m_fixture.identity->registerApp(awkward);
    }

    void cleanupTestCase()
    {
        // No secret or token reached a log line (debug output included).
        const QString joined = g_logLines.join(u'\n');
        QVERIFY(!joined.contains(m_fixture.identity->mainApp().clientSecret));
        QVERIFY(!joined.contains(m_awkwardSecret));
        QVERIFY(!joined.contains(u"eyJ"_s)); // no JWT
        qInstallMessageHandler(g_previousHandler);
    }

    void secretGivesGraphTokenWithRoles()
    {
        const test::HttpResult result = m_fixture.postForm(m_fixture.tokenPath(), mainForm());
        QCOMPARE(result.status, 200);
        const QJsonObject body = result.json();
        QCOMPARE(body.keys(), (QStringList{u"access_token"_s, u"expires_in"_s, u"token_type"_s}));
        QCOMPARE(body.value("token_type"_L1).toString(), u"Bearer"_s);
        QCOMPARE(body.value("expires_in"_L1).toInt(), 3599);
        QVERIFY(result.header("cache-control").contains("no-store"));
        QVERIFY(result.header("content-type").startsWith("application/json"));

        const QJsonObject claims = claimsOf(result);
        QCOMPARE(claims.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
        QCOMPARE(claims.value("iss"_L1).toString(),
                 u"https://sts.windows.net/"_s + m_fixture.identity->tenantId() + u'/');
        QCOMPARE(claims.value("tid"_L1).toString(), m_fixture.identity->tenantId());
        QCOMPARE(claims.value("appid"_L1).toString(), m_fixture.identity->mainApp().clientId);
        QCOMPARE(claims.value("appidacr"_L1).toString(), u"1"_s);
        QCOMPARE(claims.value("ver"_L1).toString(), u"1.0"_s);
        QCOMPARE(claims.value("exp"_L1).toInteger() - claims.value("iat"_L1).toInteger(), 3599);
        QStringList roles;
        for (const QJsonValue& role : claims.value("roles"_L1).toArray())
            roles << role.toString();
        roles.sort();
        QCOMPARE(roles,
                 (QStringList{u"Application.Read.All"_s, u"AuditLog.Read.All"_s, u"Directory.Read.All"_s,
                              u"Policy.Read.All"_s, u"User.Read.All"_s, u"UserAuthenticationMethod.Read.All"_s}));
        // The TokenVerifier accepts what the endpoint issued.
        QVERIFY(m_fixture.identity->tokenVerifier().verify(body.value("access_token"_L1).toString().toLatin1()).ok());
    }

    void exchangeScopeGivesExchangeRoles()
    {
        const test::HttpResult result =
            m_fixture.postForm(m_fixture.tokenPath(), mainForm(u"https://outlook.office365.com/.default"_s));
        QCOMPARE(result.status, 200);
        const QJsonObject claims = claimsOf(result);
        QCOMPARE(claims.value("aud"_L1).toString(), u"https://outlook.office365.com"_s);
        QCOMPARE(claims.value("roles"_L1).toArray(), (QJsonArray{u"Exchange.ManageAsApp"_s, u"SMTP.SendAsApp"_s}));
    }

    void restrictedAppLacksAuditLog()
    {
        const SampleAppCredentials& restricted = m_fixture.identity->restrictedApp();
        const test::HttpResult result =
            m_fixture.postForm(m_fixture.tokenPath(), form(restricted.clientId, restricted.clientSecret,
                                                           u"https://graph.microsoft.com/.default"_s));
        QCOMPARE(result.status, 200);
        const QJsonArray roles = claimsOf(result).value("roles"_L1).toArray();
        QVERIFY(roles.contains(u"User.Read.All"_s));
        QVERIFY(!roles.contains(u"AuditLog.Read.All"_s));
    }

    void httpBasicAndAwkwardSecrets()
    {
        // RFC 6749 2.3.1: Basic base64(urlencode(id):urlencode(secret)).
        const QByteArray basic = "Basic " + QByteArray(QUrl::toPercentEncoding(m_awkwardClientId) + ':' +
                                                       QUrl::toPercentEncoding(m_awkwardSecret))
                                                .toBase64();
        QUrlQuery bodyOnly;
        bodyOnly.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        bodyOnly.addQueryItem(u"scope"_s, u"https%3A%2F%2Fgraph.microsoft.com%2F.default"_s);
        const test::HttpResult viaBasic = m_fixture.postForm(m_fixture.tokenPath(), bodyOnly, basic);
        QCOMPARE(viaBasic.status, 200);
        QCOMPARE(claimsOf(viaBasic).value("appid"_L1).toString(), m_awkwardClientId);

        const test::HttpResult viaForm = m_fixture.postForm(
            m_fixture.tokenPath(), form(m_awkwardClientId, m_awkwardSecret, u"https://graph.microsoft.com/.default"_s));
        QCOMPARE(viaForm.status, 200);
        // '+' in a form body is a space: the secret sent unencoded is a different secret.
        QUrlQuery raw;
        raw.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
        raw.addQueryItem(u"client_id"_s, m_awkwardClientId);
        raw.addQueryItem(u"client_secret"_s, u"a+b"_s);
        raw.addQueryItem(u"scope"_s, u"https%3A%2F%2Fgraph.microsoft.com%2F.default"_s);
        QCOMPARE(aadError(m_fixture.postForm(m_fixture.tokenPath(), raw), 401, u"invalid_client"_s), 7000215);
    }

    void tenantByDomainAndAliases()
    {
        const QString domain = m_fixture.identity->verifiedDomains().constFirst();
        QCOMPARE(m_fixture.postForm(m_fixture.tokenPath(domain), mainForm()).status, 200);
        QCOMPARE(m_fixture.postForm(m_fixture.tokenPath(domain.toUpper()), mainForm()).status, 200);
        QCOMPARE(aadError(m_fixture.postForm(m_fixture.tokenPath(u"organizations"_s), mainForm()), 400,
                          u"invalid_request"_s),
                 50059);
        QCOMPARE(aadError(m_fixture.postForm(m_fixture.tokenPath(u"common"_s), mainForm()), 400, u"invalid_request"_s),
                 9001023);
        const test::HttpResult unknown =
            m_fixture.postForm(m_fixture.tokenPath(u"00000000-1111-2222-3333-444444444444"_s), mainForm());
        QCOMPARE(aadError(unknown, 400, u"invalid_request"_s), 90002);
        QVERIFY(unknown.json()
                    .value("error_description"_L1)
                    .toString()
                    .contains(u"Tenant '00000000-1111-2222-3333-444444444444' not found"_s));
        QCOMPARE(aadError(m_fixture.postForm(m_fixture.tokenPath(u"fabrikam.onmicrosoft.com"_s), mainForm()), 400,
                          u"invalid_request"_s),
                 90002);
        QCOMPARE(
            aadError(m_fixture.postForm(m_fixture.tokenPath(u"not_a_domain"_s), mainForm()), 400, u"invalid_request"_s),
            900023);
    }

    void wrongSecretHasEntraShape()
    {
        QNetworkRequest post = m_fixture.request(m_fixture.tokenPath());
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        post.setRawHeader("client-request-id", "0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
        const QUrlQuery wrong = form(m_fixture.identity->mainApp().clientId, u"not-the-secret"_s,
                                     u"https://graph.microsoft.com/.default"_s);
        const test::HttpResult result =
            m_fixture.wait(m_fixture.network.post(post, wrong.toString(QUrl::FullyEncoded).toLatin1()));
        QCOMPARE(aadError(result, 401, u"invalid_client"_s), 7000215);
        const QString description = result.json().value("error_description"_L1).toString();
        QVERIFY(description.startsWith(
            u"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '"_s +
            m_fixture.identity->mainApp().clientId + u"'."_s));
        QCOMPARE(result.json().value("correlation_id"_L1).toString(), u"0d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"_s);
        QVERIFY(!description.contains(u"not-the-secret"_s));
    }

    void requestErrors_data()
    {
        QTest::addColumn<QUrlQuery>("body");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("code");
        QUrlQuery noGrant = mainForm();
        noGrant.removeQueryItem(u"grant_type"_s);
        QTest::newRow("no grant_type") << noGrant << 400 << u"invalid_request"_s << 900144;
        QUrlQuery password = mainForm();
        password.removeQueryItem(u"grant_type"_s);
        password.addQueryItem(u"grant_type"_s, u"password"_s);
        QTest::newRow("unsupported grant") << password << 400 << u"unsupported_grant_type"_s << 70003;
        QTest::newRow("unknown app") << form(u"99999999-9999-4999-8999-999999999999"_s, u"x"_s,
                                             u"https://graph.microsoft.com/.default"_s)
                                     << 400 << u"unauthorized_client"_s << 700016;
        QTest::newRow("no secret") << form(m_fixture.identity->mainApp().clientId, QString(),
                                           u"https://graph.microsoft.com/.default"_s)
                                   << 401 << u"invalid_client"_s << 7000218;
        QTest::newRow("no scope") << mainForm(QString()) << 400 << u"invalid_request"_s << 900144;
        QTest::newRow("not .default") << mainForm(u"https://graph.microsoft.com/User.Read.All"_s) << 400
                                      << u"invalid_scope"_s << 1002012;
        QTest::newRow("bare permission") << mainForm(u"User.Read.All"_s) << 400 << u"invalid_scope"_s << 1002012;
        QTest::newRow("two resources")
            << mainForm(u"https://graph.microsoft.com/.default https://outlook.office365.com/.default"_s) << 400
            << u"invalid_scope"_s << 700022;
        QTest::newRow("unknown resource")
            << mainForm(u"https://management.azure.com/.default"_s) << 400 << u"invalid_resource"_s << 500011;
        QTest::newRow("openid with .default")
            << mainForm(u"https://graph.microsoft.com/.default openid"_s) << 400 << u"invalid_scope"_s << 1002012;
        QTest::newRow("public client without credential")
            << form(m_fixture.identity->publicClient().clientId, QString(), u"https://graph.microsoft.com/.default"_s)
            << 401 << u"invalid_client"_s << 7000218;
    }

    void requestErrors()
    {
        QFETCH(QUrlQuery, body);
        QFETCH(int, httpStatus);
        QFETCH(QString, error);
        QFETCH(int, code);
        QCOMPARE(aadError(m_fixture.postForm(m_fixture.tokenPath(), body), httpStatus, error), code);
    }

    void discoveryDocuments()
    {
        const test::HttpResult configuration = m_fixture.get(
            u"/"_s + m_fixture.identity->verifiedDomains().constFirst() + u"/v2.0/.well-known/openid-configuration"_s);
        QCOMPARE(configuration.status, 200);
        const QJsonObject document = configuration.json();
        QCOMPARE(document.value("token_endpoint"_L1).toString(), m_fixture.url(m_fixture.tokenPath()).toString());
        QCOMPARE(document.value("issuer"_L1).toString(),
                 m_fixture.server->baseUrl().toString() + u'/' + m_fixture.identity->tenantId() + u"/v2.0"_s);
        QVERIFY(document.value("device_authorization_endpoint"_L1).toString().endsWith(u"/oauth2/v2.0/devicecode"_s));

        const QString jwksPath = QUrl(document.value("jwks_uri"_L1).toString()).path();
        const test::HttpResult keys = m_fixture.get(jwksPath);
        QCOMPARE(keys.status, 200);
        const QJsonObject key = keys.json().value("keys"_L1).toArray().at(0).toObject();
        const QSslCertificate& signing = m_fixture.identity->tokenIssuer().signingCredential().certificate;
        QCOMPARE(QByteArray::fromBase64(key.value("x5c"_L1).toArray().at(0).toString().toLatin1()), signing.toDer());
        QCOMPARE(key.value("kty"_L1).toString(), u"RSA"_s);
        QCOMPARE(QByteArray::fromBase64(key.value("n"_L1).toString().toLatin1(), QByteArray::Base64UrlEncoding).size(),
                 256);
        QCOMPARE(QByteArray::fromBase64(key.value("e"_L1).toString().toLatin1(), QByteArray::Base64UrlEncoding),
                 QByteArray("\x01\x00\x01", 3));
        // The kid names the key that signs access tokens.
        const test::HttpResult token = m_fixture.postForm(m_fixture.tokenPath(), mainForm());
        const auto header = jwt::parse(token.json().value("access_token"_L1).toString().toLatin1())->header;
        QCOMPARE(header.value("kid"_L1).toString(), key.value("kid"_L1).toString());

        QCOMPARE(aadError(m_fixture.get(u"/fabrikam.onmicrosoft.com/discovery/v2.0/keys"_s), 400, u"invalid_request"_s),
                 90002);
    }

    void publicClientMustNotPresentASecret()
    {
        SampleAppRegistration app = *m_fixture.identity->app(m_fixture.identity->publicClient().clientId);
        QVERIFY(app.isPublicClient);
        const test::HttpResult result = m_fixture.postForm(
            m_fixture.tokenPath(), form(app.clientId, u"some-secret"_s, u"https://graph.microsoft.com/.default"_s));
        QCOMPARE(aadError(result, 401, u"invalid_client"_s), 700025);
    }

    void getIsRefused() { QCOMPARE(aadError(m_fixture.get(m_fixture.tokenPath()), 400, u"invalid_request"_s), 900561); }

    void secretsAreGeneratedInThePortalShape()
    {
        const QString secret = IdentityPlatform::generateClientSecret();
        QCOMPARE(secret.size(), 40);
        QCOMPARE(secret.mid(3, 3), u"8Q~"_s);
        QVERIFY(secret != IdentityPlatform::generateClientSecret());
        QCOMPARE(m_fixture.identity->mainApp().clientSecret.size(), 40);
    }
};

QTEST_GUILESS_MAIN(TestClientCredentials)
#include "TestClientCredentials.moc"
