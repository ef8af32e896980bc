// Decoding pictures from real public DICOM files: every transfer syntax in the shared codec
// folder, checked against the folder's manifest, against the uncompressed twin of the same
// image where there is one, and against values other decoders (pydicom) publish. The malformed
// folder must never crash: each file gives a picture or words a person can read.
#include "pixels/DicomImageFile.h"
#include "support/TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <thread>
#include <vector>

using scanshield::pixels::DecodedFrame;
using scanshield::pixels::DicomImageFile;
using scanshield::test::sharedData;

namespace {

const QString kCodecs = QStringLiteral("codecs_multiframe_burnedin");
const QString kMalformed = QStringLiteral("malformed_edge");

QString codecFile(const QString& relative)
{
    return sharedData(kCodecs + QLatin1Char('/') + relative);
}

QString malformedFile(const QString& relative)
{
    return sharedData(kMalformed + QLatin1Char('/') + relative);
}

// One row of a MANIFEST.csv, by column name. Fields may be quoted and hold commas.
using ManifestRow = std::map<QString, QString>;

QStringList splitCsvLine(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

std::vector<ManifestRow> readManifest(const QString& folder)
{
    QFile file(sharedData(folder + QStringLiteral("/MANIFEST.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const QStringList header = splitCsvLine(lines.first().trimmed());
    std::vector<ManifestRow> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = splitCsvLine(lines.at(i).trimmed());
        ManifestRow row;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
            row[header.at(c)] = fields.at(c);
        rows.push_back(row);
    }
    return rows;
}

struct Difference {
    double max = 0;
    double mean = 0;
};

// Per-sample difference of two decoded frames of the same size (grey values or RGB bytes).
Difference compareFrames(const DecodedFrame& a, const DecodedFrame& b)
{
    Difference d;
    const std::size_t n = a.isColor ? a.rgb.size() : a.values.size();
    if (n == 0)
        return {1e30, 1e30};
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double diff = a.isColor ? std::abs(int(a.rgb[i]) - int(b.rgb[i])) : std::abs(double(a.values[i]) - b.values[i]);
        d.max = std::max(d.max, diff);
        sum += diff;
    }
    d.mean = sum / double(n);
    return d;
}

double valueAt(const DecodedFrame& frame, int row, int column)
{
    return frame.values.at(static_cast<std::size_t>(row) * static_cast<std::size_t>(frame.width) +
                           static_cast<std::size_t>(column));
}

std::array<int, 3> rgbAt(const DecodedFrame& frame, int row, int column)
{
    const std::size_t i = (static_cast<std::size_t>(row) * static_cast<std::size_t>(frame.width) +
                           static_cast<std::size_t>(column)) * 3;
    return {frame.rgb.at(i), frame.rgb.at(i + 1), frame.rgb.at(i + 2)};
}

// Share of pixels whose red, green and blue differ noticeably: 0 for a grey picture.
double colourfulShare(const DecodedFrame& frame)
{
    std::size_t colourful = 0;
    const std::size_t pixels = frame.rgb.size() / 3;
    for (std::size_t i = 0; i < pixels; ++i) {
        const int r = frame.rgb[i * 3], g = frame.rgb[i * 3 + 1], b = frame.rgb[i * 3 + 2];
        if (std::max({r, g, b}) - std::min({r, g, b}) > 16)
            ++colourful;
    }
    return pixels ? double(colourful) / double(pixels) : 0.0;
}

} // namespace

// --- every image in the codec folder -----------------------------------------------------------

TEST(PixelDecoding, EveryImageInTheCodecFolderDecodesWithTheManifestSize)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const auto manifest = readManifest(kCodecs);
    ASSERT_GE(manifest.size(), 50u) << "the codec folder's MANIFEST.csv is missing or short";

    // Files that no decoder here can read, each with the reason a person is told.
    const std::map<QString, QString> knownUnreadable = {
        // A Philips US whose Sequence of Ultrasound Regions lost its tag: the item sits bare in
        // the dataset. DCMTK and GDCM both refuse to parse the file (fo-dicom is lenient).
        {QStringLiteral("fo-dicom/GH364.dcm"), QStringLiteral("this file is damaged and ScanShield cannot read it")},
    };

    int images = 0;
    for (const auto& row : manifest) {
        const QString path = row.at(QStringLiteral("path"));
        SCOPED_TRACE(path.toStdString());
        const DicomImageFile file = DicomImageFile::open(codecFile(path));
        const QString rows = row.at(QStringLiteral("rows"));
        if (rows.isEmpty()) { // SR, ECG waveform: no picture, and the file says so
            EXPECT_FALSE(file.isValid());
            EXPECT_EQ(file.errorMessage(), QStringLiteral("this file has no picture in it"));
            continue;
        }
        if (auto known = knownUnreadable.find(path); known != knownUnreadable.end()) {
            EXPECT_FALSE(file.isValid());
            EXPECT_EQ(file.errorMessage(), known->second);
            continue;
        }
        ++images;
        ASSERT_TRUE(file.isValid()) << file.errorMessage().toStdString();
        const QString framesText = row.at(QStringLiteral("frames"));
        const int frames = framesText.isEmpty() ? 1 : framesText.toInt();
        EXPECT_EQ(file.frameCount(), frames);

        for (const int index : {0, file.frameCount() - 1}) {
            const DecodedFrame frame = file.frame(index);
            ASSERT_TRUE(frame.error.isEmpty()) << "frame " << index << ": " << frame.error.toStdString();
            EXPECT_EQ(frame.height, rows.toInt());
            EXPECT_EQ(frame.width, row.at(QStringLiteral("cols")).toInt());
            const std::size_t pixels = std::size_t(frame.width) * std::size_t(frame.height);
            if (frame.isColor) {
                EXPECT_EQ(frame.rgb.size(), pixels * 3);
                EXPECT_TRUE(frame.values.empty());
            } else {
                EXPECT_EQ(frame.values.size(), pixels);
                EXPECT_LE(frame.minValue, frame.maxValue);
                EXPECT_GT(frame.defaultWindowWidth, 0.0);
            }
        }
    }
    EXPECT_GE(images, 50);
}

// --- lossless codecs give back exactly the uncompressed image -------------------------------

TEST(PixelDecoding, LosslessCodecsMatchTheUncompressedTwinExactly)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // WG04 images: the same slice as JPEG 2000 lossless, JPEG-LS lossless, JPEG lossless (P14),
    // RLE and uncompressed; US1 is colour (J2KR uses the reversible colour transform).
    const QStringList lossless = {QStringLiteral("J2KR"), QStringLiteral("JLSL"), QStringLiteral("JPLL"),
                                  QStringLiteral("RLE")};
    int compared = 0;
    for (const QString& image : {QStringLiteral("CT1"), QStringLiteral("MR1"), QStringLiteral("NM1"), QStringLiteral("US1")}) {
        const DecodedFrame reference =
            DicomImageFile::open(codecFile(QStringLiteral("wg04_clunie/%1_UNC_reference.dcm").arg(image))).frame(0);
        ASSERT_FALSE(reference.isEmpty()) << image.toStdString();
        for (const QString& codec : lossless) {
            const QString path = codecFile(QStringLiteral("wg04_clunie/%1_%2.dcm").arg(image, codec));
            if (!QFile::exists(path))
                continue; // US1 has no JPEG-LS or JPEG lossless variant
            SCOPED_TRACE(path.toStdString());
            const DecodedFrame frame = DicomImageFile::open(path).frame(0);
            ASSERT_EQ(frame.width, reference.width);
            ASSERT_EQ(frame.height, reference.height);
            ASSERT_EQ(frame.isColor, reference.isColor);
            EXPECT_EQ(compareFrames(frame, reference).max, 0.0);
            ++compared;
        }
    }
    EXPECT_EQ(compared, 14);
}

TEST(PixelDecoding, LosslessMultiFrameCodecsMatchEveryFrame)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const DicomImageFile reference = DicomImageFile::open(codecFile(QStringLiteral("pydicom/emri_small.dcm")));
    ASSERT_EQ(reference.frameCount(), 10);
    for (const QString& name : {QStringLiteral("pydicom/emri_small_RLE.dcm"),
                                QStringLiteral("pydicom/emri_small_jpeg_2k_lossless.dcm"),
                                QStringLiteral("pydicom/emri_small_jpeg_ls_lossless.dcm")}) {
        SCOPED_TRACE(name.toStdString());
        const DicomImageFile file = DicomImageFile::open(codecFile(name));
        ASSERT_EQ(file.frameCount(), 10);
        for (int i = 0; i < 10; ++i) {
            const DecodedFrame expected = reference.frame(i);
            const DecodedFrame frame = file.frame(i);
            ASSERT_EQ(frame.values.size(), expected.values.size()) << "frame " << i;
            EXPECT_EQ(compareFrames(frame, expected).max, 0.0) << "frame " << i;
        }
        // The frames really differ from each other (each frame is its own, not frame 0 again).
        EXPECT_GT(compareFrames(file.frame(0), file.frame(9)).mean, 1.0);
    }
    // The RLE two-frame ultrasound is the same picture as the uncompressed single frame.
    const DecodedFrame single = DicomImageFile::open(codecFile(QStringLiteral("pydicom/OBXXXX1A.dcm"))).frame(0);
    const DecodedFrame rle = DicomImageFile::open(codecFile(QStringLiteral("pydicom/OBXXXX1A_rle_2frame.dcm"))).frame(0);
    ASSERT_EQ(rle.rgb.size(), single.rgb.size());
    EXPECT_EQ(compareFrames(rle, single).max, 0.0);
}

TEST(PixelDecoding, LossyCodecsStayCloseToTheUncompressedTwin)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    struct Case {
        const char* file;
        const char* reference;
        double maxAllowed;  // largest single difference
        double meanAllowed; // average difference
    };
    const Case cases[] = {
        // JPEG-LS near-lossless bounds every sample's error by its NEAR parameter.
        {"wg04_clunie/CT1_JLSN.dcm", "wg04_clunie/CT1_UNC_reference.dcm", 8, 4},
        {"wg04_clunie/MR1_JLSN.dcm", "wg04_clunie/MR1_UNC_reference.dcm", 8, 4},
        {"wg04_clunie/NM1_JLSN.dcm", "wg04_clunie/NM1_UNC_reference.dcm", 8, 4},
        // JPEG 2000 and JPEG extended (12-bit) lossy: small on average.
        {"wg04_clunie/CT1_J2KI.dcm", "wg04_clunie/CT1_UNC_reference.dcm", 1000, 40},
        {"wg04_clunie/MR1_J2KI.dcm", "wg04_clunie/MR1_UNC_reference.dcm", 1000, 50},
        {"wg04_clunie/MR1_JPLY.dcm", "wg04_clunie/MR1_UNC_reference.dcm", 400, 20},
        {"wg04_clunie/NM1_JPLY.dcm", "wg04_clunie/NM1_UNC_reference.dcm", 100, 5},
        {"wg04_clunie/US1_J2KI.dcm", "wg04_clunie/US1_UNC_reference.dcm", 255, 4},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.file);
        const DecodedFrame frame = DicomImageFile::open(codecFile(QString::fromLatin1(c.file))).frame(0);
        const DecodedFrame reference = DicomImageFile::open(codecFile(QString::fromLatin1(c.reference))).frame(0);
        ASSERT_FALSE(frame.isEmpty()) << frame.error.toStdString();
        ASSERT_EQ(frame.width, reference.width);
        ASSERT_EQ(frame.height, reference.height);
        const Difference d = compareFrames(frame, reference);
        EXPECT_LE(d.max, c.maxAllowed);
        EXPECT_LE(d.mean, c.meanAllowed);
    }
}

// --- values a person relies on ---------------------------------------------------------------

TEST(PixelDecoding, CtValuesAreHounsfieldUnits)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    for (const QString& name : {QStringLiteral("wg04_clunie/CT1_UNC_reference.dcm"), QStringLiteral("wg04_clunie/CT1_J2KR.dcm"),
                                QStringLiteral("pydicom/CT_small.dcm"), QStringLiteral("pydicom/eCT_Supplemental.dcm")}) {
        SCOPED_TRACE(name.toStdString());
        const DecodedFrame frame = DicomImageFile::open(codecFile(name)).frame(0);
        ASSERT_FALSE(frame.isEmpty()) << frame.error.toStdString();
        ASSERT_FALSE(frame.isColor);
        // Air (about -1000 HU) is the darkest thing in a body CT, scanner padding aside (-3024);
        // bone reaches several hundred HU.
        EXPECT_GE(frame.minValue, -3100.0);
        EXPECT_LE(frame.minValue, -850.0);
        EXPECT_GE(frame.maxValue, 150.0);
        EXPECT_LE(frame.maxValue, 4100.0);
        // Soft tissue (-100..100 HU) makes up a good part of the slice.
        const auto soft = std::count_if(frame.values.begin(), frame.values.end(),
                                        [](float v) { return v >= -100.0f && v <= 100.0f; });
        EXPECT_GT(double(soft) / double(frame.values.size()), 0.05);
    }
}

TEST(PixelDecoding, EnhancedCtTakesRescaleFromFunctionalGroups)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // Enhanced CT keeps RescaleIntercept in the shared functional groups, not at the top level.
    const DicomImageFile file = DicomImageFile::open(codecFile(QStringLiteral("pydicom/eCT_Supplemental.dcm")));
    ASSERT_EQ(file.frameCount(), 2);
    const DecodedFrame frame = file.frame(1);
    EXPECT_LT(frame.minValue, -900.0);
    EXPECT_GT(frame.defaultWindowWidth, 0.0);
}

TEST(PixelDecoding, Jpeg2000SignMismatchIsReadByPixelRepresentation)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // An unsigned 13-bit codestream under PixelRepresentation 1. The expected values are those
    // in pydicom's own test of this file (test_pillow_pixel_data.py, test_pixel_rep_mismatch).
    const DecodedFrame frame = DicomImageFile::open(malformedFile(QStringLiteral("pydicom/J2K_pixelrep_mismatch.dcm"))).frame(0);
    ASSERT_EQ(frame.width, 512);
    ASSERT_EQ(frame.height, 512);
    EXPECT_EQ(valueAt(frame, 0, 0), -2000.0);
    const double column279[] = {621, 412, 138, -193, -520, -767, -907, -966, -988, -995};
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(valueAt(frame, 47 + i, 279), column279[i]) << "row " << 47 + i;
    const double column106[] = {-377, -121, 141, 383, 633, 910, 1198, 1455, 1638, 1732};
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(valueAt(frame, 328 + i, 106), column106[i]) << "row " << 328 + i;
}

TEST(PixelDecoding, TinyRescaleSlopeKeepsItsPrecision)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // GE PET with RescaleSlope 5.94901e-08: integer rescaling (as DCMTK does internally) would
    // turn the whole picture into zeros.
    const DecodedFrame frame = DicomImageFile::open(codecFile(QStringLiteral("fo-dicom/GH610.dcm"))).frame(0);
    ASSERT_FALSE(frame.isEmpty());
    EXPECT_GT(frame.maxValue, 1e-4);
    EXPECT_LT(frame.maxValue, 0.01);
    EXPECT_NEAR(frame.defaultWindowWidth, frame.maxValue - frame.minValue, 1e-9);
}

TEST(PixelDecoding, ColourPicturesComeOutAsRgb)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // Palette colour (plain and segmented), RGB (interleaved and planar), YBR from JPEG
    // baseline (incl. 4:2:2), YBR_RCT from JPEG 2000, RLE colour.
    for (const QString& name : {QStringLiteral("pydicom/OBXXXX1A.dcm"), QStringLiteral("octave-dicom/US-PAL-8-10x-echo.dcm"),
                                QStringLiteral("pydicom/gdcm-US-ALOKA-16.dcm"), QStringLiteral("pydicom/color-pl.dcm"),
                                QStringLiteral("pydicom/US1_UNCI.dcm"), QStringLiteral("fo-dicom/DIRW0007.dcm"),
                                QStringLiteral("wg04_clunie/US1_J2KR.dcm"), QStringLiteral("wg04_clunie/US1_RLE.dcm")}) {
        SCOPED_TRACE(name.toStdString());
        const DecodedFrame frame = DicomImageFile::open(codecFile(name)).frame(0);
        ASSERT_TRUE(frame.isColor) << frame.error.toStdString();
        EXPECT_GT(colourfulShare(frame), 0.001); // Doppler flow, palette tints: really in colour
    }
}

TEST(PixelDecoding, JpegBaselineYbrTestPatternHasTheRightColours)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // pydicom's SC_rgb test pattern: ten bands of known colour (pydicom's own expectations),
    // here JPEG baseline in YBR_FULL_422 and YBR_FULL, so a few levels of JPEG error are fine.
    const std::array<std::array<int, 3>, 10> bands = {{{255, 0, 0}, {255, 128, 128}, {0, 255, 0}, {128, 255, 128},
                                                       {0, 0, 255}, {128, 128, 255}, {0, 0, 0}, {64, 64, 64},
                                                       {192, 192, 192}, {255, 255, 255}}};
    for (const QString& name : {QStringLiteral("pydicom/SC_rgb_jpeg_dcmtk.dcm"), QStringLiteral("pydicom/SC_rgb_dcmtk_+eb+cy+s4.dcm")}) {
        SCOPED_TRACE(name.toStdString());
        const DecodedFrame frame = DicomImageFile::open(codecFile(name)).frame(0);
        ASSERT_TRUE(frame.isColor);
        for (int band = 0; band < 10; ++band) {
            const auto rgb = rgbAt(frame, band * 10 + 5, 50);
            for (int c = 0; c < 3; ++c)
                EXPECT_NEAR(rgb[c], bands[band][c], 8) << "band " << band << " channel " << c;
        }
    }
}

TEST(PixelDecoding, OverlayPlanesBecomeAMask)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const DecodedFrame frame = DicomImageFile::open(codecFile(QStringLiteral("pydicom/MR-SIEMENS-DICOM-WithOverlays.dcm"))).frame(0);
    ASSERT_EQ(frame.overlay.size(), std::size_t(frame.width) * std::size_t(frame.height));
    const auto set = std::count(frame.overlay.begin(), frame.overlay.end(), std::uint8_t(1));
    EXPECT_GT(set, 100);                                  // an annotation is drawn...
    EXPECT_LT(double(set) / frame.overlay.size(), 0.25);  // ...not a filled picture
    EXPECT_EQ(std::count_if(frame.overlay.begin(), frame.overlay.end(), [](std::uint8_t b) { return b > 1; }), 0);

    // An overlay that reaches past the picture's edge is clipped, not a crash.
    const DecodedFrame clipped = DicomImageFile::open(malformedFile(QStringLiteral("fo-dicom/OutOfBoundsOverlay.dcm"))).frame(0);
    ASSERT_FALSE(clipped.isEmpty());
    EXPECT_EQ(clipped.overlay.size(), std::size_t(clipped.width) * std::size_t(clipped.height));

    // A picture without overlays has no mask.
    EXPECT_TRUE(DicomImageFile::open(codecFile(QStringLiteral("pydicom/CT_small.dcm"))).frame(0).overlay.empty());
}

TEST(PixelDecoding, Monochrome1IsMarkedInverted)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const DecodedFrame chest = DicomImageFile::open(malformedFile(QStringLiteral("fo-dicom/CR-MONO1-10-chest.dcm"))).frame(0);
    ASSERT_FALSE(chest.isEmpty()) << chest.error.toStdString();
    EXPECT_TRUE(chest.invertedGrayscale);
    EXPECT_FALSE(DicomImageFile::open(codecFile(QStringLiteral("pydicom/CT_small.dcm"))).frame(0).invertedGrayscale);
}

TEST(PixelDecoding, BigMultiFrameFilesDecodeAnyFrame)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // 96-frame XA and 65-frame echo cine, JPEG baseline: the last frame without the others.
    for (const auto& [name, frames] : {std::pair{QStringLiteral("fo-dicom/HasFragmentSequence.dcm"), 96},
                                       std::pair{QStringLiteral("fo-dicom/DIRW0007.dcm"), 65}}) {
        SCOPED_TRACE(name.toStdString());
        const DicomImageFile file = DicomImageFile::open(codecFile(name));
        ASSERT_EQ(file.frameCount(), frames);
        const DecodedFrame first = file.frame(0);
        const DecodedFrame middle = file.frame(frames / 2);
        const DecodedFrame last = file.frame(frames - 1);
        ASSERT_FALSE(last.isEmpty()) << last.error.toStdString();
        EXPECT_GT(compareFrames(first, middle).mean, 0.5); // the heart moved
        EXPECT_TRUE(file.frame(frames).isEmpty());
        EXPECT_FALSE(file.frame(frames).error.isEmpty());
    }
}

TEST(PixelDecoding, BytesInMemoryDecodeLikeTheFile)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    for (const QString& name : {QStringLiteral("wg04_clunie/CT1_J2KR.dcm"), QStringLiteral("pydicom/emri_small_RLE.dcm"),
                                QStringLiteral("wg04_clunie/MR1_JPLL.dcm"), QStringLiteral("pydicom/image_dfl.dcm"),
                                QStringLiteral("octave-dicom/US-PAL-8-10x-echo.dcm")}) {
        SCOPED_TRACE(name.toStdString());
        QFile file(codecFile(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const DicomImageFile fromBytes = DicomImageFile::fromBytes(file.readAll());
        const DicomImageFile fromDisk = DicomImageFile::open(codecFile(name));
        ASSERT_TRUE(fromBytes.isValid()) << fromBytes.errorMessage().toStdString();
        ASSERT_EQ(fromBytes.frameCount(), fromDisk.frameCount());
        const int last = fromDisk.frameCount() - 1;
        EXPECT_EQ(compareFrames(fromBytes.frame(last), fromDisk.frame(last)).max, 0.0);
    }
}

TEST(PixelDecoding, OpeningNeverChangesTheFile)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString path = codecFile(QStringLiteral("wg04_clunie/CT1_J2KR.dcm"));
    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();
    {
        const DicomImageFile file = DicomImageFile::open(path);
        ASSERT_FALSE(file.frame(0).isEmpty());
    }
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), original);
}

TEST(PixelDecoding, FramesCanBeDecodedFromSeveralThreadsAtOnce)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const DicomImageFile file = DicomImageFile::open(codecFile(QStringLiteral("pydicom/emri_small_jpeg_2k_lossless.dcm")));
    ASSERT_EQ(file.frameCount(), 10);
    std::vector<DecodedFrame> expected;
    for (int i = 0; i < 10; ++i)
        expected.push_back(file.frame(i));
    std::vector<int> mismatches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round)
                for (int i = 0; i < 10; ++i) {
                    const int index = (i + t * 3) % 10;
                    if (file.frame(index).values != expected[std::size_t(index)].values)
                        ++mismatches[std::size_t(t)];
                }
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (int t = 0; t < 4; ++t)
        EXPECT_EQ(mismatches[std::size_t(t)], 0) << "thread " << t;
}

// --- damaged and odd files: a picture or plain words, never a crash ------------------------

TEST(PixelDecoding, EveryMalformedFileGivesAPictureOrPlainWords)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    int files = 0, pictures = 0;
    QDirIterator it(sharedData(kMalformed), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QStringLiteral(".md")) || path.endsWith(QStringLiteral(".csv")) || path.endsWith(QStringLiteral(".txt")))
            continue;
        SCOPED_TRACE(path.toStdString());
        ++files;
        const DicomImageFile file = DicomImageFile::open(path);
        if (!file.isValid()) {
            EXPECT_FALSE(file.errorMessage().isEmpty());
            EXPECT_EQ(file.frameCount(), 0);
            EXPECT_FALSE(file.frame(0).error.isEmpty());
            continue;
        }
        EXPECT_GE(file.frameCount(), 1);
        const DecodedFrame frame = file.frame(0);
        if (frame.isEmpty()) {
            EXPECT_FALSE(frame.error.isEmpty());
            EXPECT_EQ(file.errorMessage(), frame.error);
        } else {
            ++pictures;
            EXPECT_TRUE(frame.error.isEmpty());
        }
        EXPECT_FALSE(file.frame(-1).error.isEmpty());
        EXPECT_FALSE(file.frame(file.frameCount()).error.isEmpty());
    }
    EXPECT_GE(files, 60);
    EXPECT_GE(pictures, 25);
}

TEST(PixelDecoding, DamagedFilesSayWhatIsWrongInPlainWords)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString cutShort = QStringLiteral("this file is cut short");
    const QString noPicture = QStringLiteral("this file has no picture in it");

    const DicomImageFile truncated = DicomImageFile::open(malformedFile(QStringLiteral("pydicom/MR_truncated.dcm")));
    EXPECT_EQ(truncated.frame(0).error, cutShort);
    EXPECT_EQ(DicomImageFile::open(malformedFile(QStringLiteral("fo-dicom/GH178.dcm"))).errorMessage(), noPicture);
    EXPECT_EQ(DicomImageFile::open(malformedFile(QStringLiteral("pydicom/rtstruct.dcm"))).errorMessage(), noPicture);
    EXPECT_EQ(DicomImageFile::open(codecFile(QStringLiteral("pydicom/waveform_ecg.dcm"))).errorMessage(), noPicture);
    EXPECT_EQ(DicomImageFile::open(malformedFile(QStringLiteral("broken_media/wg04_rle_cd_DICOMDIR_only/DICOMDIR"))).errorMessage(),
              noPicture);
    // The codestream's size field was overwritten with a sequence delimiter: not decodable.
    EXPECT_EQ(DicomImageFile::open(malformedFile(QStringLiteral("pydicom/JPEG2000-embedded-sequence-delimiter.dcm"))).frame(0).error,
              QStringLiteral("the picture in this file is damaged"));
    EXPECT_EQ(DicomImageFile::open(QStringLiteral("/nonexistent/scanshield/IM0001")).errorMessage(),
              QStringLiteral("this file could not be opened"));
    EXPECT_FALSE(DicomImageFile().isValid());
}

TEST(PixelDecoding, OddButReadableFilesShowTheirPicture)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // No preamble or meta (explicit VR guessed wrongly at first), ACR-NEMA 12-bit packed
    // without PhotometricInterpretation, big endian, RLE with several fragments per frame,
    // deflate, odd-length pixel data, UN sequences.
    for (const QString& name : {QStringLiteral("pydicom/no_meta.dcm"), QStringLiteral("fo-dicom/GH340.dcm"),
                                QStringLiteral("pydicom/MR_small_bigendian.dcm"), QStringLiteral("pydicom/ExplVR_BigEnd.dcm"),
                                QStringLiteral("fo-dicom/D_CLUNIE_CT1_RLE_FRAGS.dcm"), QStringLiteral("fo-dicom/GH227.dcm"),
                                QStringLiteral("pydicom/SC_rgb_small_odd.dcm"), QStringLiteral("pydicom/bad_sequence.dcm"),
                                QStringLiteral("fo-dicom/GH177_D_CLUNIE_CT1_IVRLE_BigEndian_undefined_length.dcm")}) {
        SCOPED_TRACE(name.toStdString());
        const DecodedFrame frame = DicomImageFile::open(malformedFile(name)).frame(0);
        EXPECT_FALSE(frame.isEmpty()) << frame.error.toStdString();
    }
    // Big endian gives the same values as little endian.
    const DecodedFrame big = DicomImageFile::open(malformedFile(QStringLiteral("pydicom/MR_small_bigendian.dcm"))).frame(0);
    const DecodedFrame little = DicomImageFile::open(malformedFile(QStringLiteral("pydicom/MR_small_implicit.dcm"))).frame(0);
    EXPECT_EQ(compareFrames(big, little).max, 0.0);
    // RLE split over several fragments per frame decodes to the same CT as the uncompressed slice.
    const DecodedFrame fragments = DicomImageFile::open(malformedFile(QStringLiteral("fo-dicom/D_CLUNIE_CT1_RLE_FRAGS.dcm"))).frame(0);
    EXPECT_GT(fragments.maxValue, 1000.0);
    EXPECT_LT(fragments.minValue, -1000.0);
}

TEST(PixelDecoding, CutAndScrambledBytesNeverCrash)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    std::mt19937 random(20240601);
    for (const QString& name : {QStringLiteral("wg04_clunie/CT1_J2KR.dcm"), QStringLiteral("wg04_clunie/CT1_JLSL.dcm"),
                                QStringLiteral("wg04_clunie/MR1_JPLL.dcm"), QStringLiteral("pydicom/emri_small_RLE.dcm"),
                                QStringLiteral("pydicom/OBXXXX1A.dcm")}) {
        SCOPED_TRACE(name.toStdString());
        QFile file(codecFile(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Cut short at several places.
        for (const double share : {0.0, 0.05, 0.3, 0.6, 0.9, 0.999}) {
            const DicomImageFile cut = DicomImageFile::fromBytes(bytes.left(qsizetype(double(bytes.size()) * share)));
            const DecodedFrame frame = cut.frame(std::max(0, cut.frameCount() - 1));
            EXPECT_TRUE(!frame.isEmpty() || !frame.error.isEmpty()) << "cut at " << share;
        }
        // Scramble bytes in the second half (mostly pixel data).
        for (int round = 0; round < 8; ++round) {
            QByteArray scrambled = bytes;
            for (int k = 0; k < 64; ++k) {
                const auto at = qsizetype(bytes.size() / 2 + random() % std::uint32_t(bytes.size() / 2));
                scrambled[at] = char(random() & 0xFF);
            }
            const DicomImageFile damaged = DicomImageFile::fromBytes(scrambled);
            for (int i = 0; i < damaged.frameCount(); ++i) {
                const DecodedFrame frame = damaged.frame(i);
                EXPECT_TRUE(!frame.isEmpty() || !frame.error.isEmpty());
            }
        }
    }
    EXPECT_FALSE(DicomImageFile::fromBytes(QByteArray()).isValid());
    EXPECT_FALSE(DicomImageFile::fromBytes(QByteArray(5000, 'x')).isValid());
}

TEST(PixelDecoding, HighThroughputJpeg2000LabelIsDecodedByOpenJpeg)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // DCMTK 3.6.7 has no name for the HTJ2K transfer syntaxes (2019). The WG04 JPEG 2000 CT is
    // relabelled as HTJ2K Lossless (1.2.840.10008.1.2.4.201) in memory; a Part 1 codestream is
    // a valid HTJ2K codestream without HT blocks, so it must decode exactly as before.
    QFile file(codecFile(QStringLiteral("wg04_clunie/CT1_J2KR.dcm")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    const QByteArray oldUid("1.2.840.10008.1.2.4.90");
    const QByteArray newUid("1.2.840.10008.1.2.4.201", 24); // with its padding NUL: even length
    const qsizetype tsElement = bytes.indexOf(QByteArray("\x02\x00\x10\x00UI", 6));
    ASSERT_GT(tsElement, 0);
    ASSERT_EQ(bytes.mid(tsElement + 8, oldUid.size()), oldUid);
    bytes.replace(tsElement + 6, 2 + oldUid.size(), QByteArray("\x18\x00", 2) + newUid);
    const qsizetype groupLength = bytes.indexOf(QByteArray("\x02\x00\x00\x00UL", 6));
    ASSERT_GT(groupLength, 0);
    auto* length = reinterpret_cast<unsigned char*>(bytes.data() + groupLength + 8);
    const quint32 grown = quint32(length[0] | (length[1] << 8) | (length[2] << 16) | (length[3] << 24)) + 2;
    for (int i = 0; i < 4; ++i)
        length[i] = static_cast<unsigned char>(grown >> (8 * i));

    const DicomImageFile relabelled = DicomImageFile::fromBytes(bytes);
    ASSERT_TRUE(relabelled.isValid()) << relabelled.errorMessage().toStdString();
    const DecodedFrame frame = relabelled.frame(0);
    const DecodedFrame reference =
        DicomImageFile::open(codecFile(QStringLiteral("wg04_clunie/CT1_UNC_reference.dcm"))).frame(0);
    ASSERT_EQ(frame.values.size(), reference.values.size()) << frame.error.toStdString();
    EXPECT_EQ(compareFrames(frame, reference).max, 0.0);
}
