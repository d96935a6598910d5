// The audit JSON's text writer (JsonText, AuditJson::serialize) against what QJsonDocument writes for the
// same document: byte for byte, hostile strings and odd times included.
#include "audit/AuditJson.h"
#include "audit/JsonText.h"

#include "AuditFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::test;

namespace {

QByteArray compact(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// What serialize() wrote before it wrote text itself: toJson()'s document through QJsonDocument, with
// the three mailbox arrays moved to the end.
QByteArray referenceSerialize(const AuditResult& result, QJsonDocument::JsonFormat format)
{
    QJsonObject root = AuditJson::toJson(result);
    const QJsonArray mailboxes = root.take(u"mailboxes"_s).toArray();
    const QJsonArray texts = root.take(u"reasonTexts"_s).toArray();
    const QJsonArray details = root.take(u"mailboxDetails"_s).toArray();
    QByteArray out = QJsonDocument(root).toJson(format);
    out.truncate(out.lastIndexOf('}'));
    out += ",\"mailboxes\":" + compact(mailboxes) + ",\"reasonTexts\":" + compact(texts) +
           ",\"mailboxDetails\":" + compact(details) + '}';
    if (format == QJsonDocument::Indented)
        out += '\n';
    return out;
}

// Qt's escaping of one string: the array's text without its brackets.
QByteArray qtQuoted(const QString& text)
{
    const QByteArray array = compact(QJsonArray{text});
    return array.mid(1, array.size() - 2);
}

QStringList hostileStrings()
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    return {QString(),
            u""_s,
            u"plain"_s,
            u"\"quoted\" and \\back\\slashed\\"_s,
            controls,
            u"del \u007f, slash /, <script>"_s,
            u"Gr\u00fc\u00dfe, \u20ac, \u65e5\u672c, \U0001F600 emoji"_s,
            QString(QChar(0xd800)),                                 // lone high surrogate at the end
            QString(QChar(0xdc00)) + u"x"_s,                        // lone low surrogate
            QString(QChar(0xd83d)) + u"a"_s + QChar(0xde00),        // high, ASCII, low
            QString(QChar(0xdbff)) + QChar(0xdbff) + QChar(0xdfff), // high, then a valid pair
            QString(QChar(0xdfff)) + QChar(0xd800) + QChar(0x7ff) + QChar(0x800) + QChar(0xffff) + QChar(0xfffe),
            QString(QChar(0x80)) + QChar(0xe000) + QChar(0xd7ff)};
}

// Hostile strings everywhere the writer writes a string, every optional both ways, odd times.
AuditResult hostileAudit()
{
    AuditResult audit = variedAudit();
    const QStringList hostile = hostileStrings();
    const auto pick = [&hostile](qsizetype i) { return hostile.at(i % hostile.size()); };
    const QDateTime withMs(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    const QDateTime offset(QDate(2026, 3, 4), QTime(1, 2, 3), Qt::OffsetFromUTC, -5 * 3600);
    qsizetype n = 0;
    for (MailboxAssessment& row : audit.mailboxes) {
        row.displayName = pick(n++);
        row.type = pick(n++);
        row.userId = pick(n++);
        row.authenticationPolicy = pick(n++);
        row.methodsRegistered = {pick(n), pick(n + 1)};
        n += 2;
        for (SmtpAuthReason& reason : row.smtpAuth.reasons)
            reason.detail = pick(n++);
        row.lastPasswordChangeDateTime = n % 3 == 0 ? withMs : n % 3 == 1 ? offset : QDateTime();
        row.accountEnabled = n % 2 ? std::optional<bool>() : std::optional<bool>(true);
        row.isAdmin = n % 3 ? std::optional<bool>(false) : std::optional<bool>();
        row.perUserMfaState = n % 2 ? std::optional<PerUserMfaState>() : PerUserMfaState::Enforced;
        if (n % 4 == 1) {
            row.smtpSignIns.reset();
        } else {
            UserSignInUsage usage;
            usage.smtpSuccess = static_cast<int>(n) * 1000;
            usage.smtpFailure = -7;
            usage.smtpLastSuccess = withMs;
            usage.smtpLastFailure = offset;
            usage.smtpSourceIps = {pick(n++)};
            usage.smtpCountries = {pick(n), pick(n + 1)};
            n += 2;
            usage.smtpBasicAuth = 2147483647;
            usage.smtpOAuth = 9;
            usage.legacyOtherSignIns = 10;
            usage.legacyClientApps = {pick(n++)};
            row.smtpSignIns = n % 3 ? usage : UserSignInUsage{};
        }
    }
    for (Finding& f : audit.findings) {
        f.title = pick(n++);
        f.description = pick(n++);
        f.affectedObjects << pick(n);
        f.affectedObjects << pick(n + 1);
        n += 2;
        f.remediation << pick(n++);
        f.evidence << Evidence{pick(n), pick(n + 1), n % 2 ? withMs : QDateTime()};
        n += 2;
    }
    for (RotationItem& item : audit.credentials) {
        item.subject = pick(n++);
        item.credentialName = pick(n++);
        item.keyId = pick(n++);
        item.daysLeft = -1234567890123LL;
        item.lastChangedAt = offset;
    }
    audit.snapshot.organization.displayName = pick(n++);
    audit.snapshot.organization.tenantId = pick(n++);
    return audit;
}

} // namespace

class TestAuditJsonText : public QObject
{
    Q_OBJECT

private slots:
    void escapesLikeQt()
    {
        for (const QString& text : hostileStrings())
            QCOMPARE(JsonText::quoted(text), qtQuoted(text));
    }

    void escapesRandomUnitsLikeQt()
    {
        // Deterministic mixtures of the units whose handling differs: ASCII, controls, the UTF-8 length
        // boundaries and both kinds of surrogate, in every order.
        const char16_t units[] = {0x0,    0x1f,   0x20,   u'"',   u'\\',  0x7f,   0x80,   0x7ff,  0x800,
                                  0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, u'a'};
        QRandomGenerator random(4242);
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int length = random.bounded(12);
            for (int j = 0; j < length; ++j)
                text += QChar(units[random.bounded(int(std::size(units)))]);
            QCOMPARE(JsonText::quoted(text), qtQuoted(text));
        }
    }

    void timesLikeIsoUtc()
    {
        const QList<QDateTime> times = {
            QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC),
            QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 999), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(999, 12, 31), QTime(23, 59, 59), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-5, 6, 7), QTime(8, 9, 10), Qt::UTC),
            QDateTime(QDate(2026, 3, 4), QTime(1, 2, 3), Qt::OffsetFromUTC, -5 * 3600),
            QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::OffsetFromUTC, 3600),
            QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::LocalTime),
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
        };
        for (const QDateTime& time : times) {
            QByteArray text;
            JsonText w(text);
            w.time(time);
            QCOMPARE(text, qtQuoted(AuditJson::isoUtc(time)));
        }
        QByteArray invalid;
        JsonText(invalid).time(QDateTime());
        QCOMPARE(invalid, "null"_ba);
    }

    void serializeIsTheSameDocument_data()
    {
        QTest::addColumn<AuditResult>("audit");
        QTest::newRow("varied") << variedAudit();
        QTest::newRow("hostile") << hostileAudit();
        AuditResult partial = variedAudit();
        CollectorStatus failed =
            CollectorStatus::failed(Error::make(Error::Category::Network, u"reset \"by\" peer\n"_s, {}, u"x"_s));
        partial.snapshot.setStatus(CollectorId::SignIns, failed);
        partial.snapshot.transportProbe.reset();
        partial.complete = false;
        QTest::newRow("partial") << partial;
        AuditResult empty = variedAudit();
        empty.mailboxes.clear();
        empty.findings.clear();
        empty.credentials.clear();
        QTest::newRow("no mailboxes") << empty;
    }

    void serializeIsTheSameDocument()
    {
        QFETCH(AuditResult, audit);
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray written = AuditJson::serialize(audit, format);
            const QByteArray expected = referenceSerialize(audit, format);
            if (written != expected) {
                qsizetype i = 0;
                while (i < written.size() && i < expected.size() && written[i] == expected[i])
                    ++i;
                qWarning() << "differs at" << i << written.mid(i - 40, 120) << expected.mid(i - 40, 120);
            }
            QCOMPARE(written, expected);
            QJsonParseError error;
            QJsonDocument::fromJson(written, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }

    void hostileAuditRoundTrips()
    {
        const AuditResult audit = hostileAudit();
        const QByteArray bytes = AuditJson::serialize(audit);
        const auto back = AuditJson::parse(bytes);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().error.message));
        QCOMPARE(back.value().mailboxes.size(), audit.mailboxes.size());
        QCOMPARE(back.value().mailboxes.first().displayName, audit.mailboxes.first().displayName);
        QCOMPARE(AuditJson::serialize(back.value()), bytes);
    }
};

QTEST_GUILESS_MAIN(TestAuditJsonText)
#include "TestAuditJsonText.moc"
