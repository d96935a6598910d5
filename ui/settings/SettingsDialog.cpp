#include "SettingsDialog.h"

#include "audit/CidrRange.h"
#include "common/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

SettingsDialog::SettingsDialog(const ConsoleSettings& settings, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto* audit = new QGroupBox(tr("New audits"), this);
    auto* auditForm = new QFormLayout(audit);
    m_signInDays = new QSpinBox(audit);
    m_signInDays->setObjectName(u"signInDays"_s);
    m_signInDays->setRange(1, 30);
    m_signInDays->setSuffix(tr(" days"));
    m_signInDays->setToolTip(tr("Entra keeps sign-ins for 30 days with Entra ID P1 (7 days without)."));
    m_rotationPeriod = new QSpinBox(audit);
    m_rotationPeriod->setObjectName(u"rotationPeriod"_s);
    m_rotationPeriod->setRange(1, 3650);
    m_rotationPeriod->setSuffix(tr(" days"));
    m_ranges = new QPlainTextEdit(audit);
    m_ranges->setObjectName(u"sendingRanges"_s);
    m_ranges->setAccessibleName(tr("Sending IP ranges"));
    m_ranges->setPlaceholderText(tr("One CIDR range per line, e.g. 203.0.113.0/24 or 2001:db8::/48"));
    m_ranges->setTabChangesFocus(true);
    m_ranges->setMaximumHeight(110);
    m_rangeError = new QLabel(audit);
    m_rangeError->setObjectName(u"rangeError"_s);
    m_rangeError->setVisible(false);
    theme::followPalette(m_rangeError, [this] {
        QPalette pal = m_rangeError->palette();
        pal.setColor(QPalette::WindowText, theme::toneColor(theme::Tone::Bad, pal));
        m_rangeError->setPalette(pal);
    });
    auditForm->addRow(tr("Sign-in &window:"), m_signInDays);
    auditForm->addRow(tr("Password &rotation period:"), m_rotationPeriod);
    auditForm->addRow(tr("Sending IP &ranges:"), m_ranges);
    auditForm->addRow(QString(), m_rangeError);
    layout->addWidget(audit);

    auto* reminders = new QGroupBox(tr("Reminders and history"), this);
    auto* reminderForm = new QFormLayout(reminders);
    m_warningDays = new QSpinBox(reminders);
    m_warningDays->setObjectName(u"warningDays"_s);
    m_warningDays->setRange(0, 365);
    m_warningDays->setSuffix(tr(" days"));
    m_tray = new QCheckBox(tr("&Notify at start when a credential is due"), reminders);
    m_tray->setObjectName(u"trayReminder"_s);
    m_history = new QCheckBox(tr("&Save every audit to the history"), reminders);
    m_history->setObjectName(u"saveHistory"_s);
    reminderForm->addRow(tr("&Warn this long before a due date:"), m_warningDays);
    reminderForm->addRow(QString(), m_tray);
    reminderForm->addRow(QString(), m_history);
    layout->addWidget(reminders);

    auto* note = new QLabel(tr("Colours follow your desktop's light or dark theme."), this);
    theme::makeSubtle(note);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);

    m_signInDays->setValue(settings.signInDays);
    m_rotationPeriod->setValue(settings.rotationPeriodDays);
    m_warningDays->setValue(settings.rotationWarningDays);
    m_tray->setChecked(settings.trayReminder);
    m_history->setChecked(settings.saveHistory);
    m_ranges->setPlainText(settings.sendingRanges.join(u'\n'));
}

ConsoleSettings SettingsDialog::settings() const
{
    ConsoleSettings s;
    s.signInDays = m_signInDays->value();
    s.rotationPeriodDays = m_rotationPeriod->value();
    s.rotationWarningDays = m_warningDays->value();
    s.trayReminder = m_tray->isChecked();
    s.saveHistory = m_history->isChecked();
    for (const QString& line : m_ranges->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        if (const QString range = line.trimmed(); !range.isEmpty())
            s.sendingRanges << range;
    return s;
}

QString SettingsDialog::invalidRange() const
{
    for (const QString& range : settings().sendingRanges)
        if (!CidrRange::parse(range))
            return range;
    return {};
}

void SettingsDialog::accept()
{
    const QString bad = invalidRange();
    if (!bad.isEmpty()) {
        m_rangeError->setText(tr("\"%1\" is not a CIDR range.").arg(bad));
        m_rangeError->setVisible(true);
        m_ranges->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace smtpaudit::ui
