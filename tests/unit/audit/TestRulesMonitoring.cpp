// BP05, BP06, BP08, BP15, the guidance-only practices and BP11.
#include "RuleTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

const QString alice = u"alice@contoso.com"_s;
const QString bob = u"bob@contoso.com"_s;

TenantSnapshot tenant()
{
    TenantSnapshot s = completeSnapshot();
    addUser(s, alice);
    addUser(s, bob);
    s.signIns.perUser << smtpUsage(alice, 10, 0, {u"203.0.113.5"_s, u"2001:db8:1::5"_s})
                      << smtpUsage(bob, 2, 0,
                                   {u"198.51.100.1"_s, u"198.51.100.2"_s, u"198.51.100.3"_s, u"198.51.100.4"_s});
    return s;
}

SmtpTransportProbe goodProbe()
{
    SmtpTransportProbe p;
    p.host = u"smtp.office365.com"_s;
    p.testedAt = testNow();
    p.startTlsOffered = true;
    p.tlsEstablished = true;
    p.tlsProtocol = u"TLSv1.3"_s;
    p.certificateValid = true;
    return p;
}

QList<Finding> bp11(const TenantSnapshot& s, const std::optional<PreviousAuditFacts>& previous)
{
    const QList<MailboxAssessment> rows;
    const SnapshotIndex index(s);
    return Rules::bp11RegularAuditing(RuleInput{s, index, rows, testNow()}, previous);
}

} // namespace

class TestRulesMonitoring : public QObject
{
    Q_OBJECT

private slots:
    void bp05Tls()
    {
        TenantSnapshot s = tenant();
        QCOMPARE(findingIds(runRule(&Rules::bp05Tls, s)), QStringList{u"BP05-tls-not-tested"_s});
        s.transportProbe = goodProbe();
        QVERIFY(runRule(&Rules::bp05Tls, s).isEmpty());
        s.transportProbe->tlsProtocol = u"TLSv1.1"_s;
        QCOMPARE(findingIds(runRule(&Rules::bp05Tls, s)), QStringList{u"BP05-old-tls"_s});
        s.transportProbe->tlsProtocol = u"TLSv1.2"_s;
        s.transportProbe->certificateValid = false;
        QCOMPARE(findingIds(runRule(&Rules::bp05Tls, s)), QStringList{u"BP05-certificate-invalid"_s});
        s.transportProbe = goodProbe();
        s.transportProbe->startTlsOffered = false;
        s.transportProbe->tlsEstablished = false;
        QCOMPARE(findingIds(runRule(&Rules::bp05Tls, s)), QStringList{u"BP05-no-starttls"_s});
    }

    void bp06SignInLogUnavailable()
    {
        TenantSnapshot s = tenant();
        failCollector(s, CollectorId::SignIns, Error::Category::LicenceMissing, u"Microsoft Entra ID P1"_s);
        QList<Finding> findings = runRule(&Rules::bp06Monitoring, s);
        QCOMPARE(findingIds(findings), QStringList{u"BP06-signin-log-unavailable"_s});
        QCOMPARE(findings.first().kind, FindingKind::Issue);
        QVERIFY(findings.first().description.contains(u"Microsoft Entra ID P1"_s));

        failCollector(s, CollectorId::SignIns, Error::Category::PermissionMissing, u"AuditLog.Read.All"_s);
        findings = runRule(&Rules::bp06Monitoring, s);
        QVERIFY(findings.first().title.contains(u"permission"_s));
        QVERIFY(findings.first().description.contains(u"AuditLog.Read.All"_s));

        // A network failure says nothing about licences: not checked.
        failCollector(s, CollectorId::SignIns, Error::Category::Network);
        QCOMPARE(findingIds(runRule(&Rules::bp06Monitoring, s)), QStringList{u"BP06-monitoring-not-checked"_s});
    }

    void bp06SprayAndSpikes()
    {
        TenantSnapshot s = tenant();
        QCOMPARE(findingIds(runRule(&Rules::bp06Monitoring, s)), QStringList{u"BP06-smtp-activity"_s});

        s.signIns.tenant.sprayPatterns << PasswordSprayPattern{u"192.0.2.66"_s, testNow().addDays(-2),
                                                               testNow().addDays(-2).addSecs(1800), 40, 55};
        s.signIns.tenant.smtpPerDay << DailySmtpCount{QDate(2026, 11, 20), 30, 2}
                                    << DailySmtpCount{QDate(2026, 11, 21), 30, 3}
                                    << DailySmtpCount{QDate(2026, 11, 22), 30, 64};
        const QList<Finding> findings = runRule(&Rules::bp06Monitoring, s);
        const Finding* spray = findingById(findings, u"BP06-password-spray"_s);
        QVERIFY(spray);
        QCOMPARE(spray->affectedObjects, QStringList{u"192.0.2.66"_s});
        QVERIFY(evidenceText(*spray).contains(u"55 failures against 40 accounts"_s));
        QVERIFY(spray->remediation.first().contains(u"cidrAddress = '192.0.2.66/32'"_s));
        const Finding* spike = findingById(findings, u"BP06-smtp-failure-spike"_s);
        QVERIFY(spike);
        QVERIFY(evidenceText(*spike).contains(u"2026-11-22: 64"_s));

        s.signIns.tenant.smtpPerDay[2].failure = 15; // below the minimum
        QVERIFY(!findingById(runRule(&Rules::bp06Monitoring, s), u"BP06-smtp-failure-spike"_s));
    }

    void bp08SendingRanges()
    {
        TenantSnapshot s = tenant();
        QList<Finding> findings = runRule(&Rules::bp08RestrictByIp, s);
        QVERIFY(findingById(findings, u"BP08-sending-ranges-not-declared"_s));

        s.declaredSendingRanges = {u"203.0.113.0/24"_s, u"2001:db8:1::/48"_s};
        findings = runRule(&Rules::bp08RestrictByIp, s);
        const Finding* outside = findingById(findings, u"BP08-outside-sending-ranges"_s);
        QVERIFY(outside);
        QCOMPARE(outside->affectedObjects, QStringList{bob}); // alice sends from inside, v4 and v6
        QVERIFY(evidenceText(*outside).contains(u"198.51.100.4"_s));
        QVERIFY(outside->remediation.first().contains(
            u"'#microsoft.graph.iPv6CidrRange'; cidrAddress = '2001:db8:1::/48'"_s));

        s.declaredSendingRanges << u"198.51.100.0/29"_s;
        QVERIFY(!findingById(runRule(&Rules::bp08RestrictByIp, s), u"BP08-outside-sending-ranges"_s));

        s.declaredSendingRanges = {u"not a range"_s};
        const Finding* invalid =
            findingById(runRule(&Rules::bp08RestrictByIp, s), u"BP08-sending-ranges-not-declared"_s);
        QVERIFY(invalid && evidenceText(*invalid).contains(u"not a range"_s));

        s.declaredSendingRanges = {u"203.0.113.0/24"_s};
        failCollector(s, CollectorId::SignIns);
        QVERIFY(findingById(runRule(&Rules::bp08RestrictByIp, s), u"BP08-outside-sending-ranges-not-checked"_s));
    }

    void bp08LocationPolicy()
    {
        TenantSnapshot s = tenant();
        QVERIFY(findingById(runRule(&Rules::bp08RestrictByIp, s), u"BP08-no-ip-restriction"_s));

        ConditionalAccessPolicy byLocation = legacyBlockPolicy(u"ca-loc"_s, u"SMTP only from the office"_s);
        byLocation.clientAppTypes = {u"other"_s};
        byLocation.includeLocations = {u"All"_s};
        byLocation.excludeLocations = {u"office-range"_s};
        s.conditionalAccessPolicies << byLocation;
        QVERIFY(!findingById(runRule(&Rules::bp08RestrictByIp, s), u"BP08-no-ip-restriction"_s));

        TenantSnapshot off = tenant();
        off.organization.smtpClientAuthenticationDisabled = true; // nothing accepts a password: moot
        QVERIFY(!findingById(runRule(&Rules::bp08RestrictByIp, off), u"BP08-no-ip-restriction"_s));
        failCollector(off, CollectorId::NamedLocations);
        QVERIFY(findingById(runRule(&Rules::bp08RestrictByIp, off), u"BP08-ip-restriction-not-checked"_s));
    }

    void bp15SourceIps()
    {
        const QList<Finding> findings = runRule(&Rules::bp15DedicatedIps, tenant());
        const Finding* info = findingById(findings, u"BP15-source-ips"_s);
        QVERIFY(info);
        QCOMPARE(info->affectedObjects, (QStringList{bob, alice})); // most addresses first
        QVERIFY(evidenceText(*info).contains(u"alice@contoso.com: 2 address(es)"_s));
        const Finding* many = findingById(findings, u"BP15-many-source-ips"_s);
        QVERIFY(many);
        QCOMPARE(many->affectedObjects, QStringList{bob});

        TenantSnapshot quiet = completeSnapshot();
        addUser(quiet, alice);
        QVERIFY(runRule(&Rules::bp15DedicatedIps, quiet).isEmpty());
    }

    void guidanceOnlyPractices()
    {
        TenantSnapshot s = tenant();
        s.signIns.tenant.legacyClientApps << ClientAppCount{u"Authenticated SMTP"_s, 12}
                                          << ClientAppCount{u"IMAP4"_s, 3};
        for (auto rule :
             {&Rules::bp07Patching, &Rules::bp12Training, &Rules::bp13IncidentResponse, &Rules::bp14Backup}) {
            const QList<Finding> findings = runRule(rule, s);
            QCOMPARE(findings.size(), 1);
            QCOMPARE(findings.first().kind, FindingKind::Guidance);
            QVERIFY(findings.first().description.contains(u"Not measurable"_s));
            QCOMPARE(findingWeight(findings.first()), 0);
        }
        QVERIFY(evidenceText(runRule(&Rules::bp07Patching, s).first()).contains(u"IMAP4: 3 sign-in(s)"_s));
    }

    void bp11History()
    {
        const TenantSnapshot s = tenant();
        QCOMPARE(findingIds(bp11(s, std::nullopt)), QStringList{u"BP11-first-audit"_s});

        PreviousAuditFacts old{testNow().addDays(-40), {}};
        old.diff.verdictChanges << VerdictChange{alice, SmtpAuthVerdict::Disabled, SmtpAuthVerdict::Enabled};
        QList<Finding> findings = bp11(s, old);
        QCOMPARE(findingIds(findings), (QStringList{u"BP11-audit-overdue"_s, u"BP11-changes-since-last-audit"_s}));
        QVERIFY(findings.first().title.contains(u"40 day(s)"_s));
        QCOMPARE(findings.last().affectedObjects, QStringList{alice});
        QVERIFY(evidenceText(findings.last()).contains(u"alice@contoso.com: disabled -> enabled"_s));

        const PreviousAuditFacts recent{testNow().addDays(-5), {}};
        findings = bp11(s, recent);
        QCOMPARE(findingIds(findings), QStringList{u"BP11-changes-since-last-audit"_s});
        QVERIFY(findings.first().title.contains(u"No changes"_s));
    }
};

QTEST_GUILESS_MAIN(TestRulesMonitoring)
#include "TestRulesMonitoring.moc"
