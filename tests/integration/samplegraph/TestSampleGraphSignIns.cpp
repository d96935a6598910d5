// auditLogs/signIns of the sample tenant over real HTTPS (microsoft-apis.md section 3): newest first, complete
// nextLink paging, the documented $filter subset, and the licence and permission errors.

#include "../sampletenant/SampleTenantFixture.h"

#include "sample/identity/IdentityPlatform.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace smtpaudit::test {

class TestSampleGraphSignIns : public QObject
{
    Q_OBJECT

    SampleTenantFixture m_fixture;
    QByteArray m_token;

    // Sign-ins of the model that a filter must return, counted straight from the log.
    template <typename Keep>
    qsizetype countInModel(Keep keep) const
    {
        const sample::SignInLog& log = m_fixture.model().signIns;
        qsizetype count = 0;
        for (std::size_t i = 0; i < log.size(); ++i)
            count += keep(log.at(i), log.timeOf(log.at(i))) ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.start());
        m_token = m_fixture.graphToken();
        QVERIFY(!m_token.isEmpty());
        QVERIFY(m_fixture.model().signIns.size() > 1000); // more than one page
    }

    void everySignInOnceNewestFirst()
    {
        QJsonArray all;
        int pages = 0;
        QVERIFY(m_fixture.getAllPages(u"/v1.0/auditLogs/signIns"_s, m_token, all, &pages));
        QCOMPARE(all.size(), static_cast<qsizetype>(m_fixture.model().signIns.size()));
        QVERIFY(pages >= 2);
        QSet<QString> ids;
        QDateTime previous;
        for (const QJsonValue& value : all) {
            ids.insert(value[u"id"_s].toString());
            const QDateTime created = QDateTime::fromString(value[u"createdDateTime"_s].toString(), Qt::ISODate);
            QVERIFY(created.isValid());
            if (previous.isValid())
                QVERIFY(created <= previous);
            previous = created;
        }
        QCOMPARE(ids.size(), all.size());
    }

    void pageSizeIsAtMost1000()
    {
        const TenantReply first = m_fixture.get(u"/v1.0/auditLogs/signIns"_s, m_token);
        QCOMPARE(first.value().size(), 1000);
        QCOMPARE(m_fixture.get(u"/v1.0/auditLogs/signIns?$top=50"_s, m_token).value().size(), 50);
        QCOMPARE(m_fixture.get(u"/v1.0/auditLogs/signIns?$top=1001"_s, m_token).status, 400);
    }

    void ciippFilterForSuccessfulSmtpSinceADate()
    {
        // The production filter of the reference (CIPP) plus a createdDateTime bound.
        const QDateTime since = m_fixture.model().options.now.addDays(-10);
        const QString filter =
            u"clientAppUsed eq 'Authenticated SMTP' and status/errorCode eq 0 and createdDateTime ge "_s +
            since.toString(Qt::ISODate);
        QJsonArray all;
        QVERIFY(m_fixture.getAllPages(u"/v1.0/auditLogs/signIns?$filter="_s +
                                          QString::fromLatin1(QUrl::toPercentEncoding(filter)),
                                      m_token, all));
        const qsizetype expected = countInModel([&](const sample::SignInRecord& record, qint64 time) {
            return record.clientApp == sample::SignInLog::AuthenticatedSmtp &&
                   sample::SignInLog::statuses()[record.status].errorCode == 0 && time >= since.toSecsSinceEpoch();
        });
        QVERIFY(expected > 0);
        QCOMPARE(all.size(), expected);
        for (const QJsonValue& value : all) {
            QCOMPARE(value[u"clientAppUsed"_s].toString(), u"Authenticated SMTP"_s);
            QCOMPARE(value[u"status"_s][u"errorCode"_s].toInt(-1), 0);
        }
    }

    void clientAppOrFilterAndErrorCodes()
    {
        const QString filter = u"(clientAppUsed eq 'IMAP4' or clientAppUsed eq 'POP3') and status/errorCode eq 50126"_s;
        QJsonArray all;
        QVERIFY(m_fixture.getAllPages(u"/v1.0/auditLogs/signIns?$filter="_s +
                                          QString::fromLatin1(QUrl::toPercentEncoding(filter)),
                                      m_token, all));
        const qsizetype expected = countInModel([](const sample::SignInRecord& record, qint64) {
            return (record.clientApp == sample::SignInLog::Imap4 || record.clientApp == sample::SignInLog::Pop3) &&
                   sample::SignInLog::statuses()[record.status].errorCode == 50126;
        });
        QCOMPARE(all.size(), expected);
        const TenantReply bad =
            m_fixture.get(u"/v1.0/auditLogs/signIns?$filter="_s +
                              QString::fromLatin1(QUrl::toPercentEncoding(u"clientAppUsed gt 'A'"_s)),
                          m_token);
        QCOMPARE(bad.status, 400);
    }

    void withoutAuditLogPermissionIs403()
    {
        // An app with User.Read.All only (the reference: AuditLog.Read.All, or the higher Directory.Read.All).
        sample::SampleAppRegistration reader;
        reader.clientId = u"0f3c2a51-7d44-4b7e-9a11-5c6d7e8f9a0b"_s;
        reader.displayName = u"user reader"_s;
        reader.clientSecrets = {sample::IdentityPlatform::generateClientSecret()};
        reader.appRoles.insert(QString(sample::resources::graphAppId), {u"User.Read.All"_s});
        m_fixture.tenant->identity().registerApp(reader);
        const QByteArray token = m_fixture.token(reader.clientId, reader.clientSecrets.constFirst(),
                                                 u"https://graph.microsoft.com/.default"_s);
        QVERIFY(!token.isEmpty());
        const TenantReply denied = m_fixture.get(u"/v1.0/auditLogs/signIns"_s, token);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorCode(), u"Authorization_RequestDenied"_s);
        QCOMPARE(m_fixture.get(u"/v1.0/users?$select=id"_s, token).status, 200);
    }

    void tenantWithoutPremiumGetsMicrosoftsLicenceError()
    {
        SampleTenantFixture free;
        sample::SampleTenantOptions options = SampleTenantFixture::smallOptions(3);
        options.tenant.premium = false;
        QVERIFY(free.start(options));
        const QByteArray token = free.graphToken();
        const TenantReply denied = free.get(u"/v1.0/auditLogs/signIns"_s, token);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.errorMessage(), u"Neither tenant is B2C or tenant doesn't have premium license"_s);
        QCOMPARE(free.get(u"/v1.0/reports/authenticationMethods/userRegistrationDetails"_s, token).status, 403);
        QCOMPARE(free.get(u"/v1.0/users?$select=id"_s, token).status, 200); // the directory stays readable
    }

    void tamperedSkipTokenIsRefused()
    {
        const TenantReply first = m_fixture.get(u"/v1.0/auditLogs/signIns?$top=10"_s, m_token);
        QUrl next(first.nextLink());
        QVERIFY(next.isValid());
        QUrlQuery query(next);
        QString token = query.queryItemValue(u"$skiptoken"_s);
        QVERIFY(!token.isEmpty());
        token[2] = token[2] == u'A' ? u'B' : u'A';
        query.removeQueryItem(u"$skiptoken"_s);
        query.addQueryItem(u"$skiptoken"_s, token);
        next.setQuery(query);
        QCOMPARE(m_fixture.get(next, m_token).status, 400);
    }
};

} // namespace smtpaudit::test

QTEST_GUILESS_MAIN(smtpaudit::test::TestSampleGraphSignIns)
#include "TestSampleGraphSignIns.moc"
