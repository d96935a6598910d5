// The sample tenant's O365-like SMTP endpoint, driven by the real client (SmtpSession) and by a raw socket for
// what a well-behaved client never does: XOAUTH2 tokens checked by the sample identity platform's
// TokenVerifier, Microsoft's replies for every policy verdict, each mapped to the right diagnosis.

#include "sample/identity/TokenIssuer.h"
#include "sample/identity/TokenVerifier.h"
#include "sample/smtp/SampleSmtpServer.h"
#include "smtp/Office365Diagnosis.h"
#include "smtp/SmtpSession.h"

#include "../../unit/smtp/support/SmtpTestTls.h"

#include <QSignalSpy>
#include <QSslSocket>

#include <QTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace smtpaudit;
using namespace smtpaudit::sample;

namespace {

const QString kTenant = u"11111111-2222-3333-4444-555555555555"_s;
const QString kUser = u"printer@contoso.example"_s;

// Reads one complete reply from a raw client socket, letting the event loop (and so the server) run.
QByteArray readReply(QSslSocket& socket)
{
    QByteArray reply;
    for (;;) {
        if (!QTest::qWaitFor([&] { return socket.canReadLine(); }, 10000))
            return reply + "<timeout>";
        const QByteArray line = socket.readLine();
        reply += line;
        if (line.size() < 4 || line.at(3) != '-')
            return reply.trimmed();
    }
}

// Safe accessors: a missing reply makes the comparison fail instead of dereferencing an empty optional.
QString enhancedOf(const SmtpOutcome& outcome)
{
    return outcome.reply && outcome.reply->enhanced ? outcome.reply->enhanced->toString() : u"(none)"_s;
}

int codeOf(const SmtpOutcome& outcome)
{
    return outcome.reply ? outcome.reply->code : 0;
}

QString textOf(const SmtpOutcome& outcome)
{
    return outcome.reply ? outcome.reply->text() : QString();
}

} // namespace

class TestSampleSmtpServer : public QObject
{
    Q_OBJECT

private:
    test::SmtpTestPki m_pki;
    std::optional<TokenIssuer> m_issuer;

    SampleSmtpConfig config() const
    {
        SampleSmtpConfig c;
        c.tls = m_pki.serverConfiguration(u"server"_s);
        return c;
    }

    QByteArray token(const QString& audience, const QStringList& scopes, const QStringList& roles,
                     const QString& upn) const
    {
        TokenGrant grant;
        grant.tenantId = kTenant;
        grant.appId = u"00000000-aaaa-bbbb-cccc-000000000001"_s;
        grant.audience = audience;
        grant.scopes = scopes;
        grant.roles = roles;
        grant.userPrincipalName = upn;
        const Result<QByteArray> issued = m_issuer->issueAccessToken(grant);
        return issued.ok() ? issued.value() : QByteArray();
    }

    SmtpOutcome send(SampleSmtpServer& server, AuthMechanism mechanism, const QByteArray& secret,
                     const QString& from = kUser, const QStringList& to = {u"someone@example.test"_s})
    {
        SmtpSessionOptions o;
        o.host = u"localhost"_s;
        o.port = server.port();
        o.caFile = m_pki.caFile();
        o.stepTimeout = 10s;
        o.heloName = u"client.test"_s;
        o.auth = mechanism;
        o.user = kUser;
        o.secret = secret;
        OutgoingMessage m{from, to, u"Sample ✓"_s, u".leading dot\nbody"_s, {}};
        SmtpSession session;
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.start(o, m);
        if (!finished.wait(20000))
            return {};
        const auto outcome = finished.at(0).at(0).value<SmtpOutcome>();
        if (!secret.isEmpty())
            [&] { QVERIFY(!session.transcript().toText().contains(QString::fromLatin1(secret))); }();
        return outcome;
    }

    static QString diagnosisId(const SmtpOutcome& outcome, AuthMechanism mechanism, const QString& from = kUser)
    {
        const auto diagnosis = Office365Diagnosis::diagnose(outcome, DiagnosisContext{kUser, from, mechanism, {}});
        return diagnosis ? diagnosis->id : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.makeServer(u"server"_s, u"DNS:localhost,IP:127.0.0.1"_s));
        Result<TokenIssuer> issuer = TokenIssuer::create();
        QVERIFY(issuer.ok());
        m_issuer.emplace(std::move(issuer).value());
    }

    void delegatedXoauth2TokenSends()
    {
        SampleSmtpServer server(config());
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        QSignalSpy accepted(&server, &SampleSmtpServer::messageAccepted);
        const QByteArray accessToken = token(u"https://outlook.office.com"_s, {u"SMTP.Send"_s}, {}, kUser);
        QVERIFY(!accessToken.isEmpty());
        const SmtpOutcome outcome = send(server, AuthMechanism::XOAuth2, accessToken);
        QVERIFY2(outcome.success, qPrintable(outcome.error ? outcome.error->toString() : QString()));
        QVERIFY(outcome.capabilities.supportsAuth(u"XOAUTH2"));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(server.messages().size(), 1);
        const SampleSmtpMessage& message = server.messages().first();
        QCOMPARE(message.mechanism, u"XOAUTH2"_s);
        QCOMPARE(message.authenticatedUser, kUser);
        QVERIFY(message.data.contains("\r\n.leading dot\r\n")); // dot-stuffing removed again
        QCOMPARE(server.recipientsToday(kUser), 1);
    }

    void appOnlyTokenNeedsSendAsApp()
    {
        SampleSmtpServer server(config());
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        const SmtpOutcome ok = send(server, AuthMechanism::XOAuth2,
                                    token(u"https://outlook.office365.com"_s, {}, {u"SMTP.SendAsApp"_s}, {}));
        QVERIFY(ok.success);
        const SmtpOutcome noRole =
            send(server, AuthMechanism::XOAuth2, token(u"https://outlook.office365.com"_s, {}, {u"Mail.Read"_s}, {}));
        QVERIFY(!noRole.success);
        QCOMPARE(noRole.phase, SmtpPhase::Auth);
        QCOMPARE(enhancedOf(noRole), u"5.7.3"_s);
        QCOMPARE(diagnosisId(noRole, AuthMechanism::XOAuth2), u"oauth-token-rejected"_s);
    }

    void foreignOrWrongAudienceTokensAreRejected()
    {
        SampleSmtpServer server(config());
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        Result<TokenIssuer> other = TokenIssuer::create();
        QVERIFY(other.ok());
        TokenGrant grant;
        grant.tenantId = kTenant;
        grant.audience = u"https://outlook.office.com"_s;
        grant.scopes = {u"SMTP.Send"_s};
        grant.userPrincipalName = kUser;
        const SmtpOutcome forged = send(server, AuthMechanism::XOAuth2, other.value().issueAccessToken(grant).value());
        QCOMPARE(codeOf(forged), 535);
        QCOMPARE(enhancedOf(forged), u"5.7.3"_s);
        const SmtpOutcome graph =
            send(server, AuthMechanism::XOAuth2, token(u"https://graph.microsoft.com"_s, {u"SMTP.Send"_s}, {}, kUser));
        QCOMPARE(enhancedOf(graph), u"5.7.3"_s);
        const SmtpOutcome otherUser = send(server, AuthMechanism::XOAuth2,
                                           token(u"https://outlook.office.com"_s, {u"SMTP.Send"_s}, {}, u"x@y.z"_s));
        QCOMPARE(enhancedOf(otherUser), u"5.7.3"_s);
        QVERIFY(server.messages().isEmpty());
    }

    void policyVerdicts_data()
    {
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("diagnosis");
        QTest::newRow("bad password") << int(SmtpAuthReply::BadCredentials) << 535 << u"5.7.3"_s
                                      << u"bad-credentials"_s;
        QTest::newRow("tenant") << int(SmtpAuthReply::TenantDisabled) << 535 << u"5.7.139"_s
                                << u"smtp-auth-disabled-tenant"_s;
        QTest::newRow("mailbox") << int(SmtpAuthReply::MailboxDisabled) << 535 << u"5.7.139"_s
                                 << u"smtp-auth-disabled-mailbox"_s;
        QTest::newRow("policy") << int(SmtpAuthReply::BasicAuthBlockedByPolicy) << 535 << u"5.7.139"_s
                                << u"basic-auth-blocked-policy"_s;
        QTest::newRow("conditional access")
            << int(SmtpAuthReply::ConditionalAccessBlocked) << 535 << u"5.7.139"_s << u"conditional-access"_s;
        QTest::newRow("security defaults")
            << int(SmtpAuthReply::SecurityDefaultsBlocked) << 535 << u"5.7.139"_s << u"security-defaults"_s;
        QTest::newRow("retired") << int(SmtpAuthReply::BasicAuthRetired) << 550 << u"5.7.30"_s
                                 << u"basic-auth-retired"_s;
    }

    void policyVerdicts()
    {
        QFETCH(int, verdict);
        QFETCH(int, code);
        QFETCH(QString, enhanced);
        QFETCH(QString, diagnosis);
        SampleSmtpConfig c = config();
        QByteArray seenPassword;
        c.authPolicy = [&](const SmtpAuthAttempt& attempt) {
            seenPassword = attempt.password;
            return SmtpAuthReply(verdict);
        };
        SampleSmtpServer server(c);
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        const SmtpOutcome outcome = send(server, AuthMechanism::Login, "Basic-Passw0rd");
        QVERIFY(!outcome.success);
        QCOMPARE(outcome.phase, SmtpPhase::Auth);
        QCOMPARE(codeOf(outcome), code);
        QCOMPARE(enhancedOf(outcome), enhanced);
        QCOMPARE(seenPassword, "Basic-Passw0rd"_ba); // the LOGIN exchange carried the password correctly
        QCOMPARE(diagnosisId(outcome, AuthMechanism::Login), diagnosis);
        QCOMPARE(server.authenticatedConnections(kUser), 0);
    }

    void sendAsAnotherSenderIsDenied()
    {
        SampleSmtpConfig c = config();
        c.authPolicy = [](const SmtpAuthAttempt&) { return SmtpAuthReply::Success; };
        SampleSmtpServer server(c);
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        const QString from = u"ceo@contoso.example"_s;
        const SmtpOutcome outcome = send(server, AuthMechanism::Login, "Basic-Passw0rd", from);
        QCOMPARE(outcome.phase, SmtpPhase::MailFrom);
        QCOMPARE(enhancedOf(outcome), u"5.7.60"_s);
        QCOMPARE(diagnosisId(outcome, AuthMechanism::Login, from), u"send-as-denied"_s);
    }

    void noAuthIsRefusedAtMailFrom()
    {
        SampleSmtpServer server(config());
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        const SmtpOutcome outcome = send(server, AuthMechanism::None, {});
        QCOMPARE(outcome.phase, SmtpPhase::MailFrom);
        QCOMPARE(codeOf(outcome), 530);
        QCOMPARE(enhancedOf(outcome), u"5.7.57"_s);
        QCOMPARE(diagnosisId(outcome, AuthMechanism::None), u"not-authenticated"_s);
    }

    void dailyRecipientQuota()
    {
        SampleSmtpConfig c = config();
        c.authPolicy = [](const SmtpAuthAttempt&) { return SmtpAuthReply::Success; };
        c.maxRecipientsPerDay = 3;
        SampleSmtpServer server(c);
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        QVERIFY(send(server, AuthMechanism::Login, "Basic-Passw0rd", kUser, {u"a@x.test"_s, u"b@x.test"_s}).success);
        const SmtpOutcome over =
            send(server, AuthMechanism::Login, "Basic-Passw0rd", kUser, {u"c@x.test"_s, u"d@x.test"_s});
        QCOMPARE(over.phase, SmtpPhase::RcptTo);
        QCOMPARE(codeOf(over), 554);
        QVERIFY(textOf(over).contains(u"SubmissionQuotaExceededException"_s));
        QCOMPARE(diagnosisId(over, AuthMechanism::Login), u"recipient-quota"_s);
        QCOMPARE(server.recipientsToday(kUser), 3);
    }

    void fourthConcurrentConnectionGets432()
    {
        SampleSmtpConfig c = config();
        c.authPolicy = [](const SmtpAuthAttempt&) { return SmtpAuthReply::Success; };
        SampleSmtpServer server(c);
        QVERIFY(SampleSmtpServer::start(server, m_issuer->verifier({kTenant})));
        const QByteArray plain = sasl::plainInitialResponse(kUser, "Basic-Passw0rd");
        std::vector<std::unique_ptr<QSslSocket>> held;
        for (int i = 0; i < 3; ++i) {
            auto socket = std::make_unique<QSslSocket>();
            QSslConfiguration tls = socket->sslConfiguration();
            tls.addCaCertificates(QSslCertificate::fromPath(m_pki.caFile()));
            socket->setSslConfiguration(tls);
            socket->connectToHost(u"localhost"_s, server.port());
            QVERIFY(readReply(*socket).startsWith("220 "));
            socket->write("EHLO raw.test\r\n");
            QVERIFY(readReply(*socket).contains("STARTTLS"));
            // Before TLS, AUTH is refused with Exchange Online's 5.7.57.
            socket->write("AUTH PLAIN " + plain + "\r\n");
            QVERIFY(readReply(*socket).startsWith("530 5.7.57"));
            socket->write("STARTTLS\r\n");
            QVERIFY(readReply(*socket).startsWith("220 "));
            socket->startClientEncryption();
            QTRY_VERIFY(socket->isEncrypted());
            socket->write("EHLO raw.test\r\n");
            QVERIFY(readReply(*socket).contains("AUTH LOGIN XOAUTH2"));
            socket->write("AUTH PLAIN " + plain + "\r\n");
            QVERIFY(readReply(*socket).startsWith("235 "));
            held.push_back(std::move(socket));
        }
        QCOMPARE(server.authenticatedConnections(kUser), 3);
        // LOGIN: Exchange Online (and so the sample) advertises LOGIN and XOAUTH2 only.
        const SmtpOutcome fourth = send(server, AuthMechanism::Login, "Basic-Passw0rd");
        QCOMPARE(fourth.phase, SmtpPhase::Auth);
        QVERIFY(fourth.reply.has_value());
        QCOMPARE(codeOf(fourth), 432);
        QCOMPARE(diagnosisId(fourth, AuthMechanism::Plain), u"concurrent-connections"_s);
        held.front()->disconnectFromHost();
        QTRY_COMPARE(server.authenticatedConnections(kUser), 2);
        QVERIFY(send(server, AuthMechanism::Login, "Basic-Passw0rd").success);
    }
};

QTEST_GUILESS_MAIN(TestSampleSmtpServer)
#include "TestSampleSmtpServer.moc"
