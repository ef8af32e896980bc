// How ScanShield picks its language and switches it, with the translations it ships: the
// system's language when ScanShield speaks it, else English; one language at a time; English
// plural forms under a translation that does not have a text yet.
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

class Translations : public ::testing::Test {
protected:
    void TearDown() override { installTranslation(QStringLiteral("en")); }
};

QString menuTitle(const char* english)
{
    return QCoreApplication::translate("scanshield::ui::MainWindow", english);
}

} // namespace

TEST_F(Translations, ShipsEnglishSpanishFrenchAndGerman)
{
    EXPECT_EQ(availableLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}));
    EXPECT_EQ(languageNameInItself(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(languageNameInItself(QStringLiteral("es")), QStringLiteral("Español"));
    EXPECT_EQ(languageNameInItself(QStringLiteral("fr")), QStringLiteral("Français"));
    EXPECT_EQ(languageNameInItself(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

TEST_F(Translations, FollowsTheFirstSystemLanguageItSpeaks)
{
    EXPECT_EQ(bestLanguage({QStringLiteral("de-CH"), QStringLiteral("de-Latn-CH"), QStringLiteral("de")}), QStringLiteral("de"));
    EXPECT_EQ(bestLanguage({QStringLiteral("pt-BR"), QStringLiteral("fr-FR")}), QStringLiteral("fr"));
    EXPECT_EQ(bestLanguage({QStringLiteral("es_MX")}), QStringLiteral("es"));
    EXPECT_EQ(bestLanguage({QStringLiteral("ja-JP")}), QStringLiteral("en")) << "a language ScanShield lacks";
    EXPECT_EQ(bestLanguage({QStringLiteral("C")}), QStringLiteral("en"));
    EXPECT_EQ(bestLanguage({}), QStringLiteral("en"));
}

TEST_F(Translations, SwitchesTheWholeProgramFromOneLanguageToAnother)
{
    ASSERT_TRUE(installTranslation(QStringLiteral("de")));
    EXPECT_EQ(installedLanguage(), QStringLiteral("de"));
    EXPECT_EQ(menuTitle("&Settings"), QStringLiteral("&Einstellungen"));
    EXPECT_EQ(QLocale().language(), QLocale::German) << "dates and numbers follow the language";

    // French, with its own plural forms; nothing German is left.
    ASSERT_TRUE(installTranslation(QStringLiteral("fr")));
    EXPECT_EQ(menuTitle("&Settings"), QStringLiteral("&Paramètres"));
    EXPECT_EQ(QCoreApplication::translate("AnonymizationPreview", "%n item(s)", nullptr, 1), QStringLiteral("1 élément"));
    EXPECT_EQ(QCoreApplication::translate("AnonymizationPreview", "%n item(s)", nullptr, 3), QStringLiteral("3 éléments"));
    EXPECT_EQ(QLocale().language(), QLocale::French);

    ASSERT_TRUE(installTranslation(QStringLiteral("en")));
    EXPECT_EQ(menuTitle("&Settings"), QStringLiteral("&Settings"));
    EXPECT_EQ(QCoreApplication::translate("AnonymizationPreview", "%n item(s)", nullptr, 3), QStringLiteral("3 items"));
}

TEST_F(Translations, RefusesALanguageItDoesNotHave)
{
    ASSERT_TRUE(installTranslation(QStringLiteral("de")));
    EXPECT_FALSE(installTranslation(QStringLiteral("xx")));
    EXPECT_EQ(installedLanguage(), QStringLiteral("de")) << "nothing changed";
    EXPECT_EQ(menuTitle("&Settings"), QStringLiteral("&Einstellungen"));
}
