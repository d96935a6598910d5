#include "sample/graph/GraphPolicies.h"

#include "sample/data/TenantModel.h"
#include "sample/graph/GraphErrors.h"
#include "sample/graph/GraphJson.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::GraphPolicies {
namespace {

const QStringList PolicyRead{u"Policy.Read.All"_s, u"Policy.ReadWrite.SecurityDefaults"_s};
// CA and named locations: Policy.Read.All per the stored docs; Policy.Read.ConditionalAccess is UNVERIFIED for
// these endpoints, so only the documented permission and its read-write superset are accepted.
const QStringList ConditionalAccessRead{u"Policy.Read.All"_s, u"Policy.ReadWrite.ConditionalAccess"_s};
const QStringList ApplicationRead{u"Application.Read.All"_s, u"Application.ReadWrite.All"_s, u"Directory.Read.All"_s,
                                  u"Directory.ReadWrite.All"_s};

// $select over an already built object: unknown names are Graph's 400, known ones filter the keys.
std::optional<HttpResponse> applySelect(const HttpRequest& request, const QString& type, const QStringList& known,
                                        QStringList& selected)
{
    selected.clear();
    if (!GraphList::hasQuery(request, u"$select"_s))
        return std::nullopt;
    for (const QString& raw : GraphList::queryValue(request, u"$select"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        auto it = std::find_if(known.cbegin(), known.cend(),
                               [&](const QString& k) { return k.compare(name, Qt::CaseInsensitive) == 0; });
        if (it == known.cend())
            return GraphErrors::error(request, 400, u"BadRequest"_s,
                                      u"Parsing OData Select and Expand failed: Could not find a property named '"_s +
                                          name + u"' on type '"_s + type + u"'."_s);
        selected << *it;
    }
    return std::nullopt;
}

QJsonObject project(const QJsonObject& full, const QStringList& selected)
{
    if (selected.isEmpty())
        return full;
    QJsonObject object;
    if (full.contains(u"@odata.type"_s))
        object.insert(u"@odata.type"_s, full.value(u"@odata.type"_s));
    for (const QString& name : selected)
        object.insert(name, full.value(name)); // absent -> null
    return object;
}

// A paged list of `count` objects built by `make`, with $top (1..maxTop) and $skiptoken.
template <typename Make>
HttpResponse pagedList(const HttpRequest& request, const GraphContext& context, const QString& fragment,
                       std::size_t count, int defaultPage, int maxTop, const QStringList& selected, Make make)
{
    int pageSize = defaultPage;
    if (auto bad = GraphList::readTop(request, defaultPage, maxTop, pageSize))
        return *bad;
    quint64 cursor = 0;
    if (auto bad = GraphList::readSkipToken(request, context, cursor))
        return *bad;
    QJsonArray value;
    std::size_t i = static_cast<std::size_t>(cursor);
    for (; i < count && value.size() < pageSize; ++i)
        value.append(project(make(i), selected));
    std::optional<QString> nextLink;
    if (i < count)
        nextLink = PageToken::nextLink(request, context.pageTokens.encode(PageToken::scopeOf(request), i));
    const QString withSelect = selected.isEmpty() ? fragment : fragment + u'(' + selected.join(u',') + u')';
    return GraphList::page(request, withSelect, value, nextLink);
}

} // namespace

HttpResponse securityDefaults(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, PolicyRead))
        return *denied;
    QJsonObject body{
        {u"id"_s, u"00000000-0000-0000-0000-000000000005"_s},
        {u"displayName"_s, u"Security Defaults"_s},
        {u"description"_s,
         u"Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks."_s},
        {u"isEnabled"_s, context.model->securityDefaultsEnabled}};
    return GraphList::entity(request, u"policies/identitySecurityDefaultsEnforcementPolicy/$entity"_s, body);
}

HttpResponse conditionalAccessPolicies(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, ConditionalAccessRead))
        return *denied;
    static const QStringList known{
        u"id"_s,    u"templateId"_s,      u"displayName"_s, u"createdDateTime"_s, u"modifiedDateTime"_s,
        u"state"_s, u"sessionControls"_s, u"conditions"_s,  u"grantControls"_s,   u"description"_s};
    QStringList selected;
    if (auto bad = applySelect(request, u"microsoft.graph.conditionalAccessPolicy"_s, known, selected))
        return *bad;
    const auto& policies = context.model->conditionalAccessPolicies;
    // UNVERIFIED: the list is small; without $top it comes in one page.
    return pagedList(request, context, u"identity/conditionalAccess/policies"_s, policies.size(), 999, 999, selected,
                     [&](std::size_t i) { return GraphJson::conditionalAccessPolicy(policies[i]); });
}

HttpResponse namedLocations(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, ConditionalAccessRead))
        return *denied;
    static const QStringList known{u"id"_s,
                                   u"displayName"_s,
                                   u"createdDateTime"_s,
                                   u"modifiedDateTime"_s,
                                   u"isTrusted"_s,
                                   u"ipRanges"_s,
                                   u"countriesAndRegions"_s,
                                   u"includeUnknownCountriesAndRegions"_s,
                                   u"countryLookupMethod"_s};
    QStringList selected;
    if (auto bad = applySelect(request, u"microsoft.graph.namedLocation"_s, known, selected))
        return *bad;
    const auto& all = context.model->namedLocations;
    std::vector<std::size_t> kept;
    // $filter=isof('microsoft.graph.ipNamedLocation') is the documented way to pick one type.
    const QString filter = GraphList::queryValue(request, u"$filter"_s).simplified();
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (filter.isEmpty() || (filter == u"isof('microsoft.graph.ipNamedLocation')"_s && all[i].isIpLocation) ||
            (filter == u"isof('microsoft.graph.countryNamedLocation')"_s && !all[i].isIpLocation))
            kept.push_back(i);
        else if (filter != u"isof('microsoft.graph.ipNamedLocation')"_s &&
                 filter != u"isof('microsoft.graph.countryNamedLocation')"_s)
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid filter clause"_s);
    }
    return pagedList(request, context, u"identity/conditionalAccess/namedLocations"_s, kept.size(), 999, 999, selected,
                     [&](std::size_t i) { return GraphJson::namedLocation(all[kept[i]]); });
}

HttpResponse applications(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, ApplicationRead))
        return *denied;
    static const QStringList known{u"id"_s,
                                   u"appId"_s,
                                   u"displayName"_s,
                                   u"createdDateTime"_s,
                                   u"signInAudience"_s,
                                   u"passwordCredentials"_s,
                                   u"keyCredentials"_s,
                                   u"description"_s,
                                   u"notes"_s,
                                   u"publisherDomain"_s,
                                   u"tags"_s,
                                   u"web"_s,
                                   u"requiredResourceAccess"_s};
    QStringList selected;
    if (auto bad = applySelect(request, u"microsoft.graph.application"_s, known, selected))
        return *bad;
    const auto& apps = context.model->applications;
    return pagedList(request, context, u"applications"_s, apps.size(), 100, 999, selected,
                     [&](std::size_t i) { return GraphJson::application(apps[i]); });
}

} // namespace smtpaudit::sample::GraphPolicies
