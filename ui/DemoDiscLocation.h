#pragma once

#include <QString>

namespace scanshield::ui {

// The fictional demo disc opened when ScanShield starts with no disc: written once into the
// application's data folder and reused. Empty string and a message when it cannot be written.
QString ensureDemoDisc(QString* error = nullptr);

} // namespace scanshield::ui
