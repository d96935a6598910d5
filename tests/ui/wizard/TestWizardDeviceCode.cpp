#include "WizardTestSupport.h"
#include "identity/TokenProvider.h"
#include "sample/identity/IdentityPlatform.h"
#include "sample/tenant/SampleTenant.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;
using namespace wizardtest;

// Device code sign-in in the wizard, as an admin connects a new tenant: a new connection with the custom
// cloud pointing at the sample tenant's identity platform, Graph and Exchange on loopback (its CA trusted),
// the sample's public client app and "Device code". The permissions page must show the user code and the
// verification URL; once the code is approved (the sample's stand-in for the browser), the wizard signs in
// and the permissions check completes, so Next leads to the scope page.
class TestWizardDeviceCode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestWizardDeviceCode"_s);
    }

    void signsInWithADeviceCodeAndChecksPermissions()
    {
        SampleTenantHost host;
        QVERIFY(host.connectionFor(u"small"_s).ok()); // only to start the tenant; the wizard gets no sample
        sample::SampleTenant* tenant = host.tenant();
        QVERIFY(tenant);

        AuditWizard wizard(WizardServices{});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.findChild<QRadioButton*>(u"newRadio"_s)->isChecked());
        const auto edit = [&](const char* name) { return wizard.findChild<QLineEdit*>(QLatin1StringView(name)); };
        edit("profileNameEdit")->setText(u"Sample by device code"_s);
        edit("tenantEdit")->setText(tenant->initialDomain());
        auto* cloud = wizard.findChild<QComboBox*>(u"cloudCombo"_s);
        cloud->setCurrentIndex(cloud->findData(u"custom"_s));
        QVERIFY(edit("loginUrlEdit")->isVisible());
        auto* auth = wizard.findChild<QComboBox*>(u"authCombo"_s);
        auth->setCurrentIndex(auth->findData(int(ConnectionProfile::AuthKind::DeviceCode)));
        edit("clientIdEdit")->setText(tenant->publicClient().clientId);
        QVERIFY(!wizard.currentPage()->isComplete()); // the custom cloud's endpoints are still empty
        const QString base = tenant->baseUrl().toString();
        edit("loginUrlEdit")->setText(base);
        edit("graphUrlEdit")->setText(base);
        edit("exchangeUrlEdit")->setText(base);
        edit("caFileEdit")->setText(tenant->caCertificatePath());
        QVERIFY(wizard.currentPage()->isComplete());

        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::PermissionsPageId));
        QCOMPARE(wizard.connection()->request().profile.cloud, u"custom"_s);

        // The page shows the code and where to enter it.
        auto* prompt = wizard.findChild<QLabel*>(u"signInPrompt"_s);
        QTRY_VERIFY_WITH_TIMEOUT(prompt->isVisible(), 15000);
        const QString verificationUrl = base + u"/devicelogin"_s;
        QVERIFY2(prompt->text().contains(verificationUrl), qPrintable(prompt->text()));
        const QRegularExpressionMatch code = QRegularExpression(u"<b>([^<]+)</b>"_s).match(prompt->text());
        QVERIFY2(code.hasMatch(), qPrintable(prompt->text()));
        QVERIFY(!wizard.currentPage()->isComplete());

        // The admin approves it in the "browser": one of the tenant's own users signs in.
        const QString upn = tenant->model().users.front().userPrincipalName;
        const Status approved = tenant->identity().approve(code.captured(1), upn);
        QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));

        // The credential polls (every 5 s, as Microsoft asks), gets both tokens and the check completes.
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 30000);
        QVERIFY(!prompt->isVisible());
        QVERIFY(wizard.permissions());
        QVERIFY(!wizard.permissions()->graphError);
        QCOMPARE(wizard.permissions()->tenantId, tenant->tenantId()); // the domain resolved from the token
        QVERIFY(wizard.connection()->tokens().claims(TokenResource::Graph)->isDelegated());
        QCOMPARE(wizard.connection()->tokens().claims(TokenResource::Graph)->userPrincipalName, upn);

        button(wizard, QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::ScopePageId));
        wizard.reject();
    }
};

QTEST_MAIN(TestWizardDeviceCode)
#include "TestWizardDeviceCode.moc"
