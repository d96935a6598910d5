#include "identity/OAuthClient.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestOAuthClient : public QObject
{
    Q_OBJECT

private:
    static ApiResponse errorResponse(int status, const QByteArray& body)
    {
        ApiResponse response;
        response.status = status;
        response.body = body;
        return response;
    }

private slots:
    void formEncodingEscapesPlusAndReserved()
    {
        // Portal secrets contain characters like '~', '+', '/', '=': each must survive the form encoding.
        const QString secret = u"aB3~x+y/z=w&q%r s"_s;
        const QByteArray body = OAuthClient::formEncode(
            {{u"client_secret"_s, secret}, {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
        QVERIFY(!body.contains('+'));
        QVERIFY(body.contains("%2B"));
        // Decoding as a server does (form rules: '+' is a space) gives the secret back unchanged.
        QUrlQuery parsed(QString::fromLatin1(body).replace(u'+', u' '));
        QCOMPARE(parsed.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded), secret);
        QCOMPARE(parsed.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"https://graph.microsoft.com/.default"_s);
    }

    void parsesTheDocumentedSuccessResponse()
    {
        // v2-oauth2-client-creds-grant-flow.md: {token_type, expires_in: 3599, access_token}.
        const QJsonObject body =
            QJsonDocument::fromJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                                    "\"access_token\":\"eyJ0eXAi.eyJhdWQi.sig\"}")
                .object();
        const QDateTime now(QDate(2026, 11, 26), QTime(10, 0), QTimeZone::utc());
        const auto grant = OAuthClient::parseGrant(body, now, u"https://graph.microsoft.com/.default"_s);
        QVERIFY(grant.ok());
        QCOMPARE(grant->accessToken.value, "eyJ0eXAi.eyJhdWQi.sig"_ba);
        QCOMPARE(grant->accessToken.expiresAt, now.addSecs(3599));
        QCOMPARE(grant->accessToken.scope, u"https://graph.microsoft.com/.default"_s);
        QVERIFY(grant->refreshToken.isEmpty());
        QVERIFY(grant->accessToken.isUsableAt(now, std::chrono::seconds(300)));
        QVERIFY(!grant->accessToken.isUsableAt(now.addSecs(3400), std::chrono::seconds(300)));
    }

    void refreshTokenAndStringExpiry()
    {
        const QJsonObject body =
            QJsonDocument::fromJson("{\"token_type\":\"Bearer\",\"expires_in\":\"3600\",\"access_token\":\"a\","
                                    "\"refresh_token\":\"r\",\"scope\":\"SMTP.Send offline_access\"}")
                .object();
        const auto grant = OAuthClient::parseGrant(body, QDateTime::currentDateTimeUtc(), {});
        QVERIFY(grant.ok());
        QCOMPARE(grant->refreshToken, "r"_ba);
        QCOMPARE(grant->grantedScopes, u"SMTP.Send offline_access"_s);
    }

    void incompleteSuccessIsMalformed()
    {
        for (const char* json : {"{\"token_type\":\"Bearer\",\"expires_in\":3599}", "{\"access_token\":\"a\"}",
                                 "{\"token_type\":\"mac\",\"expires_in\":3599,\"access_token\":\"a\"}"}) {
            const auto grant =
                OAuthClient::parseGrant(QJsonDocument::fromJson(json).object(), QDateTime::currentDateTimeUtc(), {});
            QVERIFY2(!grant.ok(), json);
            QCOMPARE(grant.error().category, Error::Category::MalformedResponse);
        }
    }

    void mapsIdentityPlatformErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("messagePart");
        // Error bodies in the identity platform's shape (reference section 5); AADSTS texts as the service
        // words them.
        QTest::newRow("wrong secret")
            << 401
            << "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\",\"error_codes\":[7000215],\"trace_id\":\"t\",\"correlation_id\":\"c\"}"_ba
            << int(Error::Category::Authentication) << u"secret"_s;
        QTest::newRow("expired secret")
            << 401
            << "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000222: The provided client secret keys for app 'x' are expired.\",\"error_codes\":[7000222]}"_ba
            << int(Error::Category::Authentication) << u"expired"_s;
        QTest::newRow("certificate not registered")
            << 401
            << "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.\",\"error_codes\":[700027]}"_ba
            << int(Error::Category::Authentication) << u"certificate"_s;
        QTest::newRow("unknown app")
            << 400
            << "{\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: Application with identifier 'x' was not found in the directory 'y'.\",\"error_codes\":[700016]}"_ba
            << int(Error::Category::Authentication) << u"not known"_s;
        QTest::newRow("unknown tenant")
            << 400
            << "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS90002: Tenant 'nope' not found.\",\"error_codes\":[90002]}"_ba
            << int(Error::Category::InvalidInput) << u"tenant"_s;
        QTest::newRow("no consent")
            << 400
            << "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS65001: The user or administrator has not consented to use the application.\",\"error_codes\":[65001]}"_ba
            << int(Error::Category::PermissionMissing) << u"consent"_s;
        QTest::newRow("dead refresh token")
            << 400
            << "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: The provided authorization code or refresh token has expired due to inactivity.\",\"error_codes\":[70008]}"_ba
            << int(Error::Category::Authentication) << u"sign in again"_s;
        QTest::newRow("declined") << 400
                                  << "{\"error\":\"authorization_declined\",\"error_description\":\"AADSTS70000\"}"_ba
                                  << int(Error::Category::Authentication) << u"declined"_s;
        QTest::newRow("expired code") << 400 << "{\"error\":\"expired_token\",\"error_description\":\"AADSTS70019\"}"_ba
                                      << int(Error::Category::Authentication) << u"expired"_s;
        QTest::newRow("bad code") << 400 << "{\"error\":\"bad_verification_code\"}"_ba
                                  << int(Error::Category::Authentication) << u"device code"_s;
        QTest::newRow("invalid scope") << 400
                                       << "{\"error\":\"invalid_scope\",\"error_description\":\"AADSTS70011\"}"_ba
                                       << int(Error::Category::InvalidInput) << u"scope"_s;
        QTest::newRow("server error") << 500 << "{\"error\":\"server_error\"}"_ba << int(Error::Category::Service)
                                      << u"unavailable"_s;
    }
    void mapsIdentityPlatformErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, category);
        QFETCH(QString, messagePart);
        const Error error = OAuthClient::mapTokenError(errorResponse(status, body));
        QCOMPARE(int(error.category), category);
        QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.subject.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOAuthClient)
#include "TestOAuthClient.moc"
