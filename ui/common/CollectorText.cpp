#include "CollectorText.h"

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

QString CollectorText::displayName(CollectorId id)
{
    switch (id) {
    case CollectorId::Users:
        return tr("Users");
    case CollectorId::UserRegistrationDetails:
        return tr("MFA registration");
    case CollectorId::PerUserMfa:
        return tr("Per-user MFA");
    case CollectorId::SecurityDefaults:
        return tr("Security defaults");
    case CollectorId::ConditionalAccessPolicies:
        return tr("Conditional Access policies");
    case CollectorId::NamedLocations:
        return tr("Named locations");
    case CollectorId::Applications:
        return tr("App registrations");
    case CollectorId::SignIns:
        return tr("Sign-in log");
    case CollectorId::TransportConfig:
        return tr("Organisation SMTP AUTH setting");
    case CollectorId::CasMailboxes:
        return tr("Mailboxes");
    case CollectorId::AuthenticationPolicies:
        return tr("Authentication policies");
    case CollectorId::OrganizationConfig:
        return tr("Default authentication policy");
    case CollectorId::ExchangeUserPolicies:
        return tr("Per-user authentication policies");
    case CollectorId::DirectoryMemberships:
        return tr("Group and role memberships");
    }
    return collectorName(id);
}

QString CollectorText::explain(const Error& error)
{
    QString advice;
    switch (error.category) {
    case Error::Category::PermissionMissing:
        advice = error.subject.isEmpty()
                     ? tr("Grant the missing permission to the app (admin consent) and run the audit again.")
                     : tr("Grant %1 to the app (admin consent) and run the audit again.").arg(error.subject);
        break;
    case Error::Category::LicenceMissing:
        advice = tr("This needs a licence the tenant does not have; the rest of the audit still works.");
        break;
    case Error::Category::Throttled:
        advice = tr("Microsoft is limiting requests right now. Try again in a few minutes.");
        break;
    case Error::Category::Network:
    case Error::Category::Timeout:
        advice = tr("Check the network connection and try again.");
        break;
    case Error::Category::Authentication:
        advice = tr("Check the tenant, the app's client id and its secret or certificate.");
        break;
    case Error::Category::Cancelled:
        return tr("Stopped.");
    default:
        break;
    }
    return advice.isEmpty() ? error.message : error.message + u' ' + advice;
}

} // namespace smtpaudit::ui
