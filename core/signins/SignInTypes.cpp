#include "signins/SignInTypes.h"

#include <QLatin1StringView>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

struct ClientAppName
{
    ClientApp app;
    QLatin1StringView name;
};

// The exact strings of the reference (microsoft-apis.md section 3). Matching is case-insensitive, so
// "AutoDiscover" (CIPP) and "Autodiscover" (ENTRA) are one entry; the casing of "Universal Outlook" is
// UNVERIFIED and does not matter here for the same reason.
constexpr std::array kClientAppNames{
    ClientAppName{ClientApp::Browser, "Browser"_L1},
    ClientAppName{ClientApp::MobileAppsAndDesktopClients, "Mobile Apps and Desktop clients"_L1},
    ClientAppName{ClientApp::AuthenticatedSmtp, "Authenticated SMTP"_L1},
    ClientAppName{ClientApp::Autodiscover, "Autodiscover"_L1},
    ClientAppName{ClientApp::ExchangeActiveSync, "Exchange ActiveSync"_L1},
    ClientAppName{ClientApp::ExchangeOnlinePowerShell, "Exchange Online PowerShell"_L1},
    ClientAppName{ClientApp::ExchangeWebServices, "Exchange Web Services"_L1},
    ClientAppName{ClientApp::Imap4, "IMAP4"_L1},
    ClientAppName{ClientApp::MapiOverHttp, "MAPI Over HTTP"_L1},
    ClientAppName{ClientApp::OfflineAddressBook, "Offline Address Book"_L1},
    ClientAppName{ClientApp::OutlookAnywhere, "Outlook Anywhere (RPC over HTTP)"_L1},
    ClientAppName{ClientApp::Pop3, "POP3"_L1},
    ClientAppName{ClientApp::ReportingWebServices, "Reporting Web Services"_L1},
    ClientAppName{ClientApp::UniversalOutlook, "Universal Outlook"_L1},
    ClientAppName{ClientApp::OutlookService, "Outlook Service"_L1},
    ClientAppName{ClientApp::OtherClients, "Other clients"_L1},
};

template <typename Enum, std::size_t N>
Enum lookup(const std::array<std::pair<QLatin1StringView, Enum>, N>& table, QStringView value, Enum missing, Enum other)
{
    if (value.isEmpty())
        return missing;
    for (const auto& [name, e] : table)
        if (value.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    return other;
}

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<QLatin1StringView, Enum>, N>& table, Enum value)
{
    for (const auto& [name, e] : table)
        if (e == value)
            return QString(name);
    return {};
}

constexpr std::array kCaStatusNames{
    std::pair{"success"_L1, ConditionalAccessStatus::Success},
    std::pair{"failure"_L1, ConditionalAccessStatus::Failure},
    std::pair{"notApplied"_L1, ConditionalAccessStatus::NotApplied},
};

// protocolType values from GDC api-reference/beta/resources/signin.md.
constexpr std::array kAuthProtocolNames{
    std::pair{"none"_L1, AuthProtocol::None},
    std::pair{"oAuth2"_L1, AuthProtocol::OAuth2},
    std::pair{"ropc"_L1, AuthProtocol::Ropc},
    std::pair{"wsFederation"_L1, AuthProtocol::WsFederation},
    std::pair{"saml20"_L1, AuthProtocol::Saml20},
    std::pair{"deviceCode"_L1, AuthProtocol::DeviceCode},
    std::pair{"authenticationTransfer"_L1, AuthProtocol::AuthenticationTransfer},
    std::pair{"nativeAuth"_L1, AuthProtocol::NativeAuth},
};

} // namespace

namespace clientapp {

ClientApp fromString(QStringView value)
{
    const QStringView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return ClientApp::Missing;
    for (const ClientAppName& entry : kClientAppNames)
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.app;
    return ClientApp::Unrecognized;
}

QString canonicalName(ClientApp app)
{
    for (const ClientAppName& entry : kClientAppNames)
        if (entry.app == app)
            return QString(entry.name);
    return {};
}

bool isLegacy(ClientApp app)
{
    switch (app) {
    case ClientApp::Missing:
    case ClientApp::Unrecognized:
    case ClientApp::Browser:
    case ClientApp::MobileAppsAndDesktopClients:
        return false;
    default:
        return true;
    }
}

QList<ClientApp> legacyProtocols()
{
    QList<ClientApp> list;
    for (const ClientAppName& entry : kClientAppNames)
        if (isLegacy(entry.app))
            list.append(entry.app);
    return list;
}

} // namespace clientapp

namespace signinenum {

ConditionalAccessStatus conditionalAccessStatusFromString(QStringView value)
{
    return lookup(kCaStatusNames, value.trimmed(), ConditionalAccessStatus::Missing, ConditionalAccessStatus::Other);
}

QString conditionalAccessStatusName(ConditionalAccessStatus status)
{
    if (status == ConditionalAccessStatus::Other)
        return u"other"_s;
    return nameOf(kCaStatusNames, status);
}

AuthProtocol authProtocolFromString(QStringView value)
{
    return lookup(kAuthProtocolNames, value.trimmed(), AuthProtocol::Missing, AuthProtocol::Other);
}

QString authProtocolName(AuthProtocol protocol)
{
    if (protocol == AuthProtocol::Other)
        return u"other"_s;
    return nameOf(kAuthProtocolNames, protocol);
}

QString authKindName(AuthKind kind)
{
    switch (kind) {
    case AuthKind::Basic:
        return u"basic"_s;
    case AuthKind::OAuth:
        return u"oauth"_s;
    case AuthKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

AuthKind deriveAuthKind(ClientApp app, AuthProtocol protocol, bool passwordStepSeen)
{
    switch (protocol) {
    case AuthProtocol::OAuth2:
    case AuthProtocol::DeviceCode:
    case AuthProtocol::Saml20:
    case AuthProtocol::WsFederation:
    case AuthProtocol::NativeAuth:
    case AuthProtocol::AuthenticationTransfer:
        return AuthKind::OAuth;
    case AuthProtocol::Ropc:
        return clientapp::isLegacy(app) ? AuthKind::Basic : AuthKind::Unknown;
    case AuthProtocol::Missing:
    case AuthProtocol::None:
    case AuthProtocol::Other:
        break;
    }
    if (passwordStepSeen && clientapp::isLegacy(app))
        return AuthKind::Basic;
    return AuthKind::Unknown;
}

} // namespace signinenum

} // namespace smtpaudit
