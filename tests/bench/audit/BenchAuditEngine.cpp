// Prints how long the audit engine takes on a tenant the size of the sample's "large" one: resolver,
// rules, rotation, JSON serialisation and parsing. Not run by CTest.
#include "audit/AuditJson.h"
#include "audit/AuditResult.h"
#include "audit/Rules.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

// CPU time of the whole process (all threads): the machine is shared, so wall times alone say little.
qint64 cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

long statusKb(const QByteArray& field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLong();
    return -1;
}

TenantSnapshot largeTenant(int mailboxes, int excluded)
{
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    TenantSnapshot s;
    s.capturedAt = now;
    s.organization.tenantId = u"bench-tenant"_s;
    s.organization.smtpClientAuthenticationDisabled = false;
    s.organization.securityDefaultsEnabled = false;
    s.organization.defaultAuthenticationPolicy = u"Default"_s;
    s.authenticationPolicies << AuthenticationPolicy{u"Default"_s, {}, true, {}}
                             << AuthenticationPolicy{u"Block"_s, {}, false, {}};
    ConditionalAccessPolicy ca;
    ca.id = u"ca-legacy"_s;
    ca.displayName = u"Block legacy authentication"_s;
    ca.state = u"enabled"_s;
    ca.clientAppTypes = {u"exchangeActiveSync"_s, u"other"_s};
    ca.includeUsers = {u"All"_s};
    ca.includeApplications = {u"All"_s};
    ca.builtInControls = {u"block"_s};
    s.signIns.window = {30, now.addDays(-30), now};
    for (int i = 0; i < mailboxes; ++i) {
        const QString id = u"%1-0000-0000-0000-000000000000"_s.arg(i, 8, 10, QChar(u'0'));
        const QString upn = u"user%1@bench.example"_s.arg(i);
        DirectoryUser user;
        user.id = id;
        user.userPrincipalName = upn;
        user.displayName = u"User %1"_s.arg(i);
        user.accountEnabled = i % 17 != 0;
        user.lastPasswordChangeDateTime = now.addDays(-(i % 400));
        user.passwordPolicies = i % 11 == 0 ? u"DisablePasswordExpiration"_s : QString();
        s.users << user;
        Mailbox mailbox{upn,
                        id,
                        user.displayName,
                        i % 9 == 0 ? u"SharedMailbox"_s : u"UserMailbox"_s,
                        i % 3 == 0 ? std::optional<bool>() : std::optional<bool>(i % 3 == 1),
                        {}};
        if (i % 5 == 0)
            mailbox.authenticationPolicy = u"Block"_s;
        s.mailboxes << mailbox;
        s.registrations << UserRegistration{id, upn, i % 50 == 0, i % 4 != 0, i % 4 != 0, false, {u"mobilePhone"_s},
                                            {}, {}};
        s.perUserMfa << PerUserMfa{id, upn, PerUserMfaState(i % 3)};
        if (i < excluded)
            ca.excludeUsers << id;
        if (i % 10 == 0) {
            UserSignInUsage usage;
            usage.userPrincipalName = upn;
            usage.smtpSuccess = i % 7;
            usage.smtpFailure = i % 3;
            usage.smtpSourceIps = {u"203.0.113.%1"_s.arg(i % 250)};
            s.signIns.perUser << usage;
        }
    }
    s.conditionalAccessPolicies << ca;
    for (CollectorId id : allCollectors())
        if (isRequiredCollector(id))
            s.setStatus(id, CollectorStatus::complete(defaultCollectorQuery(id), now));
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int mailboxes = argc > 1 ? QByteArray(argv[1]).toInt() : 88000;
    const int excluded = 500;
    QTextStream out(stdout);
    QElapsedTimer timer;

    qint64 cpu = cpuMs();
    const auto lap = [&timer, &cpu] {
        const qint64 now = cpuMs();
        const QString text = u"%1 ms wall, %2 ms CPU"_s.arg(timer.restart()).arg(now - cpu);
        cpu = now;
        return text;
    };
    timer.start();
    TenantSnapshot snapshot = largeTenant(mailboxes, excluded);
    out << "mailboxes " << mailboxes << ", CA exclusions " << excluded << "\n";
    out << "build snapshot      " << lap() << "\n";
    {
        const EffectiveSmtpAuthResolver resolver(snapshot);
        out << "index + prepare     " << lap() << "\n";
        const QList<MailboxAssessment> rows = resolver.assessAll();
        out << "resolve all         " << lap() << " (" << rows.size() << " rows)\n";
        const QList<MailboxAssessment> serial = resolver.assessAll(1);
        out << "resolve all, serial " << lap() << "\n";
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RuleInput input{snapshot, resolver.index(), rows, now};
        const QList<Finding> findings = Rules::evaluateAll(input);
        out << "rules               " << lap() << " (" << findings.size() << " findings)\n";
        const QList<RotationItem> items = rotationItems(snapshot, rows, now, &resolver.index());
        out << "rotation items      " << lap() << " (" << items.size() << " items)\n";
    }
    lap();
    const AuditResult result = AuditEngine::evaluate(std::move(snapshot), FixedClock(QDateTime::currentDateTimeUtc()));
    out << "engine (all)        " << lap() << ", " << result.findings.size() << " findings, score " << result.score
        << ", RSS now " << statusKb("VmRSS:") / 1024 << " MiB\n";
    const QByteArray json = AuditJson::serialize(result);
    out << "serialise           " << lap() << ", " << json.size() / 1024 << " KiB\n";
    const auto parsed = AuditJson::parse(json);
    out << "parse               " << lap() << ", ok=" << parsed.ok() << "\n";
    out << "peak RSS            " << statusKb("VmHWM:") / 1024 << " MiB\n";
    return parsed.ok() ? 0 : 1;
}
