#include "signins/SignInErrorCodes.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace smtpaudit {

namespace {

struct Entry
{
    int code;
    const char* name;
    const char* description;
    const char* source;
};

// ENTRA = MicrosoftDocs/entra-docs docs/identity-platform/reference-error-codes.md (AADSTS table, ms.date
// 2024-04-24). 500121 is not in that table; its failure reason text ("Authentication failed during strong
// authentication request.") is what Entra sign-in logs show, as quoted in third-party write-ups.
constexpr std::array kEntries{
    Entry{0, "", QT_TRANSLATE_NOOP("SignInErrorCodes", "Success."),
          "GDC api-reference/v1.0/resources/signinstatus.md (errorCode 0 = success)"},
    Entry{50034, "UserAccountNotFound",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "The account does not exist in the directory (mistyped user name, or someone "
                            "probing for accounts)."),
          "ENTRA AADSTS50034"},
    Entry{50053, "IdsLocked",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "The account is locked after too many failed attempts, or the sign-in came from an IP "
                            "address with malicious activity."),
          "ENTRA AADSTS50053"},
    Entry{50055, "InvalidPasswordExpiredPassword", QT_TRANSLATE_NOOP("SignInErrorCodes", "The password has expired."),
          "ENTRA AADSTS50055"},
    Entry{50057, "UserDisabled", QT_TRANSLATE_NOOP("SignInErrorCodes", "The user account is disabled."),
          "ENTRA AADSTS50057"},
    Entry{50074, "UserStrongAuthClientAuthNRequiredInterrupt",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "Strong authentication was required and the user did not pass the MFA challenge."),
          "ENTRA AADSTS50074"},
    Entry{50076, "UserStrongAuthClientAuthNRequired",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "Multifactor authentication is required (Conditional Access, per-user MFA or a new "
                            "location); a legacy protocol such as SMTP AUTH cannot complete it."),
          "ENTRA AADSTS50076"},
    Entry{50079, "UserStrongAuthEnrollmentRequired",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "The user must register for multifactor authentication before signing in."),
          "ENTRA AADSTS50079"},
    Entry{50126, "InvalidUserNameOrPassword",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "Wrong user name or password. Some are typos; many against different users from one "
                            "address suggest password spraying."),
          "ENTRA AADSTS50126"},
    Entry{50140, "KmsiInterrupt",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "Interrupted by the \"Stay signed in?\" prompt; an expected step, not an attack."),
          "ENTRA AADSTS50140"},
    Entry{53003, "BlockedByConditionalAccess",
          QT_TRANSLATE_NOOP("SignInErrorCodes", "Blocked by a Conditional Access policy."), "ENTRA AADSTS53003"},
    Entry{65001, "DelegationDoesNotExist",
          QT_TRANSLATE_NOOP("SignInErrorCodes", "The user or an administrator has not consented to the application."),
          "ENTRA AADSTS65001"},
    Entry{500121, "",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "Authentication failed during the strong-authentication (MFA) request: the prompt was "
                            "denied, timed out or could not be completed."),
          "Entra sign-in log failure reason (not in the ENTRA AADSTS table)"},
    Entry{530035, "BlockedBySecurityDefaults",
          QT_TRANSLATE_NOOP("SignInErrorCodes",
                            "Blocked by security defaults (legacy authentication such as basic SMTP AUTH, or a "
                            "sign-in deemed unsafe)."),
          "ENTRA AADSTS530035"},
    Entry{7000215, "",
          QT_TRANSLATE_NOOP("SignInErrorCodes", "An invalid client secret was presented by an application."),
          "ENTRA AADSTS7000215"},
};

} // namespace

std::optional<SignInErrorCodeInfo> signInErrorCodeInfo(int code)
{
    const auto it = std::find_if(kEntries.begin(), kEntries.end(), [code](const Entry& e) { return e.code == code; });
    if (it == kEntries.end())
        return std::nullopt;
    return SignInErrorCodeInfo{it->code, QString::fromLatin1(it->name),
                               QCoreApplication::translate("SignInErrorCodes", it->description),
                               QString::fromLatin1(it->source)};
}

QString signInErrorDescription(int code)
{
    if (const auto info = signInErrorCodeInfo(code))
        return info->description;
    return QCoreApplication::translate("SignInErrorCodes", "Error %1: see Microsoft's list of AADSTS error codes.")
        .arg(code);
}

QList<int> knownSignInErrorCodes()
{
    QList<int> codes;
    for (const Entry& e : kEntries)
        codes.append(e.code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace smtpaudit
