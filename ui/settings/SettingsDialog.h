#pragma once

#include "ConsoleSettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace smtpaudit::ui {

// Preferences: audit defaults (sign-in window, rotation period, sending ranges), reminders and history.
// Sending ranges are validated as CIDR before OK is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const ConsoleSettings& settings, QWidget* parent = nullptr);

    ConsoleSettings settings() const;
    // Empty when every line is a valid CIDR range (or empty); else the first bad line.
    QString invalidRange() const;

    void accept() override;

private:
    QSpinBox* m_signInDays = nullptr;
    QSpinBox* m_rotationPeriod = nullptr;
    QSpinBox* m_warningDays = nullptr;
    QCheckBox* m_tray = nullptr;
    QCheckBox* m_history = nullptr;
    QPlainTextEdit* m_ranges = nullptr;
    QLabel* m_rangeError = nullptr;
};

} // namespace smtpaudit::ui
