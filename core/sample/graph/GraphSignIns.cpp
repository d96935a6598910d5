#include "sample/graph/GraphSignIns.h"

#include "sample/SampleJsonWriter.h"
#include "sample/data/SmtpAuthTruth.h"
#include "sample/data/TenantModel.h"
#include "sample/graph/GraphErrors.h"
#include "sample/graph/ODataFilter.h"

#include <QJsonDocument>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::GraphSignIns {
namespace {

const QStringList SignInRead{u"AuditLog.Read.All"_s, u"Directory.Read.All"_s};
// A page stops after examining this many events even when it is not full: pages may be short or empty,
// as Graph documents, and a narrow filter over the large log never stalls one request.
constexpr std::size_t ScanBudget = 250000;

struct Event
{
    const TenantModel* model = nullptr;
    std::size_t position = 0;
    const SignInRecord& record() const { return model->signIns.at(position); }
    const SampleUser& user() const { return model->users[record().user]; }
};

FilterPredicate<Event> leaf(const FilterNode& node, QString& error)
{
    const QString& p = node.property;
    const QString op = node.op;
    const FilterLiteral& v = node.value;
    auto unsupported = [&] {
        error = u"Invalid filter clause: the property '"_s + p + u"' does not support this comparison"_s;
        return FilterPredicate<Event>();
    };
    if (op == u"startswith"_s) // the sample answers comparisons only; never an empty page for a function
        return unsupported();
    if (p == u"createdDateTime"_s) {
        if (v.type != FilterLiteral::Type::DateTime)
            return unsupported();
        const qint64 wanted = v.msecs;
        return [op, wanted](const Event& e) {
            return compareWith(op, e.model->signIns.timeOf(e.record()) * 1000, wanted);
        };
    }
    if (op != u"eq"_s && op != u"ne"_s)
        return unsupported();
    if (p == u"clientAppUsed"_s && v.type == FilterLiteral::Type::String) {
        const int wanted = SignInLog::clientAppIndex(v.text); // -1: a value Graph never reports
        return [op, wanted](const Event& e) { return compareWith(op, static_cast<int>(e.record().clientApp), wanted); };
    }
    if (p == u"status/errorCode"_s && v.type == FilterLiteral::Type::Number) {
        const int wanted = static_cast<int>(v.number);
        return [op, wanted](const Event& e) {
            return compareWith(op, SignInLog::statuses()[e.record().status].errorCode, wanted);
        };
    }
    if (p == u"isInteractive"_s && v.type == FilterLiteral::Type::Boolean) {
        const bool wanted = v.boolean;
        return [op, wanted](const Event&) { return compareWith(op, true, wanted); };
    }
    if (v.type != FilterLiteral::Type::String && v.type != FilterLiteral::Type::Guid)
        return unsupported();
    const QString wanted = v.text.toLower();
    if (p == u"userPrincipalName"_s)
        return [op, wanted](const Event& e) { return compareWith(op, e.user().userPrincipalName.toLower(), wanted); };
    if (p == u"userId"_s)
        return [op, wanted](const Event& e) { return compareWith(op, e.user().id, wanted); };
    if (p == u"ipAddress"_s)
        return [op, wanted](const Event& e) { return compareWith(op, SignInLog::ipToString(e.record().ip), wanted); };
    if (p == u"appId"_s)
        return
            [op, wanted](const Event& e) { return compareWith(op, SignInLog::apps()[e.record().app].appId, wanted); };
    if (p == u"location/countryOrRegion"_s)
        return [op, wanted](const Event& e) {
            return compareWith(op, SignInLog::locations()[e.record().location].countryOrRegion.toLower(), wanted);
        };
    return unsupported();
}

// Narrows the scan to the createdDateTime bounds of a top-level and-chain (the records are time-sorted).
void timeBounds(const FilterNode& node, qint64& from, qint64& to)
{
    if (node.kind == FilterNode::Kind::And) {
        for (const FilterNode& child : node.children)
            timeBounds(child, from, to);
        return;
    }
    if (node.kind != FilterNode::Kind::Compare || node.property != u"createdDateTime"_s ||
        node.value.type != FilterLiteral::Type::DateTime)
        return;
    const qint64 floorSeconds = node.value.msecs >= 0 ? node.value.msecs / 1000 : (node.value.msecs - 999) / 1000;
    if (node.op == u"ge"_s || node.op == u"gt"_s || node.op == u"eq"_s)
        from = std::max(from, floorSeconds);
    if (node.op == u"le"_s || node.op == u"lt"_s || node.op == u"eq"_s)
        to = std::min(to, floorSeconds);
}

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

bool clientTypeMatches(const ConditionalAccessPolicy& policy, bool legacy)
{
    if (policy.clientAppTypes.contains(u"all"_s))
        return true;
    if (legacy)
        return policy.clientAppTypes.contains(u"other"_s) || policy.clientAppTypes.contains(u"exchangeActiveSync"_s);
    return policy.clientAppTypes.contains(u"browser"_s) ||
           policy.clientAppTypes.contains(u"mobileAppsAndDesktopClients"_s);
}

// One sign-in in Graph's v1.0 shape, appended to `json` as an object.
void writeSignIn(JsonWriter& json, const TenantModel& model, std::size_t position)
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

    json.beginObject();
    json.key("id").string(log.idAt(position));
    json.key("createdDateTime").utcTime(log.timeOf(record));
    json.key("userDisplayName").string(user.displayName);
    json.key("userPrincipalName").string(typedUpn(user, record.flags & SignInRecord::MixedCaseUpn));
    json.key("userId").string(user.id);
    json.key("appId").string(app.appId);
    json.key("appDisplayName").string(app.displayName);
    json.key("ipAddress").ipv4(record.ip);
    json.key("clientAppUsed").string(client.name);
    json.key("correlationId").string(log.correlationIdAt(position));
    json.key("isInteractive").boolean(true);
    // Risk details need Entra ID P2; a P1 tenant sees "hidden" (microsoft-apis.md section 3).
    json.key("riskDetail").string(u"hidden");
    json.key("riskLevelAggregated").string(u"hidden");
    json.key("riskLevelDuringSignIn").string(u"hidden");
    json.key("riskState").string(u"none");
    json.key("riskEventTypes").beginArray().endArray();
    json.key("riskEventTypes_v2").beginArray().endArray();
    json.key("resourceDisplayName").string(app.resourceDisplayName);
    json.key("resourceId").string(app.resourceId);
    json.key("status").beginObject();
    json.key("errorCode").integer(status.errorCode);
    json.key("failureReason").string(status.failureReason);
    json.key("additionalDetails");
    if (status.additionalDetails.isEmpty())
        json.null();
    else
        json.string(status.additionalDetails);
    json.endObject();
    json.key("deviceDetail").beginObject();
    json.key("deviceId").string(u"");
    json.key("displayName").string(u"");
    json.key("operatingSystem").string(device.operatingSystem);
    json.key("browser").string(device.browser);
    json.key("isCompliant").boolean(false);
    json.key("isManaged").boolean(false);
    json.key("trustType").string(u"");
    json.endObject();
    json.key("location").beginObject();
    json.key("city").string(location.city);
    json.key("state").string(location.state);
    json.key("countryOrRegion").string(location.countryOrRegion);
    json.key("geoCoordinates").beginObject();
    json.key("altitude").null();
    json.key("latitude").number(location.latitude);
    json.key("longitude").number(location.longitude);
    json.endObject();
    json.endObject();

    QString caStatus = u"notApplied"_s;
    json.key("appliedConditionalAccessPolicies").beginArray();
    for (const ConditionalAccessPolicy& policy : model.conditionalAccessPolicies) {
        QString result = u"notEnabled"_s;
        const char* grant = nullptr;
        const bool applies =
            SmtpAuthTruth::includesUser(policy, user) && !SmtpAuthTruth::excludesUser(policy, user) &&
            clientTypeMatches(policy, client.legacy) && policy.includeLocations.isEmpty() &&
            (policy.includeApplications.contains(u"All"_s) || policy.includeApplications.contains(app.resourceId));
        const bool blocks = policy.builtInControls.contains(u"block"_s);
        if (policy.state == u"enabled"_s) {
            result = !applies ? u"notApplied"_s : blocks ? (blocked ? u"failure"_s : u"notApplied"_s) : u"success"_s;
            if (result == u"failure"_s)
                grant = "Block";
            else if (result == u"success"_s)
                grant = "Mfa";
        } else if (policy.state == u"enabledForReportingButNotEnforced"_s) {
            result = applies ? (blocks ? u"reportOnlyFailure"_s : u"reportOnlySuccess"_s) : u"reportOnlyNotApplied"_s;
        }
        if (result == u"failure"_s)
            caStatus = u"failure"_s;
        else if (result == u"success"_s && caStatus != u"failure"_s && status.errorCode == 0)
            caStatus = u"success"_s;
        json.beginObject();
        json.key("id").string(policy.id);
        json.key("displayName").string(policy.displayName);
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
    json.endObject();
}

} // namespace

QJsonObject toJson(const TenantModel& model, std::size_t position)
{
    QByteArray bytes;
    JsonWriter json(bytes);
    writeSignIn(json, model, position);
    return QJsonDocument::fromJson(bytes).object();
}

HttpResponse list(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, SignInRead))
        return *denied;
    const TenantModel& model = *context.model;
    if (!model.options.premium)
        return GraphErrors::noPremiumLicence(request);
    int pageSize = 1000; // "The maximum and default page size is 1,000 objects."
    if (auto bad = GraphList::readTop(request, 1000, 1000, pageSize))
        return *bad;

    FilterPredicate<Event> predicate = [](const Event&) { return true; };
    qint64 from = std::numeric_limits<qint64>::min() / 2;
    qint64 to = std::numeric_limits<qint64>::max() / 2;
    if (GraphList::hasQuery(request, u"$filter"_s)) {
        const FilterParseResult parsed = parseODataFilter(GraphList::queryValue(request, u"$filter"_s));
        if (!parsed.node) // UNVERIFIED: the reports API's exact text for a malformed filter
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid filter clause: "_s + parsed.error);
        QString error;
        predicate = compileFilter<Event>(*parsed.node, leaf, error);
        if (!predicate)
            return GraphErrors::error(request, 400, u"BadRequest"_s, error);
        timeBounds(*parsed.node, from, to);
    }

    const SignInLog& log = model.signIns;
    const std::size_t lowest = log.lowerBound(from);
    std::size_t cursor = log.upperBound(to); // exclusive; newest first means walking down from here
    quint64 token = 0;
    if (auto bad = GraphList::readSkipToken(request, context, token))
        return *bad;
    if (GraphList::hasQuery(request, u"$skiptoken"_s))
        cursor = std::min<std::size_t>(cursor, static_cast<std::size_t>(token));

    // {"@odata.context":..., "@odata.nextLink":..., "value":[...]}, written as text (see JsonWriter).
    QByteArray values;
    values.reserve(static_cast<qsizetype>(pageSize) * 2800); // an event with five CA policies is ~2.5 KB
    JsonWriter json(values);
    json.beginArray();
    int count = 0;
    std::size_t examined = 0;
    while (cursor > lowest && count < pageSize && examined < ScanBudget) {
        --cursor;
        ++examined;
        if (predicate(Event{&model, cursor})) {
            writeSignIn(json, model, cursor);
            ++count;
        }
    }
    json.endArray();
    std::optional<QString> nextLink;
    if (cursor > lowest)
        nextLink = PageToken::nextLink(request, context.pageTokens.encode(PageToken::scopeOf(request), cursor));
    return GraphList::page(request, u"auditLogs/signIns"_s, values, nextLink);
}

} // namespace smtpaudit::sample::GraphSignIns
