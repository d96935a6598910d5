// InvokeCommand and $batch of the sample tenant's Exchange admin API (microsoft-apis.md section 4). The
// bodies and headers come from core/exchange (ExchangeCommand), so the test proves the emulation accepts
// exactly what the product sends, and the answers are compared with the generated tenant.

#include "../sampletenant/SampleTenantFixture.h"

#include "exchange/ExchangeCommand.h"
#include "http/JsonBatch.h"
#include "identity/CloudEnvironment.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace smtpaudit::test {

class TestSampleExchange : public QObject
{
    Q_OBJECT

    SampleTenantFixture m_fixture;
    QByteArray m_token;
    CollectorContext m_context;

    QUrl invokeUrl() const { return m_context.cloud.exchangeInvokeCommandUrl(m_context.tenantId); }

    // POSTs the product's request for `cmdlet` (URL, headers, body) to `url` (the first page or a nextLink).
    TenantReply invoke(const QString& cmdlet, const QJsonObject& parameters, const QUrl& url = {},
                       const QByteArray& preferHeader = {})
    {
        const ApiRequest request = ExchangeCommand::invoke(m_context, cmdlet, parameters);
        QList<QPair<QByteArray, QByteArray>> headers(request.headers.cbegin(), request.headers.cend());
        if (!preferHeader.isEmpty())
            headers.append({QByteArray("Prefer"), preferHeader});
        return m_fixture.postJson(url.isEmpty() ? request.url : url, m_token,
                                  QJsonDocument::fromJson(request.body).object(), headers);
    }

    // Every page of a cmdlet: the same body re-POSTed to each nextLink (the module's Execute-Command).
    QJsonArray invokeAll(const QString& cmdlet, const QJsonObject& parameters, const QByteArray& prefer, int* pages)
    {
        QJsonArray all;
        QUrl url = invokeUrl();
        *pages = 0;
        while (!url.isEmpty()) {
            const TenantReply page = invoke(cmdlet, parameters, url, prefer);
            if (page.status != 200 || ++*pages > 10000)
                return {};
            for (const QJsonValue& value : page.value())
                all.append(value);
            url = page.nextLink().isEmpty() ? QUrl() : QUrl(page.nextLink());
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        m_token = m_fixture.exchangeToken();
        QVERIFY(!m_token.isEmpty());
        CloudEnvironment::CustomUrls urls;
        urls.login = urls.graph = urls.exchange = m_fixture.tenant->baseUrl();
        auto cloud = CloudEnvironment::custom(urls);
        QVERIFY2(cloud.ok(), cloud.ok() ? "" : qPrintable(cloud.error().toString()));
        m_context.cloud = cloud.value();
        m_context.tenantId = m_fixture.tenant->tenantId();
    }

    void transportAndOrganizationConfig()
    {
        const sample::TenantModel& model = m_fixture.model();
        const TenantReply transport = invoke(u"Get-TransportConfig"_s, {});
        QCOMPARE(transport.status, 200);
        QCOMPARE(transport.value().size(), 1);
        QCOMPARE(transport.value().at(0)[u"SmtpClientAuthenticationDisabled"_s].toBool(
                     !model.orgSmtpClientAuthenticationDisabled),
                 model.orgSmtpClientAuthenticationDisabled);

        const TenantReply organization = invoke(u"Get-OrganizationConfig"_s, {});
        QCOMPARE(organization.status, 200);
        QVERIFY(model.defaultAuthenticationPolicy >= 0);
        QCOMPARE(organization.value().at(0)[u"DefaultAuthenticationPolicy"_s].toString(),
                 model.authenticationPolicies[static_cast<std::size_t>(model.defaultAuthenticationPolicy)].name);
    }

    void casMailboxesPageByRepostingTheBody()
    {
        const QJsonObject unlimited{{u"ResultSize"_s, u"Unlimited"_s}};
        int pages = 0;
        const QJsonArray all = invokeAll(u"Get-CASMailbox"_s, unlimited, "odata.maxpagesize=7", &pages);
        const sample::TenantModel& model = m_fixture.model();
        qsizetype mailboxes = 0;
        for (const sample::SampleUser& user : model.users)
            mailboxes += user.hasMailbox() ? 1 : 0;
        QCOMPARE(all.size(), mailboxes);
        QCOMPARE(pages, static_cast<int>((mailboxes + 6) / 7));
        QSet<QString> ids;
        QSet<QString> smtpValues;
        for (const QJsonValue& value : all) {
            const QString id = value[u"ExternalDirectoryObjectId"_s].toString();
            ids.insert(id);
            const sample::SampleUser& user = model.users[static_cast<std::size_t>(model.userIndexById(id))];
            const QJsonValue smtp = value[u"SmtpClientAuthenticationDisabled"_s];
            if (user.smtpClientAuthenticationDisabled.has_value())
                QCOMPARE(smtp.toBool(!*user.smtpClientAuthenticationDisabled), *user.smtpClientAuthenticationDisabled);
            else
                QVERIFY(smtp.isNull());
            smtpValues.insert(smtp.isNull() ? u"null"_s : smtp.toBool() ? u"true"_s : u"false"_s);
        }
        QCOMPARE(ids.size(), all.size());
        QCOMPARE(smtpValues.size(), 3);
    }

    void nextLinkIsBoundToTheBody()
    {
        const TenantReply first =
            invoke(u"Get-CASMailbox"_s, {{u"ResultSize"_s, u"Unlimited"_s}}, invokeUrl(), "odata.maxpagesize=5");
        QCOMPARE(first.status, 200);
        QVERIFY(!first.nextLink().isEmpty());
        const TenantReply other =
            invoke(u"Get-User"_s, {{u"ResultSize"_s, u"Unlimited"_s}}, QUrl(first.nextLink()), "odata.maxpagesize=5");
        QCOMPARE(other.status, 400);
    }

    void usersCarryTheirAuthenticationPolicy()
    {
        int pages = 0;
        const QJsonArray users = invokeAll(u"Get-User"_s, {{u"ResultSize"_s, u"Unlimited"_s}}, {}, &pages);
        const sample::TenantModel& model = m_fixture.model();
        QCOMPARE(users.size(), static_cast<qsizetype>(model.users.size()));
        QCOMPARE(pages, 1); // the module's default page of 1000
        int withPolicy = 0;
        for (const QJsonValue& value : users) {
            const int index = model.userIndexByUpn(value[u"UserPrincipalName"_s].toString());
            QVERIFY(index >= 0);
            const sample::SampleUser& user = model.users[static_cast<std::size_t>(index)];
            if (user.authenticationPolicy >= 0) {
                ++withPolicy;
                QCOMPARE(value[u"AuthenticationPolicy"_s].toString(),
                         model.authenticationPolicies[static_cast<std::size_t>(user.authenticationPolicy)].name);
            } else {
                QVERIFY(value[u"AuthenticationPolicy"_s].isNull());
            }
            QCOMPARE(value[u"RecipientTypeDetails"_s].toString().isEmpty(), false);
        }
        QVERIFY(withPolicy > 0);
    }

    void authenticationPoliciesAndIdentity()
    {
        const sample::TenantModel& model = m_fixture.model();
        const TenantReply all = invoke(u"Get-AuthenticationPolicy"_s, {});
        QCOMPARE(all.status, 200);
        QCOMPARE(all.value().size(), static_cast<qsizetype>(model.authenticationPolicies.size()));
        for (const QJsonValue& value : all.value()) {
            const int index = model.authenticationPolicyIndex(value[u"Name"_s].toString());
            QVERIFY(index >= 0);
            QCOMPARE(value[u"AllowBasicAuthSmtp"_s].toBool(),
                     model.authenticationPolicies[static_cast<std::size_t>(index)].allowBasicAuthSmtp);
        }
        const TenantReply missing = invoke(u"Get-AuthenticationPolicy"_s, {{u"Identity"_s, u"No such policy"_s}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.header("X-ExceptionType"), QByteArray("ManagementObjectNotFoundException"));
    }

    void errorsHaveTheModulesShape()
    {
        const TenantReply unknown = invoke(u"Get-CASMailbox"_s, {{u"NoSuchParameter"_s, true}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.header("X-ExceptionType"), QByteArray("ParameterBindingException"));
        const QJsonObject error = unknown.json().value(u"error"_s).toObject();
        QVERIFY(error[u"details"_s][0][u"message"_s].toString().contains(u"NoSuchParameter"_s));
        QVERIFY(!error[u"innererror"_s][u"internalException"_s][u"message"_s].toString().isEmpty());

        QCOMPARE(invoke(u"Set-CASMailbox"_s, {}).status, 400); // only the read cmdlets exist
        // A Graph token is not an Exchange token.
        const ApiRequest request = ExchangeCommand::invoke(m_context, u"Get-TransportConfig"_s);
        QCOMPARE(m_fixture.postJson(request.url, m_fixture.graphToken(), QJsonDocument::fromJson(request.body).object())
                     .status,
                 401);
    }

    void batchOfTheProductsItems()
    {
        QList<BatchItem> items;
        items << ExchangeCommand::batchItem(m_context, u"1"_s, u"Get-TransportConfig"_s)
              << ExchangeCommand::batchItem(m_context, u"2"_s, u"Get-AuthenticationPolicy"_s)
              << ExchangeCommand::batchItem(m_context, u"3"_s, u"Get-OrganizationConfig"_s)
              << ExchangeCommand::batchItem(m_context, u"4"_s, u"Get-NoSuchThing"_s);
        const TenantReply reply = m_fixture.postJson(m_context.cloud.exchangeBatchUrl(m_context.tenantId), m_token,
                                                     JsonBatch::buildBody(items));
        QCOMPARE(reply.status, 200);
        auto parsed = JsonBatch::parseResponse(reply.json(), items, u"Exchange.ManageAsApp"_s);
        QVERIFY(parsed.ok());
        const QList<BatchItemResult> results = parsed.value();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results[0].status, 200);
        QCOMPARE(results[0].body[u"value"_s].toArray().size(), 1);
        QCOMPARE(results[1].status, 200);
        QCOMPARE(results[2].status, 200);
        QCOMPARE(results[3].status, 400);
        QVERIFY(!results[3].ok());

        QList<BatchItem> eleven;
        for (int i = 0; i < 11; ++i)
            eleven << ExchangeCommand::batchItem(m_context, QString::number(i), u"Get-TransportConfig"_s);
        QCOMPARE(
            m_fixture
                .postJson(m_context.cloud.exchangeBatchUrl(m_context.tenantId), m_token, JsonBatch::buildBody(eleven))
                .status,
            400);
    }
};

} // namespace smtpaudit::test

QTEST_GUILESS_MAIN(smtpaudit::test::TestSampleExchange)
#include "TestSampleExchange.moc"
