#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace scanshield {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kFilePrefix = QStringLiteral("scanshield_");
const QString kFileSuffix = QStringLiteral(".qm");

// The translators ScanShield installed. QPointer: they belong to the application object and
// die with it (tests make more than one).
struct Installed {
    QPointer<QTranslator> english; // English plural forms; stays installed as the last resort
    QPointer<QTranslator> scanshield; // the chosen language, none for English
    QPointer<QTranslator> qt; // Qt's own texts in the chosen language, when Qt has them
    QString language = kEnglish;
};

Installed& installed()
{
    static Installed state;
    return state;
}

// Where scanshield_<code>.qm files are looked for, the translators' folder first.
QStringList translationFolders()
{
    QStringList folders;
    const QString translatorsFolder = qEnvironmentVariable("SCANSHIELD_TRANSLATIONS_DIR");
    if (!translatorsFolder.isEmpty())
        folders << translatorsFolder;
    folders << QStringLiteral(":/i18n");
    return folders;
}

QString translationFile(const QString& language)
{
    for (const QString& folder : translationFolders()) {
        const QString path = QDir(folder).filePath(kFilePrefix + language + kFileSuffix);
        if (QFileInfo::exists(path))
            return path;
    }
    return QString();
}

// An exact file, not QTranslator's search that falls back to shorter names.
std::unique_ptr<QTranslator> loadTranslator(const QString& path)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (path.isEmpty() || !translator->load(path))
        return nullptr;
    return translator;
}

// Dates and numbers as people of that language write them; the system's own locale when it
// already speaks the language (de_CH keeps Swiss dates), and for English on a "C" system.
QLocale localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    if (system.language() == wanted.language() || (system.language() == QLocale::C && wanted.language() == QLocale::English))
        return system;
    return wanted;
}

void remove(QPointer<QTranslator>& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
}

QPointer<QTranslator> install(std::unique_ptr<QTranslator> translator)
{
    if (!translator)
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator.release();
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    for (const QString& folder : translationFolders()) {
        const QStringList files = QDir(folder).entryList({kFilePrefix + QStringLiteral("*") + kFileSuffix}, QDir::Files);
        for (const QString& file : files) {
            const QString language = file.mid(kFilePrefix.size(), file.size() - kFilePrefix.size() - kFileSuffix.size());
            if (!languages.contains(language))
                languages << language;
        }
    }
    languages.sort();
    return languages;
}

QString bestLanguage(const QStringList& uiLanguages)
{
    const QStringList available = availableLanguages();
    for (const QString& uiLanguage : uiLanguages) {
        // "de-Latn-CH" and "de_CH" are German; ScanShield has one file per language.
        const QString language = uiLanguage.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(language))
            return language;
    }
    return kEnglish;
}

QString systemLanguage()
{
    return bestLanguage(QLocale::system().uiLanguages());
}

bool installTranslation(const QString& language)
{
    if (!QCoreApplication::instance() || !availableLanguages().contains(language))
        return false;
    Installed& state = installed();
    if (!state.english)
        state.english = install(loadTranslator(translationFile(kEnglish)));
    std::unique_ptr<QTranslator> scanshield;
    std::unique_ptr<QTranslator> qt;
    if (language != kEnglish) {
        scanshield = loadTranslator(translationFile(language));
        if (!scanshield)
            return false;
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        qt = loadTranslator(QDir(qtFolder).filePath(QStringLiteral("qtbase_") + language + kFileSuffix));
    }
    remove(state.scanshield);
    remove(state.qt);
    // Installed after the English file, so asked before it: an unfinished text of the chosen
    // language falls back to English with its plural forms.
    state.qt = install(std::move(qt));
    state.scanshield = install(std::move(scanshield));
    state.language = language;
    QLocale::setDefault(localeFor(language));
    return true;
}

QString installedLanguage()
{
    return installed().language;
}

void installTranslations()
{
    installTranslation(systemLanguage());
}

QString languageNameInItself(const QString& language)
{
    // Written out for ScanShield's languages: Qt's own names carry a country ("American
    // English", "español de España") and French and Spanish ones start in lower case.
    static const QList<QPair<QString, QString>> names = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
    for (const auto& [code, name] : names)
        if (code == language)
            return name;
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace scanshield
