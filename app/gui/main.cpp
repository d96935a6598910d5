#include "BuildInfo.h"
#include "MainWindow.h"
#include "audit/AuditStore.h"
#include "audit/Clock.h"
#include "common/EnglishPlurals.h"
#include "identity/ProfileStore.h"
#include "identity/SecretStore.h"
#include "sampletenant/SampleTenantHost.h"
#include "util/Translations.h"
#include "wizard/AuditLauncher.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"smtpaudit"_s);
    QApplication::setApplicationName(u"smtpaudit"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(smtpaudit::build::version));
    QApplication::setDesktopFileName(u"io.github.smtpaudit.smtpaudit"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/smtpaudit.svg"_s));
    if (!smtpaudit::installTranslations(app)) // English: no catalogue, but "1 day" rather than "1 day(s)"
        QCoreApplication::installTranslator(new smtpaudit::ui::EnglishPlurals(&app));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Audit and harden SMTP AUTH in a Microsoft 365 tenant."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sampleTenantOption(
        u"sample-tenant"_s,
        QCoreApplication::translate("main", "Start on the built-in sample tenant of SIZE (small, medium or large)."),
        u"SIZE"_s);
    parser.addOption(sampleTenantOption);
    parser.process(app);

    smtpaudit::SecretStore secrets;
    smtpaudit::ProfileStore profiles(&secrets);
    const smtpaudit::AuditStore history;
    smtpaudit::ui::MainWindow window(smtpaudit::Clock::system(), &history);

    smtpaudit::ui::WizardServices services;
    services.profiles = &profiles;
    services.secrets = &secrets;
    services.history = &history;
    smtpaudit::ui::SampleTenantHost sampleHost;
    services.sampleTenant = [&sampleHost](const QString& size, smtpaudit::ui::SampleApp sampleApp) {
        return sampleHost.connectionFor(size, sampleApp);
    };
    smtpaudit::ui::AuditLauncher launcher(&window, services);
    window.setSampleTenantHost(&sampleHost); // Test Send on the sample tenant's audit uses its SMTP endpoint

    window.loadLatestFromHistory();
    window.show();
    window.remindAboutRotation();

    if (parser.isSet(sampleTenantOption)) {
        // Start the sample tenant now, so a bad size or a server that cannot start is reported at once and
        // the wizard's first step is immediate; the wizard opens with it chosen.
        const QString size = parser.value(sampleTenantOption).toLower();
        const auto started = sampleHost.connectionFor(size);
        if (!started.ok()) {
            std::fprintf(stderr, "smtpaudit: %s\n", qUtf8Printable(started.error().message));
            return 2;
        }
        launcher.setSampleSize(size);
        launcher.openSampleAudit();
    }
    return QApplication::exec();
}
