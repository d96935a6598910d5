#pragma once

// Value types of the sign-in store: what the audit keeps from a Graph signIn object
// (reference section 3, microsoft-apis.md) and the small enumerations derived from it.

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace smtpaudit {

// `clientAppUsed`, matched case-insensitively against the exact strings of the reference (section 3).
// Values we do not know are kept verbatim in the store and classified as Unrecognized.
enum class ClientApp : std::uint8_t
{
    Missing, // absent, null or empty
    Unrecognized,
    // Modern clients
    Browser,
    MobileAppsAndDesktopClients,
    // Legacy protocols (ENTRA block-legacy-authentication.md; exact strings from CIPP filters)
    AuthenticatedSmtp,
    Autodiscover,
    ExchangeActiveSync,
    ExchangeOnlinePowerShell,
    ExchangeWebServices,
    Imap4,
    MapiOverHttp,
    OfflineAddressBook,
    OutlookAnywhere,
    Pop3,
    ReportingWebServices,
    UniversalOutlook,
    OutlookService,
    OtherClients,
};

namespace clientapp {
// Case-insensitive; anything else is Unrecognized, empty is Missing.
ClientApp fromString(QStringView value);
// The spelling used in Graph `$filter`s ("Authenticated SMTP", ...); empty for Missing/Unrecognized.
QString canonicalName(ClientApp app);
bool isLegacy(ClientApp app);
// Every legacy protocol of the reference, in the order of the ENTRA list.
QList<ClientApp> legacyProtocols();
} // namespace clientapp

// signIn.conditionalAccessStatus.
enum class ConditionalAccessStatus : std::uint8_t
{
    Missing,
    Success,
    Failure,
    NotApplied,
    Other, // unknownFutureValue or anything newer
};

// Beta signIn.authenticationProtocol (GDC api-reference/beta/resources/signin.md, protocolType).
enum class AuthProtocol : std::uint8_t
{
    Missing, // v1.0 responses do not have the field
    None,
    OAuth2,
    Ropc,
    WsFederation,
    Saml20,
    DeviceCode,
    AuthenticationTransfer,
    NativeAuth,
    Other,
};

// "Basic vs OAuth" for a sign-in, when it can be told (see deriveAuthKind()).
enum class AuthKind : std::uint8_t
{
    Unknown,
    Basic, // a password was sent over the legacy protocol
    OAuth, // a token-based (modern) protocol was used
};

namespace signinenum {
ConditionalAccessStatus conditionalAccessStatusFromString(QStringView value);
QString conditionalAccessStatusName(ConditionalAccessStatus status);
AuthProtocol authProtocolFromString(QStringView value);
QString authProtocolName(AuthProtocol protocol);
QString authKindName(AuthKind kind); // "basic", "oauth", "unknown"

// How Basic vs OAuth is told. UNVERIFIED: no Microsoft source in the reference states how a basic-auth
// SMTP sign-in is labelled in the beta fields, so this is the documented-looking reading of them:
// - a token-based authenticationProtocol (oAuth2, deviceCode, saml20, wsFederation, nativeAuth,
//   authenticationTransfer) means OAuth, also over a legacy protocol (XOAUTH2);
// - over a legacy protocol, `ropc` (the password grant) or an authenticationDetails step whose
//   authenticationMethod is "Password" means Basic;
// - anything else (v1.0 data, `none` without details) stays Unknown.
AuthKind deriveAuthKind(ClientApp app, AuthProtocol protocol, bool passwordStepSeen);
} // namespace signinenum

// One sign-in as plain values: what callers append (from JSON via signInFromGraphJson(), or built by
// hand, e.g. by a generator). Empty strings mean "absent".
struct SignInRecord
{
    QString id;                   // Graph signIn.id; deduplication key
    qint64 createdMs = 0;         // createdDateTime, milliseconds since the Unix epoch, UTC
    bool hasCreated = false;      // false when createdDateTime was missing or unparsable
    QString userPrincipalName;    //
    QString userId;               //
    QString appDisplayName;       //
    QString clientAppUsed;        // verbatim
    QString ipAddress;            //
    QString city;                 // location.city
    QString countryOrRegion;      // location.countryOrRegion (two-letter code)
    std::optional<int> errorCode; // status.errorCode; nullopt when status was missing
    QString failureReason;        // status.failureReason
    std::optional<bool> isInteractive;
    ConditionalAccessStatus conditionalAccessStatus = ConditionalAccessStatus::Missing;
    AuthProtocol authProtocol = AuthProtocol::Missing; // beta
    // Set explicitly, or left Unknown to be derived on append (deriveAuthKind()).
    AuthKind authKind = AuthKind::Unknown;
    bool passwordStepSeen = false; // beta authenticationDetails[].authenticationMethod == "Password"
    QString userAgent;             // beta
    QString operatingSystem;       // deviceDetail.operatingSystem
    QString browser;               // deviceDetail.browser
};

} // namespace smtpaudit
