#pragma once

#include <QIcon>
#include <QString>

namespace smtpaudit::ui {

// Icons of the console: SVGs under :/icons/ drawn with `currentColor`, rendered at the exact device pixel
// size asked for (sharp at any scale factor) and in the palette's text colour (so line icons stay visible
// on a dark desktop). Selected items use the highlighted-text colour, disabled ones the disabled text.
QIcon themedIcon(const QString& name);

// The same SVG in a fixed colour (status dots, severity marks).
QIcon tintedIcon(const QString& name, const QColor& color);

} // namespace smtpaudit::ui
