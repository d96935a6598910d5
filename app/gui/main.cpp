#include "BuildInfo.h"
#include "MainWindow.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"smtpaudit"_s);
    QApplication::setApplicationName(u"smtpaudit"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(smtpaudit::build::version));
    QApplication::setDesktopFileName(u"io.github.smtpaudit.smtpaudit"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/smtpaudit.svg"_s));
    smtpaudit::installTranslations(app);

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

    smtpaudit::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
