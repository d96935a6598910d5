#pragma once

#include "audit/EffectiveSmtpAuth.h"
#include "audit/Finding.h"

#include <QColor>
#include <QPalette>

#include <functional>

class QWidget;

namespace smtpaudit::ui::theme {

// Semantic colours derived from the current palette instead of fixed RGB values: the same hue is darker
// on a light window and lighter on a dark one, so text and badges stay readable in both.
bool isDark(const QPalette& palette);

enum class Tone
{
    Neutral,
    Good,
    Warning,
    Bad,
    Critical,
    Accent,
};

QColor toneColor(Tone tone, const QPalette& palette);
// A soft background for a badge or banner of `tone`, blended into the palette's base colour.
QColor toneBackground(Tone tone, const QPalette& palette);

Tone severityTone(Severity severity);
Tone verdictTone(SmtpAuthVerdict verdict);
QColor severityColor(Severity severity, const QPalette& palette);
QColor verdictColor(SmtpAuthVerdict verdict, const QPalette& palette);

// Colours for chart series (success, failure, highlight) that contrast with the palette's base.
QColor successColor(const QPalette& palette);
QColor failureColor(const QPalette& palette);
QColor highlightSeriesColor(const QPalette& palette);
QColor mutedTextColor(const QPalette& palette);

// Runs `apply` now and again whenever the application palette changes (the desktop switched between
// light and dark), so colours computed from the palette never go stale.
void followPalette(QWidget* widget, std::function<void()> apply);

// Fonts for headings, relative to the widget's own font (respects the user's font size).
void makeHeading(QWidget* widget, double scale = 1.5);
// Secondary text: the window text blended towards the background, kept in step with the palette.
void makeSubtle(QWidget* widget);

} // namespace smtpaudit::ui::theme
