#include "UiTestData.h"
#include "mfa/MfaCoverage.h"
#include "mfa/MfaModel.h"
#include "mfa/MfaPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

class TestMfaCoverage : public QObject
{
    Q_OBJECT

    ConsoleAudit m_audit;

private slots:
    void initTestCase() { m_audit = uitest::makeAudit(); }

    void accountsFromDirectoryUsers()
    {
        const QList<MfaAccount> accounts = MfaCoverage::accounts(*m_audit.result);
        QCOMPARE(accounts.size(), m_audit.result->snapshot.users.size()); // the guest included
        const auto guest = std::find_if(accounts.begin(), accounts.end(), [](const MfaAccount& a) { return a.guest; });
        QVERIFY(guest != accounts.end());
        // user 0: per-user MFA enforced; user 50: admin covered by the "Require MFA for administrators" policy.
        const auto byUpn = [&](const QString& upn) {
            return *std::find_if(accounts.begin(), accounts.end(),
                                 [&](const MfaAccount& a) { return a.userPrincipalName == upn; });
        };
        QCOMPARE(byUpn(uitest::upnOf(0)).enforcement, MfaEnforcement::PerUser);
        QCOMPARE(byUpn(uitest::upnOf(50)).enforcement, MfaEnforcement::ConditionalAccess);
        QCOMPARE(byUpn(uitest::upnOf(50)).enforcementDetail, u"Require MFA for administrators"_s);
        QCOMPARE(byUpn(uitest::upnOf(1)).enforcement, MfaEnforcement::None);
        QVERIFY(byUpn(uitest::upnOf(8)).admin);
    }

    void totalsFollowTheScope()
    {
        const QList<MfaAccount> accounts = MfaCoverage::accounts(*m_audit.result);
        MfaScope everyone{false, false, false};
        const MfaTotals all = MfaCoverage::totals(accounts, everyone);
        QCOMPARE(all.accounts, accounts.size());
        int registered = 0, admins = 0, adminsWithout = 0, shared = 0;
        for (const MfaAccount& a : accounts) {
            registered += a.registered == std::optional<bool>(true);
            admins += a.admin;
            adminsWithout += a.admin && a.registered != std::optional<bool>(true);
            shared += a.isSharedResource();
        }
        QCOMPARE(all.registered, registered);
        QCOMPARE(all.admins, admins);
        QCOMPARE(all.adminsWithoutMfa, adminsWithout);
        QCOMPARE(all.enforced, all.perUser + all.conditionalAccess + all.securityDefaults);
        const MfaTotals scoped = MfaCoverage::totals(accounts, MfaScope{});
        QVERIFY(shared > 0);
        QVERIFY(scoped.accounts <= all.accounts - shared - 1); // shared, rooms and the guest left out
    }

    void modelPassesTheTesterAndPutsAdminsFirst()
    {
        MfaModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAccounts(MfaCoverage::accounts(*m_audit.result));
        QVERIFY(model.rowCount() > 0);
        bool seenNonAdmin = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const bool admin = model.index(r, 0).data(MfaModel::IsAdminRole).toBool();
            QVERIFY(!(admin && seenNonAdmin));
            seenNonAdmin = seenNonAdmin || !admin;
            if (admin)
                QVERIFY(model.index(r, 0).data(Qt::BackgroundRole).isValid());
        }
        const int scoped = model.rowCount();
        model.setScope(MfaScope{false, false, false});
        QVERIFY(model.rowCount() > scoped);
    }

    void pageCheckboxesChangeTheScope()
    {
        MfaPage page;
        page.setAudit(m_audit);
        const int before = page.model()->rowCount();
        page.findChild<QCheckBox*>(u"excludeGuests"_s)->setChecked(false);
        QCOMPARE(page.model()->rowCount(), before + 1);
        QCOMPARE(page.totals().accounts, page.model()->rowCount());
    }

    void historyAuditFallsBackToMailboxes()
    {
        AuditResult copy = *m_audit.result;
        copy.snapshot.users.clear();
        const QList<MfaAccount> accounts = MfaCoverage::accounts(copy);
        QCOMPARE(accounts.size(), copy.mailboxes.size());
        QCOMPARE(accounts.first().registered, copy.mailboxes.first().mfaRegistered);
    }
};

QTEST_MAIN(TestMfaCoverage)
#include "TestMfaCoverage.moc"
