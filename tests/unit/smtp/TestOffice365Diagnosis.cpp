#include "smtp/Office365Diagnosis.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;

namespace {

SmtpReply reply(const QByteArray& text)
{
    return parseReply(QByteArray(text + "\r\n")).reply;
}

DiagnosisContext context(AuthMechanism mechanism = AuthMechanism::Login)
{
    return DiagnosisContext{u"printer@contoso.com"_s, u"printer@contoso.com"_s, mechanism, std::nullopt};
}

} // namespace

class TestOffice365Diagnosis : public QObject
{
    Q_OBJECT

private slots:
    // Every reply of microsoft-apis.md section 6 maps to its own diagnosis.
    void referenceTable_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("transient");
        QTest::newRow("5.7.139 tenant")
            << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit "
               "https://aka.ms/smtp_auth_disabled for more information."_ba
            << u"smtp-auth-disabled-tenant"_s << false;
        QTest::newRow("5.7.139 mailbox")
            << "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit "
               "https://aka.ms/smtp_auth_disabled for more information."_ba
            << u"smtp-auth-disabled-mailbox"_s << false;
        QTest::newRow("5.7.139 criteria") << "535 5.7.139 Authentication unsuccessful, the request did not meet the "
                                             "criteria to be authenticated successfully. Contact your administrator."_ba
                                          << u"conditional-access"_s << false;
        QTest::newRow("5.7.139 security defaults")
            << "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults "
               "policy. Contact your administrator."_ba
            << u"security-defaults"_s << false;
        QTest::newRow("5.7.139 basic disabled")
            << "535 5.7.139 Authentication unsuccessful, basic authentication is disabled."_ba
            << u"basic-auth-blocked-policy"_s << false;
        QTest::newRow("5.7.139 credentials")
            << "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect"_ba << u"bad-credentials"_s
            << false;
        QTest::newRow("5.7.139 other") << "535 5.7.139 Authentication unsuccessful"_ba << u"smtp-auth-refused"_s
                                       << false;
        QTest::newRow("5.7.3") << "535 5.7.3 Authentication unsuccessful [SN4PR0201CA0065.namprd02.prod.outlook.com]"_ba
                               << u"bad-credentials"_s << false;
        QTest::newRow("5.7.57") << "530 5.7.57 Client not authenticated to send mail"_ba << u"not-authenticated"_s
                                << false;
        QTest::newRow("5.7.60") << "550 5.7.60 SMTP; Client does not have permissions to send as this sender"_ba
                                << u"send-as-denied"_s << false;
        QTest::newRow("5.2.0 send as")
            << "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied"_ba
            << u"send-as-denied"_s << false;
        QTest::newRow("5.2.0 quota") << "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException"_ba
                                     << u"recipient-quota"_s << true;
        QTest::newRow("5.2.2 full") << "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException."
                                       "MapiExceptionShutoffQuotaExceeded"_ba
                                    << u"mailbox-full"_s << false;
        QTest::newRow("5.2.2 rate") << "554 5.2.2 Submission quota exceeded"_ba << u"submission-rate"_s << true;
        QTest::newRow("4.3.2") << "432 4.3.2 Concurrent connections limit exceeded."_ba << u"concurrent-connections"_s
                               << true;
        QTest::newRow("5.7.30") << "550 5.7.30 Basic authentication is not supported for Client Submission."_ba
                                << u"basic-auth-retired"_s << false;
        for (int detail = 251; detail <= 255; ++detail)
            QTest::addRow("5.2.%d", detail)
                << "550 5.2." + QByteArray::number(detail) + " Sender throttled due to continuous errors"
                << u"continuous-error-throttling"_s << true;
        QTest::newRow("5.7.705") << "550 5.7.705 Access denied, tenant has exceeded threshold"_ba << u"tenant-banned"_s
                                 << false;
        QTest::newRow("5.7.708") << "550 5.7.708 Access denied, traffic not accepted from this IP"_ba
                                 << u"ip-low-reputation"_s << false;
        QTest::newRow("4.7.500") << "451 4.7.500 Access denied, please try again later"_ba << u"temporary-restriction"_s
                                 << true;
        QTest::newRow("5.1.8") << "550 5.1.8 Access denied, bad outbound sender"_ba << u"restricted-sender"_s << false;
    }
    void referenceTable()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, id);
        QFETCH(bool, transient);
        const auto diagnosis = Office365Diagnosis::forReply(reply(text), context());
        QVERIFY2(diagnosis.has_value(), text.constData());
        QCOMPARE(diagnosis->id, id);
        QCOMPARE(diagnosis->transient, transient);
        QVERIFY(!diagnosis->title.isEmpty());
        QVERIFY(!diagnosis->cause.isEmpty());
        QVERIFY(!diagnosis->fix.isEmpty());
    }

    void commandsNameTheMailbox()
    {
        const auto mailbox = Office365Diagnosis::forReply(
            reply("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."),
            context());
        QVERIFY(mailbox->commands.contains(
            u"Set-CASMailbox -Identity \"printer@contoso.com\" -SmtpClientAuthenticationDisabled $false"_s));
        DiagnosisContext sendAs = context();
        sendAs.from = u"noreply@contoso.com"_s;
        const auto denied =
            Office365Diagnosis::forReply(reply("550 5.7.60 SMTP; Client does not have permissions"), sendAs);
        QCOMPARE(denied->commands.value(0), u"Add-RecipientPermission -Identity \"noreply@contoso.com\" -Trustee "
                                            "\"printer@contoso.com\" -AccessRights SendAs"_s);
        QVERIFY(denied->cause.contains(u"noreply@contoso.com"_s));
    }

    void oauthTokenRejectionDiffersFromBadPassword()
    {
        const auto oauth = Office365Diagnosis::forReply(reply("535 5.7.3 Authentication unsuccessful"),
                                                        context(AuthMechanism::XOAuth2));
        QCOMPARE(oauth->id, u"oauth-token-rejected"_s);
        QVERIFY(oauth->fix.contains(u"SMTP.Send"_s));
    }

    void unknownReplyHasNoDiagnosis()
    {
        QVERIFY(!Office365Diagnosis::forReply(reply("550 5.1.1 User unknown"), context()).has_value());
    }

    void auditStateAddsNotes()
    {
        DiagnosisContext withAudit = context();
        MailboxAuditState audit;
        audit.mailboxSetting = MailboxAuditState::SmtpAuthSetting::Enabled;
        audit.basicAuthAllowedByPolicy = false;
        audit.authenticationPolicy = u"Block Basic"_s;
        withAudit.audit = audit;
        const auto diagnosis = Office365Diagnosis::forReply(
            reply("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."),
            withAudit);
        QVERIFY(diagnosis->auditNotes.size() >= 3);
        QVERIFY(diagnosis->auditNotes.join(u' ').contains(u"contradicts"_s));
        QVERIFY(diagnosis->auditNotes.join(u' ').contains(u"Block Basic"_s));
        // Quota problems are not about the mailbox's sign-in settings: no notes.
        const auto quota =
            Office365Diagnosis::forReply(reply("432 4.3.2 Concurrent connections limit exceeded."), withAudit);
        QVERIFY(quota->auditNotes.isEmpty());
    }

    void localFailures()
    {
        SmtpOutcome noStartTls;
        noStartTls.phase = SmtpPhase::Tls;
        noStartTls.error = Error::make(Error::Category::Network, u"no STARTTLS"_s);
        noStartTls.capabilities.keywords = {u"AUTH"_s, u"SIZE"_s};
        QCOMPARE(Office365Diagnosis::diagnose(noStartTls, context())->id, u"no-starttls"_s);

        SmtpOutcome certificate = noStartTls;
        certificate.capabilities.keywords << u"STARTTLS"_s;
        QCOMPARE(Office365Diagnosis::diagnose(certificate, context())->id, u"tls-failed"_s);

        SmtpOutcome timeout;
        timeout.phase = SmtpPhase::Greeting;
        timeout.error = Error::make(Error::Category::Timeout, u"slow"_s);
        QVERIFY(Office365Diagnosis::diagnose(timeout, context())->transient);

        SmtpOutcome mechanism;
        mechanism.phase = SmtpPhase::Auth;
        mechanism.error = Error::make(Error::Category::Authentication, u"not offered"_s);
        QCOMPARE(Office365Diagnosis::diagnose(mechanism, context())->id, u"auth-mechanism-unavailable"_s);

        SmtpOutcome cancelled;
        cancelled.error = Error::make(Error::Category::Cancelled, u"cancelled"_s);
        QVERIFY(!Office365Diagnosis::diagnose(cancelled, context()).has_value());

        SmtpOutcome success;
        success.success = true;
        QVERIFY(!Office365Diagnosis::diagnose(success, context()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOffice365Diagnosis)
#include "TestOffice365Diagnosis.moc"
