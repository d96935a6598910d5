#include "Cards.h"

#include "Icons.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smtpaudit::ui {

Panel::Panel(QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
    setAttribute(Qt::WA_Hover);
}

void Panel::setTone(theme::Tone tone)
{
    m_tone = tone;
    update();
}

void Panel::setAccentStripe(bool on)
{
    m_stripe = on;
    update();
}

void Panel::setFilled(bool filled)
{
    m_filled = filled;
    update();
}

void Panel::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = 6;
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);

    const QColor fill = m_filled ? theme::toneBackground(m_tone, pal) : pal.color(QPalette::Base);
    painter.fillPath(path, fill);
    QColor border = m_filled ? theme::toneColor(m_tone, pal) : pal.color(QPalette::Mid);
    border.setAlphaF(m_filled ? 0.55f : (hasFocus() ? 1.0f : 0.6f));
    if (hasFocus())
        border = pal.color(QPalette::Highlight);
    painter.setPen(QPen(border, hasFocus() ? 2 : 1));
    painter.drawPath(path);

    if (m_stripe && m_tone != theme::Tone::Neutral) {
        painter.save();
        painter.setClipPath(path);
        painter.fillRect(QRectF(box.left(), box.top(), 4, box.height()), theme::toneColor(m_tone, pal));
        painter.restore();
    }
}

SummaryCard::SummaryCard(const QString& title, QWidget* parent)
    : Panel(parent)
{
    setAccentStripe(true);
    setMinimumWidth(170);
    // Minimum, not Fixed: cards in one row take the row's height (a two-line caption beside one-line ones
    // left them ragged); pages give spare height to their Expanding tables, so cards do not balloon.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 14, 12);
    layout->setSpacing(2);
    m_title = new QLabel(title, this);
    m_title->setObjectName(u"cardTitle"_s);
    theme::makeSubtle(m_title);
    m_value = new QLabel(u"—"_s, this);
    m_value->setObjectName(u"cardValue"_s);
    theme::makeHeading(m_value, 1.9);
    m_caption = new QLabel(this);
    m_caption->setObjectName(u"cardCaption"_s);
    m_caption->setWordWrap(true);
    theme::makeSubtle(m_caption);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    // The value takes the tone's colour for warnings; neutral values keep the normal text colour.
    theme::followPalette(m_value, [this] {
        QPalette pal = QApplication::palette(m_value);
        if (tone() != theme::Tone::Neutral && tone() != theme::Tone::Accent)
            pal.setColor(QPalette::WindowText, theme::toneColor(tone(), pal));
        m_value->setPalette(pal);
    });
    updateAccessibleName();
}

void SummaryCard::setValue(const QString& value, theme::Tone tone)
{
    m_value->setText(value);
    setTone(tone);
    QPalette pal = QApplication::palette(m_value);
    if (tone != theme::Tone::Neutral && tone != theme::Tone::Accent)
        pal.setColor(QPalette::WindowText, theme::toneColor(tone, pal));
    m_value->setPalette(pal);
    updateAccessibleName();
}

void SummaryCard::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
    updateAccessibleName();
}

void SummaryCard::setClickable(bool clickable)
{
    m_clickable = clickable;
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

QString SummaryCard::value() const
{
    return m_value->text();
}

QString SummaryCard::caption() const
{
    return m_caption->text();
}

void SummaryCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    Panel::mouseReleaseEvent(event);
}

void SummaryCard::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    Panel::keyPressEvent(event);
}

void SummaryCard::updateAccessibleName()
{
    setAccessibleName(m_title->text() + u": "_s + m_value->text());
    setAccessibleDescription(m_caption->text());
}

Banner::Banner(QWidget* parent)
    : Panel(parent)
{
    setFilled(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    theme::followPalette(m_icon, [this] { updateIcon(); });
    setVisible(false);
}

void Banner::showMessage(theme::Tone tone, const QString& text)
{
    setTone(tone);
    updateIcon();
    m_text->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void Banner::updateIcon()
{
    const QString icon =
        tone() == theme::Tone::Good ? u"check"_s : (tone() == theme::Tone::Accent ? u"info"_s : u"warning"_s);
    m_icon->setPixmap(tintedIcon(icon, theme::toneColor(tone(), QApplication::palette(this))).pixmap(QSize(20, 20)));
}

QString Banner::text() const
{
    return m_text->text();
}

PageHeader::PageHeader(const QString& title, const QString& subtitle, QWidget* parent)
    : QWidget(parent)
{
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 4);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    m_title = new QLabel(title, this);
    m_title->setObjectName(u"pageTitle"_s);
    m_title->setAccessibleName(title);
    theme::makeHeading(m_title, 1.6);
    m_subtitle = new QLabel(subtitle, this);
    m_subtitle->setObjectName(u"pageSubtitle"_s);
    m_subtitle->setWordWrap(true);
    theme::makeSubtle(m_subtitle);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);
    m_row->addLayout(texts, 1);
}

void PageHeader::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
}

void PageHeader::addTrailingWidget(QWidget* widget)
{
    m_row->addWidget(widget, 0, Qt::AlignBottom);
}

EmptyState::EmptyState(const QString& icon, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* iconLabel = new QLabel(this);
    iconLabel->setAlignment(Qt::AlignCenter);
    theme::followPalette(iconLabel, [iconLabel, icon] {
        iconLabel->setPixmap(tintedIcon(icon, theme::mutedTextColor(iconLabel->palette())).pixmap(QSize(56, 56)));
    });
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setAlignment(Qt::AlignCenter);
    theme::makeHeading(titleLabel, 1.35);
    m_text = new QLabel(text, this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    // A fixed width: a word-wrapped label placed with an alignment gets the height of its own width guess,
    // which cut the second line in half on the History page's empty state.
    m_text->setFixedWidth(520);
    theme::makeSubtle(m_text);
    outer->addWidget(iconLabel);
    outer->addSpacing(8);
    outer->addWidget(titleLabel);
    outer->addWidget(m_text, 0, Qt::AlignHCenter);
    outer->addSpacing(12);
    m_buttons = new QVBoxLayout;
    m_buttons->setSpacing(8);
    outer->addLayout(m_buttons);
    outer->addStretch(3);
    setAccessibleName(title);
}

QPushButton* EmptyState::addButton(const QString& text)
{
    auto* button = new QPushButton(text, this);
    button->setMinimumWidth(240);
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
    return button;
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
}

} // namespace smtpaudit::ui
