// main() for the GUI tests: a QApplication must exist before any widget, and gtest runs the
// tests inside it. The tests run with QT_QPA_PLATFORM=offscreen (set by ctest); run by hand,
// they fall back to offscreen too unless a platform was chosen.
#include "translations/Translations.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and data go to ~/.qttest, never into the person's own ScanShield settings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScanShieldTests"));
    // The words a person sees, plural forms included ("2 pictures", not "2 picture(s)"), in
    // English whatever the language of the machine: the tests compare English texts.
    scanshield::installTranslation(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
