#include "SampleTestSupport.h"

#include "sample/data/GroundTruth.h"
#include "sample/graph/GraphSignIns.h"

#include <QJsonArray>
#include <QTest>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace smtpaudit::sample;
using smtpaudit::test::smallOptions;

namespace {

QString upn(const QString& alias)
{
    return alias + u"@contoso-sample.onmicrosoft.com"_s;
}

QJsonObject row(const QJsonObject& truth, const QString& userPrincipalName)
{
    for (const QJsonValue& value : truth.value(u"mailboxes"_s).toArray())
        if (value.toObject().value(u"userPrincipalName"_s).toString() == userPrincipalName)
            return value.toObject();
    return {};
}

QString upnByDisplayName(const TenantModel& model, const QString& displayName)
{
    for (const SampleUser& user : model.users)
        if (user.displayName == displayName)
            return user.userPrincipalName;
    return {};
}

QStringList reasons(const QJsonObject& mailbox)
{
    QStringList list;
    for (const QJsonValue& value : mailbox.value(u"reasons"_s).toArray())
        list << value.toString();
    return list;
}

} // namespace

class TestGroundTruth : public QObject
{
    Q_OBJECT

private:
    TenantModel m_model = TenantGenerator::generate(smallOptions());
    QJsonObject m_truth = groundTruth(m_model, 30);

    void expect(const QJsonObject& truth, const QString& userPrincipalName, const QString& verdict,
                const QStringList& expectedReasons)
    {
        const QJsonObject mailbox = row(truth, userPrincipalName);
        QVERIFY2(!mailbox.isEmpty(), qPrintable(userPrincipalName));
        QCOMPARE(mailbox.value(u"effectiveSmtpAuth"_s).toString(), verdict);
        QCOMPARE(reasons(mailbox), expectedReasons);
    }

private slots:
    void documentHasTheSpecShape()
    {
        QCOMPARE(m_truth.value(u"schemaVersion"_s).toInt(), 1);
        QCOMPARE(m_truth.value(u"tenantId"_s).toString(), m_model.tenantId);
        QCOMPARE(m_truth.value(u"generatedAt"_s).toString(), u"2026-11-26T12:00:00Z"_s);
        QCOMPARE(m_truth.value(u"signInDays"_s).toInt(), 30);
        QCOMPARE(m_truth.value(u"premium"_s).toBool(), true);
        const QJsonObject organization = m_truth.value(u"organization"_s).toObject();
        QCOMPARE(organization.value(u"smtpClientAuthenticationDisabled"_s).toBool(true), false);
        QCOMPARE(organization.value(u"securityDefaultsEnabled"_s).toBool(true), false);
        QCOMPARE(organization.value(u"defaultAuthenticationPolicy"_s).toString(), u"Standard – Basic SMTP erlaubt"_s);

        const QJsonArray mailboxes = m_truth.value(u"mailboxes"_s).toArray();
        QCOMPARE(mailboxes.size(), 50); // guests and unlicensed users have no mailbox
        QString previous;
        const QStringList fields{
            u"userPrincipalName"_s, u"type"_s,       u"accountEnabled"_s, u"smtpClientAuthenticationDisabled"_s,
            u"effectiveSmtpAuth"_s, u"reasons"_s,    u"mfaRegistered"_s,  u"perUserMfaState"_s,
            u"isAdmin"_s,           u"smtpSignIns"_s};
        for (const QJsonValue& value : mailboxes) {
            const QJsonObject mailbox = value.toObject();
            for (const QString& field : fields)
                QVERIFY2(mailbox.contains(field), qPrintable(field));
            const QString current = mailbox.value(u"userPrincipalName"_s).toString().toLower();
            QVERIFY(previous < current);
            previous = current;
            QVERIFY(QStringList({u"UserMailbox"_s, u"SharedMailbox"_s, u"RoomMailbox"_s, u"EquipmentMailbox"_s})
                        .contains(mailbox.value(u"type"_s).toString()));
        }
    }

    // Hand-checked against the generator's stories (TenantGenerator.cpp, makeUsers): default small tenant,
    // organisation SMTP AUTH on, default policy allowing Basic SMTP, CA blocking legacy auth except the
    // break-glass and service accounts.
    void handCheckedMailboxes()
    {
        expect(m_truth, upn(u"scanner1"_s), u"disabled"_s, {u"mailbox-disabled"_s});
        expect(m_truth, upn(u"breakglass"_s), u"disabled"_s, {u"mailbox-disabled"_s});
        expect(m_truth, upn(u"scanner2"_s), u"enabled"_s,
               {u"mailbox-enabled"_s, u"ca-excluded"_s, u"auth-policy-allows-basic"_s});
        expect(m_truth, upn(u"noreply-app1"_s), u"blocked"_s,
               {u"mailbox-enabled"_s, u"per-user-mfa-enforced"_s, u"ca-excluded"_s, u"auth-policy-allows-basic"_s});
        expect(m_truth, upn(u"noreply-app2"_s), u"enabled"_s,
               {u"org-enabled"_s, u"ca-excluded"_s, u"auth-policy-allows-basic"_s});
        expect(m_truth, upnByDisplayName(m_model, u"Buchhaltung – Rechnungseingang"_s), u"blocked"_s,
               {u"mailbox-enabled"_s, u"ca-blocks-legacy"_s, u"auth-policy-allows-basic"_s});
        expect(m_truth, upnByDisplayName(m_model, u"Info"_s), u"blocked"_s,
               {u"org-enabled"_s, u"account-disabled"_s, u"ca-blocks-legacy"_s, u"auth-policy-allows-basic"_s});

        // The first regular user (display name "<script>...") has an explicit policy blocking Basic SMTP.
        const int script = m_model.userIndexByUpn(upn(u"qa.script"_s));
        QVERIFY(script >= 0);
        QStringList expected{u"mailbox-enabled"_s, u"auth-policy-blocks-basic"_s, u"ca-blocks-legacy"_s};
        if (m_model.users[static_cast<std::size_t>(script)].perUserMfa == PerUserMfaState::Enforced)
            expected << u"per-user-mfa-enforced"_s;
        expect(m_truth, upn(u"qa.script"_s), u"blocked"_s, expected);
        QCOMPARE(row(m_truth, upn(u"qa.script"_s)).value(u"smtpClientAuthenticationDisabled"_s).toBool(true), false);
        QVERIFY(row(m_truth, upn(u"noreply-app2"_s)).value(u"smtpClientAuthenticationDisabled"_s).isNull());
        QCOMPARE(row(m_truth, upn(u"noreply-app1"_s)).value(u"perUserMfaState"_s).toString(), u"enforced"_s);
        QCOMPARE(row(m_truth, upn(u"breakglass"_s)).value(u"isAdmin"_s).toBool(), true);
    }

    void securityDefaultsTenant()
    {
        TenantOptions options = smallOptions();
        options.securityDefaults = true;
        const QJsonObject truth = groundTruth(TenantGenerator::generate(options), 30);
        expect(truth, upn(u"scanner2"_s), u"blocked"_s,
               {u"mailbox-enabled"_s, u"security-defaults"_s, u"auth-policy-allows-basic"_s});
        QCOMPARE(truth.value(u"organization"_s).toObject().value(u"securityDefaultsEnabled"_s).toBool(), true);
    }

    void organisationDisabledTenantWithoutDefaultPolicy()
    {
        TenantOptions options = smallOptions();
        options.orgSmtpClientAuthenticationDisabled = true;
        options.orgDefaultAuthenticationPolicy = false;
        const QJsonObject truth = groundTruth(TenantGenerator::generate(options), 30);
        expect(truth, upn(u"noreply-app2"_s), u"disabled"_s, {u"org-disabled"_s});
        // scanner2 has its own policy assigned, so it still allows Basic SMTP without an org default.
        expect(truth, upn(u"scanner2"_s), u"enabled"_s,
               {u"mailbox-enabled"_s, u"ca-excluded"_s, u"auth-policy-allows-basic"_s});
        QVERIFY(truth.value(u"organization"_s).toObject().value(u"defaultAuthenticationPolicy"_s).isNull());
    }

    void tenantWithoutPremium()
    {
        TenantOptions options = smallOptions();
        options.premium = false;
        const QJsonObject truth = groundTruth(TenantGenerator::generate(options), 30);
        expect(truth, upn(u"scanner2"_s), u"enabled"_s, {u"mailbox-enabled"_s, u"auth-policy-allows-basic"_s});
        for (const QJsonValue& value : truth.value(u"mailboxes"_s).toArray()) {
            QVERIFY(value.toObject().value(u"smtpSignIns"_s).isNull());
            // Without Entra ID P1 nobody can know: null, not a guessed false.
            QVERIFY(value.toObject().value(u"mfaRegistered"_s).isNull());
            QVERIFY(value.toObject().value(u"isAdmin"_s).isNull());
            QCOMPARE(value.toObject().value(u"methodsRegistered"_s).toArray(), QJsonArray());
        }
    }

    void smtpUsageStories()
    {
        const QJsonObject scanner1 = row(m_truth, upn(u"scanner1"_s)).value(u"smtpSignIns"_s).toObject();
        QVERIFY(scanner1.value(u"failure"_s).toInt() >= 5); // keeps failing after SMTP AUTH went off
        const QJsonObject scanner2 = row(m_truth, upn(u"scanner2"_s)).value(u"smtpSignIns"_s).toObject();
        QVERIFY(scanner2.value(u"success"_s).toInt() > 20);
        QVERIFY(scanner2.value(u"lastSuccess"_s).toString().startsWith(u"2026-11-"_s));
        QVERIFY(!scanner2.value(u"sourceIps"_s).toArray().isEmpty());
        const QJsonObject app1 = row(m_truth, upn(u"noreply-app1"_s)).value(u"smtpSignIns"_s).toObject();
        QCOMPARE(app1.value(u"success"_s).toInt(), 0);
        QVERIFY(app1.value(u"failure"_s).toInt() > 0);
        QVERIFY(app1.value(u"lastSuccess"_s).isNull());
    }

    // Recounts every mailbox's SMTP usage from the sign-ins as Graph serves them (case-insensitive UPN,
    // clientAppUsed, status.errorCode), independently of the ground truth's own scan.
    void smtpUsageMatchesTheServedSignIns_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("30 days") << 30;
        QTest::newRow("7 days") << 7;
    }
    void smtpUsageMatchesTheServedSignIns()
    {
        QFETCH(int, days);
        const QJsonObject truth = groundTruth(m_model, days);
        const QString windowStart =
            QDateTime::fromSecsSinceEpoch(m_model.now - days * 86400LL, Qt::UTC).toString(Qt::ISODate);
        struct Usage
        {
            int success = 0;
            int failure = 0;
            QString last;
            std::set<QString> ips;
        };
        std::map<QString, Usage> usage;
        for (std::size_t i = 0; i < m_model.signIns.size(); ++i) {
            const QJsonObject signIn = GraphSignIns::toJson(m_model, i);
            if (signIn.value(u"createdDateTime"_s).toString() < windowStart ||
                signIn.value(u"clientAppUsed"_s).toString().compare(u"authenticated smtp"_s, Qt::CaseInsensitive) != 0)
                continue;
            Usage& entry = usage[signIn.value(u"userPrincipalName"_s).toString().toLower()];
            if (signIn.value(u"status"_s).toObject().value(u"errorCode"_s).toInt() == 0) {
                ++entry.success;
                entry.last = std::max(entry.last, signIn.value(u"createdDateTime"_s).toString());
            } else {
                ++entry.failure;
            }
            entry.ips.insert(signIn.value(u"ipAddress"_s).toString());
        }
        int withUsage = 0;
        for (const QJsonValue& value : truth.value(u"mailboxes"_s).toArray()) {
            const QJsonObject mailbox = value.toObject();
            const QJsonObject smtp = mailbox.value(u"smtpSignIns"_s).toObject();
            const Usage entry = usage[mailbox.value(u"userPrincipalName"_s).toString().toLower()];
            QCOMPARE(smtp.value(u"success"_s).toInt(), entry.success);
            QCOMPARE(smtp.value(u"failure"_s).toInt(), entry.failure);
            QCOMPARE(smtp.value(u"lastSuccess"_s).toString(), entry.last);
            QStringList ips(entry.ips.begin(), entry.ips.end());
            QCOMPARE(smtp.value(u"sourceIps"_s).toArray(), QJsonArray::fromStringList(ips));
            withUsage += entry.success + entry.failure > 0 ? 1 : 0;
        }
        QVERIFY(withUsage >= 3);
    }
};

QTEST_GUILESS_MAIN(TestGroundTruth)
#include "TestGroundTruth.moc"
