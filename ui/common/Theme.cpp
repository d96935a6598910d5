#include "Theme.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace smtpaudit::ui::theme {

namespace {

// Hue and saturation per tone; lightness is chosen from the palette.
QColor hslFor(Tone tone, bool dark)
{
    struct Hs
    {
        int hue;
        int saturation;
    };
    Hs hs{210, 20};
    switch (tone) {
    case Tone::Neutral:
        hs = {210, 12};
        break;
    case Tone::Good:
        hs = {140, 150};
        break;
    case Tone::Warning:
        hs = {32, 220};
        break;
    case Tone::Bad:
        hs = {4, 190};
        break;
    case Tone::Critical:
        hs = {330, 170};
        break;
    case Tone::Accent:
        hs = {208, 170};
        break;
    }
    return QColor::fromHsl(hs.hue, hs.saturation, dark ? 170 : 95);
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QPalette& palette)
{
    if (tone == Tone::Neutral)
        return mutedTextColor(palette);
    return hslFor(tone, isDark(palette));
}

QColor toneBackground(Tone tone, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor fg = hslFor(tone, isDark(palette));
    const double mix = isDark(palette) ? 0.22 : 0.13;
    return QColor::fromRgbF(float(base.redF() * (1 - mix) + fg.redF() * mix),
                            float(base.greenF() * (1 - mix) + fg.greenF() * mix),
                            float(base.blueF() * (1 - mix) + fg.blueF() * mix));
}

Tone severityTone(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return Tone::Critical;
    case Severity::High:
        return Tone::Bad;
    case Severity::Medium:
        return Tone::Warning;
    case Severity::Low:
        return Tone::Accent;
    case Severity::Info:
        return Tone::Neutral;
    }
    return Tone::Neutral;
}

Tone verdictTone(SmtpAuthVerdict verdict)
{
    switch (verdict) {
    case SmtpAuthVerdict::Enabled:
        return Tone::Bad;
    case SmtpAuthVerdict::Blocked:
        return Tone::Warning;
    case SmtpAuthVerdict::Disabled:
        return Tone::Good;
    case SmtpAuthVerdict::Unknown:
        return Tone::Neutral;
    }
    return Tone::Neutral;
}

QColor severityColor(Severity severity, const QPalette& palette)
{
    return toneColor(severityTone(severity), palette);
}

QColor verdictColor(SmtpAuthVerdict verdict, const QPalette& palette)
{
    return toneColor(verdictTone(verdict), palette);
}

QColor successColor(const QPalette& palette)
{
    return QColor::fromHsl(150, 120, isDark(palette) ? 140 : 120);
}

QColor failureColor(const QPalette& palette)
{
    return QColor::fromHsl(6, 170, isDark(palette) ? 150 : 125);
}

QColor highlightSeriesColor(const QPalette& palette)
{
    return QColor::fromHsl(285, 140, isDark(palette) ? 160 : 110);
}

QColor mutedTextColor(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    // Two thirds of the way from the background to the text: visibly secondary, still readable.
    return QColor::fromRgbF(float(window.redF() / 3 + text.redF() * 2 / 3),
                            float(window.greenF() / 3 + text.greenF() * 2 / 3),
                            float(window.blueF() / 3 + text.blueF() * 2 / 3));
}

namespace {

class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget* widget, std::function<void()> apply)
        : QObject(widget)
        , m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        m_apply();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
            m_apply();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
};

} // namespace

void followPalette(QWidget* widget, std::function<void()> apply)
{
    new PaletteFollower(widget, std::move(apply));
}

void makeHeading(QWidget* widget, double scale)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    widget->setFont(font);
}

void makeSubtle(QWidget* widget)
{
    followPalette(widget, [widget] {
        QPalette palette = QApplication::palette(widget);
        const QColor muted = mutedTextColor(palette);
        palette.setColor(QPalette::WindowText, muted);
        palette.setColor(QPalette::Text, muted);
        widget->setPalette(palette);
    });
}

} // namespace smtpaudit::ui::theme
