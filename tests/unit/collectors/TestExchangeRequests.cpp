// Exchange admin API InvokeCommand requests and the cmdlets' JSON output (microsoft-apis.md section 4).
#include "exchange/ExchangeCommand.h"
#include "exchange/ExchangeParsers.h"

#include "ExchangeRequestsFixtures.h"
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

CollectorContext appOnlyContext()
{
    CollectorContext context;
    context.cloud = *CloudEnvironment::named(u"global"_s);
    context.tenantId = u"9188040d-6c67-4c5b-b112-36a304b66dad"_s;
    return context;
}

} // namespace

class TestExchangeRequests : public QObject
{
    Q_OBJECT

private slots:
    void invokeCommandRequest()
    {
        const CollectorContext context = appOnlyContext();
        const ApiRequest request =
            ExchangeCommand::invoke(context, u"Get-CASMailbox"_s, QJsonObject{{u"ResultSize"_s, u"Unlimited"_s}});
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.toString(),
                 u"https://outlook.office365.com/adminapi/beta/9188040d-6c67-4c5b-b112-36a304b66dad/InvokeCommand"_s);
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), json(fixtures::invokeCommandRequestJson1));
        QCOMPARE(request.header("Prefer"), QByteArray("odata.maxpagesize=1000"));
        QCOMPARE(
            request.header("X-AnchorMailbox"),
            QByteArray("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@9188040d-6c67-4c5b-b112-36a304b66dad"));
        QCOMPARE(request.header("X-ResponseFormat"), QByteArray("json"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("X-CmdletName"), QByteArray("Get-CASMailbox"));
        QVERIFY(request.idempotent); // a Get-* cmdlet only reads: safe to retry after a reset
        QCOMPARE(request.tokenScope, u"exchange-admin"_s);
        QCOMPARE(request.permissionHint, u"Exchange.ManageAsApp"_s);

        // A cmdlet without parameters sends no Parameters object.
        QCOMPARE(ExchangeCommand::body(u"Get-TransportConfig"_s), json(fixtures::invokeCommandRequestJson2));
        QCOMPARE(ExchangeCommand::describe(u"Get-User"_s, QJsonObject{{u"ResultSize"_s, u"Unlimited"_s}}),
                 u"Get-User -ResultSize Unlimited"_s);
    }

    void delegatedAnchorIsTheSignedInUser()
    {
        CollectorContext context = appOnlyContext();
        context.delegated = true;
        context.signedInUpn = u"admin@contoso.onmicrosoft.com"_s;
        QCOMPARE(ExchangeCommand::anchorMailbox(context), QByteArray("UPN:admin@contoso.onmicrosoft.com"));
    }

    void batchItem()
    {
        const BatchItem item = ExchangeCommand::batchItem(appOnlyContext(), u"7"_s, u"Get-OrganizationConfig"_s);
        QCOMPARE(item.id, u"7"_s);
        QCOMPARE(item.method, QByteArray("POST"));
        QVERIFY(item.url.endsWith(u"/adminapi/beta/9188040d-6c67-4c5b-b112-36a304b66dad/InvokeCommand"_s));
        QCOMPARE(item.body.toObject(), json(fixtures::batchItemJson1));
        const QJsonObject body = JsonBatch::buildBody({item});
        const QJsonObject sent = body.value(u"requests"_s).toArray().first().toObject();
        QCOMPARE(sent.value(u"headers"_s).toObject().value(u"Content-Type"_s).toString(), u"application/json"_s);
    }

    void transportConfig()
    {
        QCOMPARE(ExchangeParse::transportSmtpClientAuthenticationDisabled(json(fixtures::transportConfigJson1)).value(),
                 true);
        QVERIFY(!ExchangeParse::transportSmtpClientAuthenticationDisabled(json(fixtures::transportConfigJson2)).ok());
    }

    void casMailboxThreeStates()
    {
        const auto enabled = ExchangeParse::casMailbox(json(fixtures::casMailboxThreeStatesJson1));
        QVERIFY(enabled.ok());
        QCOMPARE(enabled.value().smtpClientAuthenticationDisabled, std::optional<bool>(false));
        QCOMPARE(enabled.value().externalDirectoryObjectId, u"e1"_s);
        QCOMPARE(enabled.value().displayName, u"Printer 3rd floor"_s);

        const auto followsOrg = ExchangeParse::casMailbox(json(fixtures::casMailboxThreeStatesJson2));
        QVERIFY(followsOrg.ok());
        QVERIFY(!followsOrg.value().smtpClientAuthenticationDisabled.has_value());
        QCOMPARE(followsOrg.value().recipientTypeDetails, u"SharedMailbox"_s);

        // Absent is not null: a missing property must not read as "follows the organisation".
        const auto absent = ExchangeParse::casMailbox(json(fixtures::casMailboxThreeStatesJson3));
        QVERIFY(!absent.ok());
        QCOMPARE(absent.error().category, Error::Category::MalformedResponse);
        QVERIFY(!ExchangeParse::casMailbox(json(fixtures::casMailboxThreeStatesJson4)).ok());
        // Without UPN and object id, PrimarySmtpAddress ties the mailbox to a user.
        const auto byAddress = ExchangeParse::casMailbox(json(fixtures::casMailboxThreeStatesJson5));
        QCOMPARE(byAddress.value().userPrincipalName, u"room@contoso.com"_s);
    }

    void authenticationPolicy()
    {
        const auto policy = ExchangeParse::authenticationPolicy(json(fixtures::authenticationPolicyJson1));
        QVERIFY(policy.ok());
        QVERIFY(policy.value().allowBasicAuthSmtp);
        QCOMPARE(policy.value().otherBasicAuthAllowed, QStringList{u"Imap"_s});
        QCOMPARE(policy.value().id, u"6c7e3f0e-0000-4000-8000-000000000001"_s);
        // The switch defaults to off: absent means basic SMTP is blocked.
        QVERIFY(
            !ExchangeParse::authenticationPolicy(json(fixtures::authenticationPolicyJson2)).value().allowBasicAuthSmtp);
        QVERIFY(!ExchangeParse::authenticationPolicy(json(fixtures::authenticationPolicyJson3)).ok());
    }

    void organizationConfigAndReferences()
    {
        QCOMPARE(ExchangeParse::defaultAuthenticationPolicy(json(fixtures::organizationConfigAndReferencesJson1)),
                 u"Block Basic"_s);
        QVERIFY(
            ExchangeParse::defaultAuthenticationPolicy(json(fixtures::organizationConfigAndReferencesJson2)).isEmpty());
        QCOMPARE(ExchangeParse::referenceName(QJsonValue(u"CN=Block\\, Basic,CN=Auth Policies,CN=Contoso,DC=prod"_s)),
                 u"Block, Basic"_s);
        QCOMPARE(ExchangeParse::referenceName(json(fixtures::organizationConfigAndReferencesJson3)), u"Legacy apps"_s);
    }

    void getUser()
    {
        const auto user = ExchangeParse::user(json(fixtures::getUserJson1));
        QVERIFY(user.ok());
        QCOMPARE(user.value().authenticationPolicy, u"Allow Basic SMTP"_s);
        QCOMPARE(user.value().recipientTypeDetails, u"UserMailbox"_s);
        const auto noPolicy = ExchangeParse::user(json(fixtures::getUserJson2));
        QVERIFY(noPolicy.value().authenticationPolicy.isEmpty());
        QVERIFY(!ExchangeParse::user(json(fixtures::getUserJson3)).ok());
    }
};

QTEST_GUILESS_MAIN(TestExchangeRequests)
#include "TestExchangeRequests.moc"
