#pragma once

#include <QStringList>

namespace scanshield {

// Installs ScanShield's translation for the system language on the running application,
// falling back to English (whose file carries the plural forms). Call once after creating
// the QCoreApplication / QApplication.
void installTranslations();

// The languages ScanShield has a translation for ("en", ...), from the embedded files.
QStringList availableLanguages();

// Switches to `language` ("es", "fr"...): false, changing nothing, when there is no
// translation for it.
bool installTranslation(const QString& language);

} // namespace scanshield
