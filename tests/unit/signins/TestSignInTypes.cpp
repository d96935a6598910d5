#include "signins/SignInTypes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestSignInTypes : public QObject
{
    Q_OBJECT

private slots:
    void clientAppsMatchCaseInsensitively_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<ClientApp>("expected");
        QTest::newRow("smtp") << u"Authenticated SMTP"_s << ClientApp::AuthenticatedSmtp;
        QTest::newRow("smtp lower") << u"authenticated smtp"_s << ClientApp::AuthenticatedSmtp;
        QTest::newRow("smtp padded") << u"  Authenticated SMTP "_s << ClientApp::AuthenticatedSmtp;
        QTest::newRow("autodiscover CIPP") << u"AutoDiscover"_s << ClientApp::Autodiscover;
        QTest::newRow("autodiscover ENTRA") << u"Autodiscover"_s << ClientApp::Autodiscover;
        QTest::newRow("mapi ENTRA casing") << u"MAPI over HTTP"_s << ClientApp::MapiOverHttp;
        QTest::newRow("outlook anywhere") << u"Outlook Anywhere (RPC over HTTP)"_s << ClientApp::OutlookAnywhere;
        QTest::newRow("pop") << u"POP3"_s << ClientApp::Pop3;
        QTest::newRow("imap") << u"imap4"_s << ClientApp::Imap4;
        QTest::newRow("other clients") << u"Other clients"_s << ClientApp::OtherClients;
        QTest::newRow("universal") << u"UNIVERSAL OUTLOOK"_s << ClientApp::UniversalOutlook;
        QTest::newRow("browser") << u"Browser"_s << ClientApp::Browser;
        QTest::newRow("modern") << u"Mobile Apps and Desktop clients"_s << ClientApp::MobileAppsAndDesktopClients;
        QTest::newRow("empty") << QString() << ClientApp::Missing;
        QTest::newRow("blank") << u"   "_s << ClientApp::Missing;
        QTest::newRow("future value") << u"Quantum Mail"_s << ClientApp::Unrecognized;
        QTest::newRow("SMTP alone is not the documented value") << u"SMTP"_s << ClientApp::Unrecognized;
    }

    void clientAppsMatchCaseInsensitively()
    {
        QFETCH(QString, value);
        QFETCH(ClientApp, expected);
        QCOMPARE(clientapp::fromString(value), expected);
    }

    void legacyListIsTheReferenceList()
    {
        const QList<ClientApp> legacy = clientapp::legacyProtocols();
        QCOMPARE(legacy.size(), 14);
        QStringList names;
        for (ClientApp app : legacy) {
            QVERIFY(clientapp::isLegacy(app));
            names << clientapp::canonicalName(app);
        }
        // microsoft-apis.md section 3: ENTRA's protocol names plus CIPP's "Outlook Service".
        for (const QString& expected :
             {u"Authenticated SMTP"_s, u"Autodiscover"_s, u"Exchange ActiveSync"_s, u"Exchange Online PowerShell"_s,
              u"Exchange Web Services"_s, u"IMAP4"_s, u"MAPI Over HTTP"_s, u"Offline Address Book"_s,
              u"Outlook Anywhere (RPC over HTTP)"_s, u"POP3"_s, u"Reporting Web Services"_s, u"Universal Outlook"_s,
              u"Outlook Service"_s, u"Other clients"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
        QVERIFY(!clientapp::isLegacy(ClientApp::Browser));
        QVERIFY(!clientapp::isLegacy(ClientApp::MobileAppsAndDesktopClients));
        QVERIFY(!clientapp::isLegacy(ClientApp::Unrecognized));
        QVERIFY(!clientapp::isLegacy(ClientApp::Missing));
    }

    void enumsRoundTrip()
    {
        QCOMPARE(signinenum::conditionalAccessStatusFromString(u"NotApplied"), ConditionalAccessStatus::NotApplied);
        QCOMPARE(signinenum::conditionalAccessStatusFromString(u"unknownFutureValue"), ConditionalAccessStatus::Other);
        QCOMPARE(signinenum::conditionalAccessStatusFromString(u""), ConditionalAccessStatus::Missing);
        QCOMPARE(signinenum::conditionalAccessStatusName(ConditionalAccessStatus::Failure), u"failure"_s);
        QCOMPARE(signinenum::authProtocolFromString(u"oAuth2"), AuthProtocol::OAuth2);
        QCOMPARE(signinenum::authProtocolFromString(u"ROPC"), AuthProtocol::Ropc);
        QCOMPARE(signinenum::authProtocolFromString(u"somethingNew"), AuthProtocol::Other);
        QCOMPARE(signinenum::authProtocolName(AuthProtocol::DeviceCode), u"deviceCode"_s);
    }

    void basicVersusOAuth()
    {
        using signinenum::deriveAuthKind;
        QCOMPARE(deriveAuthKind(ClientApp::AuthenticatedSmtp, AuthProtocol::OAuth2, false), AuthKind::OAuth);
        QCOMPARE(deriveAuthKind(ClientApp::AuthenticatedSmtp, AuthProtocol::OAuth2, true), AuthKind::OAuth);
        QCOMPARE(deriveAuthKind(ClientApp::AuthenticatedSmtp, AuthProtocol::Ropc, false), AuthKind::Basic);
        QCOMPARE(deriveAuthKind(ClientApp::Pop3, AuthProtocol::None, true), AuthKind::Basic);
        QCOMPARE(deriveAuthKind(ClientApp::AuthenticatedSmtp, AuthProtocol::Missing, false), AuthKind::Unknown);
        QCOMPARE(deriveAuthKind(ClientApp::Browser, AuthProtocol::None, true), AuthKind::Unknown);
        QCOMPARE(deriveAuthKind(ClientApp::Browser, AuthProtocol::DeviceCode, false), AuthKind::OAuth);
    }
};

QTEST_GUILESS_MAIN(TestSignInTypes)
#include "TestSignInTypes.moc"
