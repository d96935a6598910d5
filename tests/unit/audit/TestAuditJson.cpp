#include "audit/AuditJson.h"

#include "AuditFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

QJsonObject mailboxJson(const QJsonObject& root, const QString& upn)
{
    for (const QJsonValue& v : root.value(u"mailboxes"_s).toArray())
        if (v.toObject().value(u"userPrincipalName"_s).toString() == upn)
            return v.toObject();
    return {};
}

void collectKeys(const QJsonValue& value, const QString& path, QList<QPair<QString, QJsonValue>>& out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << qMakePair(it.key(), it.value());
            collectKeys(it.value(), path + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectKeys(item, path + u"[]"_s, out);
    }
}

} // namespace

class TestAuditJson : public QObject
{
    Q_OBJECT

private slots:
    void topLevelShape()
    {
        const QJsonObject root = AuditJson::toJson(variedAudit());
        for (const QString& key :
             {u"schemaVersion"_s, u"tenant"_s, u"generatedAt"_s, u"complete"_s, u"errors"_s, u"organization"_s,
              u"mailboxes"_s, u"signIns"_s, u"credentials"_s, u"findings"_s, u"collectors"_s, u"score"_s})
            QVERIFY2(root.contains(key), qPrintable(key));
        QCOMPARE(root.value(u"schemaVersion"_s).toInt(), 2);
        QCOMPARE(root.value(u"generatedAt"_s).toString(), u"2026-11-26T12:00:00Z"_s);
        QCOMPARE(root.value(u"complete"_s).toBool(), true);
        QCOMPARE(root.value(u"tenant"_s).toObject().value(u"id"_s).toString(),
                 u"00000000-1111-2222-3333-444444444444"_s);
        const QJsonObject org = root.value(u"organization"_s).toObject();
        QCOMPARE(org.value(u"smtpClientAuthenticationDisabled"_s), QJsonValue(false));
        QCOMPARE(org.value(u"securityDefaultsEnabled"_s), QJsonValue(false));
        QCOMPARE(org.value(u"defaultAuthenticationPolicy"_s).toString(), u"Allow SMTP"_s);
        const QJsonObject signIns = root.value(u"signIns"_s).toObject();
        QCOMPARE(signIns.value(u"eventsScanned"_s).toInteger(), 123456);
        QCOMPARE(signIns.value(u"sprayPatterns"_s).toArray().size(), 1);
    }

    void mailboxFieldsAreExactlyTheSpec()
    {
        const QJsonObject root = AuditJson::toJson(variedAudit());
        const QSet<QString> spec{u"userPrincipalName"_s,
                                 u"displayName"_s,
                                 u"type"_s,
                                 u"accountEnabled"_s,
                                 u"smtpClientAuthenticationDisabled"_s,
                                 u"effectiveSmtpAuth"_s,
                                 u"reasons"_s,
                                 u"mfaRegistered"_s,
                                 u"methodsRegistered"_s,
                                 u"perUserMfaState"_s,
                                 u"isAdmin"_s,
                                 u"lastPasswordChangeDateTime"_s,
                                 u"smtpSignIns"_s};
        const QJsonArray mailboxes = root.value(u"mailboxes"_s).toArray();
        QCOMPARE(mailboxes.size(), 4);
        QStringList order;
        for (const QJsonValue& v : mailboxes) {
            const QStringList keys = v.toObject().keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), spec);
            const QJsonObject usage = v.toObject().value(u"smtpSignIns"_s).toObject();
            const QStringList usageKeys = usage.keys();
            QCOMPARE(QSet<QString>(usageKeys.cbegin(), usageKeys.cend()),
                     (QSet<QString>{u"success"_s, u"failure"_s, u"lastSuccess"_s, u"sourceIps"_s}));
            order << v.toObject().value(u"userPrincipalName"_s).toString().toLower();
        }
        QStringList sorted = order;
        sorted.sort();
        QCOMPARE(order, sorted);

        // Field by field, as the sample tenant's ground truth writes them.
        const QJsonObject alice = mailboxJson(root, u"alice@contoso.com"_s);
        QCOMPARE(alice.value(u"type"_s).toString(), u"UserMailbox"_s);
        QCOMPARE(alice.value(u"accountEnabled"_s), QJsonValue(true));
        QCOMPARE(alice.value(u"smtpClientAuthenticationDisabled"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(alice.value(u"effectiveSmtpAuth"_s).toString(), u"enabled"_s);
        QCOMPARE(alice.value(u"reasons"_s).toArray(),
                 (QJsonArray{u"org-enabled"_s, u"ca-excluded"_s, u"auth-policy-allows-basic"_s}));
        QCOMPARE(alice.value(u"mfaRegistered"_s), QJsonValue(true));
        QCOMPARE(alice.value(u"methodsRegistered"_s).toArray(),
                 (QJsonArray{u"microsoftAuthenticatorPush"_s, u"mobilePhone"_s}));
        QCOMPARE(alice.value(u"perUserMfaState"_s).toString(), u"disabled"_s);
        QCOMPARE(alice.value(u"isAdmin"_s), QJsonValue(true));
        QCOMPARE(alice.value(u"lastPasswordChangeDateTime"_s).toString(), u"2026-07-29T12:00:00Z"_s);
        const QJsonObject usage = alice.value(u"smtpSignIns"_s).toObject();
        QCOMPARE(usage.value(u"success"_s).toInt(), 40);
        QCOMPARE(usage.value(u"failure"_s).toInt(), 2);
        QCOMPARE(usage.value(u"lastSuccess"_s).toString(), u"2026-11-25T12:00:00Z"_s);
        QCOMPARE(usage.value(u"sourceIps"_s).toArray(), (QJsonArray{u"2001:db8::7"_s, u"203.0.113.7"_s}));

        const QJsonObject bob = mailboxJson(root, u"Bob@Contoso.com"_s);
        QCOMPARE(bob.value(u"smtpClientAuthenticationDisabled"_s), QJsonValue(true));
        QCOMPARE(bob.value(u"effectiveSmtpAuth"_s).toString(), u"disabled"_s);
        QCOMPARE(bob.value(u"reasons"_s).toArray(), QJsonArray{u"mailbox-disabled"_s});
        QCOMPARE(bob.value(u"perUserMfaState"_s).toString(), u"enabled"_s);
        QCOMPARE(bob.value(u"smtpSignIns"_s).toObject().value(u"failure"_s).toInt(), 9); // matched case-insensitively
        QCOMPARE(bob.value(u"smtpSignIns"_s).toObject().value(u"lastSuccess"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(mailboxJson(root, u"printer@contoso.com"_s).value(u"effectiveSmtpAuth"_s).toString(), u"blocked"_s);
    }

    void unknownsAreNullAndErrorsListed()
    {
        TenantSnapshot s = variedSnapshot();
        failCollector(s, CollectorId::SignIns, Error::Category::LicenceMissing, u"Entra ID P1"_s);
        failCollector(s, CollectorId::UserRegistrationDetails, Error::Category::LicenceMissing, u"Entra ID P1"_s);
        failCollector(s, CollectorId::TransportConfig, Error::Category::Throttled);
        const QJsonObject root = AuditJson::toJson(AuditEngine::evaluate(s, FixedClock(testNow())));
        QCOMPARE(root.value(u"complete"_s).toBool(), false);
        QCOMPARE(root.value(u"signIns"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(root.value(u"organization"_s).toObject().value(u"smtpClientAuthenticationDisabled"_s),
                 QJsonValue(QJsonValue::Null));
        const QJsonObject alice = mailboxJson(root, u"alice@contoso.com"_s);
        QCOMPARE(alice.value(u"smtpSignIns"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(alice.value(u"mfaRegistered"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(alice.value(u"isAdmin"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(alice.value(u"effectiveSmtpAuth"_s).toString(), u"unknown"_s);
        QVERIFY(alice.value(u"reasons"_s).toArray().contains(u"org-unknown"_s));

        const QJsonArray errors = root.value(u"errors"_s).toArray();
        QCOMPARE(errors.size(), 3);
        QSet<QString> collectors;
        for (const QJsonValue& e : errors) {
            const QJsonObject o = e.toObject();
            collectors.insert(o.value(u"collector"_s).toString());
            QVERIFY(!o.value(u"message"_s).toString().isEmpty());
            QVERIFY(o.contains(u"subject"_s));
            if (o.value(u"collector"_s).toString() == u"signIns"_s) {
                QCOMPARE(o.value(u"category"_s).toString(), u"licence-missing"_s);
                QCOMPARE(o.value(u"subject"_s).toString(), u"Entra ID P1"_s);
            }
        }
        QCOMPARE(collectors, (QSet<QString>{u"signIns"_s, u"userRegistrationDetails"_s, u"transportConfig"_s}));
    }

    void roundTrip()
    {
        const AuditResult original = variedAudit();
        const QByteArray bytes = AuditJson::serialize(original);
        const auto parsed = AuditJson::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().error.message));
        const AuditResult& back = parsed.value();
        // Everything the JSON carries comes back: writing it again gives the same document.
        QCOMPARE(QJsonDocument::fromJson(AuditJson::serialize(back)), QJsonDocument::fromJson(bytes));

        QCOMPARE(back.generatedAt, original.generatedAt);
        QCOMPARE(back.complete, original.complete);
        QCOMPARE(back.score, original.score);
        QCOMPARE(back.tenantId(), original.tenantId());
        QCOMPARE(back.mailboxes.size(), original.mailboxes.size());
        for (qsizetype i = 0; i < back.mailboxes.size(); ++i) {
            const MailboxAssessment& a = original.mailboxes.at(i);
            const MailboxAssessment& b = back.mailboxes.at(i);
            QCOMPARE(b.userPrincipalName, a.userPrincipalName);
            QCOMPARE(b.smtpAuth.verdict, a.smtpAuth.verdict);
            QCOMPARE(b.smtpAuth.reasonCodes(), a.smtpAuth.reasonCodes());
            for (qsizetype k = 0; k < a.smtpAuth.reasons.size(); ++k)
                QCOMPARE(b.smtpAuth.reasons.at(k).detail, a.smtpAuth.reasons.at(k).detail);
            QCOMPARE(b.userId, a.userId);
            QCOMPARE(b.authenticationPolicy, a.authenticationPolicy);
            QCOMPARE(b.smtpSignIns.has_value(), a.smtpSignIns.has_value());
            if (a.smtpSignIns) {
                QCOMPARE(b.smtpSignIns->smtpBasicAuth, a.smtpSignIns->smtpBasicAuth);
                QCOMPARE(b.smtpSignIns->smtpCountries, a.smtpSignIns->smtpCountries);
                QCOMPARE(b.smtpSignIns->smtpLastFailure, a.smtpSignIns->smtpLastFailure);
            }
        }
        QCOMPARE(back.findings.size(), original.findings.size());
        for (qsizetype i = 0; i < back.findings.size(); ++i) {
            QCOMPARE(back.findings.at(i).id, original.findings.at(i).id);
            QCOMPARE(back.findings.at(i).remediation, original.findings.at(i).remediation);
            QCOMPARE(back.findings.at(i).evidence.size(), original.findings.at(i).evidence.size());
        }
        QCOMPARE(back.credentials.size(), original.credentials.size());
        QCOMPARE(back.credentials.first().dueAt, original.credentials.first().dueAt);
        QCOMPARE(back.snapshot.status(CollectorId::SignIns).state, CollectorStatus::State::Complete);
        QCOMPARE(back.snapshot.signIns.tenant.sprayPatterns.first().ipAddress, u"192.0.2.99"_s);
        QCOMPARE(back.snapshot.authenticationPolicies.size(), 2);
        QVERIFY(back.snapshot.transportProbe.has_value());
    }

    // Schema 2 writes each reason text once and leaves all-zero usage details out; the reader gives back
    // exactly what was written (the round trip above covers it), and the texts are shared, not repeated.
    void reasonTextsAreWrittenOnce()
    {
        const AuditResult audit = variedAudit();
        const QJsonObject root = AuditJson::toJson(audit);
        const QJsonArray texts = root.value(u"reasonTexts"_s).toArray();
        QSet<QString> distinct;
        qsizetype reasons = 0;
        for (const MailboxAssessment& row : audit.mailboxes) {
            reasons += row.smtpAuth.reasons.size();
            for (const SmtpAuthReason& reason : row.smtpAuth.reasons)
                distinct.insert(reason.detail);
        }
        QCOMPARE(texts.size(), distinct.size());
        QVERIFY(texts.size() < reasons); // some text is shared by two mailboxes in the fixture
        const QJsonArray details = root.value(u"mailboxDetails"_s).toArray();
        QCOMPARE(details.size(), audit.mailboxes.size());
        for (qsizetype i = 0; i < details.size(); ++i) {
            const QJsonArray indexes = details.at(i).toObject().value(u"reasonDetails"_s).toArray();
            QCOMPARE(indexes.size(), audit.mailboxes.at(i).smtpAuth.reasons.size());
            for (qsizetype k = 0; k < indexes.size(); ++k)
                QCOMPARE(texts.at(indexes.at(k).toInt()).toString(),
                         audit.mailboxes.at(i).smtpAuth.reasons.at(k).detail);
        }
    }

    // An audit saved by the previous release (schema 1, written by smtpaudit-cli from the small sample
    // tenant): it still loads, details joined by UPN (its mailboxDetails are in reverse order on purpose),
    // and written again as schema 2 it reads back the same.
    void readsSchemaOne()
    {
        QFile file(QFINDTESTDATA("data/audit-schema1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"schemaVersion"_s).toInt(), 1);
        const auto parsed = AuditJson::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().error.message));
        const AuditResult& old = parsed.value();
        const QJsonArray rows = root.value(u"mailboxes"_s).toArray();
        QCOMPARE(old.mailboxes.size(), rows.size());
        QHash<QString, QJsonObject> details;
        for (const QJsonValue& v : root.value(u"mailboxDetails"_s).toArray())
            details.insert(v.toObject().value(u"userPrincipalName"_s).toString(), v.toObject());
        for (const MailboxAssessment& row : old.mailboxes) {
            const QJsonObject detail = details.value(row.userPrincipalName);
            QCOMPARE(row.userId, detail.value(u"userId"_s).toString());
            const QJsonArray reasons = detail.value(u"reasonDetails"_s).toArray();
            QCOMPARE(row.smtpAuth.reasons.size(), reasons.size());
            for (qsizetype k = 0; k < reasons.size(); ++k)
                QCOMPARE(row.smtpAuth.reasons.at(k).detail, reasons.at(k).toObject().value(u"detail"_s).toString());
            QCOMPARE(AuditJson::mailboxToJson(row), mailboxJson(root, row.userPrincipalName));
        }
        QCOMPARE(old.findings.size(), root.value(u"findings"_s).toArray().size());

        const QByteArray upgraded = AuditJson::serialize(old);
        const auto again = AuditJson::parse(upgraded);
        QVERIFY(again.ok());
        QCOMPARE(QJsonDocument::fromJson(AuditJson::serialize(again.value())), QJsonDocument::fromJson(upgraded));
        for (qsizetype i = 0; i < old.mailboxes.size(); ++i) {
            QCOMPARE(again.value().mailboxes.at(i).userId, old.mailboxes.at(i).userId);
            QCOMPARE(again.value().mailboxes.at(i).authenticationPolicy, old.mailboxes.at(i).authenticationPolicy);
            for (qsizetype k = 0; k < old.mailboxes.at(i).smtpAuth.reasons.size(); ++k)
                QCOMPARE(again.value().mailboxes.at(i).smtpAuth.reasons.at(k).detail,
                         old.mailboxes.at(i).smtpAuth.reasons.at(k).detail);
        }
    }

    void partialRoundTripKeepsErrors()
    {
        TenantSnapshot s = variedSnapshot();
        failCollector(s, CollectorId::ConditionalAccessPolicies, Error::Category::PermissionMissing,
                      u"Policy.Read.All"_s);
        const AuditResult original = AuditEngine::evaluate(s, FixedClock(testNow()));
        const auto back = AuditJson::parse(AuditJson::serialize(original));
        QVERIFY(back.ok());
        const CollectorStatus status = back.value().snapshot.status(CollectorId::ConditionalAccessPolicies);
        QCOMPARE(status.state, CollectorStatus::State::Failed);
        QVERIFY(status.error.has_value());
        QCOMPARE(status.error->category, Error::Category::PermissionMissing);
        QCOMPARE(status.error->subject, u"Policy.Read.All"_s);
        QVERIFY(!back.value().complete);
        QVERIFY(back.value().snapshot.isPartial());
    }

    void noSecretsInTheJson()
    {
        TenantSnapshot s = variedSnapshot();
        // Error::detail is diagnostic text (it may quote a response body): never written.
        Error error = Error::make(Error::Category::Service, u"failed"_s, u"DIAGNOSTIC-DETAIL-7f3a"_s);
        s.setStatus(CollectorId::Applications, CollectorStatus::failed(error));
        const QByteArray bytes = AuditJson::serialize(AuditEngine::evaluate(s, FixedClock(testNow())));
        QVERIFY(!bytes.contains("DIAGNOSTIC-DETAIL-7f3a"));

        QList<QPair<QString, QJsonValue>> keys;
        collectKeys(QJsonDocument::fromJson(bytes).object(), u"$"_s, keys);
        QVERIFY(keys.size() > 100);
        const QSet<QString> allowed{u"lastPasswordChangeDateTime"_s};
        for (const auto& [key, value] : keys) {
            const QString lower = key.toLower();
            if (!lower.contains(u"secret"_s) && !lower.contains(u"password"_s) && !lower.contains(u"token"_s))
                continue;
            QVERIFY2(allowed.contains(key), qPrintable(u"unexpected key "_s + key));
            // Its value is a time or null, never a credential.
            QVERIFY(value.isNull() || AuditJson::parseIsoUtc(value.toString()).isValid());
        }
    }

    void parseErrorsAreTyped_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        const QByteArray good = AuditJson::serialize(variedAudit());
        QTest::newRow("garbage") << QByteArray("\x00\x01not json") << int(AuditParseError::Kind::NotJson) << QString();
        QTest::newRow("truncated") << good.left(good.size() / 2) << int(AuditParseError::Kind::NotJson) << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << int(AuditParseError::Kind::NotJson) << QString();
        QTest::newRow("no schema") << QByteArray("{\"tenant\":{}}") << int(AuditParseError::Kind::UnsupportedSchema)
                                   << u"schemaVersion"_s;
        QByteArray future = good;
        future.replace("\"schemaVersion\":2", "\"schemaVersion\":3");
        QTest::newRow("future schema") << future << int(AuditParseError::Kind::UnsupportedSchema) << u"3"_s;
        QByteArray badReasonText = good;
        badReasonText.replace("\"reasonDetails\":[0", "\"reasonDetails\":[999");
        QTest::newRow("reason text index out of range")
            << badReasonText << int(AuditParseError::Kind::InvalidContent) << u"reasonTexts"_s;
        QJsonObject noMailboxes = QJsonDocument::fromJson(good).object();
        noMailboxes.remove(u"mailboxes"_s);
        QTest::newRow("no mailboxes") << QJsonDocument(noMailboxes).toJson()
                                      << int(AuditParseError::Kind::InvalidContent) << u"mailboxes"_s;
        QByteArray badReason = good;
        badReason.replace("\"org-enabled\"", "\"org-maybe\"");
        QTest::newRow("unknown reason") << badReason << int(AuditParseError::Kind::InvalidContent) << u"org-maybe"_s;
        QByteArray badVerdict = good;
        badVerdict.replace("\"effectiveSmtpAuth\":\"blocked\"", "\"effectiveSmtpAuth\":7");
        QTest::newRow("mistyped verdict")
            << badVerdict << int(AuditParseError::Kind::InvalidContent) << u"effectiveSmtpAuth"_s;
    }
    void parseErrorsAreTyped()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        const auto parsed = AuditJson::parse(bytes);
        QVERIFY(!parsed.ok());
        QCOMPARE(int(parsed.error().kind), kind);
        QCOMPARE(parsed.error().error.category, Error::Category::MalformedResponse);
        QVERIFY(!parsed.error().error.message.isEmpty());
        if (!mentions.isEmpty())
            QVERIFY2(parsed.error().error.message.contains(mentions), qPrintable(parsed.error().error.message));
    }
};

QTEST_GUILESS_MAIN(TestAuditJson)
#include "TestAuditJson.moc"
