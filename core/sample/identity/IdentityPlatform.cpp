#include "sample/identity/IdentityPlatform.h"

#include "sample/identity/AadError.h"
#include "sample/identity/Discovery.h"
#include "sample/identity/TokenEndpoint.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <future>
#include <utility>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {

namespace {

const QStringList& graphReadRoles()
{
    static const QStringList roles{u"User.Read.All"_s,      u"AuditLog.Read.All"_s,
                                   u"Policy.Read.All"_s,    u"Application.Read.All"_s,
                                   u"Directory.Read.All"_s, u"UserAuthenticationMethod.Read.All"_s};
    return roles;
}

// Version-4-shaped GUIDs from the seed, so tenant and client ids are the same in every run with that seed.
QString seededGuid(QRandomGenerator& random)
{
    QByteArray bytes(16, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Form bodies (application/x-www-form-urlencoded): '+' is a space, then percent-decoding as UTF-8.
QString formDecode(QByteArray text)
{
    return QUrl::fromPercentEncoding(text.replace('+', ' '));
}

QHash<QString, QString> parseForm(const QByteArray& body)
{
    QHash<QString, QString> form;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString name = formDecode(equals < 0 ? pair : pair.left(equals));
        if (!form.contains(name))
            form.insert(name, equals < 0 ? QString() : formDecode(pair.mid(equals + 1)));
    }
    return form;
}

// HTTP Basic client authentication: base64(form-encoded id ":" form-encoded secret), RFC 6749 2.3.1.
std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray& authorization)
{
    if (!authorization.startsWith("Basic ") && !authorization.startsWith("basic "))
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    return std::pair{formDecode(decoded.decoded.left(colon)), formDecode(decoded.decoded.mid(colon + 1))};
}

bool looksLikeDomain(const QString& segment)
{
    static const QRegularExpression domain(
        u"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"_s);
    return domain.match(segment).hasMatch();
}

const QRegularExpression& identityPath()
{
    static const QRegularExpression path(u"^/([^/]+)/oauth2/v2\\.0/(token|devicecode)$"_s);
    return path;
}

const QRegularExpression& discoveryPath()
{
    static const QRegularExpression path(
        u"^/([^/]+)/(v2\\.0/\\.well-known/openid-configuration|discovery/v2\\.0/keys)$"_s);
    return path;
}

QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

const QString& mainAppName()
{
    static const QString name = u"smtpaudit sample auditor"_s;
    return name;
}

const QString& restrictedAppName()
{
    static const QString name = u"smtpaudit sample restricted reader"_s;
    return name;
}

Result<Credential> appCertificate(const QString& displayName)
{
    CertificateRequest request;
    request.commonName = displayName;
    request.usage = CertificateRequest::Usage::ClientAuthentication;
    return certificates::createSelfSigned(request);
}

HttpResponse jsonResponse(const QJsonObject& body)
{
    HttpResponse response = HttpResponse::json(200, body);
    response.headers = {{"Content-Type", "application/json; charset=utf-8"},
                        {"Cache-Control", "no-store, no-cache"},
                        {"Pragma", "no-cache"}};
    return response;
}

} // namespace

Result<std::unique_ptr<IdentityPlatform>> IdentityPlatform::create(IdentityOptions options)
{
    QRandomGenerator seeded(options.seed);
    if (options.tenantId.isEmpty())
        options.tenantId = seededGuid(seeded);
    if (options.verifiedDomains.isEmpty())
        options.verifiedDomains = {u"contoso.onmicrosoft.com"_s};
    const bool createDefaults = options.createDefaultApps;
    if (!options.keys) {
        auto generated = generateKeys(options.clock, createDefaults);
        if (!generated)
            return generated.error();
        options.keys = std::move(generated).value();
    }
    const IdentityKeys keys = *std::exchange(options.keys, std::nullopt);
    if (keys.tokenSigning.isNull() || (createDefaults && (keys.mainApp.isNull() || keys.restrictedApp.isNull())))
        return Error::make(Error::Category::InvalidInput,
                           QCoreApplication::translate("IdentityPlatform", "The sample identity platform lacks keys."));
    TokenIssuer issuer(keys.tokenSigning, options.clock);
    const QList<SampleAppRegistration> extraApps = options.apps;
    std::unique_ptr<IdentityPlatform> platform(
        new IdentityPlatform(std::make_unique<IdentityState>(std::move(options), std::move(issuer))));
    if (createDefaults) {
        if (Status created = platform->createDefaultApps(keys); !created)
            return created.error();
    }
    for (const SampleAppRegistration& app : extraApps)
        platform->registerApp(app);
    return platform;
}

Result<IdentityKeys> IdentityPlatform::generateKeys(const SampleClock& clock, bool appCertificates)
{
    // RSA key generation is a prime search of a few hundred milliseconds each: the three run side by side.
    const QDateTime now = clockNow(clock);
    auto signing = std::async(std::launch::async, [now] { return TokenIssuer::createSigningCredential(now); });
    std::future<Result<Credential>> main;
    if (appCertificates)
        main = std::async(std::launch::async, [] { return appCertificate(mainAppName()); });
    IdentityKeys keys;
    if (appCertificates) {
        auto restricted = appCertificate(restrictedAppName());
        auto mainCertificate = main.get();
        if (!mainCertificate)
            return mainCertificate.error();
        if (!restricted)
            return restricted.error();
        keys.mainApp = std::move(mainCertificate).value();
        keys.restrictedApp = std::move(restricted).value();
    }
    auto signingCredential = signing.get();
    if (!signingCredential)
        return signingCredential.error();
    keys.tokenSigning = std::move(signingCredential).value();
    return keys;
}

IdentityPlatform::IdentityPlatform(std::unique_ptr<IdentityState> state)
    : m_state(std::move(state))
    , m_tokenEndpoint(std::make_unique<TokenEndpoint>(*m_state))
{}

IdentityPlatform::~IdentityPlatform() = default;

Status IdentityPlatform::createDefaultApps(const IdentityKeys& keys)
{
    // Client ids follow the tenant id in the seeded sequence.
    QRandomGenerator seeded(m_state->options.seed);
    seededGuid(seeded);

    SampleAppRegistration main;
    main.clientId = seededGuid(seeded);
    main.displayName = mainAppName();
    main.clientSecrets = {generateClientSecret()};
    main.appRoles.insert(resources::graphAppId, graphReadRoles());
    main.appRoles.insert(resources::exchangeAppId, {u"Exchange.ManageAsApp"_s, u"SMTP.SendAsApp"_s});
    main.certificates = {keys.mainApp.certificate};
    m_mainApp = {main.clientId, main.clientSecrets.constFirst(), keys.mainApp};
    registerApp(main);

    SampleAppRegistration restricted;
    restricted.clientId = seededGuid(seeded);
    restricted.displayName = restrictedAppName();
    restricted.clientSecrets = {generateClientSecret()};
    QStringList restrictedRoles = graphReadRoles();
    restrictedRoles.removeAll(u"AuditLog.Read.All"_s);
    restricted.appRoles.insert(resources::graphAppId, restrictedRoles);
    restricted.appRoles.insert(resources::exchangeAppId, {u"Exchange.ManageAsApp"_s});
    restricted.certificates = {keys.restrictedApp.certificate};
    m_restrictedApp = {restricted.clientId, restricted.clientSecrets.constFirst(), keys.restrictedApp};
    registerApp(restricted);

    SampleAppRegistration device;
    device.clientId = seededGuid(seeded);
    device.displayName = u"smtpaudit sample device sign-in"_s;
    device.isPublicClient = true;
    device.delegatedScopes.insert(resources::graphAppId, QStringList{u"User.Read"_s} + graphReadRoles());
    // Exchange.Manage is what third-party apps request for the admin API (reference section 4, UNVERIFIED).
    device.delegatedScopes.insert(resources::exchangeAppId, {u"SMTP.Send"_s, u"Exchange.Manage"_s});
    m_publicClient = SampleAppCredentials();
    m_publicClient.clientId = device.clientId;
    registerApp(device);
    return Success{};
}

QString IdentityPlatform::generateClientSecret()
{
    static const QLatin1StringView alphabet{"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-"};
    const auto randomCharacters = [](int count) {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QChar(alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size()))));
        return text;
    };
    return randomCharacters(3) + u"8Q~"_s + randomCharacters(34);
}

bool IdentityPlatform::ownsPath(const QString& path)
{
    return identityPath().match(path).hasMatch() || discoveryPath().match(path).hasMatch();
}

std::optional<AadError> IdentityPlatform::checkTenant(const QString& segment, bool* isAlias) const
{
    const IdentityOptions& options = m_state->options;
    *isAlias = segment.compare("organizations"_L1, Qt::CaseInsensitive) == 0 ||
               segment.compare("common"_L1, Qt::CaseInsensitive) == 0;
    if (*isAlias || segment.compare(options.tenantId, Qt::CaseInsensitive) == 0 ||
        options.verifiedDomains.contains(segment, Qt::CaseInsensitive))
        return std::nullopt;
    return QUuid::fromString(segment).isNull() && !looksLikeDomain(segment) ? aad::tenantIdentifierInvalid(segment)
                                                                            : aad::tenantNotFound(segment);
}

QString IdentityPlatform::tenantId() const
{
    return m_state->options.tenantId;
}

QStringList IdentityPlatform::verifiedDomains() const
{
    return m_state->options.verifiedDomains;
}

TokenVerifier IdentityPlatform::tokenVerifier() const
{
    return m_state->issuer.verifier({m_state->options.tenantId});
}

const TokenIssuer& IdentityPlatform::tokenIssuer() const
{
    return m_state->issuer;
}

const SampleAppRegistration* IdentityPlatform::app(const QString& clientId) const
{
    const auto it = m_state->apps.constFind(clientId.toLower());
    return it == m_state->apps.cend() ? nullptr : &*it;
}

void IdentityPlatform::registerApp(const SampleAppRegistration& app)
{
    m_state->apps.insert(app.clientId.toLower(), app);
}

Status IdentityPlatform::approve(const QString& userCode, const QString& userPrincipalName)
{
    SampleIdentityUser user{userPrincipalName, {}, userPrincipalName.section(u'@', 0, 0)};
    if (m_state->options.userDirectory) {
        const auto found = m_state->options.userDirectory(userPrincipalName);
        if (!found)
            return Error::make(
                Error::Category::NotFound,
                QCoreApplication::translate("IdentityPlatform", "There is no user %1 in the sample tenant.")
                    .arg(userPrincipalName),
                {}, userPrincipalName);
        user = *found;
    }
    return m_state->deviceCodes.approve(userCode, user);
}

Status IdentityPlatform::decline(const QString& userCode)
{
    return m_state->deviceCodes.decline(userCode);
}

std::optional<HttpResponse> IdentityPlatform::handle(const HttpRequest& http)
{
    const IdentityOptions& options = m_state->options;
    const QDateTime now = clockNow(options.clock);
    const QString correlationId = QString::fromLatin1(http.header("client-request-id"));
    const auto fail = [&](const AadError& error) { return error.toResponse(now, correlationId); };

    if (const QRegularExpressionMatch discoveryMatch = discoveryPath().match(http.path); discoveryMatch.hasMatch()) {
        bool alias = false;
        if (const auto error = checkTenant(discoveryMatch.captured(1), &alias))
            return fail(*error);
        const QString origin = originOf(http.url);
        return jsonResponse(discoveryMatch.captured(2).startsWith("v2.0"_L1)
                                ? discovery::openIdConfiguration(origin, options.tenantId)
                                : discovery::keySet(m_state->issuer.signingCredential(), origin, options.tenantId));
    }
    const QRegularExpressionMatch match = identityPath().match(http.path);
    if (!match.hasMatch())
        return std::nullopt;

    TokenRequest request;
    request.tenantId = options.tenantId;
    request.tenantSegment = match.captured(1);
    request.now = now;
    request.origin = originOf(http.url);
    const QString& segment = request.tenantSegment;
    if (const auto error = checkTenant(segment, &request.tenantIsAlias))
        return fail(*error);
    if (http.method != "POST")
        return fail(aad::methodNotAllowed(http.method));

    request.form = parseForm(http.body);
    QString clientId = request.parameter("client_id");
    if (const auto basic = basicCredentials(http.header("authorization"))) {
        if (clientId.isEmpty())
            clientId = basic->first;
        request.credential.clientSecret = basic->second;
    }
    if (const QString secret = request.parameter("client_secret"); !secret.isEmpty())
        request.credential.clientSecret = secret;
    request.credential.assertionType = request.parameter("client_assertion_type");
    request.credential.assertion = request.parameter("client_assertion").toLatin1();
    if (clientId.isEmpty())
        return fail(aad::missingParameter(u"client_id"_s));
    request.app = app(clientId);
    if (!request.app)
        return fail(aad::applicationNotFound(clientId, segment));

    // An assertion's aud is the token endpoint the client addressed, by tenant id or by a verified domain.
    for (const QString& tenant : QStringList{segment, options.tenantId} + options.verifiedDomains)
        request.tokenEndpoints << request.origin + u'/' + tenant + u"/oauth2/v2.0/token"_s;

    if (match.captured(2) == "devicecode"_L1)
        return deviceAuthorization(request, http);
    auto result = m_tokenEndpoint->handle(request);
    if (!result) {
        qCDebug(lcSample) << "token request refused:" << result.error().error << result.error().code;
        return fail(result.error());
    }
    return jsonResponse(*result);
}

HttpResponse IdentityPlatform::deviceAuthorization(const TokenRequest& request, const HttpRequest& http)
{
    const QString correlationId = QString::fromLatin1(http.header("client-request-id"));
    const QString scope = request.parameter("scope");
    if (scope.isEmpty())
        return aad::missingParameter(u"scope"_s).toResponse(request.now, correlationId);
    auto scopes = ScopeRequest::parse(scope, request.tenantId);
    if (!scopes)
        return scopes.error().toResponse(request.now, correlationId);

    const DeviceCodeFlow& flow = m_state->deviceCodes.start(request.app->clientId, *scopes);
    // Microsoft sends users to https://microsoft.com/devicelogin; the sample tenant has no browser page, the
    // approval hook stands in for it.
    const QString verificationUri = originOf(http.url) + u"/devicelogin"_s;
    if (m_state->options.deviceCodeIssued)
        m_state->options.deviceCodeIssued(flow.userCode, flow.clientId);
    return jsonResponse(QJsonObject{
        {"user_code"_L1, flow.userCode},
        {"device_code"_L1, flow.deviceCode},
        {"verification_uri"_L1, verificationUri},
        {"expires_in"_L1, m_state->deviceCodes.lifetimeSeconds()},
        {"interval"_L1, flow.intervalSeconds},
        {"message"_L1,
         u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s.arg(
             verificationUri, flow.userCode)},
    });
}

} // namespace smtpaudit::sample
