// Graph directory, MFA and policy endpoints of the sample tenant, requested in the shapes of the
// reference's examples (microsoft-apis.md sections 1, 2 and 7) over real HTTPS.

#include "../sampletenant/SampleTenantFixture.h"
#include "graph/GraphQueries.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace smtpaudit::test {

class TestSampleGraphDirectory : public QObject
{
    Q_OBJECT

    SampleTenantFixture m_fixture;
    QByteArray m_token;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        m_token = m_fixture.graphToken();
        QVERIFY(!m_token.isEmpty());
    }

    void usersPagingReturnsEveryUserExactlyOnce()
    {
        QJsonArray all;
        int pages = 0;
        QVERIFY(m_fixture.getAllPages(u"/v1.0/users?$select=id,userPrincipalName,accountEnabled&$top=7"_s, m_token, all,
                                      &pages));
        const auto& users = m_fixture.model().users;
        QCOMPARE(all.size(), static_cast<qsizetype>(users.size()));
        QCOMPARE(pages, static_cast<int>((users.size() + 6) / 7));
        QSet<QString> ids;
        for (const QJsonValue& value : all) {
            const QJsonObject user = value.toObject();
            ids.insert(user.value(u"id"_s).toString());
            // $select returns exactly what was asked for.
            QCOMPARE(user.keys(), (QStringList{u"accountEnabled"_s, u"id"_s, u"userPrincipalName"_s}));
        }
        QCOMPARE(ids.size(), all.size());
        for (const sample::SampleUser& user : users)
            QVERIFY2(ids.contains(user.id), qPrintable(user.userPrincipalName));
    }

    void topOutsideOneTo999IsRefusedWithGraphsText()
    {
        for (const QString& top : {u"1000"_s, u"0"_s}) {
            const TenantReply reply = m_fixture.get(u"/v1.0/users?$top="_s + top, m_token);
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorMessage(),
                     u"Invalid page size specified: '"_s + top + u"'. Must be between 1 and 999 inclusive."_s);
        }
        QCOMPARE(m_fixture.get(u"/v1.0/users?$top=999"_s, m_token).status, 200);
    }

    void defaultPageIs100AndSignInActivityCapsAt120()
    {
        // The small tenant has fewer users than either limit; a tenant with 300 mailboxes shows both.
        SampleTenantFixture bigger;
        sample::SampleTenantOptions options = SampleTenantFixture::smallOptions(11);
        options.tenant.mailboxCountOverride = 300;
        QVERIFY(bigger.start(options));
        const QByteArray token = bigger.graphToken();
        QVERIFY(bigger.model().users.size() > 250);
        QCOMPARE(bigger.get(u"/v1.0/users"_s, token).value().size(), 100);
        const TenantReply capped = bigger.get(u"/v1.0/users?$select=id,signInActivity&$top=999"_s, token);
        QCOMPARE(capped.status, 200);
        QCOMPARE(capped.value().size(), 120);
        QVERIFY(!capped.nextLink().isEmpty());
        QCOMPARE(bigger.get(u"/v1.0/users?$select=id&$top=999"_s, token).value().size(),
                 static_cast<qsizetype>(bigger.model().users.size()));
    }

    void signInActivityNeedsAuditLogPermission()
    {
        const QByteArray restricted = m_fixture.restrictedGraphToken();
        QVERIFY(!restricted.isEmpty());
        QCOMPARE(m_fixture.get(u"/v1.0/users?$select=id"_s, restricted).status, 200);
        const TenantReply denied = m_fixture.get(u"/v1.0/users?$select=id,signInActivity"_s, restricted);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorCode(), u"Authorization_RequestDenied"_s);
    }

    void filterOnAccountEnabledMatchesTheModel()
    {
        QJsonArray disabled;
        QVERIFY(m_fixture.getAllPages(u"/v1.0/users?$filter=accountEnabled%20eq%20false&$select=id,accountEnabled"_s,
                                      m_token, disabled));
        qsizetype expected = 0;
        for (const sample::SampleUser& user : m_fixture.model().users)
            expected += user.accountEnabled ? 0 : 1;
        QVERIFY(expected > 0);
        QCOMPARE(disabled.size(), expected);
        for (const QJsonValue& value : disabled)
            QCOMPARE(value.toObject().value(u"accountEnabled"_s).toBool(true), false);
        const TenantReply unsupported = m_fixture.get(u"/v1.0/users?$filter=jobTitle%20gt%20'a'"_s, m_token);
        QCOMPARE(unsupported.status, 400);
    }

    // The users collector's parts (GraphQuery::userPartitionFilters) together return every user once.
    void startsWithPartsCoverEveryUserOnce()
    {
        QSet<QString> ids;
        qsizetype read = 0;
        for (const QString& filter : GraphQuery::userPartitionFilters()) {
            QJsonArray part;
            const QString path = u"/v1.0/users?$filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter)) +
                                 u"&$select=id,userPrincipalName,signInActivity&$top=120"_s;
            QVERIFY2(m_fixture.getAllPages(path, m_token, part), qPrintable(filter));
            for (const QJsonValue& value : part) {
                const QString upn = value.toObject().value(u"userPrincipalName"_s).toString();
                QVERIFY2(filter.contains(u",'"_s + upn.left(1).toLower() + u"')"_s), qPrintable(upn));
                ids.insert(value.toObject().value(u"id"_s).toString());
            }
            read += part.size();
        }
        QCOMPARE(read, static_cast<qsizetype>(m_fixture.model().users.size()));
        QCOMPARE(ids.size(), read);
        // startswith compares without case, like Graph: exactly the users QString::startsWith finds, for
        // prefixes in both cases, of more than one character, and outside ASCII.
        const QString first = m_fixture.model().users.front().userPrincipalName.left(1);
        for (const QString& prefix : {first.toUpper(), first.toLower(), QString(first.toUpper() + u"a"_s), u"\u00c9"_s,
                                      u"\u00e9"_s, u"\u212a"_s, u"k"_s, u"K"_s, u"_"_s}) {
            QSet<QString> expected;
            for (const sample::SampleUser& user : m_fixture.model().users)
                if (user.userPrincipalName.startsWith(prefix, Qt::CaseInsensitive))
                    expected.insert(user.id);
            QJsonArray found;
            QVERIFY(m_fixture.getAllPages(u"/v1.0/users?$filter=startswith(userPrincipalName,'"_s +
                                              QString::fromLatin1(QUrl::toPercentEncoding(prefix)) +
                                              u"')&$select=id,userPrincipalName"_s,
                                          m_token, found));
            QSet<QString> foundIds;
            for (const QJsonValue& value : found)
                foundIds.insert(value.toObject().value(u"id"_s).toString());
            QCOMPARE(foundIds, expected);
            if (prefix == first.toUpper())
                QVERIFY(!found.isEmpty());
        }
        const TenantReply onOther = m_fixture.get(u"/v1.0/users?$filter=startswith(jobTitle,'a')"_s, m_token);
        QCOMPARE(onOther.status, 400);
    }

    void registrationDetailsMatchTheModel()
    {
        QJsonArray all;
        QVERIFY(m_fixture.getAllPages(u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s, m_token, all));
        const sample::TenantModel& model = m_fixture.model();
        QCOMPARE(all.size(), static_cast<qsizetype>(model.users.size()));
        for (const QJsonValue& value : all) {
            const QJsonObject details = value.toObject();
            const int index = model.userIndexById(details.value(u"id"_s).toString());
            QVERIFY(index >= 0);
            const sample::SampleUser& user = model.users[static_cast<std::size_t>(index)];
            QCOMPARE(details.value(u"isMfaRegistered"_s).toBool(), user.mfaRegistered);
            QCOMPARE(details.value(u"isAdmin"_s).toBool(), user.isAdmin);
            QCOMPARE(details.value(u"userPrincipalName"_s).toString(), user.userPrincipalName);
            QVERIFY(details.value(u"methodsRegistered"_s).isArray());
        }
    }

    void perUserMfaStateIsBetaOnly()
    {
        const sample::TenantModel& model = m_fixture.model();
        QSet<QString> seen;
        for (const sample::SampleUser& user : model.users) {
            const TenantReply reply =
                m_fixture.get(u"/beta/users/"_s + user.id + u"/authentication/requirements"_s, m_token);
            QCOMPARE(reply.status, 200);
            const QString state = reply.json().value(u"perUserMfaState"_s).toString();
            QCOMPARE(state, sample::perUserMfaStateName(user.perUserMfa));
            seen.insert(state);
        }
        QCOMPARE(seen.size(), 3); // disabled, enabled and enforced all occur
        QCOMPARE(m_fixture.get(u"/v1.0/users/"_s + model.users.front().id + u"/authentication/requirements"_s, m_token)
                     .status,
                 400);
        QCOMPARE(m_fixture.get(u"/beta/users/nobody@example.invalid/authentication/requirements"_s, m_token).status,
                 404);
    }

    void securityDefaultsAndConditionalAccess()
    {
        const TenantReply defaults =
            m_fixture.get(u"/v1.0/policies/identitySecurityDefaultsEnforcementPolicy"_s, m_token);
        QCOMPARE(defaults.status, 200);
        QCOMPARE(defaults.json().value(u"id"_s).toString(), u"00000000-0000-0000-0000-000000000005"_s);
        QCOMPARE(defaults.json().value(u"isEnabled"_s).toBool(true), m_fixture.model().securityDefaultsEnabled);

        const TenantReply policies = m_fixture.get(u"/v1.0/identity/conditionalAccess/policies"_s, m_token);
        QCOMPARE(policies.status, 200);
        QCOMPARE(policies.value().size(), static_cast<qsizetype>(m_fixture.model().conditionalAccessPolicies.size()));
        bool blocksLegacy = false;
        for (const QJsonValue& value : policies.value()) {
            const QJsonObject policy = value.toObject();
            const QJsonArray types = policy[u"conditions"_s][u"clientAppTypes"_s].toArray();
            const QJsonArray controls = policy[u"grantControls"_s][u"builtInControls"_s].toArray();
            blocksLegacy = blocksLegacy || (policy[u"state"_s] == u"enabled"_s && types.contains(u"other"_s) &&
                                            types.contains(u"exchangeActiveSync"_s) && controls.contains(u"block"_s));
            QVERIFY(policy[u"conditions"_s][u"users"_s][u"excludeUsers"_s].isArray());
        }
        QVERIFY(blocksLegacy);

        const TenantReply locations = m_fixture.get(u"/v1.0/identity/conditionalAccess/namedLocations"_s, m_token);
        QCOMPARE(locations.status, 200);
        QSet<QString> types;
        for (const QJsonValue& value : locations.value())
            types.insert(value[u"@odata.type"_s].toString());
        QCOMPARE(types,
                 (QSet<QString>{u"#microsoft.graph.ipNamedLocation"_s, u"#microsoft.graph.countryNamedLocation"_s}));
    }

    void applicationsCarryCredentials()
    {
        QJsonArray apps;
        QVERIFY(m_fixture.getAllPages(
            u"/v1.0/applications?$select=id,appId,displayName,passwordCredentials,keyCredentials"_s, m_token, apps));
        QCOMPARE(apps.size(), static_cast<qsizetype>(m_fixture.model().applications.size()));
        int secrets = 0, certificates = 0;
        for (const QJsonValue& app : apps) {
            for (const QJsonValue& secret : app[u"passwordCredentials"_s].toArray()) {
                ++secrets;
                QVERIFY(QDateTime::fromString(secret[u"endDateTime"_s].toString(), Qt::ISODate).isValid());
                QVERIFY(secret[u"secretText"_s].isNull()); // Graph never returns secret values on reads
            }
            certificates += static_cast<int>(app[u"keyCredentials"_s].toArray().size());
        }
        QVERIFY(secrets > 0);
        QVERIFY(certificates > 0);
    }

    void batchAnswersEachItemWithItsOwnStatus()
    {
        const QString userId = m_fixture.model().users.front().id;
        const QJsonArray requests{
            QJsonObject{{u"id"_s, u"1"_s},
                        {u"method"_s, u"GET"_s},
                        {u"url"_s, QString(u"/users/"_s + userId + u"/authentication/requirements"_s)}},
            QJsonObject{{u"id"_s, u"2"_s},
                        {u"method"_s, u"GET"_s},
                        {u"url"_s, u"/users/nobody@example.invalid/authentication/requirements"_s}},
            QJsonObject{{u"id"_s, u"3"_s},
                        {u"method"_s, u"GET"_s},
                        {u"url"_s, u"/policies/identitySecurityDefaultsEnforcementPolicy"_s}},
        };
        const TenantReply reply =
            m_fixture.postJson(m_fixture.url(u"/beta/$batch"_s), m_token, QJsonObject{{u"requests"_s, requests}});
        QCOMPARE(reply.status, 200);
        QHash<QString, int> statuses;
        for (const QJsonValue& response : reply.json().value(u"responses"_s).toArray())
            statuses.insert(response[u"id"_s].toString(), response[u"status"_s].toInt());
        QCOMPARE(statuses.value(u"1"_s), 200);
        QCOMPARE(statuses.value(u"2"_s), 404);
        QCOMPARE(statuses.value(u"3"_s), 200);

        QJsonArray tooMany;
        for (int i = 0; i < 21; ++i)
            tooMany.append(
                QJsonObject{{u"id"_s, QString::number(i)}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/users"_s}});
        QCOMPARE(
            m_fixture.postJson(m_fixture.url(u"/v1.0/$batch"_s), m_token, QJsonObject{{u"requests"_s, tooMany}}).status,
            400);
    }

    void withoutTokenGraphAnswers401()
    {
        const TenantReply reply = m_fixture.get(u"/v1.0/users"_s, QByteArray());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), u"InvalidAuthenticationToken"_s);
        // A token for Exchange is not a Graph token.
        QCOMPARE(m_fixture.get(u"/v1.0/users"_s, m_fixture.exchangeToken()).status, 401);
    }
};

} // namespace smtpaudit::test

QTEST_GUILESS_MAIN(smtpaudit::test::TestSampleGraphDirectory)
#include "TestSampleGraphDirectory.moc"
