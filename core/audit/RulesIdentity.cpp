// BP03 strong passwords (and credential expiry), BP04 two-factor, BP10 MFA for critical accounts.
#include "audit/PowerShell.h"
#include "audit/RuleSupport.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace smtpaudit {

using namespace rulesupport;

namespace {

// Role template ids (Microsoft Entra built-in roles): Global Administrator, Exchange Administrator.
constexpr auto globalAdministratorRole = "62e90394-69f5-4237-9190-012177145e10"_L1;
constexpr auto exchangeAdministratorRole = "29232cdf-9323-42fd-ade2-1d097af3e4de"_L1;

qint64 daysBetween(const QDateTime& from, const QDateTime& to)
{
    return qint64(std::floor(double(from.secsTo(to)) / 86400.0));
}

QString resetPasswordPolicies(const QString& quotedUser)
{
    return u"Update-MgUser -UserId "_s + quotedUser + u" -PasswordPolicies 'None'"_s;
}

// Prompts for the new password so that no password is ever part of the report.
QString resetPassword(const QString& quotedUser)
{
    return u"$password = Read-Host -Prompt ('New password for ' + "_s + quotedUser +
           u") -MaskInput; Update-MgUser -UserId "_s + quotedUser +
           u" -PasswordProfile @{ Password = $password; ForceChangePasswordNextSignIn = $false }"_s;
}

QString describeCredential(const Application& app, const AppCredential& credential)
{
    const QString kind =
        credential.kind == AppCredential::Kind::Secret ? Rules::tr("secret") : Rules::tr("certificate");
    return Rules::tr("App '%1' (%2): %3 '%4' (%5) ends %6")
        .arg(app.displayName, app.appId, kind, credential.displayName, credential.keyId,
             isoDate(credential.endDateTime));
}

QString removeCredential(const Application& app, const AppCredential& credential)
{
    const QString appObject = powershell::quote(app.id);
    const QString keyId = powershell::quote(credential.keyId);
    if (credential.kind == AppCredential::Kind::Secret)
        return u"Remove-MgApplicationPassword -ApplicationId "_s + appObject + u" -KeyId "_s + keyId;
    return u"Update-MgApplication -ApplicationId "_s + appObject +
           u" -KeyCredentials @((Get-MgApplication -ApplicationId "_s + appObject +
           u").KeyCredentials | Where-Object { $_.KeyId -ne "_s + keyId + u" })"_s;
}

QString rotateCredential(const Application& app, const AppCredential& credential)
{
    const QString appObject = powershell::quote(app.id);
    if (credential.kind == AppCredential::Kind::Secret)
        return u"Add-MgApplicationPassword -ApplicationId "_s + appObject +
               u" -PasswordCredential @{ displayName = "_s +
               powershell::quote(QString(credential.displayName + u" (rotated)"_s)) + u" }"_s;
    return u"# Upload a new certificate for "_s + powershell::quote(app.displayName) +
           u" (Entra admin center > App registrations > Certificates & secrets), then remove the old one"_s;
}

} // namespace

QList<Finding> Rules::bp03StrongPasswords(const RuleInput& input)
{
    QList<Finding> findings;
    const TenantSnapshot& s = input.snapshot;

    if (auto missing = notCheckedIfMissing(input, u"BP03-password-policies"_s, u"BP03"_s,
                                           {CollectorId::Users, CollectorId::CasMailboxes},
                                           tr("password policies of SMTP-enabled accounts"))) {
        findings << *missing;
    } else {
        const SnapshotIndex& index = input.index;
        QStringList weak, neverExpires, stale, stalePoints;
        QSet<QString> smtpUsers;
        for (const auto* row : mailboxesWith(input, SmtpAuthVerdict::Enabled)) {
            const DirectoryUser* user = index.userById(row->userId);
            if (!user)
                user = index.userByUpn(row->userPrincipalName);
            if (!user)
                continue;
            smtpUsers.insert(user->id);
            if (user->disablesStrongPassword())
                weak << row->userPrincipalName;
            if (user->disablesPasswordExpiration())
                neverExpires << row->userPrincipalName;
            if (user->lastPasswordChangeDateTime.isValid() &&
                daysBetween(user->lastPasswordChangeDateTime, input.now) > s.rotationPeriodDays) {
                stale << row->userPrincipalName;
                stalePoints << tr("%1: password last changed %2")
                                   .arg(row->userPrincipalName, isoDate(user->lastPasswordChangeDateTime));
            }
        }
        QStringList otherWeak;
        for (const DirectoryUser& user : s.users)
            if (user.accountEnabled && user.disablesStrongPassword() && !smtpUsers.contains(user.id))
                otherWeak << user.userPrincipalName;

        if (!weak.isEmpty()) {
            Finding f =
                makeFinding(u"BP03-smtp-disable-strong-password"_s, u"BP03"_s, Severity::High, FindingKind::Issue,
                            tr("%n SMTP-enabled account(s) may have weak passwords", nullptr, int(weak.size())),
                            tr("passwordPolicies contains DisableStrongPassword on accounts that accept a "
                               "password over SMTP AUTH, where MFA does not protect them."));
            f.affectedObjects = weak;
            f.evidence << evidenceFrom(s, CollectorId::Users, u"passwordPolicies: DisableStrongPassword"_s);
            f.remediation = powershell::forEach(weak, resetPasswordPolicies);
            findings << f;
        }
        if (!neverExpires.isEmpty()) {
            Finding f = makeFinding(
                u"BP03-smtp-password-never-expires"_s, u"BP03"_s, Severity::Medium, FindingKind::Issue,
                tr("%n SMTP-enabled account(s) have passwords that never expire", nullptr, int(neverExpires.size())),
                tr("passwordPolicies contains DisablePasswordExpiration on accounts that accept a password over "
                   "SMTP AUTH. Without MFA in the way, rotate these passwords on a schedule instead."));
            f.affectedObjects = neverExpires;
            f.evidence << evidenceFrom(s, CollectorId::Users, u"passwordPolicies: DisablePasswordExpiration"_s);
            f.remediation = powershell::forEach(neverExpires, resetPasswordPolicies);
            findings << f;
        }
        if (!stale.isEmpty()) {
            Finding f = makeFinding(
                u"BP03-stale-smtp-password"_s, u"BP03"_s, Severity::Medium, FindingKind::Issue,
                tr("%n SMTP-enabled account(s) have passwords older than %1 days", nullptr, int(stale.size()))
                    .arg(s.rotationPeriodDays),
                tr("These service accounts send with a password over SMTP AUTH and the password "
                   "is past the rotation period. Reset it and update the device, or better, "
                   "move the device to OAuth."));
            f.affectedObjects = stale;
            addCappedEvidence(f, s, CollectorId::Users, stalePoints);
            f.remediation = powershell::forEach(stale, resetPassword);
            findings << f;
        }
        if (!otherWeak.isEmpty()) {
            Finding f =
                makeFinding(u"BP03-relaxed-password-policies"_s, u"BP03"_s, Severity::Low, FindingKind::Issue,
                            tr("%n other account(s) have DisableStrongPassword", nullptr, int(otherWeak.size())),
                            tr("Enabled accounts without SMTP AUTH whose passwords are exempt from the "
                               "complexity rules."));
            f.affectedObjects = otherWeak;
            f.evidence << evidenceFrom(s, CollectorId::Users, u"passwordPolicies: DisableStrongPassword"_s);
            f.remediation = powershell::forEach(otherWeak, resetPasswordPolicies);
            findings << f;
        }
    }

    // App registration secrets and certificates.
    if (auto missing = notCheckedIfMissing(input, u"BP03-app-credentials"_s, u"BP03"_s, {CollectorId::Applications},
                                           tr("expiry of app secrets and certificates"))) {
        findings << *missing;
    } else {
        QStringList expiredApps, expiringApps, expiredPoints, expiringPoints, expiredFixes, expiringFixes;
        for (const Application& app : s.applications) {
            for (const AppCredential& credential : app.credentials) {
                if (!credential.endDateTime.isValid())
                    continue;
                const qint64 daysLeft = daysBetween(input.now, credential.endDateTime);
                if (credential.endDateTime <= input.now) {
                    if (!expiredApps.contains(app.appId))
                        expiredApps << app.appId;
                    expiredPoints << describeCredential(app, credential);
                    expiredFixes << removeCredential(app, credential);
                } else if (daysLeft <= expiryWarningDays) {
                    if (!expiringApps.contains(app.appId))
                        expiringApps << app.appId;
                    expiringPoints << describeCredential(app, credential);
                    expiringFixes << rotateCredential(app, credential);
                }
            }
        }
        if (!expiredApps.isEmpty()) {
            Finding f =
                makeFinding(u"BP03-app-credential-expired"_s, u"BP03"_s, Severity::High, FindingKind::Issue,
                            tr("%n expired app secret(s) or certificate(s)", nullptr, int(expiredPoints.size())),
                            tr("Expired credentials break the applications that still use them and clutter "
                               "the registration; remove them once a replacement is in place."));
            f.affectedObjects = expiredApps;
            addCappedEvidence(f, s, CollectorId::Applications, expiredPoints);
            f.remediation = expiredFixes;
            findings << f;
        }
        if (!expiringApps.isEmpty()) {
            Finding f = makeFinding(
                u"BP03-app-credential-expiring"_s, u"BP03"_s, Severity::Medium, FindingKind::Issue,
                tr("%n app secret(s) or certificate(s) expire within %1 days", nullptr, int(expiringPoints.size()))
                    .arg(expiryWarningDays),
                tr("Rotate these credentials before they expire and update the applications "
                   "that use them."));
            f.affectedObjects = expiringApps;
            addCappedEvidence(f, s, CollectorId::Applications, expiringPoints);
            f.remediation = expiringFixes;
            findings << f;
        }
    }

    // smtpaudit's own credential.
    const OwnCredential& own = s.ownCredential;
    if ((own.kind == OwnCredential::Kind::ClientSecret || own.kind == OwnCredential::Kind::Certificate) &&
        own.expiresAt.isValid()) {
        const qint64 daysLeft = daysBetween(input.now, own.expiresAt);
        if (own.expiresAt <= input.now || daysLeft <= expiryWarningDays) {
            const bool expired = own.expiresAt <= input.now;
            Finding f =
                makeFinding(expired ? u"BP03-own-credential-expired"_s : u"BP03-own-credential-expiring"_s, u"BP03"_s,
                            expired ? Severity::High : Severity::Medium, FindingKind::Issue,
                            expired ? tr("smtpaudit's own credential has expired")
                                    : tr("smtpaudit's own credential expires in %n day(s)", nullptr, int(daysLeft)),
                            tr("The %1 that smtpaudit signs in with (app %2, %3) ends %4. Create a new one "
                               "and update the connection profile.")
                                .arg(ownCredentialKindName(own.kind), own.appId, own.label, isoDate(own.expiresAt)));
            f.affectedObjects << own.appId;
            f.evidence << Evidence{tr("expires %1").arg(isoDate(own.expiresAt)), tr("connection profile"), input.now};
            findings << f;
        }
    }
    return findings;
}

QList<Finding> Rules::bp04TwoFactor(const RuleInput& input)
{
    if (auto missing = notCheckedIfMissing(input, u"BP04-smtp-without-mfa"_s, u"BP04"_s,
                                           {CollectorId::CasMailboxes, CollectorId::UserRegistrationDetails},
                                           tr("MFA registration of SMTP-enabled accounts")))
        return {*missing};
    QStringList without;
    for (const auto* row : mailboxesWith(input, SmtpAuthVerdict::Enabled))
        if (row->mfaRegistered == std::optional<bool>(false))
            without << row->userPrincipalName;
    if (without.isEmpty())
        return {};
    Finding f = makeFinding(u"BP04-smtp-without-mfa"_s, u"BP04"_s, Severity::High, FindingKind::Issue,
                            tr("%n SMTP-enabled account(s) have no MFA registered", nullptr, int(without.size())),
                            tr("These accounts accept a password over SMTP AUTH and have no second factor "
                               "registered for any other sign-in. Register MFA for them, move their devices to "
                               "OAuth, or disable SMTP AUTH where it is not needed."));
    f.affectedObjects = without;
    f.evidence << evidenceFrom(input.snapshot, CollectorId::UserRegistrationDetails, u"isMfaRegistered = false"_s);
    f.remediation = powershell::forEach(without, [](const QString& q) -> QString {
        return u"Set-CASMailbox -Identity "_s + q + u" -SmtpClientAuthenticationDisabled $true"_s;
    });
    return {f};
}

QList<Finding> Rules::bp10MfaForCriticalAccounts(const RuleInput& input)
{
    QList<Finding> findings;
    const TenantSnapshot& s = input.snapshot;
    if (auto missing = notCheckedIfMissing(input, u"BP10-admin-without-mfa"_s, u"BP10"_s,
                                           {CollectorId::UserRegistrationDetails}, tr("MFA of administrators"))) {
        findings << *missing;
    } else {
        const SnapshotIndex& index = input.index;
        QStringList admins;
        for (const UserRegistration& registration : s.registrations) {
            if (!registration.isAdmin || registration.isMfaRegistered)
                continue;
            const DirectoryUser* user = index.userById(registration.userId);
            if (user && !user->accountEnabled)
                continue; // a disabled admin account cannot sign in
            admins << registration.userPrincipalName;
        }
        admins.sort(Qt::CaseInsensitive);
        if (!admins.isEmpty()) {
            Finding f = makeFinding(u"BP10-admin-without-mfa"_s, u"BP10"_s, Severity::Critical, FindingKind::Issue,
                                    tr("%n administrator(s) have no MFA registered", nullptr, int(admins.size())),
                                    tr("Accounts holding an admin role can change SMTP AUTH and everything else in "
                                       "the tenant; they must use MFA."));
            f.affectedObjects = admins;
            f.evidence << evidenceFrom(s, CollectorId::UserRegistrationDetails,
                                       u"isAdmin = true, isMfaRegistered = false"_s);
            f.remediation << u"New-MgIdentityConditionalAccessPolicy -BodyParameter @{ displayName = 'Require MFA for "
                             "administrators'; state = 'enabledForReportingButNotEnforced'; conditions = @{ users = @{ "
                             "includeRoles = @('"_s +
                                 globalAdministratorRole + u"','"_s + exchangeAdministratorRole +
                                 u"') }; applications = @{ includeApplications = @('All') } }; grantControls = @{ "
                                 "operator = 'OR'; builtInControls = @('mfa') } }"_s;
            findings << f;
        }
    }

    if (auto missing = notCheckedIfMissing(input, u"BP10-mfa-enforcement"_s, u"BP10"_s,
                                           {CollectorId::SecurityDefaults, CollectorId::ConditionalAccessPolicies},
                                           tr("whether MFA is enforced"))) {
        findings << *missing;
        return findings;
    }
    if (s.organization.securityDefaultsEnabled == std::optional<bool>(true))
        return findings;
    QStringList allUsersMfa;
    for (const ConditionalAccessPolicy& policy : s.conditionalAccessPolicies)
        if (policy.isEnabled() && policy.requiresMfa() && policy.includeUsers.contains(u"All"_s, Qt::CaseInsensitive))
            allUsersMfa << policy.id;
    if (allUsersMfa.isEmpty()) {
        Finding f = makeFinding(u"BP10-no-mfa-enforcement"_s, u"BP10"_s, Severity::High, FindingKind::Issue,
                                tr("MFA is not enforced for all users"),
                                tr("Security defaults are off and no enabled Conditional Access policy requires MFA "
                                   "for all users. Enable security defaults, or (with Entra ID P1) create a "
                                   "Conditional Access policy that requires MFA."));
        f.affectedObjects << s.organization.tenantId;
        f.evidence << evidenceFrom(s, CollectorId::SecurityDefaults, u"isEnabled = false"_s)
                   << evidenceFrom(s, CollectorId::ConditionalAccessPolicies,
                                   tr("no enabled policy with grant \"mfa\" for All users"));
        if (s.conditionalAccessPolicies.isEmpty())
            f.remediation << u"Update-MgPolicyIdentitySecurityDefaultEnforcementPolicy -BodyParameter @{ isEnabled = "
                             "$true }"_s;
        findings << f;
    }
    return findings;
}

} // namespace smtpaudit
