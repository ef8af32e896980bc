#pragma once

#include <QString>
#include <QStringList>

// The language ScanShield speaks. Its translations are compiled from translations/*.ts and
// embedded under :/i18n; English needs a file too, for its plural forms ("%n file(s)").
// For translators: scanshield_<code>.qm files in $SCANSHIELD_TRANSLATIONS_DIR are used before
// the embedded ones, so a translation can be tried without building ScanShield.
namespace scanshield {

// The languages ScanShield has a translation for ("de", "en", "es", "fr"), sorted.
QStringList availableLanguages();

// The first of `uiLanguages` (as QLocale::uiLanguages() lists them: "de-CH", "fr", ...) that
// ScanShield speaks, else "en".
QString bestLanguage(const QStringList& uiLanguages);

// The language of this computer's user (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux) that
// ScanShield speaks, else "en".
QString systemLanguage();

// Makes `language` ("es", "fr"...) the language of every text from now on: ScanShield's own,
// Qt's (the buttons of standard dialogs) and the default locale for dates and numbers. Replaces
// the language installed before. False, changing nothing, when ScanShield has no translation
// for it.
bool installTranslation(const QString& language);

// The language installed last ("en" before any).
QString installedLanguage();

// installTranslation(systemLanguage()): the CLI and the tests speak the system's language.
void installTranslations();

// The name of a language in that language, for a menu: "English", "Español", "Deutsch"...
QString languageNameInItself(const QString& language);

} // namespace scanshield
