#include "settings/ConsoleSettings.h"
#include "settings/SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smtpaudit::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughQSettings()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        QCOMPARE(ConsoleSettings::load(settings).signInDays, 30); // defaults when empty
        ConsoleSettings s;
        s.signInDays = 14;
        s.rotationPeriodDays = 60;
        s.rotationWarningDays = 10;
        s.trayReminder = false;
        s.saveHistory = false;
        s.sendingRanges = {u"203.0.113.0/24"_s, u"2001:db8::/48"_s};
        s.save(settings);
        const ConsoleSettings back = ConsoleSettings::load(settings);
        QCOMPARE(back.signInDays, 14);
        QCOMPARE(back.rotationPeriodDays, 60);
        QCOMPARE(back.rotationWarningDays, 10);
        QCOMPARE(back.trayReminder, false);
        QCOMPARE(back.saveHistory, false);
        QCOMPARE(back.sendingRanges, s.sendingRanges);
        // Out-of-range values from a hand-edited file are clamped.
        settings.setValue(u"console/signInDays"_s, 400);
        QCOMPARE(ConsoleSettings::load(settings).signInDays, 30);
    }

    void dialogEditsAndValidates()
    {
        ConsoleSettings s;
        s.rotationWarningDays = 21;
        SettingsDialog dialog(s);
        QCOMPARE(dialog.findChild<QSpinBox*>(u"warningDays"_s)->value(), 21);
        dialog.findChild<QSpinBox*>(u"signInDays"_s)->setValue(7);
        dialog.findChild<QCheckBox*>(u"trayReminder"_s)->setChecked(false);
        auto* ranges = dialog.findChild<QPlainTextEdit*>(u"sendingRanges"_s);
        ranges->setPlainText(u"203.0.113.0/24\n  \nnot-a-range\n"_s);
        QCOMPARE(dialog.invalidRange(), u"not-a-range"_s);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused
        QVERIFY(dialog.findChild<QLabel*>(u"rangeError"_s)->isVisible());
        ranges->setPlainText(u"203.0.113.0/24\n\n2001:db8::/48"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ConsoleSettings edited = dialog.settings();
        QCOMPARE(edited.signInDays, 7);
        QCOMPARE(edited.trayReminder, false);
        QCOMPARE(edited.sendingRanges, (QStringList{u"203.0.113.0/24"_s, u"2001:db8::/48"_s}));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
