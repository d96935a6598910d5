// The Graph requests the collectors send (microsoft-apis.md sections 1-3).
#include "graph/GraphQueries.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

class TestGraphQueries : public QObject
{
    Q_OBJECT

private:
    CloudEnvironment m_cloud = *CloudEnvironment::named(u"global"_s);

private slots:
    void usersSelectAndPageSize()
    {
        const QUrl plain = GraphQuery::users(m_cloud, false);
        QCOMPARE(plain.host(), u"graph.microsoft.com"_s);
        QCOMPARE(plain.path(), u"/v1.0/users"_s);
        const QUrlQuery query(plain);
        QCOMPARE(query.queryItemValue(u"$top"_s), u"999"_s);
        const QStringList select = query.queryItemValue(u"$select"_s).split(u',');
        for (const QString& property :
             {u"id"_s, u"userPrincipalName"_s, u"accountEnabled"_s, u"lastPasswordChangeDateTime"_s,
              u"passwordPolicies"_s, u"assignedLicenses"_s, u"onPremisesSyncEnabled"_s})
            QVERIFY2(select.contains(property), qPrintable(property));
        QVERIFY(!select.contains(u"signInActivity"_s));

        // signInActivity caps pages at 120: asking for more would only pretend.
        const QUrlQuery withActivity(GraphQuery::users(m_cloud, true));
        QCOMPARE(withActivity.queryItemValue(u"$top"_s), u"120"_s);
        QVERIFY(withActivity.queryItemValue(u"$select"_s).split(u',').contains(u"signInActivity"_s));
    }

    void userPartitionsCoverEveryFirstCharacterOnce()
    {
        // A UPN holds A-Z a-z 0-9 ' . - _ ! # ^ ~; startswith compares without case.
        const QString characters = u"abcdefghijklmnopqrstuvwxyz0123456789'.-_!#^~"_s;
        const QStringList filters = GraphQuery::userPartitionFilters();
        QVERIFY(filters.size() > 1);
        QHash<QString, int> seen;
        for (const QString& filter : filters) {
            const QStringList clauses = filter.split(u" or "_s);
            QVERIFY(clauses.size() <= 10);
            for (const QString& clause : clauses) {
                QVERIFY2(clause.startsWith(u"startswith(userPrincipalName,'"_s) && clause.endsWith(u"')"_s),
                         qPrintable(clause));
                QString literal = clause.mid(30, clause.size() - 32);
                literal.replace(u"''"_s, u"'"_s);
                ++seen[literal];
            }
        }
        QCOMPARE(seen.size(), characters.size());
        for (const QChar c : characters)
            QCOMPARE(seen.value(QString(c)), 1);
        const QUrlQuery query(GraphQuery::users(m_cloud, true, filters.first()));
        QCOMPARE(query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded), filters.first());
        QCOMPARE(query.queryItemValue(u"$top"_s), u"120"_s);
    }

    void otherEndpoints()
    {
        QCOMPARE(GraphQuery::registrationDetails(m_cloud, false).path(),
                 u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s);
        QCOMPARE(QUrlQuery(GraphQuery::registrationDetails(m_cloud, true)).queryItemValue(u"$top"_s), u"999"_s);
        QVERIFY(!GraphQuery::registrationDetails(m_cloud, false).hasQuery());
        QCOMPARE(GraphQuery::securityDefaults(m_cloud).path(),
                 u"/v1.0/policies/identitySecurityDefaultsEnforcementPolicy"_s);
        QCOMPARE(GraphQuery::conditionalAccessPolicies(m_cloud).path(), u"/v1.0/identity/conditionalAccess/policies"_s);
        QCOMPARE(GraphQuery::namedLocations(m_cloud).path(), u"/v1.0/identity/conditionalAccess/namedLocations"_s);
        const QUrlQuery apps(GraphQuery::applications(m_cloud));
        QCOMPARE(apps.queryItemValue(u"$select"_s), u"id,appId,displayName,passwordCredentials,keyCredentials"_s);
        QCOMPARE(GraphQuery::userCount(m_cloud).path(), u"/v1.0/users/$count"_s);
    }

    void perUserMfaIsBetaAndEncoded()
    {
        QCOMPARE(GraphQuery::perUserMfaRelativeUrl(u"4562bcc8-c436-4f95-b7c0-4f8ce89dca5e"_s),
                 u"/users/4562bcc8-c436-4f95-b7c0-4f8ce89dca5e/authentication/requirements"_s);
        // A UPN with characters that would break the path stays one segment.
        QCOMPARE(GraphQuery::perUserMfaRelativeUrl(u"o'neil#1@contoso.com"_s),
                 u"/users/o%27neil%231@contoso.com/authentication/requirements"_s);
        const QUrl absolute = GraphQuery::perUserMfa(m_cloud, u"a#b@contoso.com"_s);
        QCOMPARE(absolute.path(QUrl::FullyEncoded), u"/beta/users/a%23b@contoso.com/authentication/requirements"_s);
        QVERIFY(!absolute.hasFragment());
        QCOMPARE(GraphQuery::batch(m_cloud, "beta"_L1).path(), u"/beta/$batch"_s);
    }

    void signInFilterLegacy()
    {
        const QDateTime from(QDate(2026, 10, 27), QTime(12, 0, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 10, 28), QTime(12, 0, 0, 500), Qt::UTC);
        const QString filter = GraphQuery::signInFilter(from, to, GraphQuery::SignInScope::LegacyProtocols);
        QVERIFY(filter.startsWith(
            u"createdDateTime ge 2026-10-27T12:00:00Z and createdDateTime lt 2026-10-28T12:00:00Z and ("_s));
        QVERIFY(filter.contains(u"clientAppUsed eq 'Authenticated SMTP'"_s));
        QVERIFY(filter.contains(u"clientAppUsed eq 'IMAP4' or "_s));
        QVERIFY(filter.contains(u"'Outlook Anywhere (RPC over HTTP)'"_s));
        QVERIFY(!filter.contains(u"'Browser'"_s));
        QVERIFY(filter.endsWith(u')'));

        const QString everything = GraphQuery::signInFilter(from, std::nullopt, GraphQuery::SignInScope::Everything);
        QCOMPARE(everything, u"createdDateTime ge 2026-10-27T12:00:00Z"_s);

        const QUrl url = GraphQuery::signIns(m_cloud, filter);
        QCOMPARE(url.path(), u"/v1.0/auditLogs/signIns"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"$top"_s), u"1000"_s);
        QCOMPARE(query.queryItemValue(u"$filter"_s, QUrl::FullyDecoded), filter);
    }

    void describeShowsPathAndDecodedQuery()
    {
        QCOMPARE(GraphQuery::describe(GraphQuery::securityDefaults(m_cloud)),
                 u"GET /v1.0/policies/identitySecurityDefaultsEnforcementPolicy"_s);
        const QString users = GraphQuery::describe(GraphQuery::users(m_cloud, false));
        QVERIFY(users.startsWith(u"GET /v1.0/users?$select=id,userPrincipalName,"_s));
        QVERIFY(!users.contains(u"graph.microsoft.com"_s));
    }
};

QTEST_GUILESS_MAIN(TestGraphQueries)
#include "TestGraphQueries.moc"
