#include "sample/graph/GraphSignIns.h"

#include "sample/SampleJsonWriter.h"
#include "sample/data/TenantModel.h"
#include "sample/graph/GraphErrors.h"
#include "sample/graph/GraphSignInWriter.h"
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
    const Comparison cmp = comparisonOf(op);
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
        return [cmp, wanted](const Event& e) {
            return compareWith(cmp, e.model->signIns.timeOf(e.record()) * 1000, wanted);
        };
    }
    if (op != u"eq"_s && op != u"ne"_s)
        return unsupported();
    if (p == u"clientAppUsed"_s && v.type == FilterLiteral::Type::String) {
        const int wanted = SignInLog::clientAppIndex(v.text); // -1: a value Graph never reports
        return
            [cmp, wanted](const Event& e) { return compareWith(cmp, static_cast<int>(e.record().clientApp), wanted); };
    }
    if (p == u"status/errorCode"_s && v.type == FilterLiteral::Type::Number) {
        const int wanted = static_cast<int>(v.number);
        return [cmp, wanted](const Event& e) {
            return compareWith(cmp, SignInLog::statuses()[e.record().status].errorCode, wanted);
        };
    }
    if (p == u"isInteractive"_s && v.type == FilterLiteral::Type::Boolean) {
        const bool wanted = v.boolean;
        return [cmp, wanted](const Event&) { return compareWith(cmp, true, wanted); };
    }
    if (v.type != FilterLiteral::Type::String && v.type != FilterLiteral::Type::Guid)
        return unsupported();
    const QString wanted = v.text.toLower();
    if (p == u"userPrincipalName"_s)
        return [cmp, wanted](const Event& e) { return compareWith(cmp, e.user().userPrincipalName.toLower(), wanted); };
    if (p == u"userId"_s)
        return [cmp, wanted](const Event& e) { return compareWith(cmp, e.user().id, wanted); };
    if (p == u"ipAddress"_s)
        return [cmp, wanted](const Event& e) { return compareWith(cmp, SignInLog::ipToString(e.record().ip), wanted); };
    if (p == u"appId"_s)
        return
            [cmp, wanted](const Event& e) { return compareWith(cmp, SignInLog::apps()[e.record().app].appId, wanted); };
    if (p == u"location/countryOrRegion"_s)
        return [cmp, wanted](const Event& e) {
            return compareWith(cmp, SignInLog::locations()[e.record().location].countryOrRegion.toLower(), wanted);
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

} // namespace

QJsonObject toJson(const TenantModel& model, std::size_t position)
{
    QByteArray bytes;
    JsonWriter json(bytes);
    SignInWriter(model).write(json, position);
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
    SignInWriter writer(model);
    json.beginArray();
    int count = 0;
    std::size_t examined = 0;
    while (cursor > lowest && count < pageSize && examined < ScanBudget) {
        --cursor;
        ++examined;
        if (predicate(Event{&model, cursor})) {
            writer.write(json, cursor);
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
