// The sample tenant's list pages, written as JSON text (JsonWriter), carry exactly what the QJsonObject
// builders they replaced returned: the reference builders below are those builders, kept here as the
// expectation. Every page of users ($select, signInActivity, startswith, $count), registration details,
// per-user MFA $batch answers and the Exchange Get-User / Get-CASMailbox pages are walked over a tenant with
// hostile strings (quotes, backslashes, control characters, RTL, emoji) and compared object by object.

#include "SampleServiceHarness.h"
#include "sample/data/TenantModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::sample;
using namespace smtpaudit::test;

namespace {

// ---- Reference: the QJsonObject builders of GraphJson and ExchangeCmdlets before they wrote text ----

QJsonValue stringOrNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue referenceSignInActivity(const TenantModel& model, int index)
{
    const SampleUser& user = model.users[static_cast<std::size_t>(index)];
    const SignInLog& log = model.signIns;
    const quint32 last = log.lastSignInOf(index);
    const quint32 success = log.lastSuccessOf(index);
    const QString never = u"0001-01-01T00:00:00Z"_s;
    QJsonObject activity;
    if (last != SignInLog::None) {
        const qint64 when = log.timeOf(log.at(last));
        activity.insert(u"lastSignInDateTime"_s, isoUtc(when));
        activity.insert(u"lastSignInRequestId"_s, log.idAt(last));
        const bool modern = !SignInLog::clientApps()[log.at(last).clientApp].legacy;
        activity.insert(u"lastNonInteractiveSignInDateTime"_s,
                        modern ? isoUtc(std::min(model.now - 60, when + 3 * 3600)) : never);
        activity.insert(u"lastNonInteractiveSignInRequestId"_s, modern ? log.correlationIdAt(last) : QString());
    } else if (user.lastSignInBeforeWindow.has_value()) {
        activity.insert(u"lastSignInDateTime"_s, isoUtc(*user.lastSignInBeforeWindow));
        activity.insert(u"lastSignInRequestId"_s, QString(user.id.left(8) + u"-0000-4000-8000-000000000000"_s));
        activity.insert(u"lastNonInteractiveSignInDateTime"_s, never);
        activity.insert(u"lastNonInteractiveSignInRequestId"_s, QString());
    } else {
        return QJsonValue(QJsonValue::Null);
    }
    if (success != SignInLog::None) {
        activity.insert(u"lastSuccessfulSignInDateTime"_s, isoUtc(log.timeOf(log.at(success))));
        activity.insert(u"lastSuccessfulSignInRequestId"_s, log.idAt(success));
    } else {
        activity.insert(u"lastSuccessfulSignInDateTime"_s, QJsonValue(QJsonValue::Null));
        activity.insert(u"lastSuccessfulSignInRequestId"_s, QJsonValue(QJsonValue::Null));
    }
    return activity;
}

QJsonValue referenceUserValue(const TenantModel& model, int index, const QString& name)
{
    const SampleUser& user = model.users[static_cast<std::size_t>(index)];
    if (name == u"id"_s)
        return user.id;
    if (name == u"accountEnabled"_s)
        return user.accountEnabled;
    if (name == u"assignedLicenses"_s) {
        QJsonArray licences;
        for (const QString& sku : user.skuIds)
            licences.append(QJsonObject{{u"disabledPlans"_s, QJsonArray()}, {u"skuId"_s, sku}});
        return licences;
    }
    if (name == u"businessPhones"_s)
        return QJsonArray();
    if (name == u"createdDateTime"_s)
        return isoUtc(user.createdAt);
    if (name == u"creationType"_s)
        return user.isGuest ? QJsonValue(u"Invitation"_s) : QJsonValue(QJsonValue::Null);
    if (name == u"externalUserState"_s)
        return user.isGuest ? QJsonValue(u"Accepted"_s) : QJsonValue(QJsonValue::Null);
    if (name == u"department"_s)
        return stringOrNull(user.department);
    if (name == u"displayName"_s)
        return user.displayName;
    if (name == u"givenName"_s)
        return stringOrNull(user.givenName);
    if (name == u"surname"_s)
        return stringOrNull(user.surname);
    if (name == u"jobTitle"_s)
        return stringOrNull(user.jobTitle);
    if (name == u"lastPasswordChangeDateTime"_s)
        return user.lastPasswordChangeAt > 0 ? QJsonValue(isoUtc(user.lastPasswordChangeAt))
                                             : QJsonValue(QJsonValue::Null);
    if (name == u"mail"_s)
        return stringOrNull(user.mail);
    if (name == u"mailNickname"_s)
        return user.mailNickname;
    if (name == u"mobilePhone"_s)
        return stringOrNull(user.mobilePhone);
    if (name == u"officeLocation"_s)
        return stringOrNull(user.officeLocation);
    if (name == u"onPremisesSyncEnabled"_s)
        return user.onPremisesSyncEnabled ? QJsonValue(*user.onPremisesSyncEnabled) : QJsonValue(QJsonValue::Null);
    if (name == u"passwordPolicies"_s)
        return stringOrNull(user.passwordPolicies);
    if (name == u"preferredLanguage"_s)
        return stringOrNull(user.preferredLanguage);
    if (name == u"proxyAddresses"_s)
        return user.hasMailbox() ? QJsonArray{QString(u"SMTP:"_s + user.mail)} : QJsonArray();
    if (name == u"signInActivity"_s)
        return referenceSignInActivity(model, index);
    if (name == u"usageLocation"_s)
        return stringOrNull(user.usageLocation);
    if (name == u"userPrincipalName"_s)
        return user.userPrincipalName;
    if (name == u"userType"_s)
        return user.isGuest ? u"Guest"_s : u"Member"_s;
    if (name == u"otherMails"_s || name == u"imAddresses"_s || name == u"identities"_s || name == u"assignedPlans"_s ||
        name == u"provisionedPlans"_s || name == u"licenseAssignmentStates"_s)
        return QJsonArray();
    return QJsonValue(QJsonValue::Null);
}

QJsonObject referenceUser(const TenantModel& model, int index, const QStringList& properties)
{
    QJsonObject object;
    for (const QString& name : properties) {
        const QJsonValue value = referenceUserValue(model, index, name);
        if (name == u"signInActivity"_s && value.isNull())
            continue;
        object.insert(name, value);
    }
    return object;
}

QJsonObject referenceRegistrationDetails(const TenantModel& model, const SampleUser& user)
{
    QJsonObject object;
    object.insert(u"id"_s, user.id);
    object.insert(u"userPrincipalName"_s, user.userPrincipalName);
    object.insert(u"userDisplayName"_s, user.displayName);
    object.insert(u"userType"_s, user.isGuest ? u"guest"_s : u"member"_s);
    object.insert(u"isAdmin"_s, user.isAdmin);
    object.insert(u"isSsprRegistered"_s, user.ssprRegistered);
    object.insert(u"isSsprEnabled"_s, !user.isGuest);
    object.insert(u"isSsprCapable"_s, user.ssprRegistered && !user.isGuest);
    object.insert(u"isMfaRegistered"_s, user.mfaRegistered);
    object.insert(u"isMfaCapable"_s, user.mfaRegistered);
    object.insert(u"isPasswordlessCapable"_s, user.methodsRegistered.contains(u"fido2"_s) ||
                                                  user.methodsRegistered.contains(u"windowsHelloForBusiness"_s));
    object.insert(u"methodsRegistered"_s, QJsonArray::fromStringList(user.methodsRegistered));
    object.insert(u"isSystemPreferredAuthenticationMethodEnabled"_s, true);
    QJsonArray systemPreferred;
    if (user.mfaRegistered)
        systemPreferred.append(user.methodsRegistered.contains(u"fido2"_s) ? u"Fido2"_s : u"push"_s);
    object.insert(u"systemPreferredAuthenticationMethods"_s, systemPreferred);
    object.insert(u"userPreferredMethodForSecondaryAuthentication"_s, user.preferredSecondaryMethod);
    object.insert(u"lastUpdatedDateTime"_s, isoUtc(std::max(user.createdAt, model.now - 86400 * 3)));
    return object;
}

QString referenceDistinguishedName(const TenantModel& model, const QString& name)
{
    QString escaped = name;
    escaped.replace(u'\\', u"\\\\"_s).replace(u',', u"\\,"_s);
    return u"CN="_s + escaped + u",OU="_s + model.initialDomain +
           u",OU=Microsoft Exchange Hosted Organizations,DC=SAMPR01A001,DC=PROD,DC=OUTLOOK,DC=COM"_s;
}

QJsonObject referenceMailbox(const TenantModel& model, const SampleUser& user)
{
    const QString primary = user.mail.isEmpty() ? user.userPrincipalName : user.mail;
    const QJsonValue smtp = user.smtpClientAuthenticationDisabled ? QJsonValue(*user.smtpClientAuthenticationDisabled)
                                                                  : QJsonValue(QJsonValue::Null);
    return QJsonObject{{u"Identity"_s, user.mailNickname},
                       {u"Name"_s, user.mailNickname},
                       {u"DisplayName"_s, user.displayName},
                       {u"DistinguishedName"_s, referenceDistinguishedName(model, user.mailNickname)},
                       {u"Guid"_s, user.exchangeGuid},
                       {u"ExternalDirectoryObjectId"_s, user.id},
                       {u"PrimarySmtpAddress"_s, primary},
                       {u"EmailAddresses"_s, QJsonArray{QString(u"SMTP:"_s + primary)}},
                       {u"SmtpClientAuthenticationDisabled"_s, smtp},
                       {u"ActiveSyncEnabled"_s, true},
                       {u"OWAEnabled"_s, true},
                       {u"PopEnabled"_s, true},
                       {u"ImapEnabled"_s, true},
                       {u"MAPIEnabled"_s, true},
                       {u"EwsEnabled"_s, true},
                       {u"ECPEnabled"_s, true}};
}

QJsonObject referenceExchangeUser(const TenantModel& model, const SampleUser& user)
{
    const int policy = user.authenticationPolicy;
    const QString details =
        user.hasMailbox() ? recipientTypeName(user.recipientType) : (user.isGuest ? u"GuestMailUser"_s : u"User"_s);
    return QJsonObject{
        {u"Identity"_s, user.mailNickname},
        {u"Name"_s, user.mailNickname},
        {u"DisplayName"_s, user.displayName},
        {u"FirstName"_s, user.givenName},
        {u"LastName"_s, user.surname},
        {u"DistinguishedName"_s, referenceDistinguishedName(model, user.mailNickname)},
        {u"Guid"_s, user.exchangeGuid},
        {u"ExternalDirectoryObjectId"_s, user.id},
        {u"UserPrincipalName"_s, user.userPrincipalName},
        {u"WindowsEmailAddress"_s, user.mail},
        {u"RecipientType"_s, user.hasMailbox() ? u"UserMailbox"_s : (user.isGuest ? u"MailUser"_s : u"User"_s)},
        {u"RecipientTypeDetails"_s, details},
        {u"AccountDisabled"_s, !user.accountEnabled},
        {u"IsDirSynced"_s, user.onPremisesSyncEnabled.value_or(false)},
        {u"Department"_s, stringOrNull(user.department)},
        {u"Title"_s, stringOrNull(user.jobTitle)},
        {u"AuthenticationPolicy"_s,
         policy >= 0 ? QJsonValue(model.authenticationPolicies[static_cast<std::size_t>(policy)].name)
                     : QJsonValue(QJsonValue::Null)}};
}

const QStringList DefaultProperties{
    u"businessPhones"_s, u"displayName"_s,       u"givenName"_s, u"jobTitle"_s,          u"mail"_s, u"mobilePhone"_s,
    u"officeLocation"_s, u"preferredLanguage"_s, u"surname"_s,   u"userPrincipalName"_s, u"id"_s};

} // namespace

class TestSampleGraphJsonPages : public QObject
{
    Q_OBJECT

    std::shared_ptr<const TenantModel> m_model = std::make_shared<const TenantModel>(hostileModel());
    GraphService m_graph{m_model, "fixed-paging-key"};
    ExchangeService m_exchange{m_model, "fixed-paging-key"};

    PageWalk graphGet(const QString& pathAndQuery, bool eventual = false)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (eventual)
            headers.append(QPair<QByteArray, QByteArray>("consistencylevel", "eventual"));
        return walkPages(m_graph, makeRequest("GET", QUrl(u"https://graph.microsoft.com"_s + pathAndQuery),
                                              graphClaims(*m_model), {}, headers));
    }

    PageWalk invoke(const QJsonObject& cmdletInput, const QByteArray& prefer = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!prefer.isEmpty())
            headers.append(QPair<QByteArray, QByteArray>("prefer", prefer));
        const QUrl url(u"https://outlook.office365.com/adminapi/beta/"_s + m_model->tenantId + u"/InvokeCommand"_s);
        return walkPages(m_exchange,
                         makeRequest("POST", url, exchangeClaims(*m_model),
                                     QJsonDocument(QJsonObject{{u"CmdletInput"_s, cmdletInput}}).toJson(), headers));
    }

    // Every item equals the reference object of the user with the item's id, in directory order.
    template <typename Reference>
    void compareUsers(const PageWalk& walk, const std::vector<int>& expectedUsers, const QString& idKey,
                      Reference reference)
    {
        QCOMPARE(walk.items.size(), static_cast<qsizetype>(expectedUsers.size()));
        for (qsizetype i = 0; i < walk.items.size(); ++i) {
            const int index = expectedUsers[static_cast<std::size_t>(i)];
            const QJsonObject item = walk.items.at(i).toObject();
            QCOMPARE(item.value(idKey).toString(), m_model->users[static_cast<std::size_t>(index)].id);
            QCOMPARE(item, reference(index));
        }
    }

    std::vector<int> usersWhere(const std::function<bool(const SampleUser&)>& keep) const
    {
        std::vector<int> indexes;
        for (std::size_t i = 0; i < m_model->users.size(); ++i)
            if (keep(m_model->users[i]))
                indexes.push_back(static_cast<int>(i));
        return indexes;
    }

private slots:
    void hostileStringsArePlanted()
    {
        int hostile = 0;
        for (const SampleUser& user : m_model->users)
            hostile += hostileStrings().contains(user.displayName) ? 1 : 0;
        QVERIFY(hostile >= 6);
    }

    void usersWithDefaultProperties()
    {
        const PageWalk walk = graphGet(u"/v1.0/users?$top=7"_s);
        QVERIFY(walk.pages.size() > 2);
        for (qsizetype i = 0; i < walk.pages.size(); ++i) {
            QCOMPARE(walk.statuses.at(i), 200);
            QCOMPARE(walk.pages.at(i).value(u"@odata.context"_s).toString(),
                     u"https://graph.microsoft.com/v1.0/$metadata#users"_s);
            QCOMPARE(walk.pages.at(i).contains(u"@odata.nextLink"_s), i + 1 < walk.pages.size());
            QVERIFY(!walk.pages.at(i).contains(u"@odata.count"_s));
        }
        compareUsers(walk, usersWhere([](const SampleUser&) { return true; }), u"id"_s,
                     [&](int i) { return referenceUser(*m_model, i, DefaultProperties); });
    }

    void usersWithEverySelectableProperty()
    {
        const QStringList all{u"id"_s,
                              u"accountEnabled"_s,
                              u"ageGroup"_s,
                              u"assignedLicenses"_s,
                              u"assignedPlans"_s,
                              u"businessPhones"_s,
                              u"city"_s,
                              u"createdDateTime"_s,
                              u"creationType"_s,
                              u"department"_s,
                              u"displayName"_s,
                              u"externalUserState"_s,
                              u"givenName"_s,
                              u"identities"_s,
                              u"imAddresses"_s,
                              u"jobTitle"_s,
                              u"lastPasswordChangeDateTime"_s,
                              u"licenseAssignmentStates"_s,
                              u"mail"_s,
                              u"mailNickname"_s,
                              u"mobilePhone"_s,
                              u"officeLocation"_s,
                              u"onPremisesSyncEnabled"_s,
                              u"otherMails"_s,
                              u"passwordPolicies"_s,
                              u"preferredLanguage"_s,
                              u"provisionedPlans"_s,
                              u"proxyAddresses"_s,
                              u"signInActivity"_s,
                              u"surname"_s,
                              u"usageLocation"_s,
                              u"userPrincipalName"_s,
                              u"userType"_s};
        // Lower-case names and a repeated one resolve to the canonical names, each once.
        const PageWalk walk =
            graphGet(u"/v1.0/users?$top=25&$select=DISPLAYNAME,"_s + all.join(u',') + u",displayName"_s);
        QStringList canonicalOrder{u"displayName"_s};
        for (const QString& name : all)
            if (name != u"displayName"_s)
                canonicalOrder << name;
        QCOMPARE(walk.pages.first().value(u"@odata.context"_s).toString(),
                 u"https://graph.microsoft.com/v1.0/$metadata#users("_s + canonicalOrder.join(u',') + u')');
        compareUsers(walk, usersWhere([](const SampleUser&) { return true; }), u"id"_s,
                     [&](int i) { return referenceUser(*m_model, i, all); });
        // signInActivity is present exactly for users who signed in (the reference comparison checks each
        // user; this counts them).
        int without = 0;
        for (const QJsonValue& item : walk.items)
            without += item.toObject().contains(u"signInActivity"_s) ? 0 : 1;
        int neverSignedIn = 0;
        for (std::size_t i = 0; i < m_model->users.size(); ++i)
            neverSignedIn += m_model->signIns.lastSignInOf(static_cast<int>(i)) == SignInLog::None &&
                                     !m_model->users[i].lastSignInBeforeWindow.has_value()
                                 ? 1
                                 : 0;
        QCOMPARE(without, neverSignedIn);
        QVERIFY(without < walk.items.size());
    }

    void usersStartingWithAPrefixAndCounted()
    {
        const QString prefix = m_model->users[5].userPrincipalName.left(1).toUpper();
        const PageWalk walk = graphGet(u"/v1.0/users?$filter=startswith(userPrincipalName,'"_s + prefix +
                                           u"')&$count=true&$top=2&$select=id,userPrincipalName,signInActivity"_s,
                                       true);
        const std::vector<int> expected = usersWhere(
            [&](const SampleUser& user) { return user.userPrincipalName.startsWith(prefix, Qt::CaseInsensitive); });
        QVERIFY(expected.size() >= 2);
        QCOMPARE(walk.pages.first().value(u"@odata.count"_s).toInteger(), static_cast<qint64>(expected.size()));
        for (qsizetype i = 1; i < walk.pages.size(); ++i)
            QVERIFY(!walk.pages.at(i).contains(u"@odata.count"_s)); // the first page only
        compareUsers(walk, expected, u"id"_s, [&](int i) {
            return referenceUser(*m_model, i, {u"id"_s, u"userPrincipalName"_s, u"signInActivity"_s});
        });
    }

    void usersMatchingAnOrFilter()
    {
        const PageWalk walk =
            graphGet(u"/v1.0/users?$filter=startswith(mail,'B') or userType eq 'Guest'&$select=id,mail,userType"_s);
        const std::vector<int> expected = usersWhere(
            [](const SampleUser& user) { return user.mail.startsWith(u"b"_s, Qt::CaseInsensitive) || user.isGuest; });
        QVERIFY(!expected.empty());
        compareUsers(walk, expected, u"id"_s, [&](int i) {
            return referenceUser(*m_model, i, {u"id"_s, u"mail"_s, u"userType"_s});
        });
    }

    void registrationDetailsPages()
    {
        const PageWalk all = graphGet(u"/v1.0/reports/authenticationMethods/userRegistrationDetails?$top=9"_s);
        QVERIFY(all.pages.size() > 2);
        QCOMPARE(all.pages.first().value(u"@odata.context"_s).toString(),
                 u"https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails"_s);
        compareUsers(all, usersWhere([](const SampleUser&) { return true; }), u"id"_s, [&](int i) {
            return referenceRegistrationDetails(*m_model, m_model->users[static_cast<std::size_t>(i)]);
        });
        const PageWalk filtered =
            graphGet(u"/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isMfaRegistered eq false"_s);
        compareUsers(
            filtered, usersWhere([](const SampleUser& user) { return !user.mfaRegistered; }), u"id"_s,
            [&](int i) { return referenceRegistrationDetails(*m_model, m_model->users[static_cast<std::size_t>(i)]); });
    }

    void perUserMfaBatchEqualsSingleRequests()
    {
        // 20 requirements: most of existing users, some of unknown ids (404), one $count (text body) and one
        // that depends on a failed item (424).
        QJsonArray requests;
        for (int i = 0; i < 20; ++i) {
            QString url =
                u"/users/"_s + m_model->users[static_cast<std::size_t>(i * 3)].id + u"/authentication/requirements"_s;
            if (i % 6 == 5)
                url = u"/users/00000000-0000-0000-0000-0000000000"_s + QString::number(10 + i) +
                      u"/authentication/requirements"_s;
            QJsonObject item{{u"id"_s, QString::number(i + 1)}, {u"method"_s, u"GET"_s}, {u"url"_s, url}};
            if (i == 18)
                item.insert(u"dependsOn"_s, QJsonArray{u"6"_s});
            if (i == 19)
                item = QJsonObject{{u"id"_s, u"20"_s},
                                   {u"method"_s, u"GET"_s},
                                   {u"url"_s, u"/users/$count"_s},
                                   {u"headers"_s, QJsonObject{{u"ConsistencyLevel"_s, u"eventual"_s}}}};
            requests.append(item);
        }
        const PageWalk batch = walkPages(
            m_graph, makeRequest("POST", QUrl(u"https://graph.microsoft.com/beta/$batch"_s), graphClaims(*m_model),
                                 QJsonDocument(QJsonObject{{u"requests"_s, requests}}).toJson()));
        QCOMPARE(batch.statuses, QList<int>{200});
        const QJsonArray responses = batch.pages.first().value(u"responses"_s).toArray();
        QCOMPARE(responses.size(), 20);
        QCOMPARE(batch.pages.first().keys(), QStringList{u"responses"_s});
        for (int i = 0; i < 20; ++i) {
            const QJsonObject answer = responses.at(i).toObject();
            QCOMPARE(answer.value(u"id"_s).toString(), QString::number(i + 1));
            const QJsonObject headers = answer.value(u"headers"_s).toObject();
            QVERIFY(!headers.value(u"request-id"_s).toString().isEmpty());
            if (i == 19) {
                QCOMPARE(answer.value(u"status"_s).toInt(), 200);
                QCOMPARE(answer.value(u"body"_s).toString(), QString::number(m_model->users.size()));
                QCOMPARE(headers.value(u"Content-Type"_s).toString(), u"text/plain"_s);
                continue;
            }
            QVERIFY(headers.value(u"Content-Type"_s).toString().startsWith(u"application/json"_s));
            const QJsonObject body = answer.value(u"body"_s).toObject();
            if (i == 18) {
                QCOMPARE(answer.value(u"status"_s).toInt(), 424);
                QCOMPARE(body.value(u"error"_s).toObject().value(u"code"_s).toString(), u"FailedDependency"_s);
                continue;
            }
            if (i % 6 == 5) {
                QCOMPARE(answer.value(u"status"_s).toInt(), 404);
                QCOMPARE(body.value(u"error"_s).toObject().value(u"code"_s).toString(), u"Request_ResourceNotFound"_s);
                continue;
            }
            const SampleUser& user = m_model->users[static_cast<std::size_t>(i * 3)];
            QCOMPARE(answer.value(u"status"_s).toInt(), 200);
            // The same body as the request on its own.
            const PageWalk single = graphGet(u"/beta/users/"_s + user.id + u"/authentication/requirements"_s);
            QCOMPARE(body, single.pages.first());
            const QString context = u"https://graph.microsoft.com/beta/$metadata#users('"_s + user.id +
                                    u"')/authentication/requirements/$entity"_s;
            QJsonObject expected;
            expected.insert(u"@odata.context"_s, context);
            expected.insert(u"perUserMfaState"_s, perUserMfaStateName(user.perUserMfa));
            QCOMPARE(body, expected);
        }
    }

    void exchangeUserAndMailboxPages()
    {
        const PageWalk users = invoke(
            {{u"CmdletName"_s, u"Get-User"_s}, {u"Parameters"_s, QJsonObject{{u"ResultSize"_s, u"Unlimited"_s}}}},
            "odata.maxpagesize=7");
        QVERIFY(users.pages.size() > 2);
        for (const QJsonObject& page : users.pages) {
            QCOMPARE(page.value(u"@odata.context"_s).toString(),
                     u"https://outlook.office365.com/adminapi/beta/"_s + m_model->tenantId +
                         u"/$metadata#Collection(Exchange.GenericHashTable)"_s);
            QVERIFY(!page.contains(u"@adminapi.warnings"_s));
        }
        compareUsers(
            users, usersWhere([](const SampleUser&) { return true; }), u"ExternalDirectoryObjectId"_s,
            [&](int i) { return referenceExchangeUser(*m_model, m_model->users[static_cast<std::size_t>(i)]); });

        const PageWalk mailboxes =
            invoke({{u"CmdletName"_s, u"Get-CASMailbox"_s}, {u"Parameters"_s, QJsonObject{{u"ResultSize"_s, 15}}}},
                   "odata.maxpagesize=4");
        QCOMPARE(mailboxes.pages.size(), 4);
        QCOMPARE(mailboxes.pages.first().value(u"@adminapi.warnings"_s).toArray().size(), 1);
        std::vector<int> expected = usersWhere([](const SampleUser& user) { return user.hasMailbox(); });
        expected.resize(15);
        compareUsers(mailboxes, expected, u"ExternalDirectoryObjectId"_s,
                     [&](int i) { return referenceMailbox(*m_model, m_model->users[static_cast<std::size_t>(i)]); });
    }

    void exchangeBatchEmbedsEachAnswer()
    {
        QJsonArray requests;
        for (int i = 0; i < 4; ++i) {
            const QString identity = i == 2 ? u"nobody@example.invalid"_s
                                            : m_model->users[static_cast<std::size_t>(i * 7)].userPrincipalName;
            QJsonObject parameters;
            parameters.insert(u"Identity"_s, identity);
            QJsonObject input;
            input.insert(u"CmdletName"_s, u"Get-User"_s);
            input.insert(u"Parameters"_s, parameters);
            QJsonObject body;
            body.insert(u"CmdletInput"_s, input);
            QJsonObject item;
            item.insert(u"id"_s, QString::number(i));
            item.insert(u"method"_s, u"POST"_s);
            item.insert(u"url"_s, u"InvokeCommand"_s);
            item.insert(u"body"_s, body);
            requests.append(item);
        }
        const QUrl url(u"https://outlook.office365.com/adminapi/beta/"_s + m_model->tenantId + u"/$batch"_s);
        const PageWalk batch =
            walkPages(m_exchange, makeRequest("POST", url, exchangeClaims(*m_model),
                                              QJsonDocument(QJsonObject{{u"requests"_s, requests}}).toJson()));
        const QJsonArray responses = batch.pages.first().value(u"responses"_s).toArray();
        QCOMPARE(responses.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject answer = responses.at(i).toObject();
            QCOMPARE(answer.value(u"id"_s).toString(), QString::number(i));
            const QJsonObject body = answer.value(u"body"_s).toObject();
            if (i == 2) {
                QCOMPARE(answer.value(u"status"_s).toInt(), 404);
                QVERIFY(body.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"nobody"_s));
                QCOMPARE(answer.value(u"headers"_s).toObject().value(u"X-ExceptionType"_s).toString(),
                         u"ManagementObjectNotFoundException"_s);
                continue;
            }
            QCOMPARE(answer.value(u"status"_s).toInt(), 200);
            const QJsonArray value = body.value(u"value"_s).toArray();
            QCOMPARE(value.size(), 1);
            QCOMPARE(value.at(0).toObject(),
                     referenceExchangeUser(*m_model, m_model->users[static_cast<std::size_t>(i * 7)]));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleGraphJsonPages)
#include "TestSampleGraphJsonPages.moc"
