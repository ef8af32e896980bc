// Blacking out text burned into pictures: inside the boxes every frame is black, outside them
// not one pixel changes; compressed pictures (the demo ultrasound is RLE) are decoded and
// written uncompressed.
#include "deid/PixelCleaner.h"
#include "demo/DemoDisc.h"
#include "dicom/DicomBytes.h"
#include "pixels/DicomImageFile.h"
#include "support/TestData.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDir>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

// The demo disc's ultrasound cine (20 frames, RLE), written once.
QString demoCine()
{
    static const QString path = [] {
        const QString disc = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
        EXPECT_TRUE(demo::writeDemoDisc(disc).ok);
        for (const QString& candidate : QDir(disc + QStringLiteral("/DICOM/ST000002")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString file = disc + QStringLiteral("/DICOM/ST000002/") + candidate + QStringLiteral("/IM000001");
            if (pixels::DicomImageFile::open(file).frameCount() > 1)
                return file;
        }
        return QString();
    }();
    return path;
}

// A pixel's samples, grey or colour.
std::vector<float> samplesAt(const pixels::DecodedFrame& frame, int x, int y)
{
    const std::size_t pixel = std::size_t(y) * std::size_t(frame.width) + std::size_t(x);
    if (!frame.rgb.empty())
        return {float(frame.rgb[pixel * 3]), float(frame.rgb[pixel * 3 + 1]), float(frame.rgb[pixel * 3 + 2])};
    return {frame.values[pixel]};
}

bool isBlack(const pixels::DecodedFrame& frame, int x, int y)
{
    for (float sample : samplesAt(frame, x, y))
        if (sample != 0)
            return false;
    return true;
}

} // namespace

TEST(PixelCleaner, BlacksOutTheBoxesOnEveryFrameAndNothingElse)
{
    const QString original = demoCine();
    ASSERT_FALSE(original.isEmpty());
    const pixels::DicomImageFile before = pixels::DicomImageFile::open(original);
    ASSERT_EQ(before.frameCount(), 20);

    const QRect box(40, 20, 200, 30);
    const dicom::LoadedDicom loaded = dicom::loadDicomFile(original);
    ASSERT_TRUE(loaded.file);
    QString error;
    ASSERT_TRUE(deid::blackOutText(*loaded.file->getDataset(), {box}, &error)) << error.toStdString();
    const QString cleanedPath = QDir(test::makeTempDir()).filePath(QStringLiteral("cleaned.dcm"));
    ASSERT_TRUE(loaded.file->saveFile(cleanedPath.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
    const pixels::DicomImageFile after = pixels::DicomImageFile::open(cleanedPath);
    ASSERT_EQ(after.frameCount(), 20);

    const QRect grown = box.adjusted(-deid::kBlackOutMargin, -deid::kBlackOutMargin, deid::kBlackOutMargin, deid::kBlackOutMargin);
    for (int f : {0, 9, 19}) {
        SCOPED_TRACE(f);
        const pixels::DecodedFrame a = before.frame(f);
        const pixels::DecodedFrame b = after.frame(f);
        ASSERT_FALSE(b.isEmpty()) << b.error.toStdString();
        int changedOutside = 0;
        int notBlackInside = 0;
        for (int y = 0; y < b.height; ++y)
            for (int x = 0; x < b.width; ++x) {
                if (grown.contains(x, y))
                    notBlackInside += isBlack(b, x, y) ? 0 : 1;
                else
                    changedOutside += samplesAt(a, x, y) == samplesAt(b, x, y) ? 0 : 1;
            }
        EXPECT_EQ(notBlackInside, 0);
        EXPECT_EQ(changedOutside, 0);
    }
}

TEST(PixelCleaner, SaysWhyWhenAFileHasNoPictureToClean)
{
    const dicom::LoadedDicom loaded = dicom::loadDicomFile(demoCine());
    ASSERT_TRUE(loaded.file);
    DcmDataset& dataset = *loaded.file->getDataset();
    dataset.findAndDeleteElement(DCM_PixelData);
    QString error;
    EXPECT_FALSE(deid::blackOutText(dataset, {QRect(0, 0, 10, 10)}, &error));
    EXPECT_FALSE(error.isEmpty());
}
