#pragma once

namespace scanshield {

// Installs ScanShield's translation for the system language on the running application,
// falling back to English (whose file carries the plural forms). Call once after creating
// the QCoreApplication / QApplication.
void installTranslations();

} // namespace scanshield
