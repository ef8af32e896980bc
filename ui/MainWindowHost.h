#pragma once

#include <QObject>
#include <QPointer>

namespace scanshield::ui {

class MainWindow;

// Owns the application's main window. Its texts are set once, when it is built, so a new
// language gets a new window: the same disc, the same size and place, every text in the new
// language, and the old window closes. This reaches every widget, dialogs included, without
// retranslating code in each of them.
class MainWindowHost : public QObject {
    Q_OBJECT
public:
    explicit MainWindowHost(QObject* parent = nullptr);
    ~MainWindowHost() override;

    MainWindow* window() const { return m_window; }

    // Installs `language` (translations/Translations.h) and rebuilds the window in it, with the
    // same disc open. False, changing nothing, when ScanShield has no translation for it.
    bool switchLanguage(const QString& language);

signals:
    // A new window took the old one's place; the old one is deleted when control returns to
    // the event loop.
    void windowReplaced(scanshield::ui::MainWindow* window);

private:
    void adopt(MainWindow* window);

    QPointer<MainWindow> m_window;
};

} // namespace scanshield::ui
