#include "translations/Translations.h"

#include <QCoreApplication>
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

} // namespace scanshield
