// main() for the GUI tests: a QApplication must exist before any widget, and gtest runs the
// tests inside it. The tests run with QT_QPA_PLATFORM=offscreen (set by ctest); run by hand,
// they fall back to offscreen too unless a platform was chosen.
#include "translations/Translations.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and data go to a folder of this test process's own, never into the person's
    // own ScanShield settings, and never shared with the other test processes ctest runs at
    // the same time (one test's "large text" or language must not reach another).
    const QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScanShieldTests"));
    // The words a person sees, plural forms included ("2 pictures", not "2 picture(s)"), in
    // English whatever the language of the machine: the tests compare English texts.
    scanshield::installTranslation(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
