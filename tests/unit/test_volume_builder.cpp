// A series becomes a volume in patient coordinates (core/volume): order by position, spacing
// from positions, gantry tilt, uneven gaps, enhanced multi-frame, scouts left out; and which
// series of a disc are head volumes. Real data where the shared folder has it.
#include "demo/DemoDisc.h"
#include "demo/HeadPhantom.h"
#include "media/DiscScanner.h"
#include "media/DiscSource.h"
#include "pixels/DicomImageFile.h"
#include "support/ArchiveWriter.h"
#include "support/DiscScanHelpers.h"
#include "support/TestData.h"
#include "volume/HeadVolumes.h"
#include "volume/SliceStack.h"
#include "volume/VectorMath.h"
#include "volume/VolumeBuilder.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <iostream>
#include <memory>
#include <random>

using namespace scanshield;
using volume::Vec3;

namespace {

using test::findSeries;
using test::openDisc;
using Disc = test::OpenedDisc;

const media::SeriesEntry* seriesDescribed(const media::DiscIndex& index, const QString& description)
{
    return findSeries(index, [&](const media::SeriesEntry& s) { return s.description == description; });
}

struct Timed {
    volume::VolumeBuildResult result;
    qint64 milliseconds = 0;
};

Timed buildTimed(const media::SeriesEntry& series, media::DiscSource& source, const volume::VolumeBuilder& builder = {})
{
    QElapsedTimer timer;
    timer.start();
    Timed timed{builder.build(series, source), 0};
    timed.milliseconds = timer.elapsed();
    return timed;
}

void report(const char* name, const Timed& timed)
{
    const volume::Volume& v = timed.result.volume;
    std::cout << "[ volume   ] " << name << ": " << v.width << " x " << v.height << " x " << v.depth << ", spacing "
              << v.spacing[0] << " / " << v.spacing[1] << " / " << v.spacing[2] << " mm, slice direction ("
              << v.sliceDirection[0] << ", " << v.sliceDirection[1] << ", " << v.sliceDirection[2] << "), tilt "
              << timed.result.tiltDegrees << " deg, " << timed.milliseconds << " ms\n";
    for (const QString& warning : timed.result.warnings)
        std::cout << "[ warning  ]   " << warning.toStdString() << "\n";
}

double fractionAtLeast(const volume::Volume& v, int value)
{
    const auto n = std::count_if(v.values.begin(), v.values.end(), [&](std::int16_t x) { return x >= value; });
    return double(n) / double(v.values.size());
}

long countAtMost(const volume::Volume& v, int value)
{
    return long(std::count_if(v.values.begin(), v.values.end(), [&](std::int16_t x) { return x <= value; }));
}

long countAtLeast(const volume::Volume& v, int value)
{
    return long(std::count_if(v.values.begin(), v.values.end(), [&](std::int16_t x) { return x >= value; }));
}

void expectNear(const Vec3& actual, const Vec3& expected, double tolerance, const char* what)
{
    for (int a = 0; a < 3; ++a)
        EXPECT_NEAR(actual[std::size_t(a)], expected[std::size_t(a)], tolerance) << what << ", axis " << a;
}

// ---------------------------------------------------------------------------------------------
// Geometry alone (no files): the plan of a stack.

volume::SliceGeometry axialPicture(double z, int instanceNumber, double x = 0.0)
{
    volume::SliceGeometry g;
    g.path = QStringLiteral("IM%1").arg(instanceNumber);
    g.instanceNumber = instanceNumber;
    g.rows = g.columns = 64;
    g.position = Vec3{x, 0.0, z};
    g.orientation = std::array<double, 6>{1, 0, 0, 0, 1, 0};
    g.pixelSpacing = std::array<double, 2>{0.5, 0.5};
    return g;
}

TEST(SliceStack, OrdersByPositionNotByInstanceNumber)
{
    std::vector<volume::SliceGeometry> pictures;
    for (int i = 0; i < 12; ++i)
        pictures.push_back(axialPicture(30.0 - 2.5 * i, i + 1)); // instance 1 is the top
    std::shuffle(pictures.begin(), pictures.end(), std::mt19937(7));
    const volume::StackPlan plan = volume::planStack(pictures);
    ASSERT_TRUE(plan.ok()) << plan.error.toStdString();
    ASSERT_EQ(plan.depth(), 12);
    EXPECT_EQ(plan.slices.front().instanceNumber, 12) << "the lowest picture comes first";
    EXPECT_EQ(plan.slices.back().instanceNumber, 1);
    EXPECT_FALSE(plan.resampled);
    EXPECT_NEAR(plan.spacing[2], 2.5, 1e-9);
    EXPECT_DOUBLE_EQ(plan.tiltDegrees, 0.0);
    expectNear(plan.sliceDirection, {0, 0, 1}, 1e-12, "slice direction");
}

TEST(SliceStack, UnevenGapsAreResampledAtTheMedianGap)
{
    // 1 mm steps with one picture missing: gaps 1,1,1,2,1,1,...
    std::vector<volume::SliceGeometry> pictures;
    for (int i = 0; i < 14; ++i)
        if (i != 4)
            pictures.push_back(axialPicture(double(i), i + 1));
    const volume::StackPlan plan = volume::planStack(pictures);
    ASSERT_TRUE(plan.ok()) << plan.error.toStdString();
    EXPECT_TRUE(plan.resampled);
    EXPECT_NEAR(plan.spacing[2], 1.0, 1e-9);
    ASSERT_EQ(plan.depth(), 14) << "the missing place is filled in";
    const volume::StackPlan::Sample& missing = plan.samples[4]; // z = 4 between pictures at 3 and 5
    EXPECT_EQ(plan.slices[missing.lower].instanceNumber, 4);
    EXPECT_EQ(plan.slices[missing.upper].instanceNumber, 6);
    EXPECT_NEAR(missing.weight, 0.5, 1e-9);
    EXPECT_NEAR(plan.samples[13].weight, 1.0, 1e-9) << "the last slice is the last picture";
}

TEST(SliceStack, ScoutsAndDuplicatesAreLeftOutAndCounted)
{
    std::vector<volume::SliceGeometry> pictures;
    for (int i = 0; i < 20; ++i)
        pictures.push_back(axialPicture(double(i), i + 1));
    volume::SliceGeometry scout = axialPicture(0.0, 100);
    scout.orientation = std::array<double, 6>{0, 1, 0, 0, 0, -1};
    scout.rows = 300;
    pictures.push_back(scout);
    volume::SliceGeometry otherFieldOfView = axialPicture(5.5, 101);
    otherFieldOfView.pixelSpacing = std::array<double, 2>{0.9, 0.9};
    pictures.push_back(otherFieldOfView);
    pictures.push_back(axialPicture(7.0, 102)); // a second echo at z = 7
    volume::SliceGeometry nowhere = axialPicture(0.0, 103);
    nowhere.position.reset();
    pictures.push_back(nowhere);

    const volume::StackPlan plan = volume::planStack(pictures);
    ASSERT_TRUE(plan.ok()) << plan.error.toStdString();
    EXPECT_EQ(plan.depth(), 20);
    EXPECT_EQ(plan.leftOutOtherShape, 2);
    EXPECT_EQ(plan.leftOutSamePlace, 1);
    EXPECT_EQ(plan.leftOutNoPosition, 1);
    EXPECT_EQ(plan.slices[7].instanceNumber, 8) << "the first picture of a place is kept";
}

TEST(SliceStack, TiltedStackFollowsThePositions)
{
    // Pictures tilted by 20 degrees about x, stacked straight up z (a tilted gantry).
    const double tilt = 20.0 * 3.14159265358979323846 / 180.0;
    std::vector<volume::SliceGeometry> pictures;
    for (int i = 0; i < 15; ++i) {
        volume::SliceGeometry g = axialPicture(3.0 * i, i + 1);
        g.orientation = std::array<double, 6>{1, 0, 0, 0, std::cos(tilt), -std::sin(tilt)};
        pictures.push_back(g);
    }
    const volume::StackPlan plan = volume::planStack(pictures);
    ASSERT_TRUE(plan.ok()) << plan.error.toStdString();
    EXPECT_NEAR(plan.tiltDegrees, 20.0, 1e-6);
    expectNear(plan.sliceDirection, {0, 0, 1}, 1e-9, "the stack goes up z, not along the normal");
    EXPECT_NEAR(plan.spacing[2], 3.0, 1e-9) << "from position to position, not along the normal";
}

TEST(SliceStack, PlainWordsWhenNoVolumeCanBeMade)
{
    std::vector<volume::SliceGeometry> three;
    for (int i = 0; i < 3; ++i)
        three.push_back(axialPicture(double(i), i + 1));
    EXPECT_EQ(volume::planStack(three).error, QStringLiteral("this series has only 3 picture(s)"));

    std::vector<volume::SliceGeometry> unplaced(12, axialPicture(0.0, 1));
    for (volume::SliceGeometry& g : unplaced)
        g.position.reset();
    EXPECT_EQ(volume::planStack(unplaced).error, QStringLiteral("the pictures have no position"));

    std::vector<volume::SliceGeometry> samePlace(12, axialPicture(0.0, 1));
    EXPECT_EQ(volume::planStack(samePlace).error,
              QStringLiteral("the pictures of this series all lie in the same place"));
}

// ---------------------------------------------------------------------------------------------
// Real head volumes.

TEST(VolumeBuilder, SiemensSagittalMprage)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const Disc disc = openDisc(test::sharedData(QStringLiteral("head_volumes/siemens_trio_t1_mprage_face")));
    ASSERT_TRUE(disc.source);
    const media::SeriesEntry* series =
        findSeries(disc.scan.index, [](const media::SeriesEntry& s) { return s.modality == QLatin1String("MR"); });
    ASSERT_NE(series, nullptr);

    volume::VolumeBuilder builder;
    std::vector<int> progress;
    builder.setProgressCallback([&](int done, int total) {
        EXPECT_EQ(total, 176);
        progress.push_back(done);
    });
    const Timed timed = buildTimed(*series, *disc.source, builder);
    report("Siemens MPRAGE", timed);
    const volume::VolumeBuildResult& r = timed.result;
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const volume::Volume& v = r.volume;
    EXPECT_EQ(v.width, 256);
    EXPECT_EQ(v.height, 256);
    EXPECT_EQ(v.depth, 176);
    EXPECT_EQ(r.picturesUsed, 176);
    EXPECT_EQ(r.picturesLeftOut(), 0);
    EXPECT_FALSE(r.resampled);
    EXPECT_DOUBLE_EQ(r.tiltDegrees, 0.0);
    for (int a = 0; a < 3; ++a)
        EXPECT_NEAR(v.spacing[std::size_t(a)], 1.0, 0.02);
    EXPECT_GT(std::abs(v.sliceDirection[0]), 0.95) << "sagittal: the stack runs left-right";
    EXPECT_NEAR(volume::dot(v.sliceDirection, volume::cross(v.rowDirection, v.columnDirection)), 1.0, 1e-9);
    EXPECT_EQ(v.modality, QStringLiteral("MR"));
    EXPECT_EQ(v.seriesUid, series->uid);
    ASSERT_EQ(progress.size(), 176u);
    EXPECT_EQ(progress.back(), 176);

    // The origin is the picture lowest along the normal, whatever its instance number.
    double lowest = 1e30;
    Vec3 lowestPosition{};
    for (const media::IndexedInstance& instance : series->instances) {
        const auto& p = *instance.header.imagePositionPatient;
        const Vec3 position{p[0], p[1], p[2]};
        if (volume::dot(position, v.sliceDirection) < lowest) {
            lowest = volume::dot(position, v.sliceDirection);
            lowestPosition = position;
        }
    }
    expectNear(v.origin, lowestPosition, 1e-6, "origin");
    // The last slice lands on the last picture's position.
    const Vec3 far = v.toPatient(0, 0, v.depth - 1);
    EXPECT_NEAR(volume::dot(far, v.sliceDirection) - lowest, 175.0, 0.5);

    // A head: a good part of the volume well above the background.
    const auto maxValue = *std::max_element(v.values.begin(), v.values.end());
    std::cout << "[ values   ] max " << maxValue << ", fraction >= 100: " << fractionAtLeast(v, 100) << "\n";
    EXPECT_GT(maxValue, 300);
    EXPECT_GT(fractionAtLeast(v, 100), 0.10);
    EXPECT_LT(fractionAtLeast(v, 100), 0.90) << "and air around it";
}

TEST(VolumeBuilder, GeHeadCtWithGantryTiltAndUnevenGaps)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString folder = test::sharedData(QStringLiteral("head_volumes/ge_hispeed_head_ct_gantry_tilt"));
    const Disc disc = openDisc(folder);
    ASSERT_TRUE(disc.source);
    const media::SeriesEntry* series =
        findSeries(disc.scan.index, [](const media::SeriesEntry& s) { return s.modality == QLatin1String("CT"); });
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->instances.size(), 28);

    const Timed timed = buildTimed(*series, *disc.source);
    report("GE HiSpeed CT", timed);
    const volume::VolumeBuildResult& r = timed.result;
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const volume::Volume& v = r.volume;
    EXPECT_EQ(v.width, 512);
    EXPECT_EQ(v.height, 512);

    // The gantry was tilted by 18.5 degrees (Gantry/Detector Tilt says so too): the stack runs
    // straight up z while the pictures lean.
    EXPECT_NEAR(r.tiltDegrees, 18.5, 0.1);
    expectNear(v.sliceDirection, {0, 0, 1}, 1e-6, "stack direction");
    EXPECT_GT(std::abs(volume::dot(v.sliceDirection, v.columnDirection)), 0.3) << "not perpendicular to the columns";
    EXPECT_NEAR(volume::dot(v.sliceDirection, v.rowDirection), 0.0, 1e-6);

    // Gaps of 4.22 mm (13), one of 1.14 mm and 7.38 mm (13): resampled at the median, 4.22 mm,
    // over the 151.94 mm from the first picture to the last.
    EXPECT_TRUE(r.resampled);
    EXPECT_NEAR(v.spacing[2], 4.22, 0.001);
    EXPECT_EQ(v.depth, 37);
    EXPECT_NEAR(v.spacing[0], 0.488281, 1e-5);
    EXPECT_NEAR(v.spacing[1], 0.488281, 1e-5);
    expectNear(v.origin, {-125.0, -123.5404569, 5.8360586}, 1e-6, "origin");
    EXPECT_NEAR(v.toPatient(0, 0, v.depth - 1)[2], 5.8360586 + 36 * 4.22, 1e-6);
    EXPECT_FALSE(r.warnings.filter(QStringLiteral("tilted by 18.5 degrees")).isEmpty());
    EXPECT_FALSE(r.warnings.filter(QStringLiteral("resampled to an even 4.22 mm")).isEmpty());

    // Hounsfield units: air around the head, bone in the skull.
    const long air = countAtMost(v, -900);
    const long bone = countAtLeast(v, 300);
    std::cout << "[ values   ] voxels <= -900 HU: " << air << ", >= 300 HU: " << bone << " of " << v.values.size()
              << "\n";
    EXPECT_GT(air, long(v.values.size() / 4));
    EXPECT_GT(bone, 100000L);

    // Slice 0 is picture 01 exactly; slice 20 (z = 90.24) lies between pictures 18 (z = 83.98)
    // and 19 (z = 91.36), 85% of the way: blended, never outside its neighbours' values.
    const pixels::DecodedFrame first = pixels::DicomImageFile::open(QDir(folder).filePath("01.dcm")).frame(0);
    const pixels::DecodedFrame p18 = pixels::DicomImageFile::open(QDir(folder).filePath("18.dcm")).frame(0);
    const pixels::DecodedFrame p19 = pixels::DicomImageFile::open(QDir(folder).filePath("19.dcm")).frame(0);
    ASSERT_EQ(first.values.size(), std::size_t(512 * 512));
    int mismatches = 0;
    for (int j = 0; j < 512; j += 7)
        for (int i = 0; i < 512; i += 7) {
            const std::size_t n = std::size_t(i + 512 * j);
            mismatches += v.at(i, j, 0) != std::lround(first.values[n]);
            const double w = (90.2360586 - 83.9760586) / (91.3560586 - 83.9760586);
            const double expected = p18.values[n] + w * (p19.values[n] - p18.values[n]);
            mismatches += std::abs(v.at(i, j, 20) - expected) > 0.51;
        }
    EXPECT_EQ(mismatches, 0);
}

// ---------------------------------------------------------------------------------------------
// The demo disc's synthetic head CT: the volume must be the phantom, exactly.

class DemoDisc : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        root = new QString(QDir(test::makeTempDir()).filePath(QStringLiteral("demo")));
        ASSERT_TRUE(demo::writeDemoDisc(*root).ok);
        disc = new Disc(openDisc(*root));
        phantom = new demo::HeadVolume(demo::makeHeadVolume());
    }
    void SetUp() override
    {
        ASSERT_NE(disc, nullptr) << "the demo disc could not be written";
        ASSERT_TRUE(disc->source);
    }
    static void TearDownTestSuite()
    {
        delete phantom;
        delete disc;
        delete root;
    }
    static const media::SeriesEntry& axial()
    {
        const media::SeriesEntry* s = seriesDescribed(disc->scan.index, QStringLiteral("Kopf 2.0 H31s"));
        EXPECT_NE(s, nullptr);
        return *s;
    }
    // Voxels that differ from the phantom's Hounsfield units as the demo stores them.
    static long differencesFromPhantom(const volume::Volume& v)
    {
        long differences = 0;
        for (int k = 0; k < phantom->slices; ++k)
            for (int j = 0; j < phantom->rows; ++j)
                for (int i = 0; i < phantom->columns; ++i)
                    differences += v.at(i, j, k) != std::clamp<int>(phantom->at(i, j, k), -1024, 3071);
        return differences;
    }

    static QString* root;
    static Disc* disc;
    static demo::HeadVolume* phantom;
};

QString* DemoDisc::root = nullptr;
Disc* DemoDisc::disc = nullptr;
demo::HeadVolume* DemoDisc::phantom = nullptr;

TEST_F(DemoDisc, HeadCtIsThePhantom)
{
    const Timed timed = buildTimed(axial(), *disc->source);
    report("demo head CT", timed);
    const volume::VolumeBuildResult& r = timed.result;
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const volume::Volume& v = r.volume;
    EXPECT_EQ(v.width, 256);
    EXPECT_EQ(v.height, 256);
    EXPECT_EQ(v.depth, 100);
    expectNear(v.spacing, {1.0, 1.0, 2.0}, 1e-9, "spacing");
    expectNear(v.origin, {-127.5, -127.5, -100.0}, 1e-9, "origin");
    expectNear(v.rowDirection, {1, 0, 0}, 1e-12, "rows");
    expectNear(v.columnDirection, {0, 1, 0}, 1e-12, "columns");
    expectNear(v.sliceDirection, {0, 0, 1}, 1e-12, "slices");
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join('\n').toStdString();
    EXPECT_EQ(differencesFromPhantom(v), 0);
}

TEST_F(DemoDisc, ShuffledEntriesAndScrambledInstanceNumbersGiveTheSameVolume)
{
    // A copy of the series whose files carry instance numbers in random order, under names in
    // that order, listed in the series entry in yet another order.
    const QString folder = test::makeTempDir();
    std::vector<int> numbers(std::size_t(axial().instances.size()));
    for (std::size_t i = 0; i < numbers.size(); ++i)
        numbers[i] = int(i) + 1;
    std::shuffle(numbers.begin(), numbers.end(), std::mt19937(11));
    for (qsizetype i = 0; i < axial().instances.size(); ++i) {
        const int number = numbers[std::size_t(i)];
        const QByteArray original = QFile::encodeName(QDir(*root).filePath(axial().instances[i].path));
        const QString name = QStringLiteral("IM%1").arg(number, 4, 10, QLatin1Char('0'));
        const QByteArray renamed = QFile::encodeName(QDir(folder).filePath(name));
        DcmFileFormat file;
        ASSERT_TRUE(file.loadFile(original.constData()).good());
        file.getDataset()->putAndInsertString(DCM_InstanceNumber, QByteArray::number(number).constData());
        ASSERT_TRUE(file.saveFile(renamed.constData(), EXS_LittleEndianExplicit).good());
    }
    Disc copy = openDisc(folder);
    ASSERT_EQ(copy.scan.index.seriesTotal(), 1);
    media::SeriesEntry shuffled = copy.scan.index.patients[0].studies[0].series[0];
    std::shuffle(shuffled.instances.begin(), shuffled.instances.end(), std::mt19937(3));

    const volume::VolumeBuildResult r = volume::VolumeBuilder().build(shuffled, *copy.source);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.volume.depth, 100);
    expectNear(r.volume.origin, {-127.5, -127.5, -100.0}, 1e-9, "origin");
    EXPECT_EQ(differencesFromPhantom(r.volume), 0);
}

TEST_F(DemoDisc, SameVolumeFromAZip)
{
    // A portal's download: the files are read from inside the archive, never unpacked to disk.
    const QString zip = QDir(test::makeTempDir()).filePath(QStringLiteral("demo.zip"));
    ASSERT_TRUE(test::writeArchive(*root, zip, test::ArchiveFormat::Zip));
    const Disc zipped = openDisc(zip);
    ASSERT_TRUE(zipped.source);
    ASSERT_TRUE(zipped.source->isArchive());
    const media::SeriesEntry* series = seriesDescribed(zipped.scan.index, QStringLiteral("Kopf 2.0 H31s"));
    ASSERT_NE(series, nullptr);
    const Timed timed = buildTimed(*series, *zipped.source);
    report("demo head CT from a ZIP", timed);
    ASSERT_TRUE(timed.result.ok()) << timed.result.error.toStdString();
    EXPECT_EQ(differencesFromPhantom(timed.result.volume), 0);
}

TEST_F(DemoDisc, ScoutsMixedIntoTheSeriesAreLeftOutAndCounted)
{
    media::SeriesEntry mixed = axial();
    const media::SeriesEntry* scouts = seriesDescribed(disc->scan.index, QStringLiteral("Topogramm"));
    ASSERT_NE(scouts, nullptr);
    ASSERT_EQ(scouts->instances.size(), 2);
    mixed.instances.insert(40, scouts->instances[0]);
    mixed.instances.append(scouts->instances[1]);

    const volume::VolumeBuildResult r = volume::VolumeBuilder().build(mixed, *disc->source);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.leftOutOtherShape, 2);
    EXPECT_EQ(r.picturesUsed, 100);
    ASSERT_EQ(r.warnings.size(), 1);
    EXPECT_TRUE(r.warnings[0].startsWith(QStringLiteral("2 picture(s) of a different size or direction")));
    EXPECT_EQ(differencesFromPhantom(r.volume), 0);
}

TEST_F(DemoDisc, CancelStopsWithoutAVolume)
{
    std::atomic_bool cancel{false};
    volume::VolumeBuilder builder;
    builder.setCancelFlag(&cancel);
    builder.setProgressCallback([&](int done, int) {
        if (done == 10)
            cancel = true;
    });
    const volume::VolumeBuildResult r = builder.build(axial(), *disc->source);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.volume.isEmpty());
    EXPECT_TRUE(r.volume.values.empty()) << "the memory is given back";
    EXPECT_FALSE(r.error.isEmpty());
}

TEST_F(DemoDisc, PlainWordsForSeriesThatAreNoVolume)
{
    media::SeriesEntry few = axial();
    few.instances.resize(3);
    EXPECT_EQ(volume::VolumeBuilder().build(few, *disc->source).error,
              QStringLiteral("this series has only 3 picture(s)"));

    // The ultrasound cine: many frames, none of which says where it lies.
    const media::SeriesEntry* cine = findSeries(disc->scan.index, [](const media::SeriesEntry& s) {
        return s.modality == QLatin1String("US") && s.frameCount() > 1 && s.instances.size() == 1;
    });
    ASSERT_NE(cine, nullptr);
    volume::VolumeBuilder builder;
    builder.setMinimumSlices(2);
    const volume::VolumeBuildResult r = builder.build(*cine, *disc->source);
    EXPECT_EQ(r.error, QStringLiteral("the pictures have no position"));
    EXPECT_TRUE(r.volume.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Enhanced multi-frame.

TEST(VolumeBuilder, RealEnhancedCtUsesItsFunctionalGroups)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    // NEMA's enhanced CT sample: 2 frames, 10 mm apart, positions per frame, orientation and
    // pixel size shared. Too few frames for a volume by default, so the minimum is lowered.
    const QString folder = test::sharedData(QStringLiteral("codecs_multiframe_burnedin/pydicom"));
    QString error;
    std::unique_ptr<media::DiscSource> source = media::openDiscSource(folder, error);
    ASSERT_TRUE(source) << error.toStdString();
    media::SeriesEntry series;
    series.modality = QStringLiteral("CT");
    media::IndexedInstance instance;
    instance.path = QStringLiteral("eCT_Supplemental.dcm");
    instance.header.rows = instance.header.columns = 512;
    instance.header.numberOfFrames = 2;
    series.instances.append(instance);

    EXPECT_EQ(volume::VolumeBuilder().build(series, *source).error,
              QStringLiteral("this series has only 2 picture(s)"));

    volume::VolumeBuilder builder;
    builder.setMinimumSlices(2);
    const Timed timed = buildTimed(series, *source, builder);
    report("enhanced CT (NEMA)", timed);
    const volume::VolumeBuildResult& r = timed.result;
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const volume::Volume& v = r.volume;
    EXPECT_EQ(v.depth, 2);
    EXPECT_NEAR(v.spacing[2], 10.0, 1e-6);
    EXPECT_NEAR(v.spacing[0], 0.388672, 1e-6);
    expectNear(v.rowDirection, {-1, 0, 0}, 1e-9, "rows");
    // Rows run to the patient's right, columns to the back: the normal points to the feet, so
    // the stack starts with the frame higher up.
    expectNear(v.origin, {99.5, -301.5, -149.0}, 1e-6, "origin");
    expectNear(v.sliceDirection, {0, 0, -1}, 1e-9, "stack");
    EXPECT_LE(*std::min_element(v.values.begin(), v.values.end()), -900) << "air in Hounsfield units";
    EXPECT_GT(countAtLeast(v, 0), 10000L) << "tissue";
}

// An Enhanced MR Image Storage file written here: frames stored out of spatial order, positions
// per frame, orientation and pixel size shared, a rescale shared; plus a frame at a position
// already taken and a frame in another direction.
struct EnhancedMr {
    int columns = 40;
    int rows = 24;
    int stack = 24;    // frames in the stack
    double gap = 1.5;  // mm between them
    const char* imageType = "ORIGINAL\\PRIMARY\\VOLUME\\NONE";

    static int storedValue(int place, int i, int j) { return 100 + 40 * place + i + 2 * j; }
    static double modalityValue(int stored) { return 2.0 * stored - 50.0; }
    // Coronal pictures (rows to the patient's left, columns to the feet), so the normal is
    // (1,0,0) x (0,0,-1) = (0,1,0); place 0 is the most posterior.
    Vec3 positionOf(int place) const { return {-20.0, 10.0 - gap * place, 30.0}; }
};

void addItem(DcmItem& parent, const DcmTagKey& sequence, const std::function<void(DcmItem&)>& fill)
{
    DcmItem* item = nullptr;
    ASSERT_TRUE(parent.findOrCreateSequenceItem(sequence, item, -2).good());
    fill(*item);
}

QString writeEnhancedMr(const QString& folder, const EnhancedMr& e = {})
{
    // Frame order: the stack's places shuffled, then a duplicate of place 5, then a sagittal frame.
    std::vector<int> places(std::size_t(e.stack));
    for (int i = 0; i < e.stack; ++i)
        places[std::size_t(i)] = i;
    std::shuffle(places.begin(), places.end(), std::mt19937(5));
    places.push_back(5);
    places.push_back(-1);

    DcmFileFormat file;
    DcmDataset& d = *file.getDataset();
    d.putAndInsertString(DCM_SOPClassUID, UID_EnhancedMRImageStorage);
    d.putAndInsertString(DCM_SOPInstanceUID, "2.25.1000000000000000000001");
    d.putAndInsertString(DCM_StudyInstanceUID, "2.25.1000000000000000000002");
    d.putAndInsertString(DCM_SeriesInstanceUID, "2.25.1000000000000000000003");
    d.putAndInsertString(DCM_Modality, "MR");
    d.putAndInsertString(DCM_PatientName, "Volume^Test");
    d.putAndInsertString(DCM_ImageType, e.imageType);
    d.putAndInsertUint16(DCM_Rows, Uint16(e.rows));
    d.putAndInsertUint16(DCM_Columns, Uint16(e.columns));
    d.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    d.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    d.putAndInsertUint16(DCM_BitsAllocated, 16);
    d.putAndInsertUint16(DCM_BitsStored, 16);
    d.putAndInsertUint16(DCM_HighBit, 15);
    d.putAndInsertUint16(DCM_PixelRepresentation, 0);
    d.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(int(places.size())).constData());

    addItem(d, DCM_SharedFunctionalGroupsSequence, [](DcmItem& shared) {
        addItem(shared, DCM_PixelMeasuresSequence, [](DcmItem& m) {
            m.putAndInsertString(DCM_PixelSpacing, "0.8\\0.5"); // between rows, between columns
            m.putAndInsertString(DCM_SliceThickness, "5"); // deliberately not the gap
        });
        addItem(shared, DCM_PixelValueTransformationSequence, [](DcmItem& t) {
            t.putAndInsertString(DCM_RescaleSlope, "2");
            t.putAndInsertString(DCM_RescaleIntercept, "-50");
            t.putAndInsertString(DCM_RescaleType, "US");
        });
    });
    std::vector<Uint16> pixels;
    for (int place : places) {
        DcmItem* frame = nullptr;
        d.findOrCreateSequenceItem(DCM_PerFrameFunctionalGroupsSequence, frame, -2);
        const bool sideways = place < 0;
        addItem(*frame, DCM_PlanePositionSequence, [&](DcmItem& p) {
            const Vec3 at = sideways ? Vec3{0, 0, 0} : e.positionOf(place);
            p.putAndInsertString(DCM_ImagePositionPatient,
                                 QStringLiteral("%1\\%2\\%3").arg(at[0]).arg(at[1]).arg(at[2]).toLatin1().constData());
        });
        addItem(*frame, DCM_PlaneOrientationSequence, [&](DcmItem& o) {
            o.putAndInsertString(DCM_ImageOrientationPatient, sideways ? "0\\1\\0\\0\\0\\-1" : "1\\0\\0\\0\\0\\-1");
        });
        for (int j = 0; j < e.rows; ++j)
            for (int i = 0; i < e.columns; ++i)
                pixels.push_back(Uint16(sideways ? 9999 : EnhancedMr::storedValue(place, i, j)));
    }
    d.putAndInsertUint16Array(DCM_PixelData, pixels.data(), static_cast<unsigned long>(pixels.size()));
    const QString path = QDir(folder).filePath(QStringLiteral("ENHANCED.dcm"));
    EXPECT_TRUE(file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good());
    return path;
}

TEST(VolumeBuilder, EnhancedMultiFrameWrittenHere)
{
    const EnhancedMr e;
    const QString folder = test::makeTempDir();
    writeEnhancedMr(folder, e);
    const Disc disc = openDisc(folder);
    ASSERT_EQ(disc.scan.index.seriesTotal(), 1);
    const media::SeriesEntry& series = disc.scan.index.patients[0].studies[0].series[0];
    ASSERT_EQ(series.frameCount(), e.stack + 2);

    const Timed timed = buildTimed(series, *disc.source);
    report("enhanced MR (written here)", timed);
    const volume::VolumeBuildResult& r = timed.result;
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const volume::Volume& v = r.volume;
    EXPECT_EQ(v.width, e.columns);
    EXPECT_EQ(v.height, e.rows);
    EXPECT_EQ(v.depth, e.stack);
    EXPECT_EQ(r.leftOutSamePlace, 1);
    EXPECT_EQ(r.leftOutOtherShape, 1);
    expectNear(v.spacing, {0.5, 0.8, e.gap}, 1e-9, "spacing: columns 0.5, rows 0.8, the gap, not the thickness");
    // The stack runs along the normal (0,1,0), so it starts at the most anterior place.
    expectNear(v.sliceDirection, {0, 1, 0}, 1e-9, "stack");
    expectNear(v.origin, e.positionOf(e.stack - 1), 1e-9, "origin");
    long wrong = 0;
    for (int k = 0; k < v.depth; ++k) {
        const int place = e.stack - 1 - k;
        for (int j = 0; j < v.height; ++j)
            for (int i = 0; i < v.width; ++i)
                wrong += v.at(i, j, k) != EnhancedMr::modalityValue(EnhancedMr::storedValue(place, i, j));
    }
    EXPECT_EQ(wrong, 0);
}

// ---------------------------------------------------------------------------------------------
// Which series are head volumes.

void printVerdict(const media::SeriesEntry& series, const volume::HeadVolumeVerdict& verdict)
{
    std::cout << "[ head?    ] " << series.modality.toStdString() << " '" << series.description.toStdString()
              << "': " << (verdict.isHeadVolume ? "yes" : "no") << ", " << verdict.reason.toStdString() << "\n";
}

TEST(HeadVolumes, TheRealHeadCtAndMriAreHeadVolumes)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const Disc disc = openDisc(test::sharedData(QStringLiteral("head_volumes")));
    ASSERT_TRUE(disc.source);
    QElapsedTimer timer;
    timer.start();
    const QList<volume::HeadVolumeVerdict> verdicts = volume::judgeHeadVolumes(disc.scan.index, *disc.source);
    std::cout << "[ head?    ] both series judged in " << timer.elapsed() << " ms\n";
    ASSERT_EQ(verdicts.size(), 2);
    for (const volume::HeadVolumeVerdict& verdict : verdicts) {
        const media::SeriesEntry* series =
            findSeries(disc.scan.index, [&](const media::SeriesEntry& s) { return s.uid == verdict.seriesUid; });
        ASSERT_NE(series, nullptr);
        printVerdict(*series, verdict);
        EXPECT_TRUE(verdict.isHeadVolume) << verdict.reason.toStdString();
        EXPECT_GE(verdict.slices, 28);
        EXPECT_GE(verdict.coverageMm, 150.0);
        EXPECT_GE(std::min(verdict.widthMm, verdict.heightMm), 240.0);
    }
}

TEST_F(DemoDisc, OnlyTheAxialCtIsAHeadVolume)
{
    const QList<volume::HeadVolumeVerdict> verdicts = volume::judgeHeadVolumes(disc->scan.index, *disc->source);
    ASSERT_EQ(verdicts.size(), disc->scan.index.seriesTotal());
    int heads = 0;
    for (const volume::HeadVolumeVerdict& verdict : verdicts) {
        const media::SeriesEntry* series =
            findSeries(disc->scan.index, [&](const media::SeriesEntry& s) { return s.uid == verdict.seriesUid; });
        ASSERT_NE(series, nullptr);
        printVerdict(*series, verdict);
        EXPECT_FALSE(verdict.reason.isEmpty());
        if (series->description == QLatin1String("Kopf 2.0 H31s")) {
            EXPECT_TRUE(verdict.isHeadVolume);
            EXPECT_EQ(verdict.slices, 100);
            EXPECT_NEAR(verdict.coverageMm, 198.0, 1e-6);
            EXPECT_NEAR(verdict.widthMm, 256.0, 1e-6);
        }
        if (series->description == QLatin1String("Topogramm")) {
            EXPECT_TRUE(verdict.reason.contains(QStringLiteral("scout"))) << verdict.reason.toStdString();
        }
        if (series->modality == QLatin1String("US")) {
            EXPECT_EQ(verdict.reason, QStringLiteral("Ultrasound, not a CT or MRI scan"));
        }
        heads += verdict.isHeadVolume;
    }
    EXPECT_EQ(heads, 1);
}

volume::HeadVolumeVerdict judgeEnhancedMr(const EnhancedMr& e)
{
    const QString folder = test::makeTempDir();
    writeEnhancedMr(folder, e);
    const Disc disc = openDisc(folder);
    const volume::HeadVolumeVerdict verdict =
        volume::judgeHeadVolume(disc.scan.index.patients[0].studies[0].series[0], *disc.source);
    std::cout << "[ head?    ] enhanced MR, " << e.stack << " frames " << e.gap << " mm apart, " << e.imageType
              << ": " << verdict.reason.toStdString() << "\n";
    return verdict;
}

TEST(HeadVolumes, ThinStacksNarrowPicturesAndLocalizersAreNot)
{
    // Frames of 20 x 19.2 mm.
    EnhancedMr thin; // 24 frames over 34.5 mm
    const volume::HeadVolumeVerdict tooThin = judgeEnhancedMr(thin);
    EXPECT_FALSE(tooThin.isHeadVolume);
    EXPECT_EQ(tooThin.slices, 24);
    EXPECT_NEAR(tooThin.coverageMm, 34.5, 1e-6);
    EXPECT_TRUE(tooThin.reason.startsWith(QStringLiteral("the pictures cover only 3"))) << tooThin.reason.toStdString();

    EnhancedMr narrow;
    narrow.stack = 60; // 88.5 mm
    const volume::HeadVolumeVerdict tooNarrow = judgeEnhancedMr(narrow);
    EXPECT_FALSE(tooNarrow.isHeadVolume);
    EXPECT_NEAR(tooNarrow.widthMm, 20.0, 1e-9);
    EXPECT_NEAR(tooNarrow.heightMm, 19.2, 1e-9);
    EXPECT_EQ(tooNarrow.reason, QStringLiteral("each picture shows only 20 x 19 mm, too small to hold a face"));

    EnhancedMr wide = narrow;
    wide.columns = 400; // 200 mm
    wide.rows = 200;    // 160 mm
    const volume::HeadVolumeVerdict head = judgeEnhancedMr(wide);
    EXPECT_TRUE(head.isHeadVolume) << head.reason.toStdString();

    EnhancedMr localizer = wide;
    localizer.imageType = "ORIGINAL\\PRIMARY\\LOCALIZER\\NONE";
    const volume::HeadVolumeVerdict scout = judgeEnhancedMr(localizer);
    EXPECT_FALSE(scout.isHeadVolume);
    EXPECT_TRUE(scout.reason.contains(QStringLiteral("localizer"))) << scout.reason.toStdString();
}

} // namespace
