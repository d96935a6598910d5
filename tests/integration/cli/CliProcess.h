#pragma once

// Runs smtpaudit-cli (SMTPAUDIT_CLI) as a child process while this process's event loop keeps running, so
// that a sample server living in the test process can answer it.

#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace smtpaudit::test {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList& arguments, const QByteArray& standardInput = {}, int timeoutMs = 120000)
{
    QProcess process;
    QSignalSpy done(&process, &QProcess::finished);
    process.start(qEnvironmentVariable("SMTPAUDIT_CLI"), arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();
    CliRun run;
    run.finished = done.count() > 0 || done.wait(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline QString runTool(const QString& toolVariable, const QStringList& arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable(toolVariable.toLatin1().constData()), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(toolVariable, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace smtpaudit::test
