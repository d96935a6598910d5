#include "identity/PermissionCheck.h"

#include "TestJwt.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestPermissionCheck : public QObject
{
    Q_OBJECT

private:
    static TokenClaims appToken(const QStringList& roles, std::optional<QStringList> wids = std::nullopt)
    {
        QJsonObject payload{{u"idtyp"_s, u"app"_s}, {u"roles"_s, QJsonArray::fromStringList(roles)}};
        if (wids)
            payload.insert(u"wids"_s, QJsonArray::fromStringList(*wids));
        return TokenClaims::decode(test::makeToken(payload)).value();
    }
    static TokenClaims userToken(const QString& scp, const QStringList& wids)
    {
        const QJsonObject payload{{u"scp"_s, scp}, {u"wids"_s, QJsonArray::fromStringList(wids)}};
        return TokenClaims::decode(test::makeToken(payload)).value();
    }

private slots:
    void exactPermissionNamesPerCheck()
    {
        // The table from the reference and the brief, least privileged first.
        QCOMPARE(requirementsFor(AuditCheck::Users, false).first().name, u"User.Read.All"_s);
        QCOMPARE(requirementsFor(AuditCheck::UserRegistrationDetails, false).first().name, u"AuditLog.Read.All"_s);
        QCOMPARE(requirementsFor(AuditCheck::SignIns, false).first().name, u"AuditLog.Read.All"_s);
        QCOMPARE(requirementsFor(AuditCheck::SignIns, false).at(1).name, u"Microsoft Entra ID P1"_s);
        QCOMPARE(requirementsFor(AuditCheck::SignIns, false).at(1).kind, Requirement::Kind::Licence);
        QCOMPARE(requirementsFor(AuditCheck::PerUserMfa, false).first().name, u"Policy.Read.All"_s);
        QCOMPARE(requirementsFor(AuditCheck::SecurityDefaults, false).first().name, u"Policy.Read.All"_s);
        QCOMPARE(requirementsFor(AuditCheck::ConditionalAccess, false).first().name, u"Policy.Read.All"_s);
        QCOMPARE(requirementsFor(AuditCheck::Applications, false).first().name, u"Application.Read.All"_s);
        const QList<Requirement> exchange = requirementsFor(AuditCheck::ExchangeAdmin, false);
        QCOMPARE(exchange.first().name, u"Exchange.ManageAsApp"_s);
        QCOMPARE(exchange.first().resource, TokenResource::ExchangeAdmin);
        QCOMPARE(exchange.at(1).kind, Requirement::Kind::EntraRole);
        QVERIFY(exchange.at(1).satisfiedBy.contains(QString(EntraRoles::globalReader)));
        for (const AuditCheck check : allAuditChecks())
            for (const Requirement& requirement : requirementsFor(check, false)) {
                QVERIFY2(!requirement.howToGrant.isEmpty(), qPrintable(requirement.name));
                QVERIFY(!auditCheckName(check).isEmpty());
            }
    }

    void everythingGrantedMeansNothingMissing()
    {
        const TokenClaims graph =
            appToken({u"User.Read.All"_s, u"AuditLog.Read.All"_s, u"Policy.Read.All"_s, u"Application.Read.All"_s});
        const TokenClaims exchange =
            appToken({u"Exchange.ManageAsApp"_s}, QStringList{QString(EntraRoles::globalReader)});
        const PermissionReport report = checkPermissions(allAuditChecks(), graph, exchange);
        QVERIFY2(report.missing.isEmpty(),
                 qPrintable(report.missing.isEmpty() ? QString() : report.missing.first().requirement.name));
        // Licences cannot be read from a token: reported as unverified, never as missing.
        QVERIFY(!report.unverified.isEmpty());
        for (const MissingRequirement& entry : report.unverified)
            QCOMPARE(entry.requirement.kind, Requirement::Kind::Licence);
    }

    void missingAuditLogBlocksExactlyItsChecks()
    {
        const TokenClaims graph = appToken({u"User.Read.All"_s, u"Policy.Read.All"_s, u"Application.Read.All"_s});
        const PermissionReport report = checkPermissions(allAuditChecks(), graph, std::nullopt);
        QVERIFY(report.blocks(AuditCheck::SignIns));
        QVERIFY(report.blocks(AuditCheck::UserRegistrationDetails));
        QVERIFY(report.blocks(AuditCheck::SignInActivity));
        QVERIFY(!report.blocks(AuditCheck::Users));
        QVERIFY(!report.blocks(AuditCheck::ConditionalAccess));
        QCOMPARE(report.missingNames(AuditCheck::SignIns), QStringList{u"AuditLog.Read.All"_s});
        // No Exchange token yet: its requirements are unverified, not missing.
        QVERIFY(!report.blocks(AuditCheck::ExchangeAdmin));
    }

    void higherPrivilegedPermissionsSatisfy()
    {
        const TokenClaims graph = appToken({u"Directory.Read.All"_s, u"UserAuthenticationMethod.Read.All"_s,
                                            u"Policy.ReadWrite.AuthenticationMethod"_s});
        const PermissionReport report =
            checkPermissions({AuditCheck::Users, AuditCheck::SignIns, AuditCheck::UserRegistrationDetails,
                              AuditCheck::PerUserMfa, AuditCheck::Applications, AuditCheck::SecurityDefaults},
                             graph, std::nullopt);
        QVERIFY(!report.blocks(AuditCheck::Users));
        QVERIFY(!report.blocks(AuditCheck::SignIns));
        QVERIFY(!report.blocks(AuditCheck::UserRegistrationDetails));
        QVERIFY(!report.blocks(AuditCheck::PerUserMfa));
        QVERIFY(!report.blocks(AuditCheck::Applications));
        // Policy.ReadWrite.AuthenticationMethod does not cover security defaults.
        QVERIFY(report.blocks(AuditCheck::SecurityDefaults));
    }

    void exchangeNeedsManageAsAppAndARole()
    {
        const TokenClaims graph = appToken({u"User.Read.All"_s});
        const TokenClaims noPermission = appToken({}, QStringList{QString(EntraRoles::globalReader)});
        QCOMPARE(
            checkPermissions({AuditCheck::ExchangeAdmin}, graph, noPermission).missingNames(AuditCheck::ExchangeAdmin),
            QStringList{u"Exchange.ManageAsApp"_s});
        // A "wids" claim without a suitable role: the role is missing.
        const TokenClaims wrongRole =
            appToken({u"Exchange.ManageAsApp"_s}, QStringList{u"00000000-0000-0000-0000-000000000001"_s});
        QCOMPARE(
            checkPermissions({AuditCheck::ExchangeAdmin}, graph, wrongRole).missingNames(AuditCheck::ExchangeAdmin),
            QStringList{u"Global Reader"_s});
        // No "wids" at all: the role cannot be verified from the token.
        const PermissionReport unknown =
            checkPermissions({AuditCheck::ExchangeAdmin}, graph, appToken({u"Exchange.ManageAsApp"_s}));
        QVERIFY(!unknown.blocks(AuditCheck::ExchangeAdmin));
        QCOMPARE(unknown.unverified.size(), 1);
        QCOMPARE(unknown.unverified.first().requirement.kind, Requirement::Kind::EntraRole);
    }

    void delegatedTokensNeedScopesAndRoles()
    {
        const TokenClaims user = userToken(u"User.Read.All AuditLog.Read.All Policy.Read.All"_s, {});
        const PermissionReport report = checkPermissions({AuditCheck::SignIns, AuditCheck::Users}, user, std::nullopt);
        QVERIFY(!report.blocks(AuditCheck::Users));
        // The user holds no reporting role.
        QCOMPARE(report.missingNames(AuditCheck::SignIns), QStringList{u"Reports Reader"_s});
        const TokenClaims reader = userToken(u"AuditLog.Read.All"_s, {QString(EntraRoles::globalReader)});
        QVERIFY(!checkPermissions({AuditCheck::SignIns}, reader, std::nullopt).blocks(AuditCheck::SignIns));
    }
};

QTEST_GUILESS_MAIN(TestPermissionCheck)
#include "TestPermissionCheck.moc"
