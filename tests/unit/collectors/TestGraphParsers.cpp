// Graph JSON in the shapes of Microsoft's documentation (microsoft-apis.md sections 1-2) to snapshot values.
#include "graph/GraphParsers.h"

#include "GraphParsersFixtures.h"
#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

QJsonObject json(const char* text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestGraphParsers : public QObject
{
    Q_OBJECT

private slots:
    void userWithSignInActivity()
    {
        // user-list.md Example 11 shape, with the audit's other $select properties.
        const auto parsed = GraphParse::user(json(fixtures::userWithSignInActivityJson1));
        QVERIFY(parsed.ok());
        const DirectoryUser& user = parsed.value();
        QCOMPARE(user.id, u"1aecaf40-dc3a-461f-88a8-d06994e12898"_s);
        QCOMPARE(user.userPrincipalName, u"AdeleV@contoso.com"_s);
        QCOMPARE(user.accountEnabled, false);
        QVERIFY(user.mail.isEmpty());
        QVERIFY(user.disablesStrongPassword());
        QVERIFY(user.disablesPasswordExpiration());
        QCOMPARE(user.lastPasswordChangeDateTime, QDateTime(QDate(2024, 3, 1), QTime(10, 20, 30), Qt::UTC));
        QVERIFY(!user.onPremisesSyncEnabled.has_value());
        QCOMPARE(user.assignedLicenseCount, 1);
        QCOMPARE(user.signInActivity.lastSignIn, QDateTime(QDate(2021, 6, 17), QTime(16, 41, 33), Qt::UTC));
        // "0001-01-01" is Graph's "never".
        QVERIFY(!user.signInActivity.lastNonInteractiveSignIn.isValid());
        QVERIFY(!user.signInActivity.lastSuccessfulSignIn.isValid());
    }

    void userFractionalSecondsAndMissingActivity()
    {
        const auto parsed = GraphParse::user(json(fixtures::userFractionalSecondsAndMissingActivityJson1));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().lastPasswordChangeDateTime.toMSecsSinceEpoch(),
                 QDateTime(QDate(2020, 3, 13), QTime(19, 15, 41, 619), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(parsed.value().onPremisesSyncEnabled, std::optional<bool>(true));
        QVERIFY(parsed.value().accountEnabled); // not selected: the conservative default
        QVERIFY(!parsed.value().signInActivity.lastSignIn.isValid());
    }

    void userWithoutIdIsMalformed()
    {
        const auto parsed = GraphParse::user(json(fixtures::userWithoutIdIsMalformedJson1));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().category, Error::Category::MalformedResponse);
    }

    void registrationDetails()
    {
        // authenticationmethodsroot-list-userregistrationdetails.md response item shape.
        const auto parsed = GraphParse::registration(json(fixtures::registrationDetailsJson1));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().userId, u"86462606-fde0-4fc4-9e0c-a1f2d5fd3e9a"_s);
        QVERIFY(parsed.value().isAdmin);
        QVERIFY(parsed.value().isMfaRegistered);
        QCOMPARE(parsed.value().methodsRegistered,
                 QStringList({u"microsoftAuthenticatorPush"_s, u"softwareOneTimePasscode"_s}));
        QCOMPARE(parsed.value().userPreferredMethodForSecondaryAuthentication, u"push"_s);
        QVERIFY(!GraphParse::registration(json(fixtures::registrationDetailsJson2)).ok());
    }

    void perUserMfaState()
    {
        QCOMPARE(GraphParse::perUserMfaState(json(fixtures::perUserMfaStateJson1)).value(), PerUserMfaState::Enforced);
        QCOMPARE(GraphParse::perUserMfaState(json(fixtures::perUserMfaStateJson2)).value(), PerUserMfaState::Enabled);
        QCOMPARE(GraphParse::perUserMfaState(json(fixtures::perUserMfaStateJson3)).value(), PerUserMfaState::Disabled);
        const auto unknown = GraphParse::perUserMfaState(json(fixtures::perUserMfaStateJson4));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().category, Error::Category::MalformedResponse);
        QVERIFY(!GraphParse::perUserMfaState(json("{}")).ok());
    }

    void securityDefaults()
    {
        const auto enabled = GraphParse::securityDefaultsEnabled(json(fixtures::securityDefaultsJson1));
        QVERIFY(enabled.ok());
        QVERIFY(enabled.value());
        QVERIFY(!GraphParse::securityDefaultsEnabled(json(fixtures::securityDefaultsJson2)).ok());
    }

    void conditionalAccessPolicy()
    {
        const auto parsed = GraphParse::conditionalAccessPolicy(json(fixtures::conditionalAccessPolicyJson1));
        QVERIFY(parsed.ok());
        const ConditionalAccessPolicy& policy = parsed.value();
        QVERIFY(policy.isEnabled());
        QVERIFY(policy.blocks());
        QCOMPARE(policy.clientAppTypes, QStringList({u"exchangeActiveSync"_s, u"other"_s}));
        QCOMPARE(policy.includeUsers, QStringList{u"All"_s});
        QCOMPARE(policy.excludeUsers, QStringList({u"a1"_s, u"a2"_s}));
        QCOMPARE(policy.excludeGroups, QStringList{u"g1"_s});
        QCOMPARE(policy.includeApplications, QStringList{u"All"_s});
        QVERIFY(!policy.usesLocations());
        QCOMPARE(policy.grantOperator, u"OR"_s);

        // A session-only policy has grantControls null: no controls, not an error.
        const auto session = GraphParse::conditionalAccessPolicy(json(fixtures::conditionalAccessPolicyJson2));
        QVERIFY(session.ok());
        QVERIFY(!session.value().isEnabled());
        QVERIFY(session.value().builtInControls.isEmpty());
        QVERIFY(session.value().usesLocations());
    }

    void namedLocations()
    {
        const auto ip = GraphParse::namedLocation(json(fixtures::namedLocationsJson1));
        QVERIFY(ip.ok());
        QCOMPARE(ip.value().kind, NamedLocation::Kind::IpRanges);
        QVERIFY(ip.value().isTrusted);
        QCOMPARE(ip.value().ipRanges, QStringList({u"12.34.221.11/22"_s, u"2001:0:9d38:90d6:0:0:0:0/63"_s}));

        const auto country = GraphParse::namedLocation(json(fixtures::namedLocationsJson2));
        QVERIFY(country.ok());
        QCOMPARE(country.value().kind, NamedLocation::Kind::Countries);
        QCOMPARE(country.value().countriesAndRegions, QStringList({u"US"_s, u"GB"_s}));
        QVERIFY(country.value().includeUnknownCountriesAndRegions);
        QVERIFY(!GraphParse::namedLocation(json(fixtures::namedLocationsJson3)).ok());
    }

    void applicationKeepsNoSecretText()
    {
        const auto parsed = GraphParse::application(json(fixtures::applicationKeepsNoSecretTextJson1));
        QVERIFY(parsed.ok());
        const Application& app = parsed.value();
        QCOMPARE(app.appId, u"631a96bc-a705-4eda-9f99-fdaf9f54f6a2"_s);
        QCOMPARE(app.credentials.size(), 2);
        QCOMPARE(app.credentials.at(0).kind, AppCredential::Kind::Secret);
        QCOMPARE(app.credentials.at(0).displayName, u"relay secret"_s);
        QCOMPARE(app.credentials.at(0).endDateTime, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(app.credentials.at(1).kind, AppCredential::Kind::Certificate);
        QCOMPARE(app.credentials.at(1).keyId, u"k2"_s);
        // Nothing of the secret's text or hint survives in any field.
        for (const AppCredential& credential : app.credentials) {
            QVERIFY(!credential.displayName.contains(u"must-never"_s));
            QVERIFY(!credential.keyId.contains(u"Q~a"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphParsers)
#include "TestGraphParsers.moc"
