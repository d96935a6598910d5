#include "UiTestData.h"
#include "rotation/ICalendar.h"
#include "rotation/RotationModel.h"
#include "rotation/RotationPage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

class TestRotation : public QObject
{
    Q_OBJECT

    static RotationItem item(RotationItem::Kind kind, const QString& subject, qint64 dueInDays)
    {
        RotationItem i;
        i.kind = kind;
        i.subject = subject;
        i.objectId = subject + u"-id"_s;
        i.dueAt = uitest::fixedNow().addDays(dueInDays);
        i.lastChangedAt = uitest::fixedNow().addDays(dueInDays - 90);
        return i;
    }

    // Unfolds RFC 5545 content lines (CRLF followed by one space continues the previous line).
    static QStringList unfold(const QByteArray& ics)
    {
        QByteArray joined = ics;
        joined.replace("\r\n ", "");
        QStringList lines = QString::fromUtf8(joined).split(u"\r\n"_s);
        if (lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private slots:
    void escapesText()
    {
        QCOMPARE(ICalendar::escapeText(u"a;b,c\\d"_s), u"a\\;b\\,c\\\\d"_s);
        QCOMPARE(ICalendar::escapeText(u"line1\nline2\r\nline3\rline4"_s), u"line1\\nline2\\nline3\\nline4"_s);
        QCOMPARE(ICalendar::escapeText(u"bell\u0007tab\t"_s), u"belltab\t"_s);
        QCOMPARE(ICalendar::escapeText(u"Grüße"_s), u"Grüße"_s);
    }

    void foldsLongLinesWithoutSplittingUtf8()
    {
        const QByteArray shortLine = "SUMMARY:short";
        QCOMPARE(ICalendar::foldLine(shortLine), shortLine + "\r\n");
        // 200 characters of "ä" (2 octets each) must fold into lines of at most 75 octets, never between the
        // two octets of one character.
        const QByteArray line = QString(u"DESCRIPTION:"_s + QString(200, QChar(0xE4))).toUtf8();
        const QByteArray folded = ICalendar::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.left(folded.size() - 2).split('\n');
        QVERIFY(physical.size() > 3);
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray p = physical.at(i);
            if (p.endsWith('\r'))
                p.chop(1);
            QVERIFY2(p.size() <= 75, p.constData());
            if (i > 0) {
                QVERIFY(p.startsWith(' '));
                QVERIFY((static_cast<unsigned char>(p.at(1)) & 0xC0) != 0x80);
            }
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line + "\r\n");
    }

    void writesACalendar()
    {
        QList<RotationItem> items;
        items << item(RotationItem::Kind::UserPassword, u"scanner@contoso.example"_s, 12);
        RotationItem secret = item(RotationItem::Kind::AppSecret, u"CRM, notifications; prod"_s, -6);
        secret.credentialName = u"crm \"prod\"\nsecret"_s;
        items << secret;
        items << item(RotationItem::Kind::OwnCredential, u"smtpaudit"_s, 40);
        RotationItem noDate = item(RotationItem::Kind::AppCertificate, u"no date"_s, 0);
        noDate.dueAt = {};
        items << noDate;

        ICalendar::Options options;
        options.tenantLabel = u"Contoso, Inc."_s;
        const QByteArray ics = ICalendar::write(items, uitest::fixedNow(), options);
        // Every line ends with CRLF, and there is no bare LF.
        QVERIFY(ics.endsWith("\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        const QStringList lines = unfold(ics);
        QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
        QCOMPARE(lines.last(), u"END:VCALENDAR"_s);
        QVERIFY(lines.contains(u"VERSION:2.0"_s));
        QCOMPARE(lines.filter(u"BEGIN:VEVENT"_s).size(), 3); // the item without a due date is left out
        QCOMPARE(lines.filter(u"END:VEVENT"_s).size(), 3);
        QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20260328"_s)); // 16 March + 12 days
        QVERIFY(lines.contains(u"DTEND;VALUE=DATE:20260329"_s));
        QVERIFY(lines.contains(u"DTSTAMP:20260316T093000Z"_s));
        // The overdue secret is placed today and says so; its text is escaped.
        QVERIFY(lines.contains(u"DTSTART;VALUE=DATE:20260316"_s));
        const QStringList summaries = lines.filter(u"SUMMARY:"_s);
        QVERIFY(std::any_of(summaries.begin(), summaries.end(), [](const QString& s) {
            return s.startsWith(u"SUMMARY:Overdue: "_s) && s.contains(u"CRM\\, notifications\\; prod"_s) &&
                   s.contains(u"\\n"_s);
        }));
        QVERIFY(lines.filter(u"DESCRIPTION:"_s).first().contains(u"Contoso\\, Inc."_s));
        // Only the not-yet-due items carry an alarm.
        QCOMPARE(lines.filter(u"BEGIN:VALARM"_s).size(), 2);
        QVERIFY(lines.contains(u"TRIGGER:-P7D"_s));
        // UIDs are unique and stable across exports.
        const QStringList uids = lines.filter(u"UID:"_s);
        QCOMPARE(QSet<QString>(uids.begin(), uids.end()).size(), 3);
        QCOMPARE(unfold(ICalendar::write(items, uitest::fixedNow().addDays(1), options)).filter(u"UID:"_s), uids);
    }

    void scheduleAndReminder()
    {
        QList<RotationItem> items{item(RotationItem::Kind::UserPassword, u"a@x"_s, -3),
                                  item(RotationItem::Kind::AppSecret, u"b"_s, 5),
                                  item(RotationItem::Kind::AppCertificate, u"c"_s, 100)};
        const QDateTime now = uitest::fixedNow();
        QCOMPARE(RotationSchedule::daysLeft(items[0], now), qint64(-3));
        QCOMPARE(RotationSchedule::status(items[1], now, 30), RotationStatus::DueSoon);
        QCOMPARE(RotationSchedule::status(items[1], now, 4), RotationStatus::Scheduled);
        const RotationSummary summary = RotationSchedule::summarise(items, now, 30);
        QCOMPARE(summary.overdue, 1);
        QCOMPARE(summary.dueSoon, 1);
        QCOMPARE(summary.dueSubjects, (QStringList{u"a@x"_s, u"b"_s}));
        const QString text = RotationSchedule::notificationText(summary, 30);
        QVERIFY(text.contains(u"a@x"_s));
        QVERIFY(RotationSchedule::notificationText(RotationSchedule::summarise(items.mid(2), now, 30), 30).isEmpty());
        // Days left follow "now", not the numbers stored in the audit.
        QCOMPARE(RotationSchedule::daysLeft(items[2], now.addDays(10)), qint64(90));
    }

    void modelAndPage()
    {
        const ConsoleAudit audit = uitest::makeAudit();
        FixedClock clock(uitest::fixedNow());
        RotationPage page(clock);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.visibleModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setAudit(audit);
        RotationModel* model = page.model();
        QCOMPARE(model->rowCount(), audit.result->credentials.size());
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->item(r - 1).daysLeft <= model->item(r).daysLeft);
        QCOMPARE(model->index(0, RotationModel::Status).data(RotationModel::StatusRole).toInt(),
                 int(RotationStatus::Overdue));

        page.setShow(RotationPage::Show::Overdue);
        for (int r = 0; r < page.visibleModel()->rowCount(); ++r)
            QCOMPARE(page.visibleModel()->index(r, 0).data(RotationModel::StatusRole).toInt(),
                     int(RotationStatus::Overdue));
        QVERIFY(page.visibleModel()->rowCount() > 0);
        page.setShow(RotationPage::Show::All);
        QCOMPARE(page.visibleModel()->rowCount(), model->rowCount());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"due.ics"_s);
        QVERIFY(page.exportCalendar(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(int(ics.count("BEGIN:VEVENT")), model->rowCount());
        QVERIFY(!page.exportCalendar(dir.filePath(u"missing-dir/x.ics"_s)).ok());
    }
};

QTEST_MAIN(TestRotation)
#include "TestRotation.moc"
