#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace scanshield {

void installTranslations()
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    const bool found = translator->load(QLocale(), QStringLiteral("scanshield"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
                       translator->load(QStringLiteral(":/i18n/scanshield_en"));
    if (found)
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("scanshield_*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(int(qstrlen("scanshield_")), file.size() - int(qstrlen("scanshield_")) - 3);
    return languages;
}

bool installTranslation(const QString& language)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!availableLanguages().contains(language) || !translator->load(QStringLiteral(":/i18n/scanshield_") + language)) {
        delete translator;
        return false;
    }
    // The newest translator is asked first; the one installed at start-up stays as the
    // fallback for English plural forms.
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace scanshield
