#include "WizardTestSupport.h"
#include "audit/AuditStore.h"
#include "common/Cards.h"
#include "common/CollectorText.h"
#include "sample/tenant/SampleTenant.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;
using namespace wizardtest;

namespace {

// Every requirement row the permissions page marks "Missing", by its first column.
QStringList missingRows(QTreeWidget* tree)
{
    QStringList rows;
    for (QTreeWidgetItem* item : tree->findItems(u"Missing"_s, Qt::MatchExactly | Qt::MatchRecursive, 3))
        rows << item->text(0);
    return rows;
}

QTreeWidgetItem* rowStartingWith(QTreeWidget* tree, const QString& name)
{
    for (QTreeWidgetItem* item : tree->findItems(u"Missing"_s, Qt::MatchExactly | Qt::MatchRecursive, 3))
        if (item->text(0).startsWith(name))
            return item;
    return nullptr;
}

} // namespace

// The wizard on the sample tenant's "limited reader" app: an app registration whose admin consent lacks
// AuditLog.Read.All and Policy.Read.All, as the tenant page offers it to anyone. The permissions page must
// name exactly those two with how to grant them, the audit must still run, and the summary must say it is
// partial and name what could not be read and checked.
class TestWizardLimitedApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestWizardLimitedApp"_s);
    }

    void permissionsPageNamesTheMissingPermissionsAndTheAuditIsPartial()
    {
        QTemporaryDir historyDir;
        const AuditStore history(historyDir.path());
        SampleTenantHost host;
        WizardServices services = sampleServices(host);
        services.history = &history;
        AuditWizard wizard(services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // The tenant page offers the app the way an admin picks it.
        auto* appCombo = wizard.findChild<QComboBox*>(u"sampleAppCombo"_s);
        QVERIFY(appCombo && appCombo->isEnabled());
        appCombo->setCurrentIndex(appCombo->findData(int(SampleApp::LimitedReader)));
        QVERIFY(appCombo->currentIndex() > 0);
        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::PermissionsPageId));
        QVERIFY(host.tenant());
        QVERIFY(wizard.connection()->request().profile.clientId != host.tenant()->mainApp().clientId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);

        // Exactly the two permissions the app lacks are missing, nothing else.
        QVERIFY(wizard.permissions());
        QStringList missingNames;
        for (const MissingRequirement& missing : wizard.permissions()->report.missing)
            missingNames << missing.requirement.name;
        missingNames.removeDuplicates();
        missingNames.sort();
        QCOMPARE(missingNames, SampleTenantHost::limitedReaderMissingPermissions());
        QVERIFY(wizard.permissions()->report.blocks(AuditCheck::SignInActivity));
        QVERIFY(wizard.permissions()->report.blocks(AuditCheck::SecurityDefaults));
        QVERIFY(wizard.permissions()->report.blocks(AuditCheck::ConditionalAccess));
        QVERIFY(!wizard.permissions()->report.blocks(AuditCheck::Users));
        QVERIFY(!wizard.permissions()->report.blocks(AuditCheck::ExchangeAdmin));

        // The page shows them by name, each with how to grant it, under the checks that need them.
        auto* tree = wizard.findChild<QTreeWidget*>(u"requirementsTree"_s);
        const QStringList rows = missingRows(tree);
        QVERIFY2(!rows.isEmpty(), "no Missing row");
        for (const QString& row : rows)
            QVERIFY2(row.startsWith(u"AuditLog.Read.All"_s) || row.startsWith(u"Policy.Read.All"_s), qPrintable(row));
        for (const QString& permission : SampleTenantHost::limitedReaderMissingPermissions()) {
            QTreeWidgetItem* row = rowStartingWith(tree, permission);
            QVERIFY2(row, qPrintable(permission));
            QVERIFY(row->parent() && row->parent()->isExpanded());
            QCOMPARE(row->childCount(), 1);
            const QString how = row->child(0)->text(0);
            QVERIFY2(how.contains(u"API permissions"_s) && how.contains(permission) &&
                         how.contains(u"Grant admin consent"_s),
                     qPrintable(how));
        }
        auto* banner = wizard.findChild<Banner*>(u"permissionBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(u"partial audit"_s), qPrintable(banner->text()));

        // The audit still runs with what was granted.
        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::ScopePageId));
        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::RunPageId));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(AuditWizard::SummaryPageId), 50000);

        const ConsoleAudit& audit = wizard.audit();
        QVERIFY(!audit.isEmpty());
        QVERIFY(!audit.result->complete);
        QVERIFY(!audit.result->mailboxes.isEmpty()); // Exchange and the directory were read
        const QList<CollectorId> incomplete = audit.result->snapshot.incompleteCollectors();
        for (CollectorId policyCollector : {CollectorId::SecurityDefaults, CollectorId::ConditionalAccessPolicies})
            QVERIFY2(incomplete.contains(policyCollector), qPrintable(collectorName(policyCollector)));
        QVERIFY(!incomplete.contains(CollectorId::CasMailboxes));

        // The summary says partial and names what could not be read and what was not checked.
        auto* partial = wizard.findChild<Banner*>(u"partialBanner"_s);
        QVERIFY(partial && partial->isVisible());
        const QString text = partial->text();
        QVERIFY2(text.contains(u"Partial audit"_s), qPrintable(text));
        for (CollectorId id : incomplete)
            QVERIFY2(text.contains(CollectorText::displayName(id)), qPrintable(CollectorText::displayName(id)));
        int notChecked = 0;
        for (const Finding& finding : audit.result->findings) {
            if (finding.kind != FindingKind::NotChecked)
                continue;
            ++notChecked;
            QVERIFY2(text.contains(finding.title), qPrintable(finding.title));
        }
        QVERIFY(notChecked > 0);
        wizard.accept();
    }
};

QTEST_MAIN(TestWizardLimitedApp)
#include "TestWizardLimitedApp.moc"
