#pragma once

#include <QMenu>

namespace scanshield::ui {

// Settings > Language: every language ScanShield speaks, each named in itself ("Deutsch",
// "Español"), the one in use checked. Choosing one remembers it (QSettings "language") and
// emits languageChosen; MainWindowHost then rebuilds the window in it.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // The language to start in: the one last chosen in this menu while ScanShield still speaks
    // it, else the system's (translations/Translations.h).
    static QString startupLanguage();

    // The action that chooses `language`, nullptr when it is not offered.
    QAction* actionFor(const QString& language) const;

signals:
    void languageChosen(const QString& language);
};

} // namespace scanshield::ui
