#include "sample/graph/GraphSignInWriter.h"

#include "sample/data/SmtpAuthTruth.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

// More policies than this are written without the outcome cache (its key is one bit per policy plus two).
constexpr std::size_t CachedPolicies = 62;

template <typename Write>
QByteArray membersText(Write write)
{
    QByteArray text;
    JsonWriter json(text);
    write(json);
    return text;
}

// The parts that depend only on SignInLog's static tables, escaped once per process.
struct StaticParts
{
    std::vector<QByteArray> appHead;     // "appId":…,"appDisplayName":…
    std::vector<QByteArray> appResource; // "resourceDisplayName":…,"resourceId":…
    std::vector<QByteArray> clientApp;   // "clientAppUsed":…
    std::vector<QByteArray> status;      // "status":{…}
    std::vector<QByteArray> device;      // "deviceDetail":{…}
    std::vector<QByteArray> location;    // "location":{…}
    QByteArray risk;                     // isInteractive and the risk members

    static const StaticParts& instance()
    {
        static const StaticParts parts;
        return parts;
    }

private:
    StaticParts()
    {
        for (const AppInfo& app : SignInLog::apps()) {
            appHead.push_back(membersText([&](JsonWriter& json) {
                json.key("appId").string(app.appId);
                json.key("appDisplayName").string(app.displayName);
            }));
            appResource.push_back(membersText([&](JsonWriter& json) {
                json.key("resourceDisplayName").string(app.resourceDisplayName);
                json.key("resourceId").string(app.resourceId);
            }));
        }
        for (const ClientAppInfo& client : SignInLog::clientApps())
            clientApp.push_back(membersText([&](JsonWriter& json) { json.key("clientAppUsed").string(client.name); }));
        for (const StatusInfo& info : SignInLog::statuses())
            status.push_back(membersText([&](JsonWriter& json) {
                json.key("status").beginObject();
                json.key("errorCode").integer(info.errorCode);
                json.key("failureReason").string(info.failureReason);
                json.key("additionalDetails");
                if (info.additionalDetails.isEmpty())
                    json.null();
                else
                    json.string(info.additionalDetails);
                json.endObject();
            }));
        for (const DeviceInfo& info : SignInLog::devices())
            device.push_back(membersText([&](JsonWriter& json) {
                json.key("deviceDetail").beginObject();
                json.key("deviceId").string(u"");
                json.key("displayName").string(u"");
                json.key("operatingSystem").string(info.operatingSystem);
                json.key("browser").string(info.browser);
                json.key("isCompliant").boolean(false);
                json.key("isManaged").boolean(false);
                json.key("trustType").string(u"");
                json.endObject();
            }));
        for (const LocationInfo& info : SignInLog::locations())
            location.push_back(membersText([&](JsonWriter& json) {
                json.key("location").beginObject();
                json.key("city").string(info.city);
                json.key("state").string(info.state);
                json.key("countryOrRegion").string(info.countryOrRegion);
                json.key("geoCoordinates").beginObject();
                json.key("altitude").null();
                json.key("latitude").number(info.latitude);
                json.key("longitude").number(info.longitude);
                json.endObject();
                json.endObject();
            }));
        risk = membersText([](JsonWriter& json) {
            json.key("isInteractive").boolean(true);
            // Risk details need Entra ID P2; a P1 tenant sees "hidden" (microsoft-apis.md section 3).
            json.key("riskDetail").string(u"hidden");
            json.key("riskLevelAggregated").string(u"hidden");
            json.key("riskLevelDuringSignIn").string(u"hidden");
            json.key("riskState").string(u"none");
            json.key("riskEventTypes").beginArray().endArray();
            json.key("riskEventTypes_v2").beginArray().endArray();
        });
    }
};

QString typedUpn(const SampleUser& user, bool mixedCase)
{
    if (!mixedCase)
        return user.userPrincipalName;
    QString upn = user.userPrincipalName;
    upn[0] = upn[0].toUpper();
    const qsizetype at = upn.indexOf(u'@');
    if (at >= 0 && at + 1 < upn.size())
        upn[at + 1] = upn[at + 1].toUpper();
    return upn;
}

bool userInScope(const ConditionalAccessPolicy& policy, const SampleUser& user)
{
    return SmtpAuthTruth::includesUser(policy, user) && !SmtpAuthTruth::excludesUser(policy, user);
}

} // namespace

SignInWriter::SignInWriter(const TenantModel& model)
    : m_model(model)
{
    const std::vector<AppInfo>& apps = SignInLog::apps();
    for (const ConditionalAccessPolicy& policy : model.conditionalAccessPolicies) {
        Policy facts;
        facts.policy = &policy;
        facts.enabled = policy.state == u"enabled"_s;
        facts.reportOnly = policy.state == u"enabledForReportingButNotEnforced"_s;
        facts.blocks = policy.builtInControls.contains(u"block"_s);
        facts.anyLocation = policy.includeLocations.isEmpty();
        const bool allClients = policy.clientAppTypes.contains(u"all"_s);
        facts.legacyClients = allClients || policy.clientAppTypes.contains(u"other"_s) ||
                              policy.clientAppTypes.contains(u"exchangeActiveSync"_s);
        facts.modernClients = allClients || policy.clientAppTypes.contains(u"browser"_s) ||
                              policy.clientAppTypes.contains(u"mobileAppsAndDesktopClients"_s);
        const bool allApps = policy.includeApplications.contains(u"All"_s);
        for (const AppInfo& app : apps)
            facts.appliesToApp.push_back(allApps || policy.includeApplications.contains(app.resourceId));
        m_policies.push_back(std::move(facts));
    }
}

bool SignInWriter::applies(const Policy& policy, const SampleUser& user, const SignInRecord& record)
{
    const bool legacy = SignInLog::clientApps()[record.clientApp].legacy;
    return (legacy ? policy.legacyClients : policy.modernClients) && policy.anyLocation &&
           policy.appliesToApp[record.app] && userInScope(*policy.policy, user);
}

template <typename Applies>
QByteArray SignInWriter::outcomeText(Applies applies, bool blocked, bool success) const
{
    return membersText([&](JsonWriter& json) {
        QString caStatus = u"notApplied"_s;
        json.key("appliedConditionalAccessPolicies").beginArray();
        for (std::size_t i = 0; i < m_policies.size(); ++i) {
            const Policy& facts = m_policies[i];
            const bool applied = applies(i);
            QString result = u"notEnabled"_s;
            const char* grant = nullptr;
            if (facts.enabled) {
                result = !applied       ? u"notApplied"_s
                         : facts.blocks ? (blocked ? u"failure"_s : u"notApplied"_s)
                                        : u"success"_s;
                if (result == u"failure"_s)
                    grant = "Block";
                else if (result == u"success"_s)
                    grant = "Mfa";
            } else if (facts.reportOnly) {
                result = applied ? (facts.blocks ? u"reportOnlyFailure"_s : u"reportOnlySuccess"_s)
                                 : u"reportOnlyNotApplied"_s;
            }
            if (result == u"failure"_s)
                caStatus = u"failure"_s;
            else if (result == u"success"_s && caStatus != u"failure"_s && success)
                caStatus = u"success"_s;
            json.beginObject();
            json.key("id").string(facts.policy->id);
            json.key("displayName").string(facts.policy->displayName);
            json.key("enforcedGrantControls").beginArray();
            if (grant)
                json.string(QString::fromLatin1(grant));
            json.endArray();
            json.key("enforcedSessionControls").beginArray().endArray();
            json.key("result").string(result);
            json.endObject();
        }
        json.endArray();
        if (blocked)
            caStatus = u"failure"_s;
        json.key("conditionalAccessStatus").string(caStatus);
    });
}

void SignInWriter::writeOutcome(JsonWriter& json, const SampleUser& user, const SignInRecord& record, bool blocked,
                                bool success)
{
    if (m_policies.size() > CachedPolicies) {
        json.members(
            outcomeText([&](std::size_t i) { return applies(m_policies[i], user, record); }, blocked, success));
        return;
    }
    quint64 key = (blocked ? 1ULL << 62 : 0) | (success ? 1ULL << 63 : 0);
    for (std::size_t i = 0; i < m_policies.size(); ++i)
        if (applies(m_policies[i], user, record))
            key |= 1ULL << i;
    auto found = m_outcomes.constFind(key);
    if (found == m_outcomes.cend())
        found = m_outcomes.insert(key, outcomeText([key](std::size_t i) { return (key >> i) & 1; }, blocked, success));
    json.members(*found);
}

void SignInWriter::write(JsonWriter& json, std::size_t position)
{
    const StaticParts& parts = StaticParts::instance();
    const SignInLog& log = m_model.signIns;
    const SignInRecord& record = log.at(position);
    const SampleUser& user = m_model.users[record.user];
    const StatusInfo& status = SignInLog::statuses()[record.status];

    json.beginObject();
    const GuidText id = log.idTextAt(position);
    json.key("id").plainString(QByteArrayView(id.data(), qsizetype(id.size())));
    json.key("createdDateTime").utcTime(log.timeOf(record));
    json.key("userDisplayName").string(user.displayName);
    json.key("userPrincipalName").string(typedUpn(user, record.flags & SignInRecord::MixedCaseUpn));
    json.key("userId").string(user.id);
    json.members(parts.appHead[record.app]);
    json.key("ipAddress").ipv4(record.ip);
    json.members(parts.clientApp[record.clientApp]);
    const GuidText correlation = log.correlationIdTextAt(position);
    json.key("correlationId").plainString(QByteArrayView(correlation.data(), qsizetype(correlation.size())));
    json.members(parts.risk);
    json.members(parts.appResource[record.app]);
    json.members(parts.status[record.status]);
    json.members(parts.device[record.device]);
    json.members(parts.location[record.location]);
    writeOutcome(json, user, record, status.errorCode == 53003, status.errorCode == 0);
    json.endObject();
}

} // namespace smtpaudit::sample
