#include "BuildInfo.h"
#include "CliApplication.h"
#include "CliCommands.h"
#include "CliSupport.h"
#include "common/EnglishPlurals.h"
#include "util/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace smtpaudit::cli;

namespace {

using Command = std::function<int(const QStringList&)>;

const std::map<QString, Command>& commands()
{
    static const std::map<QString, Command> table = {
        {u"audit"_s, runAudit},
        {u"report"_s, runReport},
        {u"send"_s, runSend},
        {u"sample-tenant"_s, runSampleTenant},
    };
    return table;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(u"smtpaudit"_s);
    QCoreApplication::setApplicationName(u"smtpaudit"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(smtpaudit::build::version));
    // English has no catalogue: without this, "%n day(s)" would print as "1 day(s)" in the text and the PDF.
    if (!smtpaudit::installTranslations(app))
        QCoreApplication::installTranslator(new smtpaudit::ui::EnglishPlurals(&app));

    // Two debug lines per HTTP request drown a scheduled job's log and cost the large audit's main thread
    // about a tenth of its time; QT_LOGGING_RULES (evaluated after these rules) turns them back on.
    QLoggingCategory::setFilterRules(u"smtpaudit.*.debug=false"_s);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1) {
        const auto command = commands().find(arguments.at(1));
        if (command != commands().end())
            return command->second(arguments.mid(1));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Headless SMTP AUTH audit for Microsoft 365.\n\nCommands:\n%1").arg([] {
            QStringList names;
            for (const auto& [name, command] : commands())
                names << u"  "_s + name;
            return names.join(u'\n');
        }()));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "The command to run."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"version"_s)) {
        out() << "smtpaudit-cli " << smtpaudit::build::version << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("cli", "Unknown command: %1").arg(parser.positionalArguments().first())
              << Qt::endl;
        return ExitUsage;
    }
    out() << parser.helpText();
    return ExitUsage;
}
