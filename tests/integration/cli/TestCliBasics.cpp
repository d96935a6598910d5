#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "BuildInfo.h"

using namespace Qt::StringLiterals;

class TestCliBasics : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList& args,
                   const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(qEnvironmentVariable("SMTPAUDIT_CLI"), args);
        [&] {
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        }();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void version()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"smtpaudit-cli %1\n"_s.arg(QLatin1StringView(smtpaudit::build::version)));
    }

    void help()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Usage:"_s));
        QVERIFY(r.out.contains(u"--version"_s));
    }

    void unknownCommandIsUsageError()
    {
        const Run r = run({u"frobnicate"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"frobnicate"_s), qPrintable(r.err));
    }

    void unknownOptionIsUsageError()
    {
        const Run r = run({u"--no-such-option"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"no-such-option"_s));
    }

    // Per-request debug lines are off by default (a scheduled job's log stays readable) and QT_LOGGING_RULES
    // still turns them on for a diagnosis.
    void httpDebugLinesOnlyWhenAskedFor()
    {
        QTemporaryDir directory;
        const QStringList audit{u"audit"_s,        u"--sample-tenant"_s, u"small"_s,
                                u"--no-history"_s, u"--json"_s,          directory.filePath(u"audit.json"_s)};
        QProcessEnvironment quiet = QProcessEnvironment::systemEnvironment();
        quiet.remove(u"QT_LOGGING_RULES"_s);
        const Run byDefault = run(audit, quiet);
        QCOMPARE(byDefault.exitCode, 0);
        QVERIFY2(byDefault.err.contains(u" mailboxes, "_s), qPrintable(byDefault.err));
        QVERIFY2(!byDefault.err.contains(u"smtpaudit.http:"_s), qPrintable(byDefault.err.left(2000)));

        QProcessEnvironment verbose = quiet;
        verbose.insert(u"QT_LOGGING_RULES"_s, u"smtpaudit.http.debug=true"_s);
        const Run asked = run(audit, verbose);
        QCOMPARE(asked.exitCode, 0);
        QVERIFY2(asked.err.contains(u"smtpaudit.http: GET "_s), qPrintable(asked.err.left(2000)));
    }
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "TestCliBasics.moc"
