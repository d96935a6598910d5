// The sample tenant's sign-in pages (GET /v1.0/auditLogs/signIns) equal, event by event, a reference built
// with QJsonObject from the model the way the server wrote them field by field before SignInWriter copied
// escaped parts: with hostile user names, with the tenant's own conditional access policies (whose
// outcomes the writer caches) and with more policies than that cache takes.

#include "SampleServiceHarness.h"
#include "sample/data/SmtpAuthTruth.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;
using namespace smtpaudit::test;

namespace {

QString referenceUpn(const SampleUser& user, bool mixedCase)
{
    QString upn = user.userPrincipalName;
    if (!mixedCase)
        return upn;
    upn[0] = upn[0].toUpper();
    const qsizetype at = upn.indexOf(u'@');
    if (at >= 0 && at + 1 < upn.size())
        upn[at + 1] = upn[at + 1].toUpper();
    return upn;
}

bool referenceClientMatches(const ConditionalAccessPolicy& policy, bool legacy)
{
    const QStringList& types = policy.clientAppTypes;
    if (types.contains(u"all"_s))
        return true;
    return legacy ? types.contains(u"other"_s) || types.contains(u"exchangeActiveSync"_s)
                  : types.contains(u"browser"_s) || types.contains(u"mobileAppsAndDesktopClients"_s);
}

// The GUID text of 128 bits as the generator first wrote it (QString::number), an oracle for guidTextFromBits.
QString referenceGuid(quint64 high, quint64 low)
{
    high = (high & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
    low = (low & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    const QString hex =
        QString::number(high, 16).rightJustified(16, u'0') + QString::number(low, 16).rightJustified(16, u'0');
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' +
           hex.mid(20, 12);
}

QJsonObject referenceSignIn(const TenantModel& model, std::size_t position)
{
    const SignInLog& log = model.signIns;
    const SignInRecord& record = log.at(position);
    const SampleUser& user = model.users[record.user];
    const ClientAppInfo& client = SignInLog::clientApps()[record.clientApp];
    const AppInfo& app = SignInLog::apps()[record.app];
    const StatusInfo& status = SignInLog::statuses()[record.status];
    const LocationInfo& location = SignInLog::locations()[record.location];
    const DeviceInfo& device = SignInLog::devices()[record.device];
    const bool blocked = status.errorCode == 53003;

    QJsonArray applied;
    QString caStatus = u"notApplied"_s;
    for (const ConditionalAccessPolicy& policy : model.conditionalAccessPolicies) {
        const bool applies =
            SmtpAuthTruth::includesUser(policy, user) && !SmtpAuthTruth::excludesUser(policy, user) &&
            referenceClientMatches(policy, client.legacy) && policy.includeLocations.isEmpty() &&
            (policy.includeApplications.contains(u"All"_s) || policy.includeApplications.contains(app.resourceId));
        const bool blocks = policy.builtInControls.contains(u"block"_s);
        QString result = u"notEnabled"_s;
        QJsonArray grant;
        if (policy.state == u"enabled"_s) {
            result = !applies ? u"notApplied"_s : blocks ? (blocked ? u"failure"_s : u"notApplied"_s) : u"success"_s;
            if (result == u"failure"_s)
                grant.append(u"Block"_s);
            else if (result == u"success"_s)
                grant.append(u"Mfa"_s);
        } else if (policy.state == u"enabledForReportingButNotEnforced"_s) {
            result = applies ? (blocks ? u"reportOnlyFailure"_s : u"reportOnlySuccess"_s) : u"reportOnlyNotApplied"_s;
        }
        if (result == u"failure"_s)
            caStatus = u"failure"_s;
        else if (result == u"success"_s && caStatus != u"failure"_s && status.errorCode == 0)
            caStatus = u"success"_s;
        applied.append(QJsonObject{{u"id"_s, policy.id},
                                   {u"displayName"_s, policy.displayName},
                                   {u"enforcedGrantControls"_s, grant},
                                   {u"enforcedSessionControls"_s, QJsonArray()},
                                   {u"result"_s, result}});
    }
    if (blocked)
        caStatus = u"failure"_s;

    return QJsonObject{
        {u"id"_s, log.idAt(position)},
        {u"createdDateTime"_s, isoUtc(log.timeOf(record))},
        {u"userDisplayName"_s, user.displayName},
        {u"userPrincipalName"_s, referenceUpn(user, record.flags & SignInRecord::MixedCaseUpn)},
        {u"userId"_s, user.id},
        {u"appId"_s, app.appId},
        {u"appDisplayName"_s, app.displayName},
        {u"ipAddress"_s, SignInLog::ipToString(record.ip)},
        {u"clientAppUsed"_s, client.name},
        {u"correlationId"_s, log.correlationIdAt(position)},
        {u"isInteractive"_s, true},
        {u"riskDetail"_s, u"hidden"_s},
        {u"riskLevelAggregated"_s, u"hidden"_s},
        {u"riskLevelDuringSignIn"_s, u"hidden"_s},
        {u"riskState"_s, u"none"_s},
        {u"riskEventTypes"_s, QJsonArray()},
        {u"riskEventTypes_v2"_s, QJsonArray()},
        {u"resourceDisplayName"_s, app.resourceDisplayName},
        {u"resourceId"_s, app.resourceId},
        {u"status"_s, QJsonObject{{u"errorCode"_s, status.errorCode},
                                  {u"failureReason"_s, status.failureReason},
                                  {u"additionalDetails"_s, status.additionalDetails.isEmpty()
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(status.additionalDetails)}}},
        {u"deviceDetail"_s, QJsonObject{{u"deviceId"_s, u""_s},
                                        {u"displayName"_s, u""_s},
                                        {u"operatingSystem"_s, device.operatingSystem},
                                        {u"browser"_s, device.browser},
                                        {u"isCompliant"_s, false},
                                        {u"isManaged"_s, false},
                                        {u"trustType"_s, u""_s}}},
        {u"location"_s, QJsonObject{{u"city"_s, location.city},
                                    {u"state"_s, location.state},
                                    {u"countryOrRegion"_s, location.countryOrRegion},
                                    {u"geoCoordinates"_s, QJsonObject{{u"altitude"_s, QJsonValue::Null},
                                                                      {u"latitude"_s, location.latitude},
                                                                      {u"longitude"_s, location.longitude}}}}},
        {u"appliedConditionalAccessPolicies"_s, applied},
        {u"conditionalAccessStatus"_s, caStatus}};
}

// The hostile model with its conditional access policies copied until there are more than `atLeast`
// (the copies get their own ids and names; each keeps its original's conditions and state).
TenantModel withPolicies(TenantModel model, std::size_t atLeast)
{
    const std::vector<ConditionalAccessPolicy> originals = model.conditionalAccessPolicies;
    for (std::size_t copy = 0; !originals.empty() && model.conditionalAccessPolicies.size() <= atLeast; ++copy) {
        ConditionalAccessPolicy policy = originals[copy % originals.size()];
        policy.id = QString::number(copy) + u"-copy-"_s + policy.id.mid(8);
        policy.displayName = policy.displayName + u" \u00e9 \"copy\" "_s + QString::number(copy);
        model.conditionalAccessPolicies.push_back(std::move(policy));
    }
    return model;
}

} // namespace

class TestSampleGraphSignInPages : public QObject
{
    Q_OBJECT

    // Every event of the log, newest first, equals its reference object.
    void compareAllPages(const std::shared_ptr<const TenantModel>& model)
    {
        GraphService graph(model, "fixed-paging-key");
        const PageWalk walk =
            walkPages(graph, makeRequest("GET", QUrl(u"https://graph.microsoft.com/v1.0/auditLogs/signIns"_s),
                                         graphClaims(*model)));
        const std::size_t events = model->signIns.size();
        QVERIFY(events > 1000); // more than one page
        QCOMPARE(walk.items.size(), qsizetype(events));
        QVERIFY(std::all_of(walk.statuses.cbegin(), walk.statuses.cend(), [](int status) { return status == 200; }));
        for (std::size_t i = 0; i < events; ++i) {
            const std::size_t position = events - 1 - i;
            const QJsonObject item = walk.items.at(static_cast<qsizetype>(i)).toObject();
            if (item != referenceSignIn(*model, position))
                QFAIL(qPrintable(u"event %1 differs: %2"_s.arg(position).arg(
                    QString::fromUtf8(QJsonDocument(item).toJson(QJsonDocument::Compact)))));
        }
    }

private slots:
    void guidTextEqualsTheNumberFormatting()
    {
        const quint64 values[] = {0, 1, 0xf, 0x123456789abcdef0ULL, 0xffffffffffffffffULL, 0x8000000000000000ULL};
        for (const quint64 high : values)
            for (const quint64 low : values) {
                QCOMPARE(guidString(guidTextFromBits(high, low)), referenceGuid(high, low));
                QCOMPARE(guidFromBits(high, low), referenceGuid(high, low));
            }
    }

    void pagesEqualTheReference()
    {
        const auto model = std::make_shared<const TenantModel>(hostileModel());
        QVERIFY(!model->conditionalAccessPolicies.empty());
        compareAllPages(model);
    }

    void pagesWithMoreConditionalAccessPoliciesThanTheCacheTakes()
    {
        const auto model = std::make_shared<const TenantModel>(withPolicies(hostileModel(), 70));
        QVERIFY(model->conditionalAccessPolicies.size() > 70);
        compareAllPages(model);
    }
};

QTEST_GUILESS_MAIN(TestSampleGraphSignInPages)
#include "TestSampleGraphSignInPages.moc"
