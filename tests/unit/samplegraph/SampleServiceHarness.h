#pragma once

// Calls the sample tenant's Graph and Exchange services directly (no sockets, no TLS): a generated tenant
// with hostile strings planted in some users, requests with verified-token claims, and a walk over every
// page of a list (following @odata.nextLink as a client does).

#include "sample/SampleHttp.h"
#include "sample/data/TenantGenerator.h"
#include "sample/exchange/ExchangeService.h"
#include "sample/graph/GraphService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace smtpaudit::test {

// Strings that need every kind of JSON escaping: quotes, backslashes, control characters, DEL, RTL text with
// a direction override, emoji outside the BMP (surrogate pairs), the line separator, a slash and commas.
inline QStringList hostileStrings()
{
    using namespace Qt::StringLiterals;
    return {u"Quote \" and back\\slash"_s,
            QString(u"Ctl \x01\x02\x1f tab\t nl\n cr\r bs\b ff\f del"_s + QChar(0x7f)),
            QString(u"RTL \u0645\u0631\u062d\u0628\u0627 \u202e override"_s),
            QString(u"Emoji "_s + QString::fromUcs4(U"\U0001F600\U0001F4E7") + u" done"_s),
            QString(u"Sep \u2028 para \u2029 / slash, comma"_s),
            u"M\u00fcller, \u00c5sa \u00e9t\u00e9 <b>&amp;</b>"_s};
}

inline sample::TenantModel hostileModel(sample::TenantSize size = sample::TenantSize::Small)
{
    sample::TenantOptions options;
    options.size = size;
    options.seed = 11;
    options.now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    sample::TenantModel model = sample::TenantGenerator::generate(options);
    const QStringList hostile = hostileStrings();
    // Users spread over the directory, with and without mailboxes.
    for (std::size_t i = 0; i < model.users.size(); i += 7) {
        sample::SampleUser& user = model.users[i];
        const QString text = hostile[static_cast<qsizetype>((i / 7) % static_cast<std::size_t>(hostile.size()))];
        user.displayName = text;
        user.givenName = text.left(6);
        user.surname = text.mid(3);
        user.department = text;
        user.jobTitle = text.right(5);
        user.mailNickname = user.mailNickname + text.left(9);
    }
    return model;
}

inline sample::AccessTokenClaims graphClaims(const sample::TenantModel& model)
{
    using namespace Qt::StringLiterals;
    sample::AccessTokenClaims claims;
    claims.tenantId = model.tenantId;
    claims.appId = u"11111111-2222-3333-4444-555555555555"_s;
    claims.audience = u"https://graph.microsoft.com"_s;
    claims.roles = {u"User.Read.All"_s, u"AuditLog.Read.All"_s, u"Policy.Read.All"_s, u"Directory.Read.All"_s};
    claims.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return claims;
}

inline sample::AccessTokenClaims exchangeClaims(const sample::TenantModel& model)
{
    using namespace Qt::StringLiterals;
    sample::AccessTokenClaims claims = graphClaims(model);
    claims.audience = u"https://outlook.office365.com"_s;
    claims.roles = {u"Exchange.ManageAsApp"_s};
    return claims;
}

// A request as the server hands it over: `url` is absolute (https://graph.microsoft.com/v1.0/users?...).
inline sample::HttpRequest makeRequest(const QByteArray& method, const QUrl& url,
                                       const sample::AccessTokenClaims& token, const QByteArray& body = {},
                                       const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    sample::HttpRequest request;
    request.method = method;
    request.url = url;
    request.path = url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(url);
    request.headers = headers;
    request.body = body;
    request.token = token;
    request.peerAddress = QStringLiteral("127.0.0.1");
    return request;
}

struct PageWalk
{
    QList<QJsonObject> pages; // every page body, parsed
    QList<int> statuses;
    QJsonArray items; // the value arrays of all pages, in order
};

// Sends `first` and then every nextLink (same method, body and headers) until a page has none.
inline PageWalk walkPages(sample::SampleService& service, sample::HttpRequest first, int maxPages = 2000)
{
    using namespace Qt::StringLiterals;
    PageWalk walk;
    sample::HttpRequest request = std::move(first);
    for (int i = 0; i < maxPages; ++i) {
        const std::optional<sample::HttpResponse> response = service.handle(request);
        if (!response)
            break;
        walk.statuses << response->status;
        const QJsonObject page = QJsonDocument::fromJson(response->body).object();
        walk.pages << page;
        for (const QJsonValue& item : page.value(u"value"_s).toArray())
            walk.items.append(item);
        const QString next = page.value(u"@odata.nextLink"_s).toString();
        if (response->status != 200 || next.isEmpty())
            break;
        request = makeRequest(request.method, QUrl(next), *request.token, request.body, request.headers);
    }
    return walk;
}

} // namespace smtpaudit::test
