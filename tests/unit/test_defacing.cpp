// Defacing (issue 5): the brain mask, the quickshear cut in patient coordinates, the cut applied
// to a volume and to the original pictures of the DICOM files. Real data: the Siemens MPRAGE
// (sagittal), the GE head CT (gantry tilt, part of the head), the demo disc's head CT, and a
// 512x512x300 CT sampled from the demo phantom for the time it takes.
// Set SCANSHIELD_DEFACE_PICTURES=/some/dir to keep the pictures (before/after, front and
// side, and a midline section with the brain and the cut): the face must be gone and the
// brain case whole, which no number fully says.
#include "demo/DemoDisc.h"
#include "demo/HeadPhantom.h"
#include "media/DiscScanner.h"
#include "media/DiscSource.h"
#include "support/DiscScanHelpers.h"
#include "support/TestData.h"
#include "volume/BrainMask.h"
#include "volume/DefaceDicom.h"
#include "volume/Defacer.h"
#include "volume/FaceMeasures.h"
#include "volume/FacePass.h"
#include "volume/FaceRegion.h"
#include "volume/FaceSide.h"
#include "volume/PngWriter.h"
#include "volume/SkinMask.h"
#include "volume/SoftwareRenderer.h"
#include "volume/VectorMath.h"
#include "volume/VolumeBuilder.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <iostream>
#include <memory>
#include <thread>

using namespace scanshield;
using volume::Vec3;
using volume::Volume;

namespace {

// ---------------------------------------------------------------------------------------------
// Volumes as the application makes them.

using test::findSeries;
using test::openDisc;
using Disc = test::OpenedDisc;

Volume buildVolume(const QString& folder, const std::function<bool(const media::SeriesEntry&)>& wanted)
{
    const Disc disc = openDisc(folder);
    EXPECT_TRUE(disc.source) << folder.toStdString();
    if (!disc.source)
        return {};
    const media::SeriesEntry* series = findSeries(disc.scan.index, wanted);
    EXPECT_NE(series, nullptr) << folder.toStdString();
    if (!series)
        return {};
    const volume::VolumeBuildResult r = volume::VolumeBuilder().build(*series, *disc.source);
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return r.volume;
}

const Volume& mprage()
{
    static const Volume v = buildVolume(test::sharedData(QStringLiteral("head_volumes/siemens_trio_t1_mprage_face")),
                                        [](const media::SeriesEntry& s) { return s.modality == QLatin1String("MR"); });
    return v;
}

const Volume& tiltedCt()
{
    static const Volume v = buildVolume(test::sharedData(QStringLiteral("head_volumes/ge_hispeed_head_ct_gantry_tilt")),
                                        [](const media::SeriesEntry& s) { return s.modality == QLatin1String("CT"); });
    return v;
}

const Volume& demoCt()
{
    static const Volume v = [] {
        const QString root = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
        EXPECT_TRUE(demo::writeDemoDisc(root).ok);
        return buildVolume(root, [](const media::SeriesEntry& s) { return s.description == QLatin1String("Kopf 2.0 H31s"); });
    }();
    return v;
}

// A thin-slice head CT of the size the issue names, 512 x 512 x 300 (0.5 x 0.5 x 0.8 mm),
// sampled from the demo disc's phantom with a little deterministic noise.
Volume bigSyntheticCt()
{
    Volume v;
    v.width = v.height = 512;
    v.depth = 300;
    v.spacing = {0.5, 0.5, 0.8};
    v.origin = {-127.75, -127.75, -140.0};
    v.rowDirection = {1, 0, 0};
    v.columnDirection = {0, 1, 0};
    v.sliceDirection = {0, 0, 1};
    v.modality = QStringLiteral("CT");
    v.values.resize(std::size_t(512) * 512 * 300);
    std::vector<std::thread> threads;
    const int workers = std::max(1, int(std::thread::hardware_concurrency()));
    for (int w = 0; w < workers; ++w)
        threads.emplace_back([&v, w, workers] {
            for (int k = w; k < v.depth; k += workers)
                for (int j = 0; j < v.height; ++j)
                    for (int i = 0; i < v.width; ++i) {
                        const Vec3 p = v.toPatient(i, j, k);
                        std::uint32_t h = std::uint32_t(i) * 73856093u ^ std::uint32_t(j) * 19349663u ^ std::uint32_t(k) * 83492791u;
                        h ^= h >> 13;
                        h *= 0x5bd1e995u;
                        h ^= h >> 15;
                        const int noise = int(h % 13u) - 6;
                        const double hu = demo::headPhantomHu(p[0], p[1], p[2]) + noise;
                        v.values[v.indexOf(i, j, k)] = std::int16_t(std::clamp<long>(std::lround(hu), -1024, 3071));
                    }
        });
    for (std::thread& t : threads)
        t.join();
    return v;
}

// ---------------------------------------------------------------------------------------------
// Pictures.

QString pictureFolder()
{
    static const QString folder = [] {
        const QString keep = qEnvironmentVariable("SCANSHIELD_DEFACE_PICTURES");
        if (!keep.isEmpty() && QDir().mkpath(keep))
            return keep;
        return test::makeTempDir();
    }();
    return folder;
}

void savePicture(int width, int height, const std::vector<std::uint8_t>& rgb, const QString& name)
{
    QString error;
    const QString path = QDir(pictureFolder()).filePath(name);
    EXPECT_TRUE(volume::writeRgbPng(path, width, height, rgb, &error)) << error.toStdString();
    std::cout << "[ picture  ] " << path.toStdString() << "\n";
}

// The skin before and after, from the front and from the patient's left, framed alike.
void renderBeforeAfter(const Volume& before, const Volume& after, const QString& name)
{
    const volume::SkinMask skinBefore = volume::makeSkinMask(before);
    const volume::SkinMask skinAfter = volume::makeSkinMask(after, skinBefore.threshold);
    ASSERT_FALSE(skinBefore.isEmpty());
    ASSERT_FALSE(skinAfter.isEmpty());
    const Vec3 centre = before.toPatient(0.5 * (skinBefore.minI + skinBefore.maxI), 0.5 * (skinBefore.minJ + skinBefore.maxJ),
                                         0.5 * (skinBefore.minK + skinBefore.maxK));
    for (const auto& [azimuth, view] : {std::pair{0.0, "front"}, std::pair{60.0, "oblique"}, std::pair{90.0, "side"}}) {
        volume::RenderOptions o;
        o.width = o.height = 384;
        o.azimuthDegrees = azimuth;
        o.centre = centre;
        o.mmPerPixel = 0.75;
        const volume::RenderedImage a = volume::renderSkin(before, skinBefore, o);
        const volume::RenderedImage b = volume::renderSkin(after, skinAfter, o);
        ASSERT_FALSE(a.isEmpty());
        ASSERT_FALSE(b.isEmpty());
        // Side by side: before on the left, after on the right.
        std::vector<std::uint8_t> both(std::size_t(2 * o.width) * std::size_t(o.height) * 3, 0);
        for (int y = 0; y < o.height; ++y)
            for (int x = 0; x < o.width; ++x)
                for (int c = 0; c < 3; ++c) {
                    const std::size_t from = 3 * (std::size_t(y) * std::size_t(o.width) + std::size_t(x)) + std::size_t(c);
                    const std::size_t row = std::size_t(y) * std::size_t(2 * o.width);
                    both[3 * (row + std::size_t(x)) + std::size_t(c)] = a.rgb[from];
                    both[3 * (row + std::size_t(o.width + x)) + std::size_t(c)] = b.rgb[from];
                }
        savePicture(2 * o.width, o.height, both, QStringLiteral("%1-%2.png").arg(name, QLatin1String(view)));
    }
}

// A section through the head at patient x = `x` (sagittal, anterior to the left, up at the
// top), 0.5 mm a pixel: grey values, the brain mask in red, the removed side in blue.
void saveSection(const Volume& v, const std::vector<std::uint8_t>& brain, const volume::DefacePlane& plane, double x,
                 const QString& name)
{
    const double lo = v.values.empty() ? 0 : *std::min_element(v.values.begin(), v.values.end());
    const double hi = volume::looksLikeCt(v) ? 120.0 : 0.6 * *std::max_element(v.values.begin(), v.values.end());
    const double low = volume::looksLikeCt(v) ? -100.0 : lo;
    const int size = 560;
    const double mm = 0.5;
    const Vec3 centre = v.toPatient(0.5 * (v.width - 1), 0.5 * (v.height - 1), 0.5 * (v.depth - 1));
    std::vector<std::uint8_t> rgb(std::size_t(size) * std::size_t(size) * 3, 0);
    for (int py = 0; py < size; ++py)
        for (int px = 0; px < size; ++px) {
            const Vec3 p{x, centre[1] + (px - size / 2) * mm, centre[2] - (py - size / 2) * mm};
            const Vec3 ijk = volume::patientToVoxel(v, p);
            const int i = int(std::lround(ijk[0])), j = int(std::lround(ijk[1])), k = int(std::lround(ijk[2]));
            if (i < 0 || j < 0 || k < 0 || i >= v.width || j >= v.height || k >= v.depth)
                continue;
            const double g = std::clamp((v.at(i, j, k) - low) / (hi - low), 0.0, 1.0) * 255.0;
            double r = g, gr = g, b = g;
            if (brain[v.indexOf(i, j, k)])
                r = 0.6 * g + 102, gr = 0.6 * g, b = 0.6 * g;
            if (plane.found && plane.removes(v.toPatient(i, j, k)))
                b = 0.6 * b + 102, r *= 0.6, gr *= 0.6;
            const std::size_t o = 3 * (std::size_t(py) * std::size_t(size) + std::size_t(px));
            rgb[o] = std::uint8_t(std::clamp(r, 0.0, 255.0));
            rgb[o + 1] = std::uint8_t(std::clamp(gr, 0.0, 255.0));
            rgb[o + 2] = std::uint8_t(std::clamp(b, 0.0, 255.0));
        }
    savePicture(size, size, rgb, name);
}

// ---------------------------------------------------------------------------------------------
// Defacing a volume, measured.

struct Defaced {
    volume::BrainMask brain;
    volume::DefacePlane plane;
    Volume after;
    std::size_t changed = 0;
    qint64 maskMs = 0, planeMs = 0, cutMs = 0;
    double cpuMs = 0; // processor time of all threads together, for the whole defacing
    qint64 totalMs() const { return maskMs + planeMs + cutMs; }
};

// Processor time of the whole process (all threads), ms: the wall clock alone depends on what
// else the machine is doing.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

Defaced deface(const Volume& v, double marginMm = volume::kDefaultDefaceMarginMm)
{
    Defaced d;
    d.after = v;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMs();
    // As the copy makes it (deid/Defacing.cpp): the brain inside the head's skin.
    const volume::SkinMask head = volume::makeSkinMask(v);
    d.brain = volume::makeBrainMask(v, &head);
    d.maskMs = timer.restart();
    d.plane = volume::findDefacePlane(v, d.brain.inside, marginMm);
    d.planeMs = timer.restart();
    d.changed = volume::defaceVolume(d.after, d.plane, volume::defaceAirValue(v));
    d.cutMs = timer.elapsed();
    d.cpuMs = cpuMs() - cpuStart;
    return d;
}

void report(const char* name, const Volume& v, const Defaced& d)
{
    const auto& p = d.plane;
    std::cout << "[ deface   ] " << name << ": " << v.width << "x" << v.height << "x" << v.depth << ", brain "
              << d.brain.volumeMl << " ml (" << d.brain.voxelCount << " voxels, threshold " << d.brain.threshold
              << "), cut through (" << p.point[0] << ", " << p.point[1] << ", " << p.point[2] << ") normal ("
              << p.normal[0] << ", " << p.normal[1] << ", " << p.normal[2] << "), " << p.degreesBelowAnterior
              << " deg below anterior, hull edge (" << p.hullEdgeFrom[1] << ", " << p.hullEdgeFrom[2] << ") -> ("
              << p.hullEdgeTo[1] << ", " << p.hullEdgeTo[2] << "); " << d.changed << " voxels set to air ("
              << 100.0 * double(d.changed) / double(v.values.size()) << " % of the volume); time: mask " << d.maskMs
              << " ms, plane " << d.planeMs << " ms, cut " << d.cutMs << " ms, total " << d.totalMs() << " ms (processor time of all threads "
              << d.cpuMs << " ms)\n";
}

std::size_t brainVoxelsChanged(const Volume& before, const Volume& after, const std::vector<std::uint8_t>& brain)
{
    std::size_t changed = 0;
    for (std::size_t n = 0; n < brain.size(); ++n)
        changed += brain[n] && before.values[n] != after.values[n];
    return changed;
}

// Where the brain is, seen from the side (a = anterior = -y, z up, patient mm): its frontal
// pole (the most anterior point) and its lowest point.
struct BrainExtent {
    double poleA = -1e300, poleZ = 0;
    double lowA = 0, lowZ = 1e300;
    double topZ = -1e300;
};

BrainExtent brainExtent(const Volume& v, const std::vector<std::uint8_t>& brain)
{
    BrainExtent e;
    for (int k = 0; k < v.depth; ++k)
        for (int j = 0; j < v.height; ++j)
            for (int i = 0; i < v.width; ++i) {
                if (!brain[v.indexOf(i, j, k)])
                    continue;
                const Vec3 p = v.toPatient(i, j, k);
                if (-p[1] > e.poleA)
                    e.poleA = -p[1], e.poleZ = p[2];
                if (p[2] < e.lowZ)
                    e.lowZ = p[2], e.lowA = -p[1];
                e.topZ = std::max(e.topZ, p[2]);
            }
    return e;
}

// What the cut did to the head (its skin mask, voxels):
// - the face: in front of the frontal pole and more than 20 mm below it, where the brow
//   line runs (eyes, nose, cheeks, mouth, chin, and on CT the facial bones): the share
//   removed;
// - the brain case: the vault more than 25 mm above the frontal pole (below it, the brows and the
//   lowest part of the forehead go with the face: Defacer.h's brow cut), and everything behind
//   the brain's lowest point and above it (back of the head, occiput): how many removed.
struct HeadCut {
    std::size_t face = 0, faceRemoved = 0;
    std::size_t vault = 0, vaultRemoved = 0;
    std::size_t back = 0, backRemoved = 0;
    double faceShare() const { return face ? double(faceRemoved) / double(face) : 0.0; }
};

HeadCut headCut(const Volume& v, const volume::SkinMask& head, const BrainExtent& e, const volume::DefacePlane& plane)
{
    HeadCut c;
    for (int k = head.minK; k <= head.maxK; ++k)
        for (int j = head.minJ; j <= head.maxJ; ++j)
            for (int i = head.minI; i <= head.maxI; ++i) {
                if (!head.at(i, j, k))
                    continue;
                const Vec3 p = v.toPatient(i, j, k);
                const double a = -p[1], z = p[2];
                const bool removed = plane.removes(p);
                if (a > e.poleA && z < e.poleZ - 20.0) {
                    ++c.face;
                    c.faceRemoved += removed;
                }
                if (z > e.poleZ + 25.0) {
                    ++c.vault;
                    c.vaultRemoved += removed;
                }
                if (a < e.lowA && z > e.lowZ) {
                    ++c.back;
                    c.backRemoved += removed;
                }
            }
    return c;
}

// The checks every head gets: a plausible brain, a cut in front of and below it, no brain
// voxel changed, the face gone, the brain case whole.
void expectDefaced(const char* name, const Volume& v, const Defaced& d, double minMl, double maxMl, double minFaceShare)
{
    report(name, v, d);
    ASSERT_TRUE(d.brain.reason.isEmpty()) << d.brain.reason.toStdString();
    EXPECT_GE(d.brain.volumeMl, minMl);
    EXPECT_LE(d.brain.volumeMl, maxMl);
    ASSERT_TRUE(d.plane.found) << d.plane.reason.toStdString();

    // The removed side is in front and below: the normal points anterior (-y) and down (-z),
    // and not left or right.
    EXPECT_LT(d.plane.normal[1], -0.1) << "toward the face";
    EXPECT_LT(d.plane.normal[2], -0.1) << "toward the chin";
    EXPECT_NEAR(d.plane.normal[0], 0.0, 1e-9);

    // Every brain voxel lies behind the cut by at least the margin, and not one changed.
    double closest = 1e300;
    for (int k = 0; k < v.depth; ++k)
        for (int j = 0; j < v.height; ++j)
            for (int i = 0; i < v.width; ++i)
                if (d.brain.at(i, j, k))
                    closest = std::min(closest, -d.plane.signedDistance(v.toPatient(i, j, k)));
    EXPECT_GE(closest, d.plane.marginMm - 1e-6);
    EXPECT_EQ(brainVoxelsChanged(v, d.after, d.brain.inside), 0u);
    EXPECT_GT(d.changed, 0u);

    const volume::SkinMask head = volume::makeSkinMask(v);
    const BrainExtent e = brainExtent(v, d.brain.inside);
    const HeadCut c = headCut(v, head, e, d.plane);
    std::cout << "[ deface   ] " << name << ": frontal pole (a " << e.poleA << ", z " << e.poleZ << "), lowest (a "
              << e.lowA << ", z " << e.lowZ << "), top z " << e.topZ << "; face region " << 100.0 * c.faceShare()
              << " % removed (" << c.face << " voxels), vault " << c.vaultRemoved << " of " << c.vault
              << " removed, back of the head " << c.backRemoved << " of " << c.back << " removed\n";
    EXPECT_GE(c.faceShare(), minFaceShare);
    EXPECT_EQ(c.vaultRemoved, 0u);
    EXPECT_EQ(c.backRemoved, 0u);

    // The nose, found on the skin without knowing about the cut, is on the removed side.
    const volume::FaceSide face = volume::findFaceSide(v, head);
    std::cout << "[ deface   ] " << name << ": nose " << (face.noseFound ? "found" : "not found") << " at ("
              << face.noseTip[0] << ", " << face.noseTip[1] << ", " << face.noseTip[2] << "), "
              << d.plane.signedDistance(face.noseTip) << " mm in front of the cut\n";
    if (face.noseFound) {
        EXPECT_TRUE(d.plane.removes(face.noseTip));
    }

    // The defaced head, looked at on its own (FacePass.h wasDefaced): its brain, so its cut, is
    // where it was, and next to nothing of the head lies in front of it any more.
    const volume::SkinMask afterHead = volume::makeSkinMask(d.after);
    const volume::BrainMask afterBrain = volume::makeBrainMask(d.after, &afterHead);
    const volume::DefacePlane afterCut = volume::findDefacePlane(d.after, afterBrain.inside);
    const double frontBefore = volume::headInFrontOfCutMl(v, head, d.plane);
    const double frontAfter = volume::headInFrontOfCutMl(d.after, afterHead, afterCut);
    std::cout << "[ deface   ] " << name << ": head in front of the cut " << frontBefore << " ml before, " << frontAfter
              << " ml after (the cut found again on the defaced head)\n";
    EXPECT_GT(frontBefore, 100.0);
    EXPECT_LT(frontAfter, volume::kMaxHeadInFrontOfDefacedCutMl);
    EXPECT_TRUE(volume::wasDefaced(d.after, afterHead));
    EXPECT_FALSE(volume::wasDefaced(v, head));

    // The verdict the copy's check gives (FaceMeasures.h): the face measured gone; on a head
    // whose nose is cut off, its upper face (FaceRegion.h).
    const volume::FaceRegion region =
        face.confirmed ? volume::findFaceRegion(v, head, face) : volume::findUpperFaceRegion(v, head);
    ASSERT_TRUE(region.found) << region.reason.toStdString();
    for (const volume::FaceLandmark& l : region.landmarks)
        std::cout << "[ deface   ] " << name << ": landmark " << (l.found ? "at" : "not found") << " (" << l.point[0] << ", "
                  << l.point[1] << ", " << l.point[2] << ")\n";
    const volume::SkinMask afterSkin = volume::makeSkinMask(d.after, head.threshold);
    const volume::FaceMeasures m = volume::measureFace(v, head, region, d.after, afterSkin);
    std::cout << "[ deface   ] " << name << ": face region " << 100.0 * m.shareStillPresent << " % still present, "
              << m.landmarksSurviving << " of " << m.landmarksFound << " landmarks, relief " << m.reliefBeforeMm << " -> "
              << m.reliefAfterMm << " mm: " << m.verdict.toStdString() << "\n";
    savePicture(m.candidateView.width, m.candidateView.height, volume::drawFaceRegion(m.candidateView, region, &m),
                QStringLiteral("%1-measured.png").arg(QString::fromUtf8(name).replace(' ', '-')));
    EXPECT_FALSE(m.faceVisible) << m.verdict.toStdString();
}

// ---------------------------------------------------------------------------------------------

TEST(Defacing, SiemensMprage)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const Volume& v = mprage();
    ASSERT_FALSE(v.isEmpty());
    const Defaced d = deface(v);
    expectDefaced("Siemens MPRAGE", v, d, 1000.0, 1600.0, 0.9);
    if (d.brain.isEmpty())
        return;
    saveSection(v, d.brain.inside, d.plane, d.plane.point[0], QStringLiteral("mprage-section.png"));
    saveSection(v, d.brain.inside, d.plane, d.plane.point[0] + 35.0, QStringLiteral("mprage-section-left.png"));
    renderBeforeAfter(v, d.after, QStringLiteral("mprage"));
}

TEST(Defacing, TiltedGeHeadCt)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const Volume& v = tiltedCt();
    ASSERT_FALSE(v.isEmpty());
    const Defaced d = deface(v);
    // The scan starts at the eyes (thick, tilted slices): the mask is what lies inside the
    // skull above that, CSF included, the brainstem and the lower temporal lobes cut off.
    expectDefaced("GE tilted CT", v, d, 300.0, 1800.0, 0.5);
    if (d.brain.isEmpty())
        return;
    saveSection(v, d.brain.inside, d.plane, d.plane.point[0], QStringLiteral("tilted-ct-section.png"));
    renderBeforeAfter(v, d.after, QStringLiteral("tilted-ct"));
}

TEST(Defacing, DemoDiscHeadCt)
{
    const Volume& v = demoCt();
    ASSERT_FALSE(v.isEmpty());
    const Defaced d = deface(v);
    expectDefaced("demo head CT", v, d, 800.0, 1600.0, 0.9);
    if (d.brain.isEmpty())
        return;
    saveSection(v, d.brain.inside, d.plane, d.plane.point[0], QStringLiteral("demo-ct-section.png"));
    saveSection(v, d.brain.inside, d.plane, d.plane.point[0] + 32.0, QStringLiteral("demo-ct-section-eye.png"));
    renderBeforeAfter(v, d.after, QStringLiteral("demo-ct"));
}

TEST(Defacing, ThinSliceCtOfTheIssuesSizeInTime)
{
    QElapsedTimer timer;
    timer.start();
    const Volume v = bigSyntheticCt();
    std::cout << "[ deface   ] sampled the 512x512x300 phantom CT in " << timer.elapsed() << " ms\n";
    const Defaced d = deface(v);
    expectDefaced("512x512x300 phantom CT", v, d, 800.0, 1600.0, 0.9);
    if (d.brain.isEmpty())
        return;
    saveSection(v, d.brain.inside, d.plane, d.plane.point[0], QStringLiteral("big-ct-section.png"));
}

TEST(Defacing, NoBrainNoCut)
{
    Volume v;
    v.width = v.height = v.depth = 32;
    v.spacing = {1, 1, 1};
    v.rowDirection = {1, 0, 0};
    v.columnDirection = {0, 1, 0};
    v.sliceDirection = {0, 0, 1};
    v.modality = QStringLiteral("CT");
    v.values.assign(std::size_t(32 * 32 * 32), -1000);
    const volume::BrainMask brain = volume::makeBrainMask(v);
    EXPECT_TRUE(brain.isEmpty());
    EXPECT_FALSE(brain.reason.isEmpty());
    const volume::DefacePlane plane = volume::findDefacePlane(v, brain.inside);
    EXPECT_FALSE(plane.found);
    EXPECT_FALSE(plane.reason.isEmpty());
    Volume copy = v;
    EXPECT_EQ(volume::defaceVolume(copy, plane, -1024), 0u);
    EXPECT_EQ(copy.values, v.values);
}

// ---------------------------------------------------------------------------------------------
// The cut applied to the original files of the MPRAGE.

TEST(DefaceDicom, MprageFilesChangeInFrontOfTheCutOnly)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const Volume& v = mprage();
    ASSERT_FALSE(v.isEmpty());
    const Defaced d = deface(v);
    ASSERT_TRUE(d.plane.found);

    const QString folder = test::sharedData(QStringLiteral("head_volumes/siemens_trio_t1_mprage_face"));
    const QString out = QDir(test::makeTempDir()).filePath(QStringLiteral("defaced"));
    ASSERT_TRUE(QDir().mkpath(out));
    std::size_t filesChanged = 0, pixelsChanged = 0, wrongSide = 0, pixelsInFront = 0;
    QElapsedTimer timer;
    timer.start();
    qint64 defaceMs = 0;
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 176);
    for (const QString& name : files) {
        DcmFileFormat original, file;
        ASSERT_TRUE(original.loadFile(QDir(folder).filePath(name).toStdString().c_str()).good());
        ASSERT_TRUE(file.loadFile(QDir(folder).filePath(name).toStdString().c_str()).good());
        QString error;
        std::size_t changed = 0;
        timer.restart();
        ASSERT_TRUE(volume::defaceDataset(*file.getDataset(), d.plane, &error, &changed)) << error.toStdString();
        defaceMs += timer.elapsed();
        filesChanged += changed > 0;
        pixelsChanged += changed;

        // Pixel by pixel against the original: changed only in front of the cut, to air (0).
        Float64 position[3], orientation[6], spacing[2];
        for (int a = 0; a < 3; ++a)
            ASSERT_TRUE(original.getDataset()->findAndGetFloat64(DCM_ImagePositionPatient, position[a], a).good());
        for (int a = 0; a < 6; ++a)
            ASSERT_TRUE(original.getDataset()->findAndGetFloat64(DCM_ImageOrientationPatient, orientation[a], a).good());
        for (int a = 0; a < 2; ++a)
            ASSERT_TRUE(original.getDataset()->findAndGetFloat64(DCM_PixelSpacing, spacing[a], a).good());
        Uint16 rows = 0, columns = 0;
        original.getDataset()->findAndGetUint16(DCM_Rows, rows);
        original.getDataset()->findAndGetUint16(DCM_Columns, columns);
        const Uint16* before = nullptr;
        const Uint16* after = nullptr;
        ASSERT_TRUE(original.getDataset()->findAndGetUint16Array(DCM_PixelData, before).good());
        ASSERT_TRUE(file.getDataset()->findAndGetUint16Array(DCM_PixelData, after).good());
        std::size_t seen = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c) {
                Vec3 p{};
                for (int a = 0; a < 3; ++a)
                    p[std::size_t(a)] = position[a] + c * spacing[1] * orientation[a] + r * spacing[0] * orientation[3 + a];
                const std::size_t n = std::size_t(r) * columns + std::size_t(c);
                const bool front = d.plane.removes(p);
                pixelsInFront += front;
                if (front) {
                    wrongSide += after[n] != 0;
                    seen += before[n] != after[n];
                } else {
                    wrongSide += after[n] != before[n];
                }
            }
        EXPECT_EQ(seen, changed) << name.toStdString();
        ASSERT_TRUE(file.saveFile(QDir(out).filePath(name).toStdString().c_str(), EXS_LittleEndianExplicit).good());
    }
    std::cout << "[ deface   ] MPRAGE files: " << filesChanged << " of " << files.size() << " changed, " << pixelsChanged
              << " pixels set to air of " << pixelsInFront << " in front of the cut; " << defaceMs
              << " ms for defaceDataset on all files\n";
    EXPECT_EQ(wrongSide, 0u);
    EXPECT_GT(filesChanged, 100u);
    EXPECT_EQ(pixelsChanged, d.changed) << "the same pixels as the volume's voxels";

    // The defaced files read as a disc make the defaced volume.
    const Volume rebuilt = buildVolume(out, [](const media::SeriesEntry& s) { return s.modality == QLatin1String("MR"); });
    ASSERT_EQ(rebuilt.values.size(), d.after.values.size());
    std::size_t differences = 0;
    for (std::size_t n = 0; n < rebuilt.values.size(); ++n)
        differences += rebuilt.values[n] != d.after.values[n];
    EXPECT_EQ(differences, 0u);
    EXPECT_EQ(brainVoxelsChanged(v, rebuilt, d.brain.inside), 0u);
}

// ---------------------------------------------------------------------------------------------
// The cut on pictures stored in every way a head scan comes: small pictures written here, the
// cut through them, and every pixel checked against where it lies.

// A cut through the patient's origin, facing forward and down at 45 degrees.
volume::DefacePlane diagonalCut()
{
    volume::DefacePlane plane;
    plane.found = true;
    plane.point = {0, 0, 0};
    plane.normal = volume::normalized(Vec3{0, -1, -1});
    return plane;
}

constexpr int kSide = 16;

// An axial picture of kSide x kSide 1 mm pixels centred on the z axis, at height z.
std::unique_ptr<DcmDataset> picture(const char* modality, int bitsAllocated, int bitsStored, bool isSigned, double z,
                                    const std::function<long(int column, int row)>& stored)
{
    auto ds = std::make_unique<DcmDataset>();
    ds->putAndInsertString(DCM_Modality, modality);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertUint16(DCM_Rows, kSide);
    ds->putAndInsertUint16(DCM_Columns, kSide);
    ds->putAndInsertUint16(DCM_BitsAllocated, Uint16(bitsAllocated));
    ds->putAndInsertUint16(DCM_BitsStored, Uint16(bitsStored));
    ds->putAndInsertUint16(DCM_HighBit, Uint16(bitsStored - 1));
    ds->putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
    ds->putAndInsertString(DCM_ImagePositionPatient, QStringLiteral("-7.5\\-7.5\\%1").arg(z).toLatin1().constData());
    ds->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    ds->putAndInsertString(DCM_PixelSpacing, "1\\1");
    if (bitsAllocated == 8) {
        std::vector<Uint8> pixels(kSide * kSide);
        for (int r = 0; r < kSide; ++r)
            for (int c = 0; c < kSide; ++c)
                pixels[std::size_t(r * kSide + c)] = Uint8(stored(c, r) & 0xFF);
        ds->putAndInsertUint8Array(DCM_PixelData, pixels.data(), pixels.size());
    } else {
        std::vector<Uint16> pixels(kSide * kSide);
        for (int r = 0; r < kSide; ++r)
            for (int c = 0; c < kSide; ++c)
                pixels[std::size_t(r * kSide + c)] = Uint16(stored(c, r) & 0xFFFF);
        ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), pixels.size());
    }
    return ds;
}

// The pixels of picture `frame` as stored (sign-extended when signed).
std::vector<long> storedPixels(DcmDataset& ds, int frame = 0)
{
    Uint16 bits = 0, representation = 0;
    ds.findAndGetUint16(DCM_BitsAllocated, bits);
    ds.findAndGetUint16(DCM_PixelRepresentation, representation);
    std::vector<long> out(kSide * kSide);
    const std::size_t offset = std::size_t(frame) * kSide * kSide;
    if (bits == 8) {
        const Uint8* p = nullptr;
        EXPECT_TRUE(ds.findAndGetUint8Array(DCM_PixelData, p).good());
        for (std::size_t n = 0; p && n < out.size(); ++n)
            out[n] = representation ? long(Sint8(p[offset + n])) : long(p[offset + n]);
    } else {
        const Uint16* p = nullptr;
        EXPECT_TRUE(ds.findAndGetUint16Array(DCM_PixelData, p).good());
        for (std::size_t n = 0; p && n < out.size(); ++n)
            out[n] = representation ? long(Sint16(p[offset + n])) : long(p[offset + n]);
    }
    return out;
}

// Checks that exactly the pixels in front of the cut hold `air` and all others kept `before`.
void expectCutAt(const std::vector<long>& before, const std::vector<long>& after, double z, long air,
                 std::size_t changed, const char* what)
{
    const volume::DefacePlane plane = diagonalCut();
    std::size_t front = 0, wrong = 0, differ = 0;
    for (int r = 0; r < kSide; ++r)
        for (int c = 0; c < kSide; ++c) {
            const std::size_t n = std::size_t(r * kSide + c);
            const bool removed = plane.removes(Vec3{-7.5 + c, -7.5 + r, z});
            front += removed;
            differ += before[n] != after[n];
            wrong += removed ? after[n] != air : after[n] != before[n];
        }
    EXPECT_GT(front, 0u) << what;
    EXPECT_LT(front, std::size_t(kSide * kSide)) << what;
    EXPECT_EQ(wrong, 0u) << what;
    EXPECT_EQ(differ, changed) << what;
}

TEST(DefaceDicom, EveryKindOfMonochromePixel)
{
    const double z = 2.0; // the cut crosses this picture diagonally
    struct Kind {
        const char* what;
        const char* modality;
        int bitsAllocated, bitsStored;
        bool isSigned;
        const char* intercept; // nullptr: no rescale
        long tissue;           // stored value of every pixel
        long air;              // expected stored value in front of the cut
    };
    const Kind kinds[] = {
        {"CT, signed 16 bit, HU stored", "CT", 16, 16, true, nullptr, 40, -1024},
        {"CT, unsigned 16 bit, intercept -1024", "CT", 16, 16, false, "-1024", 1064, 0},
        {"CT, 12 of 16 bits, signed", "CT", 16, 12, true, "0", 40, -1024},
        {"CT, unsigned 12 bits, intercept -1000: air clamps to 0", "CT", 16, 12, false, "-1000", 1040, 0},
        {"MR, unsigned 16 bit", "MR", 16, 16, false, nullptr, 700, 0},
        {"MR, unsigned 8 bit", "MR", 8, 8, false, nullptr, 200, 0},
        {"MR, signed 8 bit", "MR", 8, 8, true, nullptr, 90, 0},
    };
    for (const Kind& kind : kinds) {
        std::unique_ptr<DcmDataset> ds =
            picture(kind.modality, kind.bitsAllocated, kind.bitsStored, kind.isSigned, z, [&](int, int) { return kind.tissue; });
        if (kind.intercept) {
            ds->putAndInsertString(DCM_RescaleIntercept, kind.intercept);
            ds->putAndInsertString(DCM_RescaleSlope, "1");
        }
        const std::vector<long> before = storedPixels(*ds);
        QString error;
        std::size_t changed = 0;
        ASSERT_TRUE(volume::defaceDataset(*ds, diagonalCut(), &error, &changed)) << kind.what << ": " << error.toStdString();
        expectCutAt(before, storedPixels(*ds), z, kind.air, changed, kind.what);
    }

    // An MRI whose values go below zero: air is its smallest value.
    std::unique_ptr<DcmDataset> ds = picture("MR", 16, 16, true, z, [](int c, int r) { return c == 0 && r == 0 ? -20L : 300L; });
    const std::vector<long> before = storedPixels(*ds);
    std::size_t changed = 0;
    ASSERT_TRUE(volume::defaceDataset(*ds, diagonalCut(), nullptr, &changed));
    std::vector<long> after = storedPixels(*ds);
    EXPECT_EQ(after[0], -20);
    expectCutAt(before, after, z, -20, changed, "MR, signed, values below 0");
}

TEST(DefaceDicom, PicturesWhollyBehindTheCutStayAsTheyWere)
{
    // High up, behind the cut everywhere: not a byte changes, compressed or not.
    DcmRLEEncoderRegistration::registerCodecs();
    std::unique_ptr<DcmDataset> ds = picture("CT", 16, 16, true, 40.0, [](int c, int r) { return long(c * 10 - r); });
    ASSERT_TRUE(ds->chooseRepresentation(EXS_RLELossless, nullptr).good());
    DcmFileFormat compressed(ds.get());
    const QString path = QDir(test::makeTempDir()).filePath(QStringLiteral("rle.dcm"));
    ASSERT_TRUE(compressed.saveFile(path.toStdString().c_str(), EXS_RLELossless).good());
    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(path.toStdString().c_str()).good());
    ASSERT_TRUE(DcmXfer(file.getDataset()->getOriginalXfer()).isEncapsulated());
    std::size_t changed = 99;
    QString error;
    ASSERT_TRUE(volume::defaceDataset(*file.getDataset(), diagonalCut(), &error, &changed)) << error.toStdString();
    EXPECT_EQ(changed, 0u);
    EXPECT_TRUE(DcmXfer(file.getDataset()->getCurrentXfer()).isEncapsulated()) << "left compressed, untouched";
}

TEST(DefaceDicom, CompressedPicturesAreDecodedCutAndWrittenUncompressed)
{
    DcmRLEEncoderRegistration::registerCodecs();
    const double z = -1.0;
    std::unique_ptr<DcmDataset> ds = picture("CT", 16, 16, true, z, [](int c, int r) { return long(c * 10 - r); });
    const std::vector<long> before = storedPixels(*ds);
    ASSERT_TRUE(ds->chooseRepresentation(EXS_RLELossless, nullptr).good());
    DcmFileFormat compressed(ds.get());
    const QString folder = test::makeTempDir();
    const QString path = QDir(folder).filePath(QStringLiteral("rle.dcm"));
    ASSERT_TRUE(compressed.saveFile(path.toStdString().c_str(), EXS_RLELossless).good());

    DcmFileFormat file;
    ASSERT_TRUE(file.loadFile(path.toStdString().c_str()).good());
    QString error;
    std::size_t changed = 0;
    ASSERT_TRUE(volume::defaceDataset(*file.getDataset(), diagonalCut(), &error, &changed)) << error.toStdString();
    EXPECT_GT(changed, 0u);
    EXPECT_FALSE(DcmXfer(file.getDataset()->getCurrentXfer()).isEncapsulated());
    // Saved as the copy saves it, and read back: the cut is in the file.
    const QString out = QDir(folder).filePath(QStringLiteral("defaced.dcm"));
    ASSERT_TRUE(file.saveFile(out.toStdString().c_str(), EXS_LittleEndianExplicit).good());
    DcmFileFormat reread;
    ASSERT_TRUE(reread.loadFile(out.toStdString().c_str()).good());
    expectCutAt(before, storedPixels(*reread.getDataset()), z, -1024, changed, "RLE");
}

TEST(DefaceDicom, EnhancedMultiFrameUsesEachFramesPlaceAndRescale)
{
    // Three frames at z = -6, 0, 6 in one file. Position per frame, orientation and pixel size
    // shared, rescale per frame (intercepts -1024, -1000, -2048).
    const double zs[3] = {-6.0, 0.0, 6.0};
    const long intercepts[3] = {-1024, -1000, -2048};
    std::unique_ptr<DcmDataset> ds = picture("CT", 16, 16, false, 0.0, [](int, int) { return 0L; });
    ds->findAndDeleteElement(DCM_ImagePositionPatient);
    ds->findAndDeleteElement(DCM_ImageOrientationPatient);
    ds->findAndDeleteElement(DCM_PixelSpacing);
    ds->putAndInsertString(DCM_NumberOfFrames, "3");
    DcmItem* shared = nullptr;
    ASSERT_TRUE(ds->findOrCreateSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).good());
    DcmItem* item = nullptr;
    ASSERT_TRUE(shared->findOrCreateSequenceItem(DCM_PlaneOrientationSequence, item, 0).good());
    item->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    ASSERT_TRUE(shared->findOrCreateSequenceItem(DCM_PixelMeasuresSequence, item, 0).good());
    item->putAndInsertString(DCM_PixelSpacing, "1\\1");
    std::vector<Uint16> pixels;
    for (int f = 0; f < 3; ++f) {
        DcmItem* frame = nullptr;
        ASSERT_TRUE(ds->findOrCreateSequenceItem(DCM_PerFrameFunctionalGroupsSequence, frame, -2).good());
        ASSERT_TRUE(frame->findOrCreateSequenceItem(DCM_PlanePositionSequence, item, 0).good());
        item->putAndInsertString(DCM_ImagePositionPatient, QStringLiteral("-7.5\\-7.5\\%1").arg(zs[f]).toLatin1().constData());
        ASSERT_TRUE(frame->findOrCreateSequenceItem(DCM_PixelValueTransformationSequence, item, 0).good());
        item->putAndInsertString(DCM_RescaleIntercept, QByteArray::number(qlonglong(intercepts[f])).constData());
        item->putAndInsertString(DCM_RescaleSlope, "1");
        for (int n = 0; n < kSide * kSide; ++n)
            pixels.push_back(Uint16(40 - intercepts[f])); // 40 HU everywhere
    }
    ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), pixels.size());
    std::vector<std::vector<long>> before;
    for (int f = 0; f < 3; ++f)
        before.push_back(storedPixels(*ds, f));
    QString error;
    std::size_t changed = 0;
    ASSERT_TRUE(volume::defaceDataset(*ds, diagonalCut(), &error, &changed)) << error.toStdString();
    std::size_t total = 0;
    for (int f = 0; f < 3; ++f) {
        const std::vector<long> after = storedPixels(*ds, f);
        std::size_t differ = 0;
        for (std::size_t n = 0; n < after.size(); ++n)
            differ += after[n] != before[std::size_t(f)][n];
        total += differ;
        // -1024 HU is stored as 0 and 1024; with intercept -1000 an unsigned pixel cannot go
        // below 0, which is -1000 HU: air all the same.
        SCOPED_TRACE(f);
        expectCutAt(before[std::size_t(f)], after, zs[f], std::max(0L, -1024 - intercepts[f]), differ, "enhanced frame");
    }
    EXPECT_EQ(total, changed);
}

TEST(DefaceDicom, PlainWordsWhenAFileCannotBeDefaced)
{
    QString error;
    std::unique_ptr<DcmDataset> unplaced = picture("CT", 16, 16, true, 0.0, [](int, int) { return 40L; });
    unplaced->findAndDeleteElement(DCM_ImagePositionPatient);
    EXPECT_FALSE(volume::defaceDataset(*unplaced, diagonalCut(), &error, nullptr));
    EXPECT_EQ(error, QStringLiteral("its pictures do not say where they lie in the body"));

    std::unique_ptr<DcmDataset> colour = picture("XC", 8, 8, false, 0.0, [](int, int) { return 40L; });
    colour->putAndInsertString(DCM_PhotometricInterpretation, "RGB");
    colour->putAndInsertUint16(DCM_SamplesPerPixel, 3);
    EXPECT_FALSE(volume::defaceDataset(*colour, diagonalCut(), &error, nullptr));
    EXPECT_TRUE(error.contains(QStringLiteral("colour"))) << error.toStdString();

    volume::DefacePlane none;
    none.reason = QStringLiteral("no brain was found");
    std::unique_ptr<DcmDataset> ds = picture("CT", 16, 16, true, 0.0, [](int, int) { return 40L; });
    EXPECT_FALSE(volume::defaceDataset(*ds, none, &error, nullptr));
    EXPECT_EQ(error, none.reason);
}

} // namespace
