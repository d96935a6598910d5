#include "audit/CredentialRotation.h"

#include "TestSnapshots.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

class TestCredentialRotation : public QObject
{
    Q_OBJECT

private slots:
    void dueDatesAndOrder()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, u"printer@contoso.com"_s);
        userOf(s, u"printer@contoso.com"_s).lastPasswordChangeDateTime = testNow().addDays(-100); // 10 days overdue
        addUser(s, u"scanner@contoso.com"_s);
        userOf(s, u"scanner@contoso.com"_s).lastPasswordChangeDateTime = testNow().addDays(-30); // due in 60
        addUser(s, u"shared@contoso.com"_s, true); // SMTP disabled: its password is not an SMTP credential
        userOf(s, u"shared@contoso.com"_s).lastPasswordChangeDateTime = testNow().addDays(-900);

        Application app;
        app.id = u"obj-1"_s;
        app.appId = u"app-1"_s;
        app.displayName = u"Mailer"_s;
        app.credentials << AppCredential{AppCredential::Kind::Secret, u"old secret"_s, u"k1"_s, testNow().addYears(-1),
                                         testNow().addDays(20)}
                        << AppCredential{AppCredential::Kind::Certificate, u"cert"_s, u"k2"_s, testNow().addYears(-2),
                                         testNow().addSecs(-3600)};
        s.applications << app;
        s.ownCredential = {OwnCredential::Kind::Certificate, u"our-app"_s, u"CN=smtpaudit"_s, testNow().addDays(200)};

        const auto rows = EffectiveSmtpAuthResolver(s).assessAll();
        const QList<RotationItem> items = rotationItems(s, rows, testNow());
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.at(0).subject, u"printer@contoso.com"_s);
        QCOMPARE(items.at(0).kind, RotationItem::Kind::UserPassword);
        QCOMPARE(items.at(0).dueAt, testNow().addDays(-10));
        QCOMPARE(items.at(0).daysLeft, -10);
        QVERIFY(items.at(0).isOverdue());
        QCOMPARE(items.at(1).kind, RotationItem::Kind::AppCertificate);
        QCOMPARE(items.at(1).daysLeft, -1); // an hour overdue is overdue
        QCOMPARE(items.at(1).keyId, u"k2"_s);
        QCOMPARE(items.at(2).kind, RotationItem::Kind::AppSecret);
        QCOMPARE(items.at(2).daysLeft, 20);
        QCOMPARE(items.at(2).objectId, u"app-1"_s);
        QCOMPARE(items.at(3).subject, u"scanner@contoso.com"_s);
        QCOMPARE(items.at(3).daysLeft, 60);
        QCOMPARE(items.at(4).kind, RotationItem::Kind::OwnCredential);
        QCOMPARE(items.at(4).daysLeft, 200);
        QCOMPARE(items.at(4).credentialName, u"CN=smtpaudit"_s);

        s.rotationPeriodDays = 120;
        QCOMPARE(rotationItems(s, rows, testNow()).first().kind, RotationItem::Kind::AppCertificate);
    }

    void partialDataGivesNoInventedItems()
    {
        TenantSnapshot s = completeSnapshot();
        addUser(s, u"printer@contoso.com"_s);
        failCollector(s, CollectorId::Users);
        s.ownCredential = {OwnCredential::Kind::Delegated, {}, {}, testNow().addDays(1)};
        const auto rows = EffectiveSmtpAuthResolver(s).assessAll();
        QVERIFY(rotationItems(s, rows, testNow()).isEmpty());
    }

    void kindNamesRoundTrip()
    {
        for (auto kind : {RotationItem::Kind::UserPassword, RotationItem::Kind::AppSecret,
                          RotationItem::Kind::AppCertificate, RotationItem::Kind::OwnCredential})
            QCOMPARE(rotationKindFromName(rotationKindName(kind)), std::optional<RotationItem::Kind>(kind));
    }
};

QTEST_GUILESS_MAIN(TestCredentialRotation)
#include "TestCredentialRotation.moc"
