// The geometric proof that a face is gone (issue 5): the face region and its landmarks on an
// original head, and the measures of a candidate against it (share of the surface still
// there, landmarks that survive, relief left, the verdict). On the real MPRAGE of the shared
// data and on the demo disc's synthetic head CT, each defaced crudely here: the defacing
// engine is tested elsewhere, these tests show the measures tell a removed face from a
// face that is still there. Set SCANSHIELD_FACE_PICTURES=/some/dir to keep the pictures
// (region outlined in yellow, landmarks green, lost landmarks red).
#include "demo/DemoDisc.h"
#include "media/DiscScanner.h"
#include "media/DiscSource.h"
#include "support/TestData.h"
#include "volume/FaceMeasures.h"
#include "volume/PngWriter.h"
#include "volume/VectorMath.h"
#include "volume/VolumeBuilder.h"

#include <QDir>
#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iostream>
#include <limits>
#include <memory>

using namespace scanshield;
using volume::FaceLandmarkKind;
using volume::Vec3;
using volume::Volume;
using volume::operator-;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// ---------------------------------------------------------------------------------------
// Heads

struct Head {
    std::string name;
    Volume volume;
    volume::SkinMask mask;
    volume::FaceSide side;
    volume::FaceRegion region;
    qint64 regionMs = 0;
};

// The first series of a disc that `wanted` picks, as a volume (empty if none).
Volume buildVolume(const QString& path, const std::function<bool(const media::SeriesEntry&)>& wanted)
{
    const media::ScanResult scan = media::DiscScanner().scan(path);
    QString error;
    std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
    if (!source)
        return {};
    for (const media::PatientEntry& patient : scan.index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                if (wanted(series))
                    return volume::VolumeBuilder().build(series, *source).volume;
    return {};
}

std::unique_ptr<Head> prepare(std::string name, Volume v)
{
    auto head = std::make_unique<Head>();
    head->name = std::move(name);
    head->volume = std::move(v);
    if (head->volume.isEmpty())
        return head;
    head->mask = volume::makeSkinMask(head->volume);
    head->side = volume::findFaceSide(head->volume, head->mask);
    QElapsedTimer timer;
    timer.start();
    head->region = volume::findFaceRegion(head->volume, head->mask, head->side);
    head->regionMs = timer.elapsed();
    return head;
}

const Head& mprage()
{
    static const std::unique_ptr<Head> head = prepare(
        "mprage", buildVolume(test::sharedData(QStringLiteral("head_volumes/siemens_trio_t1_mprage_face")),
                              [](const media::SeriesEntry& s) { return s.modality == QLatin1String("MR"); }));
    return *head;
}

const Head& demoCt()
{
    static const std::unique_ptr<Head> head = [] {
        const QString root = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
        EXPECT_TRUE(demo::writeDemoDisc(root).ok);
        return prepare("demo_ct", buildVolume(root, [](const media::SeriesEntry& s) {
                           return s.description == QLatin1String("Kopf 2.0 H31s");
                       }));
    }();
    return *head;
}

// ---------------------------------------------------------------------------------------
// Crude defacing, here only to have candidates: voxels set to the background value.

Volume removeVoxels(const Volume& v, const std::function<bool(const Vec3&)>& remove)
{
    Volume out = v;
    const std::int16_t background = *std::min_element(v.values.begin(), v.values.end());
    for (int k = 0; k < v.depth; ++k)
        for (int j = 0; j < v.height; ++j)
            for (int i = 0; i < v.width; ++i)
                if (remove(v.toPatient(i, j, k)))
                    out.values[v.indexOf(i, j, k)] = background;
    return out;
}

// How far back the region's original surface reaches (patient y: the view looks along +y).
double deepestRegionY(const volume::FaceRegion& region)
{
    double deepest = -kInf;
    for (int y = 0; y < region.originalView.height; ++y)
        for (int x = 0; x < region.originalView.width; ++x)
            if (region.contains(x, y))
                deepest = std::max(deepest, volume::surfaceDepth(region.originalView, x, y));
    return deepest;
}

// Every voxel in front of a coronal plane 3 mm behind the deepest skin of the face region,
// below the eyebrows (15 mm above the nasion): the whole face, as a crude defacer cuts it.
// (A plane 10 mm behind the nose tip would take the nose only: the lips, cheeks and chin lie
// 15-40 mm behind it. That cut is the partial one below.)
Volume defaced(const Head& head, double* planeY = nullptr)
{
    const double plane = deepestRegionY(head.region) + 3.0;
    const volume::FaceLandmark& nasion = head.region.landmark(FaceLandmarkKind::Nasion);
    const double brows = nasion.found ? nasion.point[2] + 15.0
                                      : head.region.landmark(FaceLandmarkKind::NoseTip).point[2] + 60.0;
    if (planeY)
        *planeY = plane;
    return removeVoxels(head.volume, [&](const Vec3& p) { return p[1] < plane && p[2] < brows; });
}

// ---------------------------------------------------------------------------------------
// Reporting and pictures

void savePicture(const std::vector<std::uint8_t>& rgb, int width, int height, const std::string& name)
{
    static const QString folder = test::makeTempDir();
    const QString file = QString::fromStdString(name + ".png");
    QString error;
    EXPECT_TRUE(volume::writeRgbPng(QDir(folder).filePath(file), width, height, rgb, &error)) << error.toStdString();
    const QString keep = qEnvironmentVariable("SCANSHIELD_FACE_PICTURES");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        EXPECT_TRUE(volume::writeRgbPng(QDir(keep).filePath(file), width, height, rgb));
    }
}

void saveMeasured(const Head& head, const volume::FaceMeasures& m, const std::string& what)
{
    const volume::RenderedImage& view = m.candidateView.isEmpty() ? head.region.originalView : m.candidateView;
    savePicture(volume::drawFaceRegion(view, head.region, &m), view.width, view.height, head.name + "_" + what);
}

struct Timed {
    volume::FaceMeasures measures;
    qint64 maskMs = 0, measureMs = 0;
};

Timed measureCandidate(const Head& head, const Volume& candidate)
{
    Timed t;
    QElapsedTimer timer;
    timer.start();
    const volume::SkinMask mask = volume::makeSkinMask(candidate);
    t.maskMs = timer.restart();
    t.measures = volume::measureFace(head.volume, head.mask, head.region, candidate, mask);
    t.measureMs = timer.elapsed();
    return t;
}

void report(const Head& head, const std::string& what, const Timed& t)
{
    const volume::FaceMeasures& m = t.measures;
    std::cout << "[ measures ] " << head.name << " " << what << ": share " << 100.0 * m.shareStillPresent << "% ("
              << m.pixelsStillPresent << "/" << m.regionPixels << " px), landmarks " << m.landmarksSurviving << "/"
              << m.landmarksFound << " (";
    for (std::size_t i = 0; i < volume::kFaceLandmarkCount; ++i)
        std::cout << (i ? ", " : "") << m.landmarks[i].distanceMm << " mm";
    std::cout << "), relief " << m.reliefBeforeMm << " -> " << m.reliefAfterMm << " mm, visible " << m.faceVisible
              << ", mask " << t.maskMs << " ms, measure " << t.measureMs << " ms\n"
              << "[ verdict  ]   " << m.verdict.toStdString() << "\n";
}

// ---------------------------------------------------------------------------------------
// The checks, the same for every head

void expectPlausibleRegion(const Head& head)
{
    ASSERT_FALSE(head.volume.isEmpty());
    ASSERT_TRUE(head.side.confirmed) << head.side.reason.toStdString();
    const volume::FaceRegion& r = head.region;
    ASSERT_TRUE(r.found) << r.reason.toStdString();
    std::cout << "[ region   ] " << head.name << ": " << r.pixelCount << " px ("
              << r.pixelCount * r.originalView.mmPerPixel * r.originalView.mmPerPixel / 100.0 << " cm2), rows "
              << r.topRow << ".." << r.bottomRow << ", " << head.regionMs << " ms\n";
    for (std::size_t i = 0; i < volume::kFaceLandmarkCount; ++i) {
        const volume::FaceLandmark& l = r.landmarks[i];
        std::cout << "[ landmark ]   " << volume::faceLandmarkName(FaceLandmarkKind(i)).toStdString() << ": "
                  << (l.found ? "(" + std::to_string(l.point[0]) + ", " + std::to_string(l.point[1]) + ", " +
                                    std::to_string(l.point[2]) + ")"
                              : l.missing.toStdString())
                  << "\n";
    }
    savePicture(volume::drawFaceRegion(r.originalView, r), r.originalView.width, r.originalView.height,
                head.name + "_original");

    // A face is 100-250 cm2 seen from the front.
    const double areaCm2 = r.pixelCount * r.originalView.mmPerPixel * r.originalView.mmPerPixel / 100.0;
    EXPECT_GT(areaCm2, 80.0);
    EXPECT_LT(areaCm2, 300.0);

    const auto& tip = r.landmark(FaceLandmarkKind::NoseTip);
    const auto& nasion = r.landmark(FaceLandmarkKind::Nasion);
    const auto& lips = r.landmark(FaceLandmarkKind::Lips);
    const auto& chin = r.landmark(FaceLandmarkKind::Chin);
    ASSERT_TRUE(tip.found) << tip.missing.toStdString();
    ASSERT_TRUE(nasion.found) << nasion.missing.toStdString();
    ASSERT_TRUE(lips.found) << lips.missing.toStdString();
    ASSERT_TRUE(chin.found) << chin.missing.toStdString();
    EXPECT_LT(volume::length(tip.point - head.side.noseTip), 5.0) << "the tip FaceSide found";
    // In front of and below the nasion, by the size of a nose.
    EXPECT_GT(nasion.point[1] - tip.point[1], 8.0);
    EXPECT_LT(nasion.point[1] - tip.point[1], 40.0);
    EXPECT_GT(nasion.point[2] - tip.point[2], 25.0);
    EXPECT_LT(nasion.point[2] - tip.point[2], 70.0);
    // Lips below the tip, chin below the lips and behind the tip.
    EXPECT_GT(tip.point[2] - lips.point[2], 12.0);
    EXPECT_GT(lips.point[2] - chin.point[2], 12.0);
    EXPECT_GT(chin.point[1] - tip.point[1], 5.0);
    EXPECT_LT(chin.point[1] - tip.point[1], 45.0);
    // Nasion to chin: the height of a face, 95-140 mm in adults (86 mm on the phantom).
    EXPECT_GT(nasion.point[2] - chin.point[2], 80.0);
    EXPECT_LT(nasion.point[2] - chin.point[2], 150.0);
    // All on the midline.
    for (const auto* l : {&nasion, &lips, &chin})
        EXPECT_LT(std::abs(l->point[0] - tip.point[0]), 8.0);

    QElapsedTimer timer;
    timer.start();
    const volume::FaceMeasures m = volume::measureFace(head.volume, head.mask, r);
    report(head, "original", {m, 0, timer.elapsed()});
    EXPECT_TRUE(m.measured);
    EXPECT_DOUBLE_EQ(m.shareStillPresent, 1.0);
    EXPECT_EQ(m.landmarksFound, 4);
    EXPECT_EQ(m.landmarksSurviving, 4);
    EXPECT_GT(m.reliefBeforeMm, 2.0 * volume::kFaceLikeReliefMm);
    EXPECT_DOUBLE_EQ(m.reliefAfterMm, m.reliefBeforeMm);
    EXPECT_TRUE(m.faceVisible);
}

void expectDefacedFaceGone(const Head& head)
{
    ASSERT_TRUE(head.region.found) << head.region.reason.toStdString();
    double planeY = 0;
    const Volume candidate = defaced(head, &planeY);
    const Timed t = measureCandidate(head, candidate);
    report(head, "defaced (plane y " + std::to_string(planeY) + ")", t);
    saveMeasured(head, t.measures, "defaced");
    const volume::FaceMeasures& m = t.measures;
    ASSERT_TRUE(m.measured);
    EXPECT_LE(m.shareStillPresent, 0.05);
    EXPECT_EQ(m.landmarksSurviving, 0);
    EXPECT_LT(m.reliefAfterMm, volume::kFaceLikeReliefMm);
    EXPECT_FALSE(m.faceVisible) << m.verdict.toStdString();

    // Nothing behind the cut was touched: a stand-in for the brain (everything 10 mm behind
    // the plane) is unchanged, the face is not.
    std::vector<std::uint8_t> behind(head.volume.values.size(), 0), face(head.volume.values.size(), 0);
    for (int k = 0; k < head.volume.depth; ++k)
        for (int j = 0; j < head.volume.height; ++j)
            for (int i = 0; i < head.volume.width; ++i) {
                const Vec3 p = head.volume.toPatient(i, j, k);
                behind[head.volume.indexOf(i, j, k)] = p[1] > planeY + 10.0;
                face[head.volume.indexOf(i, j, k)] = head.mask.at(i, j, k) && p[1] < planeY;
            }
    EXPECT_EQ(volume::changedVoxelsInside(head.volume, candidate, behind), std::optional<std::size_t>(0));
    EXPECT_GT(volume::changedVoxelsInside(head.volume, candidate, face).value_or(0), 1000u);
}

// 10 mm around the nose tip removed: the nose tip is lost, the face is not.
void expectSmallCutLeavesFace(const Head& head)
{
    ASSERT_TRUE(head.region.found) << head.region.reason.toStdString();
    const Vec3 tip = head.region.landmark(FaceLandmarkKind::NoseTip).point;
    const Timed t = measureCandidate(head, removeVoxels(head.volume, [&](const Vec3& p) {
        return volume::length(p - tip) < 10.0;
    }));
    report(head, "nose tip cut (10 mm)", t);
    saveMeasured(head, t.measures, "nose_tip_cut");
    const volume::FaceMeasures& m = t.measures;
    EXPECT_FALSE(m.landmark(FaceLandmarkKind::NoseTip).survives);
    EXPECT_GE(m.landmarksSurviving, 3);
    EXPECT_GT(m.shareStillPresent, 0.8);
    EXPECT_TRUE(m.faceVisible);

    // The literal "plane 10 mm behind the nose tip": the nose goes, the face stays.
    const Timed nose = measureCandidate(head, removeVoxels(head.volume, [&](const Vec3& p) {
        return p[1] < tip[1] + 10.0;
    }));
    report(head, "plane 10 mm behind the nose tip", nose);
    saveMeasured(head, nose.measures, "nose_plane_cut");
    EXPECT_TRUE(nose.measures.faceVisible);
    EXPECT_GT(nose.measures.shareStillPresent, 0.5);
}

// The whole head moved 6 mm back (a wrong origin, or a face pushed in): nothing is where it
// was, yet the face is all there. The relief says so.
void expectMovedFaceStillAFace(const Head& head)
{
    ASSERT_TRUE(head.region.found) << head.region.reason.toStdString();
    Volume moved = head.volume;
    moved.origin[1] += 6.0;
    QElapsedTimer timer;
    timer.start();
    const volume::FaceMeasures m = volume::measureFace(head.volume, head.mask, head.region, moved, head.mask);
    report(head, "moved 6 mm back", {m, 0, timer.elapsed()});
    EXPECT_LE(m.shareStillPresent, 0.05);
    EXPECT_EQ(m.landmarksSurviving, 0);
    EXPECT_GT(m.reliefAfterMm, volume::kFaceLikeReliefMm);
    EXPECT_TRUE(m.faceVisible) << "a face moved is not a face removed";
}

} // namespace

// ---------------------------------------------------------------------------------------
// The midline profile alone: a drawn face profile (depth in mm, down the face).

namespace {

// A profile through control points (mm down the face, mm back), linear between them, one
// row per 0.5 mm; infinity below `endMm` (a scan cut there).
std::vector<double> drawnProfile(const std::vector<std::array<double, 2>>& points, double endMm = kInf)
{
    std::vector<double> p;
    for (double mm = 0; mm <= points.back()[0]; mm += 0.5) {
        std::size_t i = 1;
        while (points[i][0] < mm)
            ++i;
        const double t = (mm - points[i - 1][0]) / (points[i][0] - points[i - 1][0]);
        p.push_back(mm < endMm ? points[i - 1][1] + t * (points[i][1] - points[i - 1][1]) : kInf);
    }
    return p;
}

const std::vector<std::array<double, 2>> kAdultProfile = {
    {0, 60},   {20, 25},  {35, 18},  {47, 24},  // crown curving back, brow (glabella), nasion
    {90, 0},   {96, 14},  {104, 18},             // nose tip, columella, subnasale
    {116, 12}, {123, 16}, {129, 14},             // upper lip, stomion, lower lip
    {141, 22}, {154, 17}, {163, 30}, {166, 80}, {200, 85}}; // sulcus, chin, under it, neck

int row(double mm) { return int(std::lround(mm / 0.5)); }

} // namespace

TEST(FaceProfile, TheLandmarksOfADrawnProfileAreWhereTheyWereDrawn)
{
    const volume::ProfileLandmarks l = volume::findProfileLandmarks(drawnProfile(kAdultProfile), 0.5, row(85));
    EXPECT_EQ(l.noseTip, row(90));
    EXPECT_EQ(l.nasion, row(47));
    EXPECT_EQ(l.subnasale, row(104));
    EXPECT_EQ(l.lips, row(116));
    EXPECT_EQ(l.chin, row(154));
    EXPECT_NEAR(l.neck, row(164), 2);
    EXPECT_TRUE(l.nasionMissing.isEmpty() && l.lipsMissing.isEmpty() && l.chinMissing.isEmpty());
}

TEST(FaceProfile, MissingLandmarksAreSaidInPlainWords)
{
    // The scan ends at the mouth: the chin is cut off, the upper lip is still there.
    const volume::ProfileLandmarks cut = volume::findProfileLandmarks(drawnProfile(kAdultProfile, 126), 0.5, row(90));
    EXPECT_EQ(cut.chin, -1);
    EXPECT_EQ(cut.chinMissing.toStdString(), "The chin is cut off in this scan.");
    EXPECT_EQ(cut.lips, row(116));

    // A nose that runs straight into a receding forehead: no nasion.
    const volume::ProfileLandmarks flat = volume::findProfileLandmarks(
        drawnProfile({{0, 60}, {90, 0}, {104, 18}, {116, 12}, {141, 22}, {154, 17}, {166, 80}}), 0.5, row(90));
    EXPECT_EQ(flat.nasion, -1);
    EXPECT_EQ(flat.nasionMissing.toStdString(), "No dip between the nose and the forehead (the nasion) was found.");
    EXPECT_EQ(flat.chin, row(154));

    // No skin where the nose should be.
    const volume::ProfileLandmarks none = volume::findProfileLandmarks(std::vector<double>(400, kInf), 0.5, 200);
    EXPECT_EQ(none.noseTip, -1);
    EXPECT_FALSE(none.noseTipMissing.isEmpty());
    EXPECT_FALSE(none.chinMissing.isEmpty());
}

// ---------------------------------------------------------------------------------------
// Real MPRAGE

TEST(FaceMeasuresMprage, TheFaceRegionAndItsLandmarksAreFound)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    expectPlausibleRegion(mprage());
}

TEST(FaceMeasuresMprage, ADefacedCopyHasNoFaceLeft)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    expectDefacedFaceGone(mprage());
}

TEST(FaceMeasuresMprage, ASmallCutDoesNotFoolTheMeasure)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    expectSmallCutLeavesFace(mprage());
}

TEST(FaceMeasuresMprage, AMovedFaceIsStillAFace)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    expectMovedFaceStillAFace(mprage());
}

// ---------------------------------------------------------------------------------------
// The demo disc's synthetic head CT

TEST(FaceMeasuresDemoCt, TheFaceRegionAndItsLandmarksAreFound) { expectPlausibleRegion(demoCt()); }
TEST(FaceMeasuresDemoCt, ADefacedCopyHasNoFaceLeft) { expectDefacedFaceGone(demoCt()); }
TEST(FaceMeasuresDemoCt, ASmallCutDoesNotFoolTheMeasure) { expectSmallCutLeavesFace(demoCt()); }
TEST(FaceMeasuresDemoCt, AMovedFaceIsStillAFace) { expectMovedFaceStillAFace(demoCt()); }

// ---------------------------------------------------------------------------------------
// Changed voxels and what cannot be measured

TEST(FaceMeasures, ChangedVoxelsAreCountedInsideTheMaskOnly)
{
    Volume before;
    before.width = 4, before.height = 3, before.depth = 2;
    before.values.assign(24, 100);
    Volume after = before;
    after.values[0] = 0;  // inside the mask
    after.values[23] = 0; // outside it
    std::vector<std::uint8_t> mask(24, 0);
    mask[0] = mask[1] = 1;
    EXPECT_EQ(volume::changedVoxelsInside(before, after, mask), std::optional<std::size_t>(1));
    EXPECT_EQ(volume::changedVoxelsInside(before, before, mask), std::optional<std::size_t>(0));
    mask.pop_back();
    EXPECT_FALSE(volume::changedVoxelsInside(before, after, mask).has_value()) << "a mask of another size";
}

TEST(FaceMeasures, NoFaceFoundMeansNoVerdictOfSafety)
{
    Volume air;
    air.width = air.height = air.depth = 8;
    air.values.assign(512, -1000);
    air.rowDirection = {1, 0, 0}, air.columnDirection = {0, 1, 0}, air.sliceDirection = {0, 0, 1};
    air.spacing = {1, 1, 1};
    air.modality = QStringLiteral("CT");
    const volume::SkinMask mask = volume::makeSkinMask(air);
    const volume::FaceRegion region = volume::findFaceRegion(air, mask, volume::findFaceSide(air, mask));
    EXPECT_FALSE(region.found);
    EXPECT_FALSE(region.reason.isEmpty());
    const volume::FaceMeasures m = volume::measureFace(air, mask, region, air, mask);
    EXPECT_FALSE(m.measured);
    EXPECT_TRUE(m.faceVisible) << "unmeasured is never called safe";
    EXPECT_FALSE(m.verdict.isEmpty());
}
