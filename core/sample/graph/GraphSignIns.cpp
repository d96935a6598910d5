#include "sample/graph/GraphSignIns.h"

#include "sample/data/SmtpAuthTruth.h"
#include "sample/data/TenantModel.h"
#include "sample/graph/GraphErrors.h"
#include "sample/graph/ODataFilter.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cstring>
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

// Writes JSON text straight into bytes. The sign-in list is the sample tenant's hottest path (a large
// tenant's audit reads hundreds of thousands of events): building QJsonObjects per event and serialising them
// again cost the server more than half of an audit's CPU, so the events are written as text once.
class JsonText
{
public:
    explicit JsonText(QByteArray& out)
        : m_out(out)
    {}

    template <std::size_t N>
    JsonText& key(const char (&name)[N])
    {
        separate();
        char* to = grow(static_cast<qsizetype>(N) + 2); // "name": (N counts the terminating zero)
        *to++ = '"';
        std::memcpy(to, name, N - 1);
        to += N - 1;
        *to++ = '"';
        *to = ':';
        m_needComma = false;
        return *this;
    }
    // "yyyy-MM-ddTHH:mm:ssZ", the text QDateTime::toString(Qt::ISODate) gives for a UTC time in years
    // 0-9999, without QDateTime's formatting (a tenth of the sign-in list's time).
    JsonText& utcTime(qint64 secondsSinceEpoch)
    {
        separate();
        const qint64 days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86400 : (secondsSinceEpoch - 86399) / 86400;
        const qint64 secondOfDay = secondsSinceEpoch - days * 86400;
        // Days to a civil date (proleptic Gregorian; H. Hinnant's "chrono-compatible low-level date algorithms").
        const qint64 z = days + 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const qint64 day = doy - (153 * mp + 2) / 5 + 1;
        const qint64 month = mp < 10 ? mp + 3 : mp - 9;
        const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999)
            return string(isoUtc(secondsSinceEpoch));
        char* to = grow(22);
        auto digits = [&to](qint64 value, int width) {
            for (int i = width - 1; i >= 0; --i, value /= 10)
                to[i] = static_cast<char>('0' + value % 10);
            to += width;
        };
        *to++ = '"';
        digits(year, 4);
        *to++ = '-';
        digits(month, 2);
        *to++ = '-';
        digits(day, 2);
        *to++ = 'T';
        digits(secondOfDay / 3600, 2);
        *to++ = ':';
        digits(secondOfDay / 60 % 60, 2);
        *to++ = ':';
        digits(secondOfDay % 60, 2);
        *to++ = 'Z';
        *to = '"';
        m_needComma = true;
        return *this;
    }
    // An IPv4 address held as a number, dotted (SignInLog::ipToString's text).
    JsonText& ipv4(quint32 ip)
    {
        separate();
        char* to = grow(17);
        char* const start = to;
        *to++ = '"';
        for (int shift = 24; shift >= 0; shift -= 8) {
            const unsigned octet = (ip >> shift) & 0xff;
            if (octet >= 100)
                *to++ = static_cast<char>('0' + octet / 100);
            if (octet >= 10)
                *to++ = static_cast<char>('0' + octet / 10 % 10);
            *to++ = static_cast<char>('0' + octet % 10);
            if (shift > 0)
                *to++ = '.';
        }
        *to++ = '"';
        m_out.resize(m_out.size() - 17 + (to - start));
        m_needComma = true;
        return *this;
    }
    JsonText& string(QStringView text)
    {
        separate();
        m_out.append('"');
        // Most values are ASCII without anything to escape: appended as they are, without a UTF-8 copy.
        if (std::all_of(text.begin(), text.end(),
                        [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x80 && c != u'"' && c != u'\\'; })) {
            const qsizetype start = m_out.size();
            m_out.resize(start + text.size());
            char* to = m_out.data() + start;
            for (const QChar c : text)
                *to++ = static_cast<char>(c.unicode());
            m_out.append('"');
            m_needComma = true;
            return *this;
        }
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            const auto byte = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out.append('\\').append(c);
            } else if (byte < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                m_out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
            } else {
                m_out.append(c);
            }
        }
        m_out.append('"');
        m_needComma = true;
        return *this;
    }
    JsonText& number(double value)
    {
        separate();
        m_out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
        m_needComma = true;
        return *this;
    }
    JsonText& integer(qint64 value)
    {
        separate();
        m_out.append(QByteArray::number(value));
        m_needComma = true;
        return *this;
    }
    JsonText& boolean(bool value) { return literal(value ? "true" : "false"); }
    JsonText& null() { return literal("null"); }
    JsonText& begin(char bracket) // '{' or '['
    {
        separate();
        m_out.append(bracket);
        m_needComma = false;
        return *this;
    }
    JsonText& end(char bracket) // '}' or ']'
    {
        m_out.append(bracket);
        m_needComma = true;
        return *this;
    }

private:
    // Makes room for `bytes` more at the end and returns where they go.
    char* grow(qsizetype bytes)
    {
        const qsizetype start = m_out.size();
        if (m_out.capacity() < start + bytes)
            m_out.reserve(std::max<qsizetype>(start + bytes, m_out.capacity() * 2));
        m_out.resize(start + bytes);
        return m_out.data() + start;
    }
    JsonText& literal(const char* text)
    {
        separate();
        m_out.append(text);
        m_needComma = true;
        return *this;
    }
    void separate()
    {
        if (m_needComma)
            m_out.append(',');
        m_needComma = false;
    }

    QByteArray& m_out;
    bool m_needComma = false;
};

// One sign-in in Graph's v1.0 shape, appended to `json` as an object.
void writeSignIn(JsonText& json, const TenantModel& model, std::size_t position)
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

    json.begin('{');
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
    json.key("riskEventTypes").begin('[').end(']');
    json.key("riskEventTypes_v2").begin('[').end(']');
    json.key("resourceDisplayName").string(app.resourceDisplayName);
    json.key("resourceId").string(app.resourceId);
    json.key("status").begin('{');
    json.key("errorCode").integer(status.errorCode);
    json.key("failureReason").string(status.failureReason);
    json.key("additionalDetails");
    if (status.additionalDetails.isEmpty())
        json.null();
    else
        json.string(status.additionalDetails);
    json.end('}');
    json.key("deviceDetail").begin('{');
    json.key("deviceId").string(u"");
    json.key("displayName").string(u"");
    json.key("operatingSystem").string(device.operatingSystem);
    json.key("browser").string(device.browser);
    json.key("isCompliant").boolean(false);
    json.key("isManaged").boolean(false);
    json.key("trustType").string(u"");
    json.end('}');
    json.key("location").begin('{');
    json.key("city").string(location.city);
    json.key("state").string(location.state);
    json.key("countryOrRegion").string(location.countryOrRegion);
    json.key("geoCoordinates").begin('{');
    json.key("altitude").null();
    json.key("latitude").number(location.latitude);
    json.key("longitude").number(location.longitude);
    json.end('}');
    json.end('}');

    QString caStatus = u"notApplied"_s;
    json.key("appliedConditionalAccessPolicies").begin('[');
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
        json.begin('{');
        json.key("id").string(policy.id);
        json.key("displayName").string(policy.displayName);
        json.key("enforcedGrantControls").begin('[');
        if (grant)
            json.string(QString::fromLatin1(grant));
        json.end(']');
        json.key("enforcedSessionControls").begin('[').end(']');
        json.key("result").string(result);
        json.end('}');
    }
    json.end(']');
    if (blocked)
        caStatus = u"failure"_s;
    json.key("conditionalAccessStatus").string(caStatus);
    json.end('}');
}

} // namespace

QJsonObject toJson(const TenantModel& model, std::size_t position)
{
    QByteArray bytes;
    JsonText json(bytes);
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

    // {"@odata.context":..., "@odata.nextLink":..., "value":[...]}, written as text (see JsonText).
    QByteArray values;
    values.reserve(static_cast<qsizetype>(pageSize) * 2800); // an event with five CA policies is ~2.5 KB
    JsonText json(values);
    json.begin('[');
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
    json.end(']');
    QByteArray body;
    body.reserve(values.size() + 512);
    JsonText page(body);
    page.begin('{');
    page.key("@odata.context").string(GraphList::context(request, u"auditLogs/signIns"_s));
    if (cursor > lowest)
        page.key("@odata.nextLink")
            .string(PageToken::nextLink(request, context.pageTokens.encode(PageToken::scopeOf(request), cursor)));
    page.key("value");
    body.append(values);
    body.append('}');
    HttpResponse response = HttpResponse::json(200, QJsonObject());
    response.body = std::move(body);
    GraphErrors::addRequestIds(request, response);
    return response;
}

} // namespace smtpaudit::sample::GraphSignIns
