#include "identity/CloudEnvironment.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestCloudEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void predefinedClouds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("graph");
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<QString>("exchangeScope");
        // Reference sections 4 (Exchange hosts and scopes, SCUBA) and 5 (login hosts, Graph roots).
        QTest::newRow("global") << u"global"_s << u"login.microsoftonline.com"_s << u"graph.microsoft.com"_s
                                << u"outlook.office365.com"_s << u"https://outlook.office365.com/.default"_s;
        QTest::newRow("usgov") << u"usgov"_s << u"login.microsoftonline.us"_s << u"graph.microsoft.us"_s
                               << u"outlook.office365.us"_s << u"https://outlook.office365.us/.default"_s;
        QTest::newRow("usgovdod") << u"usgovdod"_s << u"login.microsoftonline.us"_s << u"dod-graph.microsoft.us"_s
                                  << u"outlook-dod.office365.us"_s << u"https://outlook-dod.office365.us/.default"_s;
        QTest::newRow("china") << u"china"_s << u"login.partner.microsoftonline.cn"_s
                               << u"microsoftgraph.chinacloudapi.cn"_s << u"partner.outlook.cn"_s
                               << u"https://partner.outlook.cn/.default"_s;
    }
    void predefinedClouds()
    {
        QFETCH(QString, name);
        QFETCH(QString, login);
        QFETCH(QString, graph);
        QFETCH(QString, exchange);
        QFETCH(QString, exchangeScope);
        const auto cloud = CloudEnvironment::named(name);
        QVERIFY(cloud.has_value());
        QCOMPARE(cloud->name, name);
        QCOMPARE(cloud->loginBase.host(), login);
        QCOMPARE(cloud->graphBase.host(), graph);
        QCOMPARE(cloud->exchangeBase.host(), exchange);
        QCOMPARE(cloud->exchangeScope, exchangeScope);
        QCOMPARE(cloud->graphScope, u"https://"_s + graph + u"/.default"_s);
        QCOMPARE(cloud->scopeFor(TokenResource::Graph, false), cloud->graphScope);
        // App-only SMTP uses the Exchange .default scope.
        QCOMPARE(cloud->scopeFor(TokenResource::Smtp, false), exchangeScope);
        QVERIFY(cloud->validate().ok());
        QVERIFY(CloudEnvironment::names().contains(name));
    }

    void unverifiedValuesAreMarked()
    {
        QVERIFY(CloudEnvironment::named(u"china"_s)->unverified.contains(u"exchangeScope"_s));
        QVERIFY(!CloudEnvironment::named(u"global"_s)->unverified.contains(u"exchangeScope"_s));
        QVERIFY(CloudEnvironment::named(u"global"_s)->unverified.contains(u"delegatedExchangeScope"_s));
    }

    void aliasesAndUnknownNames()
    {
        QCOMPARE(CloudEnvironment::named(u"GCC"_s)->name, u"global"_s);
        QCOMPARE(CloudEnvironment::named(u"gcchigh"_s)->name, u"usgov"_s);
        QVERIFY(!CloudEnvironment::named(u"mars"_s).has_value());
    }

    void endpoints()
    {
        const auto cloud = *CloudEnvironment::named(u"global"_s);
        QCOMPARE(cloud.tokenEndpoint(u"contoso.onmicrosoft.com"_s).toString(),
                 u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s);
        QCOMPARE(cloud.deviceCodeEndpoint(u"tid"_s).toString(),
                 u"https://login.microsoftonline.com/tid/oauth2/v2.0/devicecode"_s);
        QCOMPARE(cloud.authorizeEndpoint(u"tid"_s).toString(),
                 u"https://login.microsoftonline.com/tid/oauth2/v2.0/authorize"_s);
        QCOMPARE(cloud.graphUrl(u"/v1.0/users"_s).toString(), u"https://graph.microsoft.com/v1.0/users"_s);
        QCOMPARE(cloud.exchangeInvokeCommandUrl(u"tid"_s).toString(),
                 u"https://outlook.office365.com/adminapi/beta/tid/InvokeCommand"_s);
        QCOMPARE(cloud.exchangeBatchUrl(u"tid"_s).toString(),
                 u"https://outlook.office365.com/adminapi/beta/tid/$batch"_s);
        QCOMPARE(cloud.scopeFor(TokenResource::Smtp, true), u"https://outlook.office.com/SMTP.Send"_s);
    }

    void customCloudKeepsPathsAndDefaultsScopes()
    {
        CloudEnvironment::CustomUrls urls;
        urls.login = QUrl(u"https://127.0.0.1:8443/login/"_s);
        urls.graph = QUrl(u"https://127.0.0.1:8443"_s);
        urls.exchange = QUrl(u"https://127.0.0.1:8443"_s);
        const auto cloud = CloudEnvironment::custom(urls);
        QVERIFY(cloud.ok());
        QCOMPARE(cloud->kind, CloudEnvironment::Kind::Custom);
        QCOMPARE(cloud->tokenEndpoint(u"t"_s).toString(), u"https://127.0.0.1:8443/login/t/oauth2/v2.0/token"_s);
        QCOMPARE(cloud->graphUrl(u"v1.0/users"_s).toString(), u"https://127.0.0.1:8443/v1.0/users"_s);
        QCOMPARE(cloud->graphScope, u"https://graph.microsoft.com/.default"_s);
        urls.graphScope = u"api://custom/.default"_s;
        QCOMPARE(CloudEnvironment::custom(urls)->graphScope, u"api://custom/.default"_s);
    }

    void customCloudAcceptsHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https remote") << u"https://proxy.example.com"_s << true;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http 127.2.3.4") << u"http://127.2.3.4:8080"_s << true;
        QTest::newRow("http ::1") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http remote") << u"http://proxy.example.com"_s << false;
        QTest::newRow("http LAN") << u"http://10.1.2.3"_s << false;
        QTest::newRow("not a url") << u"graph"_s << false;
    }
    void customCloudAcceptsHttpOnlyForLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        CloudEnvironment::CustomUrls urls;
        urls.login = QUrl(u"https://login.example.com"_s);
        urls.graph = QUrl(url);
        urls.exchange = QUrl(u"https://exo.example.com"_s);
        const auto cloud = CloudEnvironment::custom(urls);
        QCOMPARE(cloud.ok(), accepted);
        if (!accepted) {
            QCOMPARE(cloud.error().category, Error::Category::InvalidInput);
            QVERIFY2(cloud.error().subject.contains(u"Graph"_s), qPrintable(cloud.error().subject));
        }
    }

    void resourceKeys()
    {
        for (const TokenResource resource : {TokenResource::Graph, TokenResource::ExchangeAdmin, TokenResource::Smtp})
            QCOMPARE(tokenResourceFromKey(tokenResourceKey(resource)), std::optional(resource));
        QCOMPARE(tokenResourceFromKey(u"https://graph.microsoft.com/.default"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCloudEnvironment)
#include "TestCloudEnvironment.moc"
