#pragma once

#include <QtGlobal>

class QWidget;

namespace scanshield::ui {

// Large text for a whole window. Text sizes are kept as multiples of the application's font,
// so one switch makes everything bigger, titles and small print included, in proportion.

// The size of this widget's text relative to its window's: 1.3 for a title, 0.9 for small print.
void setRelativeTextSize(QWidget* widget, qreal factor, bool bold = false);

// Makes every text in `window` `scale` times the application's size (1.0 is normal).
void applyTextScale(QWidget* window, qreal scale);

} // namespace scanshield::ui
