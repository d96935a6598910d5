#include "UiTestData.h"
#include "mailboxes/MailboxDetails.h"
#include "mailboxes/MailboxFilterModel.h"
#include "mailboxes/MailboxTableModel.h"
#include "mailboxes/VerdictText.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

class TestMailboxModels : public QObject
{
    Q_OBJECT

    ConsoleAudit m_audit;

    // The rows a brute-force scan keeps, in source order: what the fast filter must agree with.
    static QList<int> bruteForce(const MailboxTableModel& model, const QString& text, quint32 quick)
    {
        QList<int> rows;
        const QStringList terms = text.toLower().split(u' ', Qt::SkipEmptyParts);
        for (int r = 0; r < model.rowCount(); ++r) {
            const MailboxAssessment& m = model.mailbox(r);
            const QString hay =
                (m.displayName + u' ' + m.userPrincipalName + u' ' + VerdictText::recipientType(m.type) + u' ' +
                 VerdictText::verdict(m.smtpAuth.verdict) + u' ' + m.authenticationPolicy)
                    .toLower();
            bool ok = (model.quickFlags(r) & quick) == quick;
            for (const QString& t : terms)
                ok = ok && hay.contains(t);
            if (ok)
                rows << r;
        }
        return rows;
    }

    static QList<int> visibleSourceRows(const MailboxFilterModel& filter)
    {
        QList<int> rows;
        for (int r = 0; r < filter.rowCount(); ++r)
            rows << filter.sourceRow(r);
        std::sort(rows.begin(), rows.end());
        return rows;
    }

private slots:
    void initTestCase() { m_audit = uitest::makeAudit(); }

    void sourceModelPassesTheTester()
    {
        MailboxTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAudit(m_audit.result);
        QCOMPARE(model.rowCount(), m_audit.result->mailboxes.size());
        QCOMPARE(model.columnCount(), int(MailboxTableModel::ColumnCount));
        model.setAudit(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void displayAndRoles()
    {
        MailboxTableModel model;
        model.setAudit(m_audit.result);
        const int row = model.rowOfUpn(uitest::upnOf(2).toUpper()); // lookup is case-insensitive
        QVERIFY(row >= 0);
        const MailboxAssessment& m = model.mailbox(row);
        QCOMPARE(model.index(row, MailboxTableModel::Mailbox).data().toString(), m.userPrincipalName);
        QCOMPARE(model.index(row, 0).data(MailboxTableModel::UpnRole).toString(), m.userPrincipalName);
        QCOMPARE(model.index(row, MailboxTableModel::Verdict).data().toString(),
                 VerdictText::verdict(m.smtpAuth.verdict));
        QCOMPARE(model.index(row, 0).data(MailboxTableModel::VerdictRole).toInt(), int(m.smtpAuth.verdict));
        // The mailbox explicitly enables SMTP AUTH: the setting column says so, and the tooltip carries the chain.
        QCOMPARE(model.index(row, MailboxTableModel::Setting).data().toString(), VerdictText::setting(false, false));
        const QString tip = model.index(row, MailboxTableModel::Verdict).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(VerdictText::reasonLabel(SmtpAuthReasonCode::MailboxEnabled)), qPrintable(tip));
        QCOMPARE(model.index(row, 0).data(MailboxTableModel::ReasonChainRole).toString(),
                 VerdictText::reasonChain(m.smtpAuth));
        QVERIFY(model.index(row, MailboxTableModel::Verdict).data(Qt::DecorationRole).value<QIcon>().isNull() == false);
        // A mailbox following the organisation default shows which default.
        const int followsOrg = model.rowOfUpn(uitest::upnOf(1));
        QCOMPARE(model.index(followsOrg, MailboxTableModel::Setting).data().toString(),
                 VerdictText::setting(std::nullopt, false));
        QCOMPARE(model.headerData(MailboxTableModel::Verdict, Qt::Horizontal).toString(), u"Effective"_s);
    }

    void quickFlagsMatchTheirDefinitions()
    {
        MailboxTableModel model;
        model.setAudit(m_audit.result);
        int effectivelyOn = 0, idle = 0, admins = 0, stale = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const MailboxAssessment& m = model.mailbox(r);
            const quint32 f = model.quickFlags(r);
            QCOMPARE(bool(f & MailboxTableModel::EffectivelyOn), m.smtpAuth.verdict == SmtpAuthVerdict::Enabled);
            QCOMPARE(bool(f & MailboxTableModel::NoMfa), m.mfaRegistered == std::optional<bool>(false));
            QCOMPARE(bool(f & MailboxTableModel::Admins), m.isAdmin == std::optional<bool>(true));
            const bool on =
                m.smtpAuth.verdict == SmtpAuthVerdict::Enabled || m.smtpAuth.verdict == SmtpAuthVerdict::Blocked;
            QCOMPARE(bool(f & MailboxTableModel::OnButIdle), on && m.smtpSignIns && m.smtpSignIns->smtpTotal() == 0);
            const qint64 age = m.lastPasswordChangeDateTime.daysTo(m_audit.result->generatedAt);
            QCOMPARE(bool(f & MailboxTableModel::StalePassword), age > 90);
            effectivelyOn += bool(f & MailboxTableModel::EffectivelyOn);
            idle += bool(f & MailboxTableModel::OnButIdle);
            admins += bool(f & MailboxTableModel::Admins);
            stale += bool(f & MailboxTableModel::StalePassword);
        }
        // The hand-made tenant has some of each, so every quick filter is exercised.
        QVERIFY(effectivelyOn > 0 && idle > 0 && admins > 0 && stale > 0);
    }

    void filterAgreesWithBruteForce()
    {
        MailboxTableModel model;
        model.setAudit(m_audit.result);
        MailboxFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), model.rowCount());

        // Typing character by character narrows incrementally; deleting widens again.
        const QStringList steps = {u"a"_s,      u"an"_s,          u"ann"_s,  u"anna"_s,
                                   u"anna "_s,  u"anna sch"_s,    u"anna"_s, u"shared"_s,
                                   u"SHARED"_s, u"block basic"_s, u""_s,     u"no-such-mailbox"_s};
        for (const QString& text : steps) {
            filter.setFilterText(text);
            QCOMPARE(visibleSourceRows(filter), bruteForce(model, text, 0));
        }
        filter.setFilterText({});
        for (quint32 quick : {quint32(MailboxTableModel::EffectivelyOn), quint32(MailboxTableModel::OnButIdle),
                              quint32(MailboxTableModel::NoMfa), quint32(MailboxTableModel::StalePassword),
                              quint32(MailboxTableModel::Admins),
                              quint32(MailboxTableModel::EffectivelyOn | MailboxTableModel::NoMfa), 0u}) {
            filter.setQuickFilters(quick);
            QCOMPARE(visibleSourceRows(filter), bruteForce(model, {}, quick));
        }
        filter.setQuickFilters(MailboxTableModel::EffectivelyOn);
        filter.setFilterText(u"ben"_s);
        QCOMPARE(visibleSourceRows(filter), bruteForce(model, u"ben"_s, MailboxTableModel::EffectivelyOn));
        QVERIFY(filter.rowCount() > 0);
    }

    void sortingOrdersByTypedKeys()
    {
        MailboxTableModel model;
        model.setAudit(m_audit.result);
        MailboxFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);

        filter.sort(MailboxTableModel::PasswordAge, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < filter.rowCount(); ++r) {
            const qint64 age = model.passwordAgeDays(filter.sourceRow(r)).value_or(-1);
            QVERIFY2(age <= previous, "password ages must not increase in a descending sort");
            previous = age;
        }
        filter.sort(MailboxTableModel::Verdict, Qt::AscendingOrder);
        // Most exposed first: every "enabled" row before the first "disabled" one.
        bool seenDisabled = false;
        for (int r = 0; r < filter.rowCount(); ++r) {
            const auto verdict = model.mailbox(filter.sourceRow(r)).smtpAuth.verdict;
            if (verdict == SmtpAuthVerdict::Disabled)
                seenDisabled = true;
            else if (verdict == SmtpAuthVerdict::Enabled)
                QVERIFY2(!seenDisabled, "enabled after disabled in an ascending verdict sort");
        }
        // Sorting keeps the filter: still only Shared mailboxes, now in display-name order.
        filter.setFilterText(u"shared"_s);
        filter.sort(MailboxTableModel::DisplayName, Qt::AscendingOrder);
        QVERIFY(filter.rowCount() > 1);
        for (int r = 1; r < filter.rowCount(); ++r) {
            QCOMPARE(model.mailbox(filter.sourceRow(r)).type, u"SharedMailbox"_s);
            QVERIFY(model.mailbox(filter.sourceRow(r - 1)).displayName.toLower() <=
                    model.mailbox(filter.sourceRow(r)).displayName.toLower());
        }
    }

    void sortKeepsPersistentIndexes()
    {
        MailboxTableModel model;
        model.setAudit(m_audit.result);
        MailboxFilterModel filter;
        filter.setSourceModel(&model);
        const QPersistentModelIndex held(filter.index(17, MailboxTableModel::Mailbox));
        const QString upn = held.data().toString();
        filter.sort(MailboxTableModel::PasswordAge, Qt::AscendingOrder);
        QVERIFY(held.isValid());
        QCOMPARE(held.data().toString(), upn);
        QCOMPARE(filter.sourceRow(held.row()), model.rowOfUpn(upn));
    }

    void remediationQuotesTheAddress()
    {
        MailboxAssessment m;
        m.userPrincipalName = u"o'brien@contoso.example"_s;
        m.smtpAuth.verdict = SmtpAuthVerdict::Enabled;
        m.smtpSignIns = UserSignInUsage{};
        const QStringList idle = MailboxDetails::remediation(m);
        QVERIFY(idle.join(u'\n').contains(u"Set-CASMailbox -Identity 'o''brien@contoso.example' "
                                          "-SmtpClientAuthenticationDisabled $true"_s));
        m.smtpSignIns->smtpSuccess = 12;
        const QString used = MailboxDetails::remediation(m).join(u'\n');
        QVERIFY(used.contains(u"Set-User -Identity 'o''brien@contoso.example' -AuthenticationPolicy"_s));
        QVERIFY(!used.contains(u"SmtpClientAuthenticationDisabled $true"_s));
    }

    void detailsEscapeTenantText()
    {
        MailboxAssessment m;
        m.userPrincipalName = u"x@contoso.example"_s;
        m.displayName = u"<img src=x onerror=alert(1)>"_s;
        m.smtpAuth.verdict = SmtpAuthVerdict::Blocked;
        m.smtpAuth.reasons << SmtpAuthReason{SmtpAuthReasonCode::OrgEnabled, u"<b>org</b>"_s}
                           << SmtpAuthReason{SmtpAuthReasonCode::AuthPolicyBlocksBasic, u"policy"_s};
        const QString html = MailboxDetails::html(m, *m_audit.result, QPalette());
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(html.contains(u"&lt;img"_s));
        QVERIFY(!html.contains(u"<b>org</b>"_s));
        QVERIFY(html.contains(VerdictText::reasonLabel(SmtpAuthReasonCode::AuthPolicyBlocksBasic).toHtmlEscaped()));
    }
};

QTEST_MAIN(TestMailboxModels)
#include "TestMailboxModels.moc"
