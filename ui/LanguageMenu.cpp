#include "ui/LanguageMenu.h"

#include "translations/Translations.h"

#include <QActionGroup>
#include <QSettings>

#include <algorithm>

namespace scanshield::ui {

namespace {
const QString kLanguageKey = QStringLiteral("language");
} // namespace

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent)
{
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    // In the order of their own names (Deutsch, English, Español, Français), the usual order
    // of a list of languages that favours none.
    QStringList languages = availableLanguages();
    std::sort(languages.begin(), languages.end(), [](const QString& a, const QString& b) {
        return languageNameInItself(a).localeAwareCompare(languageNameInItself(b)) < 0;
    });
    for (const QString& language : languages) {
        QAction* action = addAction(languageNameInItself(language));
        action->setData(language);
        action->setCheckable(true);
        action->setChecked(language == installedLanguage());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (language == installedLanguage())
                return;
            QSettings().setValue(kLanguageKey, language);
            emit languageChosen(language);
        });
    }
}

QString LanguageMenu::startupLanguage()
{
    const QString chosen = QSettings().value(kLanguageKey).toString();
    return availableLanguages().contains(chosen) ? chosen : systemLanguage();
}

QAction* LanguageMenu::actionFor(const QString& language) const
{
    for (QAction* action : actions())
        if (action->data().toString() == language)
            return action;
    return nullptr;
}

} // namespace scanshield::ui
