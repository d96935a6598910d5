// The SampleTenant facade's SMTP submission endpoint, driven by the real client (core/smtp SmtpSession) over
// STARTTLS verified against the tenant's CA file: what it answers each mailbox must agree with the generated
// tenant's ground truth (SmtpAuthTruth): enabled mailboxes send, disabled ones get Microsoft's 5.7.139
// "disabled for the Mailbox/Tenant", Basic-auth blockers give their 5.7.139 to LOGIN but not to XOAUTH2.

#include "SampleTenantFixture.h"

#include "sample/data/SmtpAuthTruth.h"
#include "sample/smtp/SampleSmtpServer.h"
#include "smtp/SmtpSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

namespace {

struct Reply
{
    bool success = false;
    int code = 0;
    QString enhanced;
    QString text;
    QString transcript;
};

} // namespace

class TestSampleTenantSmtp : public QObject
{
    Q_OBJECT

private:
    test::SampleTenantFixture m_fixture;

    // The first mailbox (enabled account) whose ground truth matches `wanted`.
    const SampleUser* mailbox(const std::function<bool(const SampleUser&, const SmtpAuthVerdict&)>& wanted) const
    {
        for (const SampleUser& user : m_fixture.model().users) {
            if (!user.hasMailbox() || !user.accountEnabled)
                continue;
            if (wanted(user, SmtpAuthTruth::resolve(m_fixture.model(), user)))
                return &user;
        }
        return nullptr;
    }

    static Reply send(SampleTenant& tenant, AuthMechanism mechanism, const QString& user, const QByteArray& secret,
                      const QString& from = {})
    {
        SmtpSessionOptions options;
        options.host = tenant.smtpHost();
        options.port = tenant.smtpPort();
        options.tls = TlsMode::StartTls;
        options.caFile = tenant.caCertificatePath();
        options.stepTimeout = 10s;
        options.heloName = u"client.test"_s;
        options.auth = mechanism;
        options.user = user;
        options.secret = secret;
        SmtpSession session;
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start(options, OutgoingMessage{from.isEmpty() ? user : from,
                                               {u"someone@example.test"_s},
                                               u"Sample tenant ✓"_s,
                                               u"Hello from the test."_s,
                                               {}});
        Reply reply;
        if (!finished.wait(30000))
            return reply;
        const auto outcome = finished.at(0).at(0).value<SmtpOutcome>();
        reply.success = outcome.success;
        if (outcome.reply) {
            reply.code = outcome.reply->code;
            reply.enhanced = outcome.reply->enhanced ? outcome.reply->enhanced->toString() : QString();
            reply.text = outcome.reply->text();
        }
        reply.transcript = session.transcript().toText();
        return reply;
    }

private slots:
    void initTestCase() { QVERIFY(m_fixture.start()); }

    void connectionInfoNamesTheSmtpEndpoint()
    {
        SampleTenant& tenant = *m_fixture.tenant;
        QVERIFY(tenant.smtp() != nullptr);
        QCOMPARE(tenant.smtpHost(), u"127.0.0.1"_s);
        QVERIFY(tenant.smtpPort() > 0);
        QVERIFY(tenant.smtpPort() != tenant.baseUrl().port());
        const QJsonObject info = tenant.connectionInfo();
        QCOMPARE(info.value(u"smtpHost"_s).toString(), u"127.0.0.1"_s);
        QCOMPARE(info.value(u"smtpPort"_s).toInt(), int(tenant.smtpPort()));
    }

    void enabledMailboxSendsWithItsPassword()
    {
        const SampleUser* user =
            mailbox([](const SampleUser&, const SmtpAuthVerdict& truth) { return truth.effective == u"enabled"_s; });
        QVERIFY2(user, "the small tenant has a mailbox with SMTP AUTH effectively enabled");
        SampleTenant& tenant = *m_fixture.tenant;
        const QByteArray password = tenant.mailboxPassword(user->userPrincipalName);
        tenant.smtp()->clearMessages();
        const Reply reply = send(tenant, AuthMechanism::Login, user->userPrincipalName, password);
        QVERIFY2(reply.success, qPrintable(reply.text));
        QCOMPARE(reply.code, 250);
        QCOMPARE(tenant.smtp()->messages().size(), 1);
        const SampleSmtpMessage& message = tenant.smtp()->messages().constFirst();
        QCOMPARE(message.authenticatedUser, user->userPrincipalName);
        QCOMPARE(message.mechanism, u"LOGIN"_s);
        QCOMPARE(message.recipients, QStringList{u"someone@example.test"_s});
        QVERIFY(message.data.contains("Hello from the test."));
        QVERIFY(!reply.transcript.contains(QString::fromLatin1(password)));

        const Reply wrong = send(tenant, AuthMechanism::Login, user->userPrincipalName, password + "x");
        QVERIFY(!wrong.success);
        QCOMPARE(wrong.code, 535);
        QCOMPARE(wrong.enhanced, u"5.7.3"_s);
    }

    void disabledMailboxGetsMicrosoftsReply()
    {
        const SampleUser* user = mailbox([](const SampleUser&, const SmtpAuthVerdict& truth) {
            return truth.reasons.contains(u"mailbox-disabled"_s);
        });
        QVERIFY2(user, "the small tenant has a mailbox with SmtpClientAuthenticationDisabled = true");
        SampleTenant& tenant = *m_fixture.tenant;
        const Reply reply = send(tenant, AuthMechanism::Login, user->userPrincipalName,
                                 tenant.mailboxPassword(user->userPrincipalName));
        QVERIFY(!reply.success);
        QCOMPARE(reply.code, 535);
        QCOMPARE(reply.enhanced, u"5.7.139"_s);
        QVERIFY2(reply.text.contains(u"SmtpClientAuthentication is disabled for the Mailbox"_s),
                 qPrintable(reply.text));
    }

    void basicAuthBlockerGetsItsReplyButOAuthSends()
    {
        const SampleUser* user = mailbox([](const SampleUser&, const SmtpAuthVerdict& truth) {
            return truth.effective == u"blocked"_s && truth.reasons.contains(u"auth-policy-blocks-basic"_s);
        });
        QVERIFY2(user, "the small tenant has a mailbox whose authentication policy blocks Basic SMTP");
        SampleTenant& tenant = *m_fixture.tenant;
        const Reply basic = send(tenant, AuthMechanism::Login, user->userPrincipalName,
                                 tenant.mailboxPassword(user->userPrincipalName));
        QVERIFY(!basic.success);
        QCOMPARE(basic.code, 535);
        QCOMPARE(basic.enhanced, u"5.7.139"_s);
        QVERIFY2(!basic.text.contains(u"disabled for the"_s), qPrintable(basic.text));

        // App-only XOAUTH2 (SMTP.SendAsApp, https://outlook.office365.com/.default) is not Basic authentication.
        const QByteArray token = m_fixture.exchangeToken();
        QVERIFY(!token.isEmpty());
        const Reply oauth = send(tenant, AuthMechanism::XOAuth2, user->userPrincipalName, token);
        QVERIFY2(oauth.success, qPrintable(oauth.text));
        QVERIFY(!oauth.transcript.contains(QString::fromLatin1(token)));
    }

    void xoauth2ToDisabledMailboxGets5_7_139()
    {
        const SampleUser* user = mailbox([](const SampleUser&, const SmtpAuthVerdict& truth) {
            return truth.reasons.contains(u"mailbox-disabled"_s);
        });
        QVERIFY(user);
        const QByteArray token = m_fixture.exchangeToken();
        QVERIFY(!token.isEmpty());
        const Reply reply = send(*m_fixture.tenant, AuthMechanism::XOAuth2, user->userPrincipalName, token);
        QVERIFY(!reply.success);
        QCOMPARE(reply.enhanced, u"5.7.139"_s);
        QVERIFY2(reply.text.contains(u"disabled for the Mailbox"_s), qPrintable(reply.text));
    }

    void sendingAsAnotherMailboxIsDenied()
    {
        const SampleUser* user =
            mailbox([](const SampleUser&, const SmtpAuthVerdict& truth) { return truth.effective == u"enabled"_s; });
        const SampleUser* other = mailbox([user](const SampleUser& candidate, const SmtpAuthVerdict&) {
            return &candidate != user && !candidate.mail.isEmpty();
        });
        QVERIFY(user && other);
        SampleTenant& tenant = *m_fixture.tenant;
        const Reply reply = send(tenant, AuthMechanism::Login, user->userPrincipalName,
                                 tenant.mailboxPassword(user->userPrincipalName), other->mail);
        QVERIFY(!reply.success);
        QCOMPARE(reply.code, 550);
        QCOMPARE(reply.enhanced, u"5.7.60"_s);
    }

    void organisationSettingDisablesMailboxesThatFollowIt()
    {
        test::SampleTenantFixture orgDisabled;
        SampleTenantOptions options = test::SampleTenantFixture::smallOptions(11);
        options.tenant.orgSmtpClientAuthenticationDisabled = true;
        QVERIFY(orgDisabled.start(options));
        const SampleUser* user = nullptr;
        for (const SampleUser& candidate : orgDisabled.model().users) {
            if (candidate.hasMailbox() && candidate.accountEnabled &&
                SmtpAuthTruth::resolve(orgDisabled.model(), candidate).reasons.contains(u"org-disabled"_s)) {
                user = &candidate;
                break;
            }
        }
        QVERIFY2(user, "a mailbox that follows the organisation's setting");
        SampleTenant& tenant = *orgDisabled.tenant;
        const Reply reply = send(tenant, AuthMechanism::Login, user->userPrincipalName,
                                 tenant.mailboxPassword(user->userPrincipalName));
        QVERIFY(!reply.success);
        QCOMPARE(reply.enhanced, u"5.7.139"_s);
        QVERIFY2(reply.text.contains(u"disabled for the Tenant"_s), qPrintable(reply.text));
    }

    void smtpEndpointCanBeSwitchedOff()
    {
        test::SampleTenantFixture withoutSmtp;
        SampleTenantOptions options = test::SampleTenantFixture::smallOptions();
        options.smtp = false;
        QVERIFY(withoutSmtp.start(options));
        QVERIFY(withoutSmtp.tenant->smtp() == nullptr);
        QVERIFY(withoutSmtp.tenant->connectionInfo().value(u"smtpPort"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSampleTenantSmtp)
#include "TestSampleTenantSmtp.moc"
