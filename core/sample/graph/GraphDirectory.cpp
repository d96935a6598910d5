#include "sample/graph/GraphDirectory.h"

#include "sample/data/TenantModel.h"
#include "sample/graph/GraphErrors.h"
#include "sample/graph/GraphJson.h"
#include "sample/graph/ODataFilter.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::sample::GraphDirectory {
namespace {

// Application permissions Graph accepts for each call (microsoft-apis.md sections 1-2), plus the
// higher-privileged ones that include them.
const QStringList UserRead{u"User.Read.All"_s, u"User.ReadWrite.All"_s, u"Directory.Read.All"_s,
                           u"Directory.ReadWrite.All"_s, u"User.ReadBasic.All"_s};
const QStringList ReportsRead{u"AuditLog.Read.All"_s, u"UserAuthenticationMethod.Read.All"_s,
                              u"UserAuthenticationMethod.ReadWrite.All"_s};
const QStringList RequirementsRead{u"Policy.Read.All"_s, u"Policy.ReadWrite.AuthenticationMethod"_s};

struct UserRef
{
    const TenantModel* model = nullptr;
    int index = 0;
    const SampleUser& user() const { return model->users[static_cast<std::size_t>(index)]; }
};

QString unsupportedProperty(const QString& property, const QString& resource)
{
    return u"Unsupported or invalid query filter clause specified for property '"_s + property + u"' of resource '"_s +
           resource + u"'."_s;
}

// False when `value` cannot start with a prefix whose first character is `first`, compared as Graph does
// (case-insensitively). Only ASCII pairs are decided; anything else is left to QString::startsWith.
bool firstMayMatch(QChar first, const QString& value)
{
    if (value.isEmpty())
        return false;
    const char16_t a = first.unicode();
    const char16_t b = value.front().unicode();
    if (a >= 0x80 || b >= 0x80)
        return true;
    const auto lower = [](char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; };
    return lower(a) == lower(b);
}

bool literalIs(const FilterNode& node, FilterLiteral::Type type)
{
    return node.value.type == type;
}

// $filter on users: the properties an SMTP audit filters by.
FilterPredicate<UserRef> userLeaf(const FilterNode& node, QString& error, bool advancedQuery)
{
    const QString& p = node.property;
    const QString op = node.op;
    const Comparison cmp = comparisonOf(op);
    // startsWith on userPrincipalName and mail is a default (not advanced) query; Graph compares
    // case-insensitively (GDC includes/filter-directory-objects.md, the users table).
    if (op == u"startswith"_s && (p == u"userPrincipalName"_s || p == u"mail"_s) &&
        literalIs(node, FilterLiteral::Type::String)) {
        const QString prefix = node.value.text;
        const bool upn = p == u"userPrincipalName"_s;
        return [prefix, upn](const UserRef& u) {
            const SampleUser& user = u.user();
            const QString& value = upn ? user.userPrincipalName : user.mail;
            // A partitioned listing asks this of every user for every part: most differ in the first
            // character, which is decided here without Qt's case-insensitive comparison.
            if (!prefix.isEmpty() && !firstMayMatch(prefix.front(), value))
                return false;
            return value.startsWith(prefix, Qt::CaseInsensitive);
        };
    }
    if (op != u"eq"_s && op != u"ne"_s) {
        error = unsupportedProperty(p, u"User"_s);
        return {};
    }
    if (p == u"accountEnabled"_s && literalIs(node, FilterLiteral::Type::Boolean)) {
        const bool wanted = node.value.boolean;
        return [cmp, wanted](const UserRef& u) { return compareWith(cmp, u.user().accountEnabled, wanted); };
    }
    if (p == u"userType"_s && literalIs(node, FilterLiteral::Type::String)) {
        const QString wanted = node.value.text.toLower();
        return [cmp, wanted](const UserRef& u) {
            return compareWith(cmp, QString(u.user().isGuest ? u"guest"_s : u"member"_s), wanted);
        };
    }
    if (p == u"onPremisesSyncEnabled"_s &&
        (literalIs(node, FilterLiteral::Type::Boolean) || literalIs(node, FilterLiteral::Type::Null))) {
        // Three states as numbers (null -1, false 0, true 1): eq and ne are all that reach here.
        const auto state = [](std::optional<bool> value) { return value ? int(*value) : -1; };
        const int wanted = node.value.type == FilterLiteral::Type::Null ? -1 : int(node.value.boolean);
        return [cmp, wanted, state](const UserRef& u) {
            return compareWith(cmp, state(u.user().onPremisesSyncEnabled), wanted);
        };
    }
    if ((p == u"userPrincipalName"_s || p == u"mail"_s || p == u"id"_s) &&
        (literalIs(node, FilterLiteral::Type::String) || literalIs(node, FilterLiteral::Type::Guid))) {
        const QString wanted = node.value.text.toLower();
        const QString SampleUser::*field = p == u"id"_s     ? &SampleUser::id
                                           : p == u"mail"_s ? &SampleUser::mail
                                                            : &SampleUser::userPrincipalName;
        return [cmp, wanted, field](const UserRef& u) { return compareWith(cmp, (u.user().*field).toLower(), wanted); };
    }
    if (p == u"assignedLicenses/$count"_s && literalIs(node, FilterLiteral::Type::Number)) {
        if (!advancedQuery) { // $count in $filter is an advanced query (microsoft-apis.md section 1)
            error = u"Unsupported Query."_s;
            return {};
        }
        const qsizetype wanted = static_cast<qsizetype>(node.value.number);
        return [cmp, wanted](const UserRef& u) { return compareWith(cmp, u.user().skuIds.size(), wanted); };
    }
    error = unsupportedProperty(p, u"User"_s);
    return {};
}

bool isAdvancedQuery(const HttpRequest& request)
{
    return request.header("consistencylevel").compare("eventual", Qt::CaseInsensitive) == 0;
}

// Parses $filter into a predicate over users; nullopt + response on error.
std::optional<HttpResponse> userFilter(const HttpRequest& request, FilterPredicate<UserRef>& predicate)
{
    predicate = [](const UserRef&) { return true; };
    if (!GraphList::hasQuery(request, u"$filter"_s))
        return std::nullopt;
    const FilterParseResult parsed = parseODataFilter(GraphList::queryValue(request, u"$filter"_s));
    if (!parsed.node)
        return GraphErrors::error(request, 400, u"Request_UnsupportedQuery"_s,
                                  u"Invalid filter clause: "_s + parsed.error);
    QString error;
    const bool advanced = isAdvancedQuery(request);
    predicate = compileFilter<UserRef>(
        *parsed.node, [advanced](const FilterNode& node, QString& e) { return userLeaf(node, e, advanced); }, error);
    if (!predicate)
        return GraphErrors::error(request, 400, u"Request_UnsupportedQuery"_s, error);
    return std::nullopt;
}

int findUser(const TenantModel& model, const QString& key)
{
    const int byId = model.userIndexById(key);
    return byId >= 0 ? byId : model.userIndexByUpn(key);
}

// Pages over model users matching `keep`, written by `write` (JsonWriter&, index); shared by users and
// registration details.
template <typename Keep, typename Write>
HttpResponse pageOfUsers(const HttpRequest& request, const GraphContext& context, const QString& fragment, int pageSize,
                         Keep keep, Write write, std::optional<qint64> count)
{
    quint64 cursor = 0;
    if (auto bad = GraphList::readSkipToken(request, context, cursor))
        return *bad;
    const TenantModel& model = *context.model;
    const std::size_t total = model.users.size();
    QByteArray value;
    value.reserve(static_cast<qsizetype>(pageSize) * 700); // a user with signInActivity is ~600 bytes
    JsonWriter json(value);
    json.beginArray();
    int written = 0;
    std::size_t i = static_cast<std::size_t>(cursor);
    for (; i < total && written < pageSize; ++i)
        if (keep(static_cast<int>(i))) {
            write(json, static_cast<int>(i));
            ++written;
        }
    json.endArray();
    // A nextLink only when another object would follow, so every object comes exactly once.
    std::size_t next = i;
    while (next < total && !keep(static_cast<int>(next)))
        ++next;
    std::optional<QString> nextLink;
    if (next < total)
        nextLink = PageToken::nextLink(request, context.pageTokens.encode(PageToken::scopeOf(request), next));
    return GraphList::page(request, fragment, value, nextLink, cursor == 0 ? count : std::nullopt);
}

} // namespace

HttpResponse listUsers(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, UserRead))
        return *denied;
    const TenantModel& model = *context.model;

    QStringList properties = GraphJson::defaultUserProperties();
    QString selectText;
    if (GraphList::hasQuery(request, u"$select"_s)) {
        properties.clear();
        for (const QString& raw : GraphList::queryValue(request, u"$select"_s).split(u',', Qt::SkipEmptyParts)) {
            const QString canonical = GraphJson::canonicalUserProperty(raw.trimmed());
            if (canonical.isEmpty()) // UNVERIFIED: Graph's directory text for an unknown $select property
                return GraphErrors::error(request, 400, u"Request_BadRequest"_s,
                                          u"Could not find a property named '"_s + raw.trimmed() +
                                              u"' on type 'Microsoft.DirectoryServices.User'."_s);
            if (!properties.contains(canonical))
                properties << canonical;
        }
        selectText = properties.join(u',');
    }
    const bool signInActivity = properties.contains(u"signInActivity"_s);
    if (signInActivity) {
        // signInActivity needs AuditLog.Read.All and Entra ID P1 on top of reading users.
        if (!request.token->grants(u"AuditLog.Read.All"_s))
            return GraphErrors::insufficientPrivileges(request);
        if (!model.options.premium)
            return GraphErrors::noPremiumLicence(request);
    }
    int pageSize = 100;
    if (auto bad = GraphList::readTop(request, 100, 999, pageSize))
        return *bad;
    if (signInActivity)
        pageSize = std::min(pageSize, 120); // documented cap with signInActivity
    FilterPredicate<UserRef> predicate;
    if (auto bad = userFilter(request, predicate))
        return *bad;

    std::optional<qint64> count;
    if (GraphList::queryValue(request, u"$count"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0) {
        if (!isAdvancedQuery(request)) // UNVERIFIED text; $count on directory objects needs eventual
            return GraphErrors::error(request, 400, u"Request_BadRequest"_s, u"$count is not currently supported."_s);
        qint64 matching = 0;
        for (std::size_t i = 0; i < model.users.size(); ++i)
            matching += predicate(UserRef{&model, static_cast<int>(i)}) ? 1 : 0;
        count = matching;
    }
    const QString fragment = selectText.isEmpty() ? u"users"_s : u"users("_s + selectText + u')';
    return pageOfUsers(
        request, context, fragment, pageSize,
        [&](int i) {
            return predicate(UserRef{&model, i});
        },
        [writer = GraphJson::UserWriter(model, properties)](JsonWriter& json, int i) { writer.write(json, i); }, count);
}

HttpResponse countUsers(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, UserRead))
        return *denied;
    if (!isAdvancedQuery(request))
        return GraphErrors::error(request, 400, u"Request_BadRequest"_s, u"$count is not currently supported."_s);
    FilterPredicate<UserRef> predicate;
    if (auto bad = userFilter(request, predicate))
        return *bad;
    const TenantModel& model = *context.model;
    qint64 matching = 0;
    for (std::size_t i = 0; i < model.users.size(); ++i)
        matching += predicate(UserRef{&model, static_cast<int>(i)}) ? 1 : 0;
    HttpResponse response = HttpResponse::text(200, QByteArray::number(matching), "text/plain");
    GraphErrors::addRequestIds(request, response);
    return response;
}

HttpResponse getUser(const HttpRequest& request, const GraphContext& context, const QString& key)
{
    if (auto denied = GraphErrors::checkAccess(request, UserRead))
        return *denied;
    const TenantModel& model = *context.model;
    const int index = findUser(model, key);
    if (index < 0)
        return GraphErrors::notFound(request, key);
    QStringList properties = GraphJson::defaultUserProperties();
    if (GraphList::hasQuery(request, u"$select"_s)) {
        properties.clear();
        for (const QString& raw : GraphList::queryValue(request, u"$select"_s).split(u',', Qt::SkipEmptyParts)) {
            const QString canonical = GraphJson::canonicalUserProperty(raw.trimmed());
            if (canonical.isEmpty())
                return GraphErrors::error(request, 400, u"Request_BadRequest"_s,
                                          u"Could not find a property named '"_s + raw.trimmed() +
                                              u"' on type 'Microsoft.DirectoryServices.User'."_s);
            properties << canonical;
        }
        if (properties.contains(u"signInActivity"_s) && !request.token->grants(u"AuditLog.Read.All"_s))
            return GraphErrors::insufficientPrivileges(request);
        if (properties.contains(u"signInActivity"_s) && !model.options.premium)
            return GraphErrors::noPremiumLicence(request);
    }
    return GraphList::entity(request, u"users/$entity"_s, GraphJson::user(model, index, properties));
}

HttpResponse listRegistrationDetails(const HttpRequest& request, const GraphContext& context)
{
    if (auto denied = GraphErrors::checkAccess(request, ReportsRead))
        return *denied;
    const TenantModel& model = *context.model;
    if (!model.options.premium) // "A Microsoft Entra ID P1 or P2 license is required"
        return GraphErrors::noPremiumLicence(request);
    int pageSize = 100; // UNVERIFIED: the report's page size is not documented; follow nextLink
    if (auto bad = GraphList::readTop(request, 100, 999, pageSize))
        return *bad;

    FilterPredicate<UserRef> predicate = [](const UserRef&) { return true; };
    if (GraphList::hasQuery(request, u"$filter"_s)) {
        const FilterParseResult parsed = parseODataFilter(GraphList::queryValue(request, u"$filter"_s));
        if (!parsed.node)
            return GraphErrors::error(request, 400, u"BadRequest"_s, u"Invalid filter clause: "_s + parsed.error);
        QString error;
        predicate = compileFilter<UserRef>(
            *parsed.node,
            [](const FilterNode& node, QString& e) -> FilterPredicate<UserRef> {
                const QString op = node.op;
                const Comparison cmp = comparisonOf(op);
                if (op != u"eq"_s && op != u"ne"_s) {
                    e = u"Invalid filter clause"_s;
                    return {};
                }
                static const QStringList flags{u"isAdmin"_s, u"isMfaRegistered"_s, u"isMfaCapable"_s,
                                               u"isSsprRegistered"_s};
                if (flags.contains(node.property) && node.value.type == FilterLiteral::Type::Boolean) {
                    const QString property = node.property;
                    const bool wanted = node.value.boolean;
                    return [property, cmp, wanted](const UserRef& u) {
                        const SampleUser& user = u.user();
                        const bool value = property == u"isAdmin"_s            ? user.isAdmin
                                           : property == u"isSsprRegistered"_s ? user.ssprRegistered
                                                                               : user.mfaRegistered;
                        return compareWith(cmp, value, wanted);
                    };
                }
                if ((node.property == u"userType"_s || node.property == u"userPrincipalName"_s ||
                     node.property == u"id"_s) &&
                    node.value.type != FilterLiteral::Type::Boolean) {
                    const QString property = node.property;
                    const QString wanted = node.value.text.toLower();
                    return [property, cmp, wanted](const UserRef& u) {
                        const SampleUser& user = u.user();
                        const QString value = property == u"userType"_s ? (user.isGuest ? u"guest"_s : u"member"_s)
                                              : property == u"id"_s     ? user.id
                                                                        : user.userPrincipalName.toLower();
                        return compareWith(cmp, value, wanted);
                    };
                }
                e = u"Invalid filter clause: the property '"_s + node.property + u"' cannot be filtered"_s;
                return {};
            },
            error);
        if (!predicate)
            return GraphErrors::error(request, 400, u"BadRequest"_s, error);
    }
    return pageOfUsers(
        request, context, u"reports/authenticationMethods/userRegistrationDetails"_s, pageSize,
        [&](int i) {
            return predicate(UserRef{&model, i});
        },
        [&](JsonWriter& json, int i) {
            GraphJson::writeRegistrationDetails(json, model, model.users[static_cast<std::size_t>(i)]);
        },
        std::nullopt);
}

HttpResponse getRequirements(const HttpRequest& request, const GraphContext& context, const QString& key)
{
    if (auto denied = GraphErrors::checkAccess(request, RequirementsRead))
        return *denied;
    const TenantModel& model = *context.model;
    const int index = findUser(model, key);
    if (index < 0)
        return GraphErrors::notFound(request, key);
    const SampleUser& user = model.users[static_cast<std::size_t>(index)];
    // Answered thousands of times per audit inside $batch: written as text.
    QByteArray body;
    JsonWriter json(body);
    json.beginObject();
    json.key("@odata.context")
        .string(GraphList::context(request, u"users('"_s + user.id + u"')/authentication/requirements/$entity"_s));
    json.key("perUserMfaState").string(perUserMfaStateName(user.perUserMfa));
    json.endObject();
    HttpResponse response = HttpResponse::jsonText(200, std::move(body));
    GraphErrors::addRequestIds(request, response);
    return response;
}

} // namespace smtpaudit::sample::GraphDirectory
