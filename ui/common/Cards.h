#pragma once

#include "Theme.h"

#include <QFrame>
#include <QString>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace smtpaudit::ui {

// A rounded panel drawn from the palette (base colour, mid-tone border, optional accent stripe): the
// building block of cards and banners. No style sheet, so it follows light and dark palettes.
class Panel : public QFrame
{
    Q_OBJECT

public:
    explicit Panel(QWidget* parent = nullptr);
    void setTone(theme::Tone tone);
    theme::Tone tone() const { return m_tone; }
    void setAccentStripe(bool on);
    void setFilled(bool filled); // tinted background in the tone's colour (banners)

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    theme::Tone m_tone = theme::Tone::Neutral;
    bool m_stripe = false;
    bool m_filled = false;
};

// A dashboard card: a small caption, a large value and a line of context. Clickable (mouse, Enter or
// Space) when it leads somewhere.
class SummaryCard : public Panel
{
    Q_OBJECT

public:
    SummaryCard(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value, theme::Tone tone = theme::Tone::Neutral);
    void setCaption(const QString& caption);
    void setClickable(bool clickable);
    QString value() const;
    QString caption() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateAccessibleName();

    QLabel* m_title = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_caption = nullptr;
    bool m_clickable = false;
};

// A one-line message with an icon on a tinted background: partial audit, errors, hints.
class Banner : public Panel
{
    Q_OBJECT

public:
    explicit Banner(QWidget* parent = nullptr);
    void showMessage(theme::Tone tone, const QString& text);
    QString text() const;

private:
    void updateIcon();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

// Page title with a subtitle underneath; every page starts with one.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    PageHeader(const QString& title, const QString& subtitle, QWidget* parent = nullptr);
    void setSubtitle(const QString& subtitle);
    // Widgets placed at the right end of the header row (actions, filters).
    void addTrailingWidget(QWidget* widget);

private:
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QHBoxLayout* m_row = nullptr;
};

// What a page shows before there is data: an icon, a sentence and optionally a button.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString& icon, const QString& title, const QString& text, QWidget* parent = nullptr);
    QPushButton* addButton(const QString& text);
    void setText(const QString& text);

private:
    QLabel* m_text = nullptr;
    QVBoxLayout* m_buttons = nullptr;
};

} // namespace smtpaudit::ui
