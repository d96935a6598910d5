#include <QProcess>
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
    static Run run(const QStringList& args)
    {
        QProcess process;
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
};

QTEST_GUILESS_MAIN(TestCliBasics)
#include "TestCliBasics.moc"
