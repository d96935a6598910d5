#include "MainWindow.h"
#include "identity/ProfileStore.h"
#include "identity/SecretStore.h"
#include "wizard/AuditLauncher.h"
#include "wizard/AuditWizard.h"
#include "wizard/RunPage.h"
#include "wizard/TenantPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit;
using namespace smtpaudit::ui;

namespace {

// A "tenant" on loopback that accepts connections and never answers: every request stays in flight until
// it is cancelled, which is what Stop and Cancel must end.
class SilentTenant : public QTcpServer
{
public:
    SilentTenant()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                ++accepted;
                socket->setParent(this);
            }
        });
    }
    int accepted = 0;
};

ConnectionRequest silentRequest(quint16 port)
{
    ConnectionRequest request;
    ConnectionProfile& p = request.profile;
    p.name = u"silent"_s;
    p.tenant = u"7d2c8a55-1b0e-4c1f-9a55-3c9d0f2e6a10"_s;
    p.cloud = u"custom"_s;
    p.loginUrl = p.graphUrl = p.exchangeUrl = u"http://127.0.0.1:%1"_s.arg(port);
    p.clientId = u"0b5e3c1a-7a1d-4c55-8f0e-2d6b1a9c4e11"_s;
    p.auth = ConnectionProfile::AuthKind::ClientSecret;
    request.secret = "not-a-real-secret";
    request.label = u"Silent"_s;
    return request;
}

QPushButton* nextButton(QWizard& wizard)
{
    return qobject_cast<QPushButton*>(wizard.button(QWizard::NextButton));
}

} // namespace

class TestAuditWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"smtpaudit-test"_s);
        QCoreApplication::setApplicationName(u"TestAuditWizard"_s);
    }

    void newProfileNeedsEveryField()
    {
        AuditWizard wizard(WizardServices{});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* page = wizard.findChild<TenantPage*>(u"tenantPage"_s);
        QVERIFY(page);
        // No sample tenant offered and no saved profile: a new connection is the only choice.
        QVERIFY(!wizard.findChild<QRadioButton*>(u"sampleRadio"_s)->isEnabled());
        QVERIFY(!wizard.findChild<QRadioButton*>(u"savedRadio"_s)->isEnabled());
        QVERIFY(wizard.findChild<QRadioButton*>(u"newRadio"_s)->isChecked());
        QVERIFY(!nextButton(wizard)->isEnabled());

        wizard.findChild<QLineEdit*>(u"profileNameEdit"_s)->setText(u"Contoso"_s);
        wizard.findChild<QLineEdit*>(u"tenantEdit"_s)->setText(u"contoso.onmicrosoft.com"_s);
        wizard.findChild<QLineEdit*>(u"clientIdEdit"_s)->setText(u"0b5e3c1a-7a1d-4c55-8f0e-2d6b1a9c4e11"_s);
        auto* auth = wizard.findChild<QComboBox*>(u"authCombo"_s);
        auth->setCurrentIndex(auth->findData(int(ConnectionProfile::AuthKind::ClientSecret)));
        QVERIFY(!page->isComplete()); // the client secret is missing
        wizard.findChild<QLineEdit*>(u"secretEdit"_s)->setText(u"s3cret"_s);
        QVERIFY(page->isComplete());
        QVERIFY(nextButton(wizard)->isEnabled());

        // A certificate needs its file.
        auth->setCurrentIndex(auth->findData(int(ConnectionProfile::AuthKind::Certificate)));
        QVERIFY(!page->isComplete());
        wizard.findChild<QLineEdit*>(u"certificateEdit"_s)->setText(u"/nonexistent/cert.pem"_s);
        QVERIFY(page->isComplete());
        // ... which must exist: Next stays on the page with the reason shown.
        nextButton(wizard)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::TenantPageId));
        auto* banner = wizard.findChild<QWidget*>(u"tenantError"_s);
        QVERIFY(banner && banner->isVisible());

        // Device code needs no secret at all.
        auth->setCurrentIndex(auth->findData(int(ConnectionProfile::AuthKind::DeviceCode)));
        QVERIFY(!wizard.findChild<QLineEdit*>(u"secretEdit"_s)->isVisible());
        QVERIFY(page->isComplete());
    }

    void invalidProfileNameIsRefused()
    {
        AuditWizard wizard(WizardServices{});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.findChild<QLineEdit*>(u"profileNameEdit"_s)->setText(u"bad/name"_s);
        wizard.findChild<QLineEdit*>(u"tenantEdit"_s)->setText(u"contoso.onmicrosoft.com"_s);
        wizard.findChild<QLineEdit*>(u"clientIdEdit"_s)->setText(u"0b5e3c1a-7a1d-4c55-8f0e-2d6b1a9c4e11"_s);
        auto* auth = wizard.findChild<QComboBox*>(u"authCombo"_s);
        auth->setCurrentIndex(auth->findData(int(ConnectionProfile::AuthKind::DeviceCode)));
        nextButton(wizard)->click();
        QCOMPARE(wizard.currentId(), int(AuditWizard::TenantPageId));
        QVERIFY(wizard.connection() == nullptr);
    }

    void savedProfilesAreOffered()
    {
        QTemporaryDir dir;
        SecretStore secrets(u"smtpaudit-test"_s);
        ProfileStore profiles(&secrets, dir.filePath(u"profiles.ini"_s));
        ConnectionProfile profile;
        profile.name = u"Fabrikam admin"_s;
        profile.tenant = u"fabrikam.onmicrosoft.com"_s;
        profile.clientId = u"5f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b"_s;
        profile.auth = ConnectionProfile::AuthKind::DeviceCode;
        QVERIFY(profiles.save(profile).ok());

        WizardServices services;
        services.profiles = &profiles;
        AuditWizard wizard(services);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto* saved = wizard.findChild<QRadioButton*>(u"savedRadio"_s);
        QVERIFY(saved->isEnabled());
        saved->setChecked(true);
        auto* combo = wizard.findChild<QComboBox*>(u"profileCombo"_s);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), u"Fabrikam admin"_s);
        // A delegated profile signs in interactively: no secret to read, Next is possible at once.
        QVERIFY(!wizard.findChild<QLineEdit*>(u"savedSecretEdit"_s)->isEnabled());
        QVERIFY(wizard.page(AuditWizard::TenantPageId)->isComplete());
    }

    void stopEndsTheRunAtOnce()
    {
        SilentTenant tenant;
        QVERIFY(tenant.listen(QHostAddress::LocalHost));
        auto connection = TenantConnection::create(silentRequest(tenant.serverPort()));
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().message));

        AuditWizard wizard(WizardServices{});
        wizard.startWithConnection(std::move(connection).value(), AuditScope{});
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(AuditWizard::RunPageId));
        AuditRun* run = wizard.run();
        QVERIFY(run);
        QVERIFY(run->isRunning());
        // The token request really is on the wire.
        QTRY_VERIFY(tenant.accepted > 0);

        QSignalSpy finished(run, &AuditRun::finished);
        auto* stop = wizard.findChild<QPushButton*>(u"stopButton"_s);
        QVERIFY(stop && stop->isEnabled());
        stop->click();
        // AuditRun::cancel ends everything in the same event loop turn: no waiting.
        QCOMPARE(run->state(), AuditRun::State::Cancelled);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!stop->isEnabled());
        QVERIFY(wizard.findChild<QPushButton*>(u"startAgainButton"_s)->isVisible());
        QVERIFY(!wizard.page(AuditWizard::RunPageId)->isComplete());
        QVERIFY(wizard.audit().isEmpty());

        // Start again runs a new audit over the same connection.
        wizard.findChild<QPushButton*>(u"startAgainButton"_s)->click();
        QVERIFY(wizard.run() && wizard.run()->isRunning());
        // Cancelling the wizard stops it as well.
        AuditRun* second = wizard.run();
        wizard.reject();
        QCOMPARE(second->state(), AuditRun::State::Cancelled);
        QVERIFY(!wizard.isVisible());
    }

    void launcherOpensOneWizard()
    {
        MainWindow window;
        AuditLauncher launcher(&window, WizardServices{});
        QSignalSpy requested(&window, &MainWindow::newAuditRequested);
        auto* action = window.findChild<QAction*>(u"newAuditAction"_s);
        QVERIFY(action);
        action->trigger();
        QCOMPARE(requested.count(), 1);
        QPointer<AuditWizard> wizard = launcher.wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(AuditWizard::TenantPageId));
        // A second request brings the same wizard forward instead of opening another.
        action->trigger();
        QCOMPARE(launcher.wizard(), wizard.data());
        QCOMPARE(window.findChildren<AuditWizard*>().size(), 1);
        // Nothing to run again yet: "Run again" is off until an audit finished.
        QVERIFY(!launcher.canRerun());
        wizard->reject();
        QTRY_VERIFY(wizard.isNull()); // deleted on close
    }
};

QTEST_MAIN(TestAuditWizard)
#include "TestAuditWizard.moc"
