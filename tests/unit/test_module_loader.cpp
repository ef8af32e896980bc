// The modules loaded on demand (OCR, PDF): found in the build tree, and a plain sentence
// rather than a crash when one is missing or damaged.
#include "exposure/OcrEngine.h"
#include "modules/ModuleLoader.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

// Sets SCANSHIELD_MODULE_DIR for the life of the object.
class ModuleDirOverride {
public:
    explicit ModuleDirOverride(const QString& dir) { qputenv("SCANSHIELD_MODULE_DIR", dir.toLocal8Bit()); }
    ~ModuleDirOverride() { qunsetenv("SCANSHIELD_MODULE_DIR"); }
};

} // namespace

TEST(ModuleLoader, FindsTheOcrModuleInTheBuildTree)
{
    const QStringList path = modules::moduleSearchPath();
    ASSERT_EQ(path.size(), 2);
    // First where an installed program's modules are, beside the test's own folder; then the build tree.
    EXPECT_TRUE(path.first().endsWith("/lib/scanshield")) << path.first().toStdString();
    QString error;
    EXPECT_NE(modules::resolveModuleSymbol("scanshield_ocr", exposure::kCreateOcrReaderSymbol, &error), nullptr)
        << error.toStdString() << " searched: " << path.join(", ").toStdString();
}

TEST(ModuleLoader, LooksOnlyInTheFolderNamedByTheEnvironment)
{
    const QString empty = test::makeTempDir();
    const ModuleDirOverride override(empty);
    EXPECT_EQ(modules::moduleSearchPath(), QStringList{QDir::cleanPath(empty)});
}

TEST(ModuleLoader, SaysWhichPartIsMissing)
{
    const ModuleDirOverride override(test::makeTempDir());
    QString error;
    EXPECT_EQ(modules::resolveModuleSymbol("scanshield_ocr", exposure::kCreateOcrReaderSymbol, &error), nullptr);
    EXPECT_TRUE(error.contains("scanshield_ocr.so")) << error.toStdString();
    EXPECT_TRUE(error.contains("missing")) << error.toStdString();
}

TEST(ModuleLoader, SaysWhenAPartIsDamaged)
{
    const QString dir = test::makeTempDir();
    QFile fake(QDir(dir).filePath("scanshield_ocr.so"));
    ASSERT_TRUE(fake.open(QIODevice::WriteOnly));
    fake.write("this is not a shared library");
    fake.close();
    const ModuleDirOverride override(dir);
    QString error;
    EXPECT_EQ(modules::resolveModuleSymbol("scanshield_ocr", exposure::kCreateOcrReaderSymbol, &error), nullptr);
    EXPECT_TRUE(error.contains("could not be loaded")) << error.toStdString();
}

TEST(ModuleLoader, SaysWhenAPartIsFromAnotherVersion)
{
    QString error;
    EXPECT_EQ(modules::resolveModuleSymbol("scanshield_ocr", "scanshield_no_such_function", &error), nullptr);
    EXPECT_TRUE(error.contains("another version")) << error.toStdString();
}

TEST(ModuleLoader, WithoutItsModuleTheOcrSaysWhyAndReadsNothing)
{
    const ModuleDirOverride override(test::makeTempDir());
    exposure::OcrEngine engine;
    if (exposure::OcrEngine::defaultTessdataDir().isEmpty())
        GTEST_SKIP() << "no English OCR data installed; the missing data is reported first";
    EXPECT_FALSE(engine.isAvailable());
    EXPECT_TRUE(engine.unavailableReason().contains("scanshield_ocr.so")) << engine.unavailableReason().toStdString();
    exposure::TextImage image;
    image.width = image.height = 32;
    image.pixels.assign(32 * 32, 255);
    EXPECT_TRUE(engine.read(image).isEmpty());
}
