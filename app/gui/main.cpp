// scanshield: the desktop application. Opens the disc given on the command line, or the
// fictional demo disc when there is none.
#include "translations/Translations.h"
#include "ui/LanguageMenu.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowHost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ScanShield"));
    QApplication::setOrganizationName(QStringLiteral("ScanShield"));
    QApplication::setApplicationDisplayName(QStringLiteral("ScanShield"));
    // The language chosen in Settings > Language, else the system's.
    scanshield::installTranslation(scanshield::ui::LanguageMenu::startupLanguage());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/scanshield.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "See what your imaging disc says about you, and make a safe copy."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("disc"), QApplication::translate("main", "A disc folder, DICOMDIR, ZIP or ISO file to open."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE once the disc is read, then quit."),
        QStringLiteral("FILE"));
    parser.addOption(screenshotOption);
    parser.process(app);

    // The host rebuilds the window when another language is chosen; the first one is here.
    scanshield::ui::MainWindowHost host;
    scanshield::ui::MainWindow& window = *host.window();
    window.show();
    const QStringList discs = parser.positionalArguments();
    if (discs.isEmpty())
        window.openDemoDisc();
    else
        window.openDisc(discs.first());

    if (parser.isSet(screenshotOption)) {
        // For documentation and visual checks: wait for the disc, the first picture and the
        // thumbnails, then save the window as a person would see it.
        const QString file = parser.value(screenshotOption);
        QObject::connect(&window, &scanshield::ui::MainWindow::discReadFinished, &window, [&window, file] {
            QTimer::singleShot(2500, &window, [&window, file] {
                window.grab().save(file);
                QApplication::quit();
            });
        });
    }
    return app.exec();
}
