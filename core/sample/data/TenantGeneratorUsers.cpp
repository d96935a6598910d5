#include "sample/data/SampleNames.h"
#include "sample/data/TenantBuilder.h"
#include "sample/data/TenantGenerator.h"

#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

// The users of the sample tenant: people, service accounts, resources, guests, and their mailbox, MFA and
// password settings (TenantBuilder.h says why this is a separate file).

namespace smtpaudit::sample::generator {

QString Builder::uniqueAlias(const QString& wanted)
{
    // Remembers the next free number per wanted alias: the name pools are small, and the large tenant
    // has hundreds of "anna.mueller"s.
    int& next = m_nextSuffix[wanted];
    QString alias = wanted;
    if (next > 0 || m_aliases.contains(alias)) {
        do
            alias = wanted + QString::number(std::max(2, ++next));
        while (m_aliases.contains(alias));
    }
    m_aliases.insert(alias);
    return alias;
}

quint32 Builder::homeIpFor(const SampleUser& user)
{
    if (user.role == AccountRole::PrinterServiceAccount)
        return (198u << 24) | (51u << 16) | (100u << 8) | static_cast<quint32>(m_random.between(17, 30));
    if (user.role == AccountRole::AppServiceAccount || m_random.chance(0.45)) // office NAT addresses
        return (203u << 24) | (113u << 8) | static_cast<quint32>(m_random.between(1, 254));
    static const quint32 isps[] = {78, 79, 84, 87, 91, 93, 95, 109, 176, 178, 188, 212, 217};
    const quint32 first = isps[m_random.index(std::size(isps))];
    return (first << 24) | static_cast<quint32>(m_random.between(0, 0xffffff));
}

SampleUser& Builder::addUser(AccountRole role, RecipientType type)
{
    m_model.users.emplace_back();
    SampleUser& user = m_model.users.back();
    user.id = m_random.guid();
    user.exchangeGuid = m_random.guid();
    user.role = role;
    user.recipientType = type;
    user.isGuest = role == AccountRole::Guest;
    user.isAdmin = role == AccountRole::Admin || role == AccountRole::BreakGlassAdmin;
    assignPerson(user);
    assignPasswords(user);
    assignMailboxSettings(user);
    assignMfa(user);
    user.homeLocation = role == AccountRole::Guest ? m_random.index(18)
                                                   : m_random.weighted({30, 12, 10, 6, 5, 3, 2, 2, 3, 2, 4, 1, 1, 1});
    user.homeIp = homeIpFor(user);
    return user;
}

void Builder::assignPerson(SampleUser& user)
{
    const QString& domain = m_model.initialDomain;
    auto withMailbox = [&](const QString& display, const QString& alias) {
        user.displayName = display;
        user.mailNickname = uniqueAlias(alias);
        user.userPrincipalName = user.mailNickname + u'@' + domain;
        user.mail = user.userPrincipalName;
    };
    switch (user.role) {
    case AccountRole::Resource: {
        const int n = static_cast<int>(m_model.users.size());
        if (user.recipientType == RecipientType::SharedMailbox)
            withMailbox(SampleNames::sharedMailboxName(m_shared++), u"shared"_s + QString::number(n));
        else if (user.recipientType == RecipientType::RoomMailbox)
            withMailbox(SampleNames::roomName(n % 97), u"room"_s + QString::number(n));
        else
            withMailbox(SampleNames::equipmentName(n % 89), u"equipment"_s + QString::number(n));
        return;
    }
    case AccountRole::PrinterServiceAccount:
        withMailbox(u"Scanner "_s + QString::number(m_printers + 1) + u". OG (Kyocera TASKalfa)"_s,
                    u"scanner"_s + QString::number(m_printers + 1));
        ++m_printers;
        user.jobTitle = u"Service account"_s;
        return;
    case AccountRole::AppServiceAccount:
        withMailbox(u"noreply "_s + SampleNames::applicationName(m_apps),
                    u"noreply-app"_s + QString::number(m_apps + 1));
        ++m_apps;
        user.jobTitle = u"Service account"_s;
        return;
    case AccountRole::BreakGlassAdmin:
        withMailbox(u"Break Glass Admin"_s, u"breakglass"_s);
        user.jobTitle = u"Emergency access"_s;
        return;
    default:
        break;
    }

    const PersonName person = SampleNames::person(m_random);
    user.givenName = person.givenName;
    user.surname = person.surname;
    user.preferredLanguage = person.preferredLanguage;
    user.department = SampleNames::department(m_random);
    user.jobTitle = SampleNames::jobTitle(m_random);
    user.officeLocation = SampleNames::officeLocation(m_random);
    user.usageLocation = u"DE"_s;
    if (m_random.chance(0.6))
        user.mobilePhone = u"+49 170 "_s + QString::number(m_random.between(1000000, 9999999));
    QString display = person.displayName;
    QString alias = person.alias;
    const auto hostile = SampleNames::hostile();
    if (user.role == AccountRole::Regular && m_hostileUsed < static_cast<int>(hostile.size())) {
        display = hostile[static_cast<std::size_t>(m_hostileUsed)].displayName;
        alias = hostile[static_cast<std::size_t>(m_hostileUsed)].alias;
        ++m_hostileUsed;
    }
    if (user.role == AccountRole::Admin) {
        display += u" (Admin)"_s;
        alias = u"adm-"_s + alias;
        user.jobTitle = u"IT Administrator"_s;
        user.department = u"IT"_s;
    }
    if (user.role == AccountRole::Guest) {
        const QString partner = SampleNames::partnerDomain(m_random);
        const QString external = uniqueAlias(alias + u'_' + partner);
        user.displayName = display;
        user.mail = alias + u'@' + partner;
        user.mailNickname = external;
        user.userPrincipalName = external + u"#EXT#@"_s + domain;
        return;
    }
    if (user.role == AccountRole::Unlicensed) {
        user.displayName = display;
        user.mailNickname = uniqueAlias(alias);
        user.userPrincipalName = user.mailNickname + u'@' + domain;
        return; // no mailbox, no mail address
    }
    withMailbox(display, alias);
}

void Builder::assignPasswords(SampleUser& user)
{
    const bool service = user.role == AccountRole::PrinterServiceAccount || user.role == AccountRole::AppServiceAccount;
    user.lastPasswordChangeAt = service ? daysAgo(200, 2200) : daysAgo(1, 420);
    user.createdAt = user.lastPasswordChangeAt - m_random.between(0, 1500) * Day - m_random.between(0, Day);
    const int policy = service ? m_random.weighted({10, 60, 5, 25}) : m_random.weighted({76, 16, 3, 5});
    static const QString policies[] = {QString(), u"DisablePasswordExpiration"_s, u"DisableStrongPassword"_s,
                                       u"DisablePasswordExpiration, DisableStrongPassword"_s};
    user.passwordPolicies = user.isGuest ? QString() : policies[policy];
    if (!user.isGuest && user.role != AccountRole::Resource && m_random.chance(0.35))
        user.onPremisesSyncEnabled = true;
}

void Builder::assignMailboxSettings(SampleUser& user)
{
    switch (user.role) {
    case AccountRole::Regular:
        user.accountEnabled = m_random.chance(0.94);
        user.skuIds = {m_random.chance(0.7) ? SkuE3 : (m_random.chance(0.5) ? SkuE5 : SkuBusinessPremium)};
        break;
    case AccountRole::Admin:
    case AccountRole::BreakGlassAdmin:
        user.skuIds = {SkuE5};
        break;
    case AccountRole::PrinterServiceAccount:
    case AccountRole::AppServiceAccount:
        user.accountEnabled = m_random.chance(0.97);
        user.skuIds = {SkuExchangePlan1};
        break;
    case AccountRole::Resource:
        // Shared, room and equipment mailboxes come with a disabled account; some admins enable them.
        user.accountEnabled = m_random.chance(user.recipientType == RecipientType::SharedMailbox ? 0.15 : 0.05);
        break;
    case AccountRole::Guest:
        user.accountEnabled = m_random.chance(0.95);
        return;
    case AccountRole::Unlicensed:
        user.accountEnabled = m_random.chance(0.5);
        return;
    }

    // SmtpClientAuthenticationDisabled: true / false / null (follows the organisation).
    auto tri = [&](int nullWeight, int trueWeight, int falseWeight) -> std::optional<bool> {
        const int pick = m_random.weighted({nullWeight, trueWeight, falseWeight});
        return pick == 0 ? std::nullopt : std::optional<bool>(pick == 1);
    };
    switch (user.role) {
    case AccountRole::Regular:
        user.smtpClientAuthenticationDisabled = tri(65, 25, 10);
        user.authenticationPolicy =
            std::array<int, 4>{-1, BlockBasicAuth, LegacyMigration,
                               DevicesSmtp}[static_cast<std::size_t>(m_random.weighted({80, 8, 6, 6}))];
        break;
    case AccountRole::Admin:
        user.smtpClientAuthenticationDisabled = tri(70, 30, 0);
        user.authenticationPolicy = m_random.chance(0.3) ? BlockBasicAuth : -1;
        break;
    case AccountRole::BreakGlassAdmin:
        user.smtpClientAuthenticationDisabled = true;
        break;
    case AccountRole::PrinterServiceAccount:
    case AccountRole::AppServiceAccount:
        user.smtpClientAuthenticationDisabled = tri(25, 0, 75);
        user.authenticationPolicy = m_random.chance(0.7) ? DevicesSmtp : -1;
        break;
    case AccountRole::Resource:
        user.smtpClientAuthenticationDisabled =
            user.recipientType == RecipientType::SharedMailbox ? tri(50, 40, 10) : tri(70, 30, 0);
        user.authenticationPolicy = m_random.chance(0.1) ? DevicesSmtp : -1;
        break;
    default:
        break;
    }
}

void Builder::assignMfa(SampleUser& user)
{
    double registered = 0.78;
    std::array<int, 3> perUser{85, 8, 7}; // disabled, enabled, enforced
    switch (user.role) {
    case AccountRole::Admin:
        registered = 0.92;
        perUser = {55, 15, 30};
        break;
    case AccountRole::BreakGlassAdmin:
        registered = 0;
        perUser = {1, 0, 0};
        break;
    case AccountRole::PrinterServiceAccount:
    case AccountRole::AppServiceAccount:
        registered = 0.08;
        perUser = {85, 0, 15};
        break;
    case AccountRole::Resource:
        registered = 0;
        perUser = {1, 0, 0};
        break;
    case AccountRole::Guest:
        registered = 0.25;
        perUser = {1, 0, 0};
        break;
    case AccountRole::Unlicensed:
        registered = 0.2;
        perUser = {90, 0, 10};
        break;
    case AccountRole::Regular:
        break;
    }
    user.perUserMfa = static_cast<PerUserMfaState>(m_random.weighted(perUser));
    user.mfaRegistered = m_random.chance(registered);
    if (user.mfaRegistered) {
        static const std::vector<QStringList> combos{
            {u"microsoftAuthenticatorPush"_s, u"softwareOneTimePasscode"_s},
            {u"microsoftAuthenticatorPush"_s, u"mobilePhone"_s},
            {u"mobilePhone"_s},
            {u"mobilePhone"_s, u"email"_s},
            {u"fido2"_s, u"microsoftAuthenticatorPush"_s},
            {u"windowsHelloForBusiness"_s, u"microsoftAuthenticatorPush"_s},
            {u"softwareOneTimePasscode"_s},
        };
        user.methodsRegistered = combos[static_cast<std::size_t>(m_random.weighted({35, 20, 15, 10, 8, 7, 5}))];
        const QString first = user.methodsRegistered.first();
        user.preferredSecondaryMethod = first == u"mobilePhone"_s               ? u"sms"_s
                                        : first == u"softwareOneTimePasscode"_s ? u"oath"_s
                                                                                : u"push"_s;
    } else {
        if (m_random.chance(0.3) && user.role != AccountRole::Resource)
            user.methodsRegistered = {u"email"_s}; // self-service password reset only: not MFA
        user.preferredSecondaryMethod = u"none"_s;
    }
    user.ssprRegistered =
        user.methodsRegistered.contains(u"email"_s) || user.methodsRegistered.contains(u"mobilePhone"_s);
}

void Builder::makeUsers()
{
    const TenantGenerator::SizeProfile size = TenantGenerator::profile(m_options);
    const int mailboxes = size.mailboxes;
    const int shared = std::max(3, mailboxes * 6 / 100);
    const int rooms = std::max(2, mailboxes * 3 / 100);
    const int equipment = std::max(2, mailboxes * 15 / 1000);
    const int admins = std::max(3, mailboxes * 4 / 1000);
    const int printers = std::max(2, mailboxes * 5 / 1000);
    const int apps = std::max(2, mailboxes * 4 / 1000);
    const int regular = mailboxes - shared - rooms - equipment - admins - printers - apps - 1;
    const std::size_t userCount = static_cast<std::size_t>(mailboxes + size.guests + size.unlicensed);
    m_model.users.reserve(userCount);
    // Sized once: growing the sets through their rehashes cost more than filling them.
    m_aliases.reserve(static_cast<qsizetype>(userCount));
    m_nextSuffix.reserve(static_cast<qsizetype>(userCount));

    addUser(AccountRole::BreakGlassAdmin, RecipientType::UserMailbox);
    for (int i = 0; i < admins; ++i) {
        SampleUser& admin = addUser(AccountRole::Admin, RecipientType::UserMailbox);
        if (m_admins++ == 0) { // story: an administrator with per-user MFA enforced
            admin.perUserMfa = PerUserMfaState::Enforced;
            admin.smtpClientAuthenticationDisabled.reset();
        }
    }
    for (int i = 0; i < printers; ++i) {
        SampleUser& printer = addUser(AccountRole::PrinterServiceAccount, RecipientType::UserMailbox);
        printer.sendsOverSmtp = true;
        if (i == 0) { // story: SMTP AUTH switched off for the scanner, which keeps retrying
            printer.accountEnabled = true;
            printer.smtpClientAuthenticationDisabled = true;
        } else if (i == 1) { // story: a scanner that still sends with Basic auth, excluded from CA
            printer.accountEnabled = true;
            printer.smtpClientAuthenticationDisabled = false;
            printer.authenticationPolicy = DevicesSmtp;
            printer.perUserMfa = PerUserMfaState::Disabled;
        }
    }
    for (int i = 0; i < apps; ++i) {
        SampleUser& app = addUser(AccountRole::AppServiceAccount, RecipientType::UserMailbox);
        app.sendsOverSmtp = true;
        if (i == 0) { // story: per-user MFA enforced on an app account broke its SMTP relay
            app.accountEnabled = true;
            app.smtpClientAuthenticationDisabled = false;
            app.authenticationPolicy = DevicesSmtp;
            app.perUserMfa = PerUserMfaState::Enforced;
        } else if (i == 1) { // story: follows the organisation setting and the default policy
            app.accountEnabled = true;
            app.smtpClientAuthenticationDisabled.reset();
            app.authenticationPolicy = -1;
            app.perUserMfa = PerUserMfaState::Disabled;
        }
    }
    for (int i = 0; i < regular; ++i) {
        SampleUser& user = addUser(AccountRole::Regular, RecipientType::UserMailbox);
        user.usesLegacyClients = user.accountEnabled && m_random.chance(0.08);
        user.sendsOverSmtp = m_random.chance(user.accountEnabled ? 0.04 : 0.3);
        if (i == 0) { // story: a user whose explicit policy blocks Basic SMTP although SMTP AUTH is on
            user.accountEnabled = true;
            user.smtpClientAuthenticationDisabled = false;
            user.authenticationPolicy = BlockBasicAuth;
        }
    }
    for (int i = 0; i < shared; ++i) {
        SampleUser& mailbox = addUser(AccountRole::Resource, RecipientType::SharedMailbox);
        if (i == 0) { // story: a shared mailbox with an enabled account and SMTP AUTH on
            mailbox.accountEnabled = true;
            mailbox.smtpClientAuthenticationDisabled = false;
            mailbox.sendsOverSmtp = true;
        } else if (i == 1) { // story: the default shared mailbox, disabled account, org setting
            mailbox.accountEnabled = false;
            mailbox.smtpClientAuthenticationDisabled.reset();
        }
    }
    for (int i = 0; i < rooms; ++i)
        addUser(AccountRole::Resource, RecipientType::RoomMailbox);
    for (int i = 0; i < equipment; ++i)
        addUser(AccountRole::Resource, RecipientType::EquipmentMailbox);
    for (int i = 0; i < size.guests; ++i)
        addUser(AccountRole::Guest, RecipientType::None);
    for (int i = 0; i < size.unlicensed; ++i)
        addUser(AccountRole::Unlicensed, RecipientType::None);

    // Graph lists directory objects in no business order; sorting by id mixes the kinds like a real tenant.
    // (An index sort and one move pass: swapping whole users is slow in unoptimised builds.)
    // Keys: the id's leading 16 hex digits as a number orders like the string; ties fall back to it.
    std::vector<std::pair<quint64, std::size_t>> order(m_model.users.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const QString& id = m_model.users[i].id;
        const QString leading = id.left(8) + id.mid(9, 4) + id.mid(14, 4);
        order[i] = {leading.toULongLong(nullptr, 16), i};
    }
    std::sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : m_model.users[a.second].id < m_model.users[b.second].id;
    });
    std::vector<SampleUser> sorted;
    sorted.reserve(order.size());
    for (const auto& entry : order)
        sorted.push_back(std::move(m_model.users[entry.second]));
    m_model.users = std::move(sorted);
    // The lookup indexes are built by indexUsers(), beside the sign-in generation (TenantGenerator::generate).
}

} // namespace smtpaudit::sample::generator

namespace smtpaudit::sample {

void indexUsers(TenantModel& model)
{
    const auto count = static_cast<qsizetype>(model.users.size());
    model.userIndexByLowerUpn.reserve(count);
    model.userIndexByIdMap.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const SampleUser& user = model.users[static_cast<std::size_t>(i)];
        model.userIndexByLowerUpn.insert(user.userPrincipalName.toLower(), static_cast<int>(i));
        model.userIndexByIdMap.insert(user.id, static_cast<int>(i));
    }
}

} // namespace smtpaudit::sample
