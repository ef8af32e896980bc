#pragma once

class QLabel;
class QWidget;

namespace scanshield::ui {

// The one sentence a page leads with ("Your name appears in 846 places…", "Checked: nothing
// that identifies you…"): bold, a third larger than the text around it, wrapped.
QLabel* makeHeadline(QWidget* parent);

} // namespace scanshield::ui
