#pragma once

// Hand-made snapshots for the audit tests: a complete tenant with nothing in it, and small helpers to add
// users with mailboxes and the policies the resolver and the rules look at.

#include "audit/TenantSnapshot.h"

#include <QDateTime>

namespace smtpaudit::test {

using namespace Qt::StringLiterals;

// "Today" for every audit test: the date the reference material was checked against.
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
}

inline QString userIdFor(const QString& upn)
{
    return u"id-"_s + upn.section(u'@', 0, 0).toLower();
}

// Every required collector complete, org SMTP AUTH on, no security defaults, no policies, 30-day window.
inline TenantSnapshot completeSnapshot()
{
    TenantSnapshot s;
    s.capturedAt = testNow();
    s.organization.tenantId = u"00000000-1111-2222-3333-444444444444"_s;
    s.organization.displayName = u"Contoso"_s;
    s.organization.smtpClientAuthenticationDisabled = false;
    s.organization.securityDefaultsEnabled = false;
    s.signIns.window = {30, testNow().addDays(-30), testNow()};
    for (CollectorId id : allCollectors())
        if (isRequiredCollector(id))
            s.setStatus(id, CollectorStatus::complete(defaultCollectorQuery(id), testNow().addSecs(-60)));
    return s;
}

inline void failCollector(TenantSnapshot& s, CollectorId id,
                          Error::Category category = Error::Category::PermissionMissing, const QString& subject = {})
{
    s.setStatus(id, CollectorStatus::failed(Error::make(category, u"could not read"_s, {}, subject)));
}

// A member user with a UserMailbox following the organisation setting, MFA not registered.
inline QString addUser(TenantSnapshot& s, const QString& upn, std::optional<bool> mailboxSmtpDisabled = std::nullopt)
{
    DirectoryUser user;
    user.id = userIdFor(upn);
    user.userPrincipalName = upn;
    user.displayName = upn.section(u'@', 0, 0);
    user.userType = u"Member"_s;
    user.lastPasswordChangeDateTime = testNow().addDays(-10);
    user.assignedLicenseCount = 1;
    s.users << user;

    Mailbox mailbox;
    mailbox.userPrincipalName = upn;
    mailbox.externalDirectoryObjectId = user.id;
    mailbox.displayName = user.displayName;
    mailbox.recipientTypeDetails = u"UserMailbox"_s;
    mailbox.smtpClientAuthenticationDisabled = mailboxSmtpDisabled;
    s.mailboxes << mailbox;

    UserRegistration registration;
    registration.userId = user.id;
    registration.userPrincipalName = upn;
    s.registrations << registration;
    return user.id;
}

inline DirectoryUser& userOf(TenantSnapshot& s, const QString& upn)
{
    for (DirectoryUser& user : s.users)
        if (user.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return user;
    qFatal("no such test user");
}

inline Mailbox& mailboxOf(TenantSnapshot& s, const QString& upn)
{
    for (Mailbox& mailbox : s.mailboxes)
        if (mailbox.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return mailbox;
    qFatal("no such test mailbox");
}

inline UserRegistration& registrationOf(TenantSnapshot& s, const QString& upn)
{
    for (UserRegistration& registration : s.registrations)
        if (registration.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return registration;
    qFatal("no such test registration");
}

// The classic "Block legacy authentication" policy: enabled, EAS + other clients, all users, all apps.
inline ConditionalAccessPolicy legacyBlockPolicy(const QString& id = u"ca-1"_s,
                                                 const QString& name = u"Block legacy authentication"_s)
{
    ConditionalAccessPolicy policy;
    policy.id = id;
    policy.displayName = name;
    policy.state = u"enabled"_s;
    policy.clientAppTypes = {u"exchangeActiveSync"_s, u"other"_s};
    policy.includeUsers = {u"All"_s};
    policy.includeApplications = {u"All"_s};
    policy.grantOperator = u"OR"_s;
    policy.builtInControls = {u"block"_s};
    return policy;
}

inline UserSignInUsage smtpUsage(const QString& upn, int success, int failure, const QStringList& ips = {})
{
    UserSignInUsage usage;
    usage.userPrincipalName = upn;
    usage.smtpSuccess = success;
    usage.smtpFailure = failure;
    if (success > 0)
        usage.smtpLastSuccess = testNow().addDays(-1);
    if (failure > 0)
        usage.smtpLastFailure = testNow().addDays(-2);
    usage.smtpSourceIps = ips;
    return usage;
}

} // namespace smtpaudit::test
