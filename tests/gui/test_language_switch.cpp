// Settings > Language as a person uses it: the window speaks the system's language (English
// here), choosing Deutsch rebuilds it in German at the same size with the same disc open, the
// choice is remembered for the next start, and choosing English brings every text back.
#include "demo/DemoDisc.h"
#include "support/TestData.h"
#include "translations/Translations.h"
#include "ui/LanguageMenu.h"
#include "ui/MainWindow.h"
#include "ui/MainWindowHost.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

QStringList menuTitles(const ui::MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList tabTitles(const ui::MainWindow& window)
{
    QStringList titles;
    for (const QTabWidget* tabs : window.findChildren<QTabWidget*>())
        for (int i = 0; i < tabs->count(); ++i)
            titles << tabs->tabText(i);
    return titles;
}

bool waitForRead(ui::MainWindow& window)
{
    QSignalSpy finished(&window, &ui::MainWindow::discReadFinished);
    return finished.wait(120000);
}

// Chooses `language` in Settings > Language as a click would, and lets the host replace the
// window (its switch is queued) and delete the old one. The new window, or nullptr.
ui::MainWindow* chooseLanguage(ui::MainWindowHost& host, const QString& language)
{
    QAction* action = host.window()->languageMenu()->actionFor(language);
    if (!action)
        return nullptr;
    QSignalSpy replaced(&host, &ui::MainWindowHost::windowReplaced);
    action->trigger();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return replaced.size() == 1 ? host.window() : nullptr;
}

class LanguageSwitch : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Settings in a folder of this test only: the choice must be seen to be remembered.
        ASSERT_TRUE(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        QSettings().remove(QStringLiteral("language"));
        ASSERT_TRUE(installTranslation(QStringLiteral("en")));
    }

    void TearDown() override { installTranslation(QStringLiteral("en")); }

    QTemporaryDir m_settings;
};

} // namespace

TEST_F(LanguageSwitch, ChoosingGermanRebuildsTheWholeWindowInGermanWithTheSameDisc)
{
    const QString disc = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);

    ui::MainWindowHost host;
    QPointer<ui::MainWindow> english = host.window();
    english->resize(1100, 760);
    english->show();
    english->openDisc(disc);
    ASSERT_TRUE(waitForRead(*english));
    EXPECT_EQ(menuTitles(*english), (QStringList{QStringLiteral("&Disc"), QStringLiteral("&Questions"), QStringLiteral("&Settings")}));
    QAction* englishChoice = english->languageMenu()->actionFor(QStringLiteral("en"));
    ASSERT_NE(englishChoice, nullptr);
    EXPECT_TRUE(englishChoice->isChecked()) << "the language in use is ticked";
    QStringList offered;
    for (const QAction* action : english->languageMenu()->actions())
        offered << action->text();
    EXPECT_EQ(offered, (QStringList{QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Español"),
                                    QStringLiteral("Français")}))
        << "each language named in itself, in the order of those names";
    const QSize size = english->size();

    ui::MainWindow* german = chooseLanguage(host, QStringLiteral("de"));
    ASSERT_NE(german, nullptr);
    EXPECT_TRUE(english.isNull()) << "the English window is gone";
    EXPECT_TRUE(german->isVisible());
    EXPECT_EQ(german->size(), size);
    EXPECT_EQ(menuTitles(*german), (QStringList{QStringLiteral("&Datenträger"), QStringLiteral("&Fragen"), QStringLiteral("&Einstellungen")}));
    EXPECT_EQ(german->languageMenu()->title(), QStringLiteral("&Sprache"));
    EXPECT_TRUE(german->languageMenu()->actionFor(QStringLiteral("de"))->isChecked());
    const QStringList tabs = tabTitles(*german);
    EXPECT_TRUE(tabs.contains(QStringLiteral("Bilder"))) << tabs.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(tabs.contains(QStringLiteral("Andere Dateien"))) << tabs.join(QStringLiteral(", ")).toStdString();

    // The same disc, read again by the new window.
    EXPECT_EQ(german->discLocation(), disc);
    QSignalSpy reportReady(german, &ui::MainWindow::exposureReportReady);
    ASSERT_TRUE(waitForRead(*german));
    ASSERT_EQ(german->discIndex().patients.size(), 1);
    EXPECT_TRUE(german->discIndex().patients.first().name.contains(QStringLiteral("Mustermann")));
    // The window as a person sees it once the disc is looked through (the copy can be made).
    ASSERT_TRUE(reportReady.size() > 0 || reportReady.wait(120000));
    EXPECT_TRUE(german->safeCopyAction()->isEnabled());
    EXPECT_EQ(german->safeCopyAction()->text(), QStringLiteral("&Sichere Kopie erstellen…"));
    german->grab().save(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR "/language_switch_de.png"));
    german->languageMenu()->adjustSize();
    german->languageMenu()->grab().save(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR "/language_menu_de.png"));

    // Remembered for the next start.
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(ui::LanguageMenu::startupLanguage(), QStringLiteral("de"));

    ui::MainWindow* backInEnglish = chooseLanguage(host, QStringLiteral("en"));
    ASSERT_NE(backInEnglish, nullptr);
    EXPECT_EQ(menuTitles(*backInEnglish), (QStringList{QStringLiteral("&Disc"), QStringLiteral("&Questions"), QStringLiteral("&Settings")}));
    EXPECT_TRUE(tabTitles(*backInEnglish).contains(QStringLiteral("Pictures")));
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

TEST_F(LanguageSwitch, StartsInTheSystemLanguageUntilOneIsChosen)
{
    EXPECT_EQ(ui::LanguageMenu::startupLanguage(), systemLanguage());
    // A language that is no longer shipped falls back to the system's.
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("xx"));
    EXPECT_EQ(ui::LanguageMenu::startupLanguage(), systemLanguage());
}

TEST_F(LanguageSwitch, ChoosingTheLanguageInUseChangesNothing)
{
    ui::MainWindowHost host;
    QPointer<ui::MainWindow> window = host.window();
    QSignalSpy replaced(&host, &ui::MainWindowHost::windowReplaced);
    window->languageMenu()->actionFor(QStringLiteral("en"))->trigger();
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(replaced.size(), 0);
    EXPECT_EQ(host.window(), window.data());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("language")));
}
