#include "sample/data/SampleRandom.h"
#include "sample/data/SmtpAuthTruth.h"
#include "sample/data/TenantGenerator.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace smtpaudit::sample {
namespace {

constexpr qint64 Day = 86400;

// Sign-ins of the window [now - days, now]. Rates are per user per day and tuned so that the large
// tenant (100,000 users, 30 days) has about 2,000,000 events, about 300,000 of them legacy, with
// Authenticated SMTP the most frequent legacy client.
class SignInBuilder
{
public:
    SignInBuilder(TenantModel& model, quint64 seed)
        : m_model(model)
        , m_log(model.signIns)
        , m_random(seed ^ 0x13579bdf2468ace0ULL)
        , m_days(std::max(1, model.options.signInDays))
    {
        m_start = m_model.now - m_days * Day;
        // Keep the first hour of the window and the last minute empty, so an audit that runs shortly
        // after the tenant was generated sees exactly the same window content as the ground truth.
        m_first = 3600;
        m_last = m_days * Day - 60;
        for (const ConditionalAccessPolicy& policy : m_model.conditionalAccessPolicies)
            if (SmtpAuthTruth::blocksLegacyAuthentication(policy))
                m_legacyBlockingPolicies.push_back(&policy);
    }

    void run();

private:
    enum class Blocker
    {
        None,
        AccountDisabled,
        AuthPolicy,
        SecurityDefaults,
        ConditionalAccess,
        PerUserMfa,
    };

    quint32 randomTime(bool businessHours);
    quint32 randomTimeBetween(quint32 from, quint32 to) { return static_cast<quint32>(m_random.between(from, to)); }
    void add(quint32 time, int user, quint8 clientApp, quint8 app, quint8 status, quint8 device, quint32 ip,
             quint16 location, quint8 flags = 0);
    void modern(int index, const SampleUser& user, double rate);
    void legacy(int index, const SampleUser& user, Blocker blocker);
    void smtp(int index, const SampleUser& user, Blocker blocker);
    void sprays();
    quint8 smtpStatus(Blocker blocker);
    bool protocolAllowed(const SampleUser& user, quint8 clientApp) const;
    Blocker firstBlocker(const SampleUser& user) const;

    TenantModel& m_model;
    SignInLog& m_log;
    SampleRandom m_random;
    qint64 m_days;
    qint64 m_start = 0;
    quint32 m_first = 0;
    quint32 m_last = 0;
    std::vector<const ConditionalAccessPolicy*> m_legacyBlockingPolicies; // in the model's order
};

// The first of SmtpAuthTruth::basicAuthBlockers(), in its order, without building the list for each user.
SignInBuilder::Blocker SignInBuilder::firstBlocker(const SampleUser& user) const
{
    if (!user.accountEnabled)
        return Blocker::AccountDisabled;
    const int policy = m_model.effectiveAuthenticationPolicy(user);
    if (policy >= 0 && !m_model.authenticationPolicies[static_cast<std::size_t>(policy)].allowBasicAuthSmtp)
        return Blocker::AuthPolicy;
    if (m_model.securityDefaultsEnabled)
        return Blocker::SecurityDefaults;
    for (const ConditionalAccessPolicy* ca : m_legacyBlockingPolicies)
        if (SmtpAuthTruth::includesUser(*ca, user) && !SmtpAuthTruth::excludesUser(*ca, user))
            return Blocker::ConditionalAccess;
    if (user.perUserMfa == PerUserMfaState::Enforced)
        return Blocker::PerUserMfa;
    return Blocker::None;
}

quint32 SignInBuilder::randomTime(bool businessHours)
{
    quint32 offset = randomTimeBetween(m_first, m_last);
    if (businessHours && m_random.chance(0.7)) {
        const qint64 absolute = m_start + offset;
        const qint64 dayStart = absolute - absolute % Day;
        const qint64 moved = dayStart + m_random.between(6 * 3600, 17 * 3600) - m_start;
        if (moved >= m_first && moved <= m_last)
            offset = static_cast<quint32>(moved);
    }
    return offset;
}

void SignInBuilder::add(quint32 time, int user, quint8 clientApp, quint8 app, quint8 status, quint8 device, quint32 ip,
                        quint16 location, quint8 flags)
{
    SignInRecord record;
    record.time = time;
    record.user = static_cast<quint32>(user);
    record.clientApp = clientApp;
    record.app = app;
    record.status = status;
    record.device = device;
    record.ip = ip;
    record.location = location;
    record.flags = flags;
    m_log.append(record);
}

void SignInBuilder::modern(int index, const SampleUser& user, double rate)
{
    const int count = m_random.countAround(rate * static_cast<double>(m_days));
    const quint8 homeDevice = static_cast<quint8>(1 + mix64(static_cast<quint64>(index)) % 7);
    const bool passwordOld = m_model.now - user.lastPasswordChangeAt > 90 * Day &&
                             !user.passwordPolicies.contains(u"DisablePasswordExpiration"_s);
    for (int i = 0; i < count; ++i) {
        const quint32 time = randomTime(true);
        quint8 app =
            static_cast<quint8>(m_random.weighted({10, 25, 25, 20, 15, user.isAdmin ? 15 : 0, 0, 5})); // enum App order
        quint8 client = (app == SignInLog::OfficeHome || app == SignInLog::AzurePortal ||
                         app == SignInLog::SharePointOnline || m_random.chance(0.3))
                            ? SignInLog::Browser
                            : SignInLog::MobileAppsAndDesktopClients;
        quint8 device = app == SignInLog::OutlookMobile ? quint8(SignInLog::IosOutlook) : homeDevice;
        quint8 status = SignInLog::Success;
        if (!user.accountEnabled) {
            status = SignInLog::AccountDisabled;
        } else {
            status = static_cast<quint8>(m_random.weighted({90, 3, 0, 0, 0, 2, 1, 2, 1, passwordOld ? 1 : 0}));
        }
        quint32 ip = user.homeIp;
        quint16 location = static_cast<quint16>(user.homeLocation);
        if (m_random.chance(0.12)) { // travelling, mobile network
            location = static_cast<quint16>(m_random.index(18));
            ip = static_cast<quint32>(m_random.between(0x0b000000, 0xdf000000));
        }
        add(time, index, client, app, status, device, ip, location);
    }
}

bool SignInBuilder::protocolAllowed(const SampleUser& user, quint8 clientApp) const
{
    // Authentication policies block Basic auth before Entra ID is asked, so a blocked protocol leaves no
    // sign-in at all. "Other clients" has no policy switch of its own.
    const int index = m_model.effectiveAuthenticationPolicy(user);
    if (index < 0)
        return true;
    const AuthenticationPolicy& p = m_model.authenticationPolicies[static_cast<std::size_t>(index)];
    switch (clientApp) {
    case SignInLog::AuthenticatedSmtp:
        return p.allowBasicAuthSmtp;
    case SignInLog::ExchangeActiveSync:
        return p.allowBasicAuthActiveSync;
    case SignInLog::Imap4:
        return p.allowBasicAuthImap;
    case SignInLog::Pop3:
        return p.allowBasicAuthPop;
    case SignInLog::ExchangeWebServices:
        return p.allowBasicAuthWebServices;
    case SignInLog::MapiOverHttp:
        return p.allowBasicAuthMapi;
    case SignInLog::OutlookAnywhere:
        return p.allowBasicAuthRpc;
    case SignInLog::AutoDiscover:
        return p.allowBasicAuthAutodiscover;
    case SignInLog::ExchangeOnlinePowerShell:
        return p.allowBasicAuthPowershell;
    case SignInLog::OfflineAddressBook:
        return p.allowBasicAuthOfflineAddressBook;
    case SignInLog::ReportingWebServices:
        return p.allowBasicAuthReportingWebServices;
    case SignInLog::OutlookService:
        return p.allowBasicAuthOutlookService;
    default:
        return true;
    }
}

void SignInBuilder::legacy(int index, const SampleUser& user, Blocker blocker)
{
    const int count = m_random.countAround(1.0 * static_cast<double>(m_days));
    for (int i = 0; i < count; ++i) {
        // enum ClientApp order from ExchangeActiveSync on; SMTP has its own stream.
        const quint8 client = static_cast<quint8>(SignInLog::ExchangeActiveSync +
                                                  m_random.weighted({35, 20, 12, 8, 8, 5, 4, 4, 1, 2, 1, 1}));
        const quint32 time = randomTime(true);
        if (!protocolAllowed(user, client))
            continue;
        quint8 status = SignInLog::Success;
        if (blocker == Blocker::AccountDisabled)
            status = SignInLog::AccountDisabled;
        else if (blocker == Blocker::SecurityDefaults || blocker == Blocker::ConditionalAccess)
            status = SignInLog::BlockedByCa;
        else if (blocker == Blocker::PerUserMfa)
            status = SignInLog::MfaRequired;
        else if (m_random.chance(0.05))
            status = SignInLog::InvalidPassword;
        const quint8 app = client == SignInLog::ExchangeOnlinePowerShell ? quint8(SignInLog::ExchangePowerShell)
                                                                         : quint8(SignInLog::ExchangeOnline);
        add(time, index, client, app, status, SignInLog::NoDevice, user.homeIp,
            static_cast<quint16>(user.homeLocation));
    }
}

quint8 SignInBuilder::smtpStatus(Blocker blocker)
{
    switch (blocker) {
    case Blocker::AccountDisabled:
        return SignInLog::AccountDisabled;
    case Blocker::SecurityDefaults: // UNVERIFIED which code security defaults log; 53003 like a CA block
    case Blocker::ConditionalAccess:
        return SignInLog::BlockedByCa;
    case Blocker::PerUserMfa:
        return SignInLog::MfaRequired;
    case Blocker::None:
    case Blocker::AuthPolicy:
        break;
    }
    return m_random.chance(0.03) ? quint8(SignInLog::InvalidPassword) : quint8(SignInLog::Success);
}

void SignInBuilder::smtp(int index, const SampleUser& user, Blocker blocker)
{
    if (blocker == Blocker::AuthPolicy)
        return; // refused by Exchange before Entra ID: no sign-in recorded
    const bool service = user.role == AccountRole::PrinterServiceAccount || user.role == AccountRole::AppServiceAccount;
    const bool protocolOff =
        user.smtpClientAuthenticationDisabled.value_or(m_model.orgSmtpClientAuthenticationDisabled);
    quint32 disabledAt = m_last + 1;
    double rate = service ? (user.role == AccountRole::PrinterServiceAccount ? 4.0 : 5.0) : 0.5;
    if (!user.accountEnabled)
        rate = 0.3; // a forgotten device still trying the old account
    if (protocolOff) {
        // A device that keeps failing after SMTP AUTH was switched off for its mailbox: the admin also
        // reset the password when they did it, so Entra ID logs 50126 from then on.
        if (user.smtpDisabledAt == 0)
            return;
        disabledAt = static_cast<quint32>(user.smtpDisabledAt - m_start);
        rate = service ? 6.0 : 2.0;
    }
    const quint8 flags = (service || protocolOff) && mix64(static_cast<quint64>(index) ^ 0xa5) % 3 == 0
                             ? quint8(SignInRecord::MixedCaseUpn)
                             : quint8(0);
    const int count = m_random.countAround(rate * static_cast<double>(m_days));
    for (int i = 0; i < count; ++i) {
        const quint32 time = randomTime(!service);
        const quint8 status = time >= disabledAt ? quint8(SignInLog::InvalidPassword) : smtpStatus(blocker);
        add(time, index, SignInLog::AuthenticatedSmtp, SignInLog::ExchangeOnline, status, SignInLog::NoDevice,
            user.homeIp, static_cast<quint16>(user.homeLocation), flags);
    }
}

void SignInBuilder::sprays()
{
    const TenantGenerator::SizeProfile size = TenantGenerator::profile(m_model.options);
    std::vector<int> members;
    for (std::size_t i = 0; i < m_model.users.size(); ++i)
        if (!m_model.users[i].isGuest)
            members.push_back(static_cast<int>(i));
    const int locations = static_cast<int>(SignInLog::locations().size());
    for (int burst = 0; burst < size.sprayBursts; ++burst) {
        // One attacker address, a few minutes, many accounts, almost all "invalid username or password".
        const quint32 ip = (45u << 24) | (155u << 16) | (205u << 8) | static_cast<quint32>(m_random.between(1, 254));
        const quint16 location = static_cast<quint16>(locations - 1 - m_random.index(4));
        const quint8 client =
            burst == 0 ? quint8(SignInLog::AuthenticatedSmtp)
                       : static_cast<quint8>(std::array{
                             SignInLog::AuthenticatedSmtp, SignInLog::Imap4,
                             SignInLog::OtherClients}[static_cast<std::size_t>(m_random.weighted({60, 25, 15}))]);
        const quint32 begin = randomTimeBetween(m_first, m_last - 1800);
        const int targets = std::min(size.sprayTargets, static_cast<int>(members.size()));
        for (int t = 0; t < targets; ++t) {
            const int user = members[static_cast<std::size_t>(m_random.index(static_cast<qsizetype>(members.size())))];
            const int attempts = m_random.chance(0.3) ? 2 : 1;
            for (int a = 0; a < attempts; ++a) {
                const quint32 time = begin + randomTimeBetween(0, 900);
                quint8 status =
                    m_random.chance(0.04) ? quint8(SignInLog::AccountLocked) : quint8(SignInLog::InvalidPassword);
                if (!m_model.users[static_cast<std::size_t>(user)].accountEnabled)
                    status = SignInLog::AccountDisabled;
                add(time, user, client, SignInLog::ExchangeOnline, status, SignInLog::NoDevice, ip, location,
                    SignInRecord::Spray);
            }
        }
    }
}

void SignInBuilder::run()
{
    m_log.reset(m_start, m_random.next());
    m_log.reserve(m_model.users.size() * static_cast<std::size_t>(m_days) * 4 / 5 + 4096);
    for (std::size_t i = 0; i < m_model.users.size(); ++i) {
        SampleUser& user = m_model.users[i];
        const int index = static_cast<int>(i);
        const Blocker blocker = firstBlocker(user);
        switch (user.role) {
        case AccountRole::Regular:
        case AccountRole::Admin:
        case AccountRole::BreakGlassAdmin:
            modern(index, user, user.accountEnabled ? (user.role == AccountRole::BreakGlassAdmin ? 0.02 : 0.75) : 0.03);
            break;
        case AccountRole::Guest:
            modern(index, user, user.accountEnabled ? 0.05 : 0.0);
            break;
        case AccountRole::Unlicensed:
            modern(index, user, user.accountEnabled ? 0.2 : 0.03);
            break;
        case AccountRole::Resource:
            modern(index, user, user.accountEnabled ? 0.02 : 0.0);
            break;
        case AccountRole::PrinterServiceAccount:
        case AccountRole::AppServiceAccount:
            break;
        }
        // Users on the migration policy still run IMAP/POP/ActiveSync clients with passwords.
        const int policy = m_model.effectiveAuthenticationPolicy(user);
        const bool legacyPolicy =
            policy >= 0 && m_model.authenticationPolicies[static_cast<std::size_t>(policy)].allowBasicAuthImap;
        if (user.hasMailbox() && user.accountEnabled && user.role == AccountRole::Regular &&
            (user.usesLegacyClients || (legacyPolicy && m_random.chance(0.9))))
            legacy(index, user, blocker);
        if (user.hasMailbox() && user.sendsOverSmtp) {
            const bool off =
                user.smtpClientAuthenticationDisabled.value_or(m_model.orgSmtpClientAuthenticationDisabled);
            const bool storyPrinter =
                user.role == AccountRole::PrinterServiceAccount && user.mailNickname == u"scanner1"_s;
            if (off && user.accountEnabled && (storyPrinter || m_random.chance(0.3)) && m_days >= 2) {
                const qint64 margin = m_days >= 7 ? 3 * Day : Day / 2;
                user.smtpDisabledAt = m_start + m_random.between(margin, m_days * Day - margin);
            }
            smtp(index, user, blocker);
        }
    }
    sprays();
    m_log.finish(m_model.users.size());

    for (std::size_t i = 0; i < m_model.users.size(); ++i) {
        SampleUser& user = m_model.users[i];
        if (m_log.lastSignInOf(static_cast<int>(i)) == SignInLog::None && m_random.chance(0.6))
            user.lastSignInBeforeWindow = m_start - m_random.between(1, 400) * Day - m_random.between(0, Day);
    }
}

} // namespace

void generateSignIns(TenantModel& model, quint64 seed)
{
    SignInBuilder(model, seed).run();
}

} // namespace smtpaudit::sample
