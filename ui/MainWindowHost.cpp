#include "ui/MainWindowHost.h"

#include "translations/Translations.h"
#include "ui/LanguageMenu.h"
#include "ui/MainWindow.h"

namespace scanshield::ui {

MainWindowHost::MainWindowHost(QObject* parent) : QObject(parent)
{
    adopt(new MainWindow);
}

MainWindowHost::~MainWindowHost()
{
    delete m_window.data();
}

void MainWindowHost::adopt(MainWindow* window)
{
    m_window = window;
    // Queued: the old window, whose menu emitted the choice, is replaced only after its
    // menu has finished handling the click.
    connect(window->languageMenu(), &LanguageMenu::languageChosen, this, &MainWindowHost::switchLanguage,
            Qt::QueuedConnection);
}

bool MainWindowHost::switchLanguage(const QString& language)
{
    if (!installTranslation(language))
        return false;
    MainWindow* old = m_window;
    auto* fresh = new MainWindow;
    fresh->restoreGeometry(old->saveGeometry());
    fresh->restoreState(old->saveState());
    adopt(fresh);
    if (old->isVisible())
        fresh->show();
    if (!old->discLocation().isEmpty())
        fresh->openDisc(old->discLocation());
    // Hidden, not closed: closing the last window would end the application.
    old->hide();
    old->deleteLater();
    emit windowReplaced(fresh);
    return true;
}

} // namespace scanshield::ui
