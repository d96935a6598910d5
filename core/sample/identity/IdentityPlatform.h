#pragma once

#include "sample/SampleHttp.h"
#include "sample/identity/AadError.h"
#include "sample/identity/IdentityOptions.h"
#include "sample/identity/TokenIssuer.h"
#include "sample/identity/TokenVerifier.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace smtpaudit::sample {

struct IdentityState;
struct TokenRequest;
class TokenEndpoint;

// The sample tenant's Microsoft identity platform (reference section 5): POST /{tenant}/oauth2/v2.0/token
// and /{tenant}/oauth2/v2.0/devicecode, plus GET /{tenant}/v2.0/.well-known/openid-configuration and
// /{tenant}/discovery/v2.0/keys, where {tenant} is the tenant id, a verified domain, or "organizations"
// / "common" for the grants Microsoft allows there. Errors have Entra's shape and AADSTS codes (AadError.h).
//
// Default apps (IdentityOptions::createDefaultApps):
//  - mainApp(): a confidential client with a generated secret and certificate, granted every application
//    permission the audit reads (Graph: User.Read.All, AuditLog.Read.All, Policy.Read.All,
//    Application.Read.All, Directory.Read.All, UserAuthenticationMethod.Read.All; Exchange Online:
//    Exchange.ManageAsApp, SMTP.SendAsApp);
//  - restrictedApp(): the same without AuditLog.Read.All, to provoke Graph's 403;
//  - publicClient(): device code sign-in with delegated scopes (Graph reads, SMTP.Send, Exchange.Manage).
class IdentityPlatform : public SampleService
{
public:
    // Uses IdentityOptions::keys, or generates the token-signing key and the default apps' certificates
    // (RSA-2048 each: a few hundred milliseconds of CPU, in parallel).
    static Result<std::unique_ptr<IdentityPlatform>> create(IdentityOptions options);
    // The token-signing credential and, with `appCertificates`, the main and restricted apps' client
    // certificates, each generated on its own thread. Thread-safe; `clock` is read on the calling thread.
    static Result<IdentityKeys> generateKeys(const SampleClock& clock = {}, bool appCertificates = true);
    ~IdentityPlatform() override;

    std::optional<HttpResponse> handle(const HttpRequest& request) override;
    // True for the identity platform's paths: the HTTPS server keeps faults away from them unless asked.
    static bool ownsPath(const QString& path);

    QString tenantId() const;
    QStringList verifiedDomains() const;
    TokenVerifier tokenVerifier() const;
    const TokenIssuer& tokenIssuer() const;

    // The user's side of the device code flow: sign `userPrincipalName` in for the code, or refuse it.
    Status approve(const QString& userCode, const QString& userPrincipalName);
    Status decline(const QString& userCode);

    const SampleAppCredentials& mainApp() const { return m_mainApp; }
    const SampleAppCredentials& restrictedApp() const { return m_restrictedApp; }
    const SampleAppCredentials& publicClient() const { return m_publicClient; }

    const SampleAppRegistration* app(const QString& clientId) const;
    void registerApp(const SampleAppRegistration& app); // replaces one with the same client id

    // A secret in the shape of the portal's (40 characters with the "8Q~" marker), from the system RNG.
    static QString generateClientSecret();

private:
    explicit IdentityPlatform(std::unique_ptr<IdentityState> state);
    Status createDefaultApps(const IdentityKeys& keys);
    // std::nullopt when the path's tenant segment names this tenant (id, verified domain) or an alias.
    std::optional<AadError> checkTenant(const QString& segment, bool* isAlias) const;
    HttpResponse deviceAuthorization(const TokenRequest& request, const HttpRequest& http);

    std::unique_ptr<IdentityState> m_state;
    std::unique_ptr<TokenEndpoint> m_tokenEndpoint;
    SampleAppCredentials m_mainApp;
    SampleAppCredentials m_restrictedApp;
    SampleAppCredentials m_publicClient;
};

} // namespace smtpaudit::sample
