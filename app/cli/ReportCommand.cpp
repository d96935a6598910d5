// smtpaudit-cli report --from-audit AUDIT.json --pdf FILE [--csv DIR]: the report of a saved audit.
#include "AuditOutputs.h"
#include "CliCommands.h"
#include "CliSupport.h"

#include "audit/AuditJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace smtpaudit::cli {
namespace {

// lupdate files ReportCommandText::tr() under the class that declares it; a free ReportCommandText::tr() in a namespace
// would be extracted under the namespace's name and never found at run time.
struct ReportCommandText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ReportCommandText::tr(
        "Writes the PDF report and CSV exports of a saved audit (smtpaudit-cli audit --json).\n"
        "Exit codes: 0 written, 2 usage error or an audit file that cannot be read, 4 an output not written."));
    parser.addHelpOption();
    const QCommandLineOption fromAudit(u"from-audit"_s, ReportCommandText::tr("The audit JSON to report on."),
                                       u"FILE"_s);
    const QCommandLineOption pdf(u"pdf"_s, ReportCommandText::tr("Write the PDF report to FILE."), u"FILE"_s);
    const QCommandLineOption csv(u"csv"_s, ReportCommandText::tr("Write the CSV exports into DIR."), u"DIR"_s);
    const QCommandLineOption quiet(u"quiet"_s, ReportCommandText::tr("Errors only."));
    parser.addOptions({fromAudit, pdf, csv, quiet});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(ReportCommandText::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    if (!parser.isSet(fromAudit))
        return usage(ReportCommandText::tr("report needs --from-audit AUDIT.json."));
    OutputFiles outputs;
    outputs.pdf = parser.value(pdf);
    outputs.csvDirectory = parser.value(csv);
    if (outputs.isEmpty())
        return usage(ReportCommandText::tr("Nothing to write: give --pdf FILE and/or --csv DIR."));

    QFile file(parser.value(fromAudit));
    if (!file.open(QIODevice::ReadOnly))
        return usage(ReportCommandText::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    // The exact bytes: the PDF prints their SHA-256, which must match the file on disk.
    const QByteArray bytes = file.readAll();
    const auto parsed = AuditJson::parse(bytes);
    if (!parsed.ok())
        return usage(
            ReportCommandText::tr("%1 is not a readable audit (%2): %3")
                .arg(file.fileName(), auditParseErrorKindName(parsed.error().kind), parsed.error().error.toString()));
    return writeOutputs(parsed.value(), bytes, outputs, parser.isSet(quiet)) ? ExitOk : ExitIncomplete;
}

} // namespace smtpaudit::cli
