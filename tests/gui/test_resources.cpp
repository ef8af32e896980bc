// The embedded resources load: the application icon renders at every size a desktop asks for.
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QPixmap>

#include <gtest/gtest.h>

TEST(Resources, TheApplicationIconRendersAtDesktopSizes)
{
    const QIcon icon(QStringLiteral(":/icons/scanshield.svg"));
    ASSERT_FALSE(icon.isNull());
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        ASSERT_EQ(image.width(), size);
        // The shield is drawn: the centre is neither transparent nor white.
        const QColor centre = image.pixelColor(size / 2, size / 2);
        EXPECT_GT(centre.alpha(), 200) << size;
        EXPECT_NE(centre.rgb() & 0xFFFFFF, 0xFFFFFFu) << size;
    }
    icon.pixmap(256, 256).save(QDir(SCANSHIELD_GUI_TEST_OUTPUT_DIR).filePath(QStringLiteral("icon_256.png")));
}
