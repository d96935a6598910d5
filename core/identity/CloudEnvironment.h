#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace smtpaudit {

// The three resources smtpaudit needs a token for; each gets its own token (one resource per token
// request, reference section 5).
enum class TokenResource
{
    Graph,
    ExchangeAdmin,
    Smtp,
};

// A Microsoft cloud: where to sign in, where Graph and Exchange Online live, which scopes to ask for.
// Hosts from reference sections 4 and 5; `unverified` lists the fields no source confirmed.
struct CloudEnvironment
{
    enum class Kind
    {
        Global,
        UsGov,    // GCC High (L4)
        UsGovDod, // DoD (L5)
        China,    // operated by 21Vianet
        Custom,   // explicit URLs: a private endpoint, a test server, the sample tenant
    };

    Kind kind = Kind::Global;
    QString name; // "global", "usgov", "usgovdod", "china", "custom"
    QUrl loginBase;
    QUrl graphBase;
    QUrl exchangeBase;
    QString graphScope;             // ".default" of Graph
    QString exchangeScope;          // ".default" of Exchange Online (admin API, app-only SMTP)
    QString delegatedSmtpScope;     // SMTP.Send for a signed-in user
    QString delegatedExchangeScope; // Exchange admin API for a signed-in user
    QString caFile;                 // an extra CA (PEM) trusted in addition to the system's
    QStringList unverified;         // field names whose values are UNVERIFIED guesses

    static QStringList names(); // the predefined clouds, for option help and the GUI
    static std::optional<CloudEnvironment> named(const QString& name);

    struct CustomUrls
    {
        QUrl login;
        QUrl graph;
        QUrl exchange;
        // Empty: the global cloud's values (a custom endpoint usually fronts or emulates the global one).
        QString graphScope;
        QString exchangeScope;
        QString delegatedSmtpScope;
        QString delegatedExchangeScope;
    };
    // Validates every URL (https://, or http:// to a loopback host only).
    static Result<CloudEnvironment> custom(const CustomUrls& urls);

    Status validate() const;

    // {login}/{tenant}/oauth2/v2.0/{token|devicecode|authorize}
    QUrl tokenEndpoint(const QString& tenant) const;
    QUrl deviceCodeEndpoint(const QString& tenant) const;
    QUrl authorizeEndpoint(const QString& tenant) const;
    // Graph: graphBase + "/v1.0/users" etc. (`path` starts with the version).
    QUrl graphUrl(const QString& path) const;
    // https://{exchange}/adminapi/beta/{tenantId}/InvokeCommand (reference section 4).
    QUrl exchangeInvokeCommandUrl(const QString& tenantId) const;
    QUrl exchangeBatchUrl(const QString& tenantId) const;

    // The scope for a resource; delegated flows ask for the resource's delegated scope instead of .default
    // where the two differ.
    QString scopeFor(TokenResource resource, bool delegated) const;
};

QString tokenResourceKey(TokenResource resource); // "graph", "exchange-admin", "smtp"
std::optional<TokenResource> tokenResourceFromKey(const QString& key);

} // namespace smtpaudit
