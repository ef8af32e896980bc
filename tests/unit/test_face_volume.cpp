// The face in a head volume (issue 5): the skin mask, the side the face is on, the software
// picture of the skin, and the PNG it is saved as. The volumes are synthetic heads built in
// patient coordinates and sampled onto grids in several orientations (axial, sagittal,
// rotated, gantry-tilted, reversed), so the code is shown to work in patient coordinates and
// not in voxel axes; two tests add the real head scans of the shared data when it is there.
// Set SCANSHIELD_FACE_PICTURES=/some/dir to keep the rendered pictures and look at them.
#include "demo/HeadPhantom.h"
#include "media/DiscScanner.h"
#include "media/DiscSource.h"
#include "support/TestData.h"
#include "volume/FaceSide.h"
#include "volume/PngWriter.h"
#include "volume/SkinMask.h"
#include "volume/SoftwareRenderer.h"
#include "volume/Volume.h"
#include "volume/VolumeBuilder.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cmath>
#include <functional>
#include <memory>
#include <numbers>
#include <thread>

using namespace scanshield;
using volume::Vec3;
using volume::Volume;

namespace {

// ---------------------------------------------------------------------------------------
// A synthetic head in patient coordinates (LPS mm: x to the left, y to the back, z up).
// Ellipsoids blended with smooth unions: cranium, lower face, neck, a nose whose tip is the
// most anterior point of the head, eye sockets with globes, lips, a chin and ears; inside, a
// skull shell, a brain and a closed air sinus. Left-right symmetric.

double length(const Vec3& v) { return std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]); }
Vec3 minus(const Vec3& a, const Vec3& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }

// Approximate signed distance to an ellipsoid (exact on the surface, negative inside).
double ellipsoid(const Vec3& p, const Vec3& centre, const Vec3& radii)
{
    const Vec3 q = minus(p, centre);
    const Vec3 s{q[0] / radii[0], q[1] / radii[1], q[2] / radii[2]};
    const Vec3 s2{s[0] / radii[0], s[1] / radii[1], s[2] / radii[2]};
    const double k0 = length(s), k1 = length(s2);
    return k1 < 1e-12 ? -std::min({radii[0], radii[1], radii[2]}) : k0 * (k0 - 1.0) / k1;
}
double blend(double a, double b, double k) // smooth union over a band k mm wide
{
    const double h = std::max(k - std::abs(a - b), 0.0) / k;
    return std::min(a, b) - h * h * k * 0.25;
}
double carve(double d, double cut, double k) { return -blend(-d, cut, k); }
double smoothStep(double e0, double e1, double x)
{
    const double t = std::clamp((x - e0) / (e1 - e0), 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

const Vec3 kCraniumC{0, 0, 30}, kCraniumR{75, 92, 95};
const Vec3 kPlantedNoseTip{0, -112, -10}; // the nose ellipsoid's front pole, far from any blend
const Vec3 kNoseC{0, -92, -10}, kNoseR{11, 20, 24};
const Vec3 kSinusC{0, -50, 5};
constexpr double kSinusRadius = 10;
const Vec3 kStrayBlobC{88, 60, 70}; // a separate speck outside the head (noise, a marker)
constexpr double kStrayBlobRadius = 4;

struct HeadShape {
    bool nose = true;         // false: a head with no face features at all
    bool faceAtBack = false;  // true: the face looks toward +y, as with a wrong header
};

double skinDistance(Vec3 p, const HeadShape& shape)
{
    if (shape.faceAtBack)
        p[1] = -p[1];
    double d = ellipsoid(p, kCraniumC, kCraniumR);
    if (!shape.nose)
        return d;
    d = blend(d, ellipsoid(p, {0, -5, -45}, {55, 68, 55}), 12);  // lower face and jaw
    d = blend(d, ellipsoid(p, {0, 10, -130}, {45, 50, 80}), 15); // neck, cut by the scan
    d = blend(d, ellipsoid(p, kNoseC, kNoseR), 8);
    d = blend(d, ellipsoid(p, {0, -70, -44}, {22, 8, 6}), 5);    // lips
    d = blend(d, ellipsoid(p, {0, -58, -82}, {22, 10, 14}), 8);  // chin
    const double side = p[0] < 0 ? -1 : 1;
    d = blend(d, ellipsoid(p, {side * 76, 5, 10}, {7, 14, 26}), 4); // ears
    d = carve(d, length(minus(p, {side * 32, -88, 25})) - 16, 4);    // eye sockets
    d = blend(d, length(minus(p, {side * 32, -70, 25})) - 12, 2);    // globes
    return d;
}

enum class Tissue { Air, Soft, Bone, Brain, Sinus };

// The tissue at a point, and how much of it fills a voxel there (partial volume over the
// 1.5 mm around the skin, so that the surface is smooth, like a real scan's).
struct Sample {
    Tissue tissue;
    double fill;
};

Sample headAt(const Vec3& p, const HeadShape& shape)
{
    if (length(minus(p, kStrayBlobC)) < kStrayBlobRadius)
        return {Tissue::Soft, 1.0};
    const double skin = skinDistance(p, shape);
    if (skin > 0.75)
        return {Tissue::Air, 0.0};
    const double fill = smoothStep(0.75, -0.75, skin);
    Vec3 q = p;
    if (shape.faceAtBack)
        q[1] = -q[1];
    if (length(minus(q, kSinusC)) < kSinusRadius)
        return {Tissue::Sinus, fill};
    const double cranium = ellipsoid(q, kCraniumC, kCraniumR);
    if (cranium < -11)
        return {Tissue::Brain, fill};
    if (cranium < -5 && skin < -5 && q[2] > -20) // bone never lies bare under the eye sockets
        return {Tissue::Bone, fill};
    return {Tissue::Soft, fill};
}

// Deterministic noise in [-1, 1] from a voxel index (splitmix64).
double noise(std::uint64_t n)
{
    n += 0x9E3779B97F4A7C15ull;
    n = (n ^ (n >> 30)) * 0xBF58476D1CE4E5B9ull;
    n = (n ^ (n >> 27)) * 0x94D049BB133111EBull;
    n ^= n >> 31;
    return double(n >> 11) / double(1ull << 52) - 1.0;
}

double ctValue(const Sample& s, std::uint64_t index)
{
    double tissue = 40;
    switch (s.tissue) {
    case Tissue::Air:
    case Tissue::Sinus: tissue = -1000; break;
    case Tissue::Soft: tissue = 40; break;
    case Tissue::Bone: tissue = 800; break;
    case Tissue::Brain: tissue = 30; break;
    }
    return -1000 + (tissue + 1000) * s.fill + 15 * noise(index);
}

// T1-like: bright scalp, dark skull and sinus, grey brain, background noise 0-30.
double mrValue(const Sample& s, std::uint64_t index)
{
    const double background = 15 + 15 * noise(index);
    double tissue = 450;
    switch (s.tissue) {
    case Tissue::Air:
    case Tissue::Sinus: tissue = background; break;
    case Tissue::Soft: tissue = 450 + 40 * noise(index * 7 + 1); break;
    case Tissue::Bone: tissue = 60 + 15 * noise(index * 7 + 2); break;
    case Tissue::Brain: tissue = 330 + 30 * noise(index * 7 + 3); break;
    }
    return background + (tissue - background) * s.fill;
}

// A grid: directions, spacing and size, centred on a patient point.
struct Grid {
    Vec3 row{1, 0, 0}, column{0, 1, 0}, slice{0, 0, 1};
    Vec3 spacing{1, 1, 2};
    int width = 0, height = 0, depth = 0;
    Vec3 centre{0, -7, -8};
};

// The head's box in patient mm: x -95..95, y -125..111, z -150..133 (the neck is cut).
const Vec3 kHeadBoxSize{190, 236, 283};

// A grid with the given directions that covers the head's box.
Grid gridCovering(const Vec3& row, const Vec3& column, const Vec3& slice, const Vec3& spacing)
{
    Grid g{row, column, slice, spacing, 0, 0, 0, {0, -7, -8}};
    const Vec3* axes[3] = {&g.row, &g.column, &g.slice};
    int* sizes[3] = {&g.width, &g.height, &g.depth};
    for (int a = 0; a < 3; ++a) {
        // For an oblique stack, the extent along one axis of a box is the sum of its edges'
        // projections; for a non-orthogonal stack this is a close enough overestimate.
        double extent = 0;
        for (int b = 0; b < 3; ++b)
            extent += std::abs((*axes[a])[std::size_t(b)]) * kHeadBoxSize[std::size_t(b)];
        *sizes[a] = int(std::ceil(extent / spacing[std::size_t(a)])) + 1;
    }
    return g;
}

Volume sampleVolume(const Grid& g, const QString& modality, const std::function<double(const Vec3&, std::uint64_t)>& value)
{
    Volume v;
    v.width = g.width, v.height = g.height, v.depth = g.depth;
    v.rowDirection = g.row, v.columnDirection = g.column, v.sliceDirection = g.slice;
    v.spacing = g.spacing;
    v.modality = modality;
    for (int a = 0; a < 3; ++a)
        v.origin[std::size_t(a)] = g.centre[std::size_t(a)] -
                                   0.5 * ((g.width - 1) * g.spacing[0] * g.row[std::size_t(a)] +
                                          (g.height - 1) * g.spacing[1] * g.column[std::size_t(a)] +
                                          (g.depth - 1) * g.spacing[2] * g.slice[std::size_t(a)]);
    v.values.resize(std::size_t(g.width) * std::size_t(g.height) * std::size_t(g.depth));
    auto fillSlices = [&](int first, int every) {
        for (int k = first; k < v.depth; k += every)
            for (int j = 0; j < v.height; ++j)
                for (int i = 0; i < v.width; ++i) {
                    const std::size_t at = v.indexOf(i, j, k);
                    const double x = value(v.toPatient(i, j, k), at);
                    v.values[at] = std::int16_t(std::clamp(std::lround(x), -32768L, 32767L));
                }
    };
    std::thread helper(fillSlices, 1, 2);
    fillSlices(0, 2);
    helper.join();
    return v;
}

Volume ctHead(const Grid& g, HeadShape shape = {})
{
    return sampleVolume(g, QStringLiteral("CT"),
                        [shape](const Vec3& p, std::uint64_t i) { return ctValue(headAt(p, shape), i); });
}
Volume mrHead(const Grid& g, HeadShape shape = {})
{
    return sampleVolume(g, QStringLiteral("MR"),
                        [shape](const Vec3& p, std::uint64_t i) { return mrValue(headAt(p, shape), i); });
}

// The orientations every test runs on.
Grid axialGrid() { return gridCovering({1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 2}); }
// Sagittal (Image Orientation 0\1\0\0\0\-1): i runs to the back, j down, k to the right.
Grid sagittalGrid() { return gridCovering({0, 1, 0}, {0, 0, -1}, {-1, 0, 0}, {1, 1, 1.5}); }
// Every axis reversed against the axial stack.
Grid reversedGrid() { return gridCovering({-1, 0, 0}, {0, -1, 0}, {0, 0, -1}, {1.2, 1.2, 1.5}); }
// An oblique stack: the axial frame turned 20 degrees about x, then 25 about z.
Grid rotatedGrid()
{
    const double a = 20 * std::numbers::pi / 180, b = 25 * std::numbers::pi / 180;
    auto turn = [&](Vec3 v) {
        v = {v[0], std::cos(a) * v[1] - std::sin(a) * v[2], std::sin(a) * v[1] + std::cos(a) * v[2]};
        return Vec3{std::cos(b) * v[0] - std::sin(b) * v[1], std::sin(b) * v[0] + std::cos(b) * v[1], v[2]};
    };
    return gridCovering(turn({1, 0, 0}), turn({0, 1, 0}), turn({0, 0, 1}), {1.2, 1.2, 1.5});
}
// A gantry-tilted CT: the image plane tipped 15 degrees about x, the slices still stacked
// along the table (z): the slice direction is not perpendicular to the images.
Grid gantryTiltedGrid()
{
    const double t = 15 * std::numbers::pi / 180;
    Grid g = gridCovering({1, 0, 0}, {0, std::cos(t), std::sin(t)}, {0, 0, 1}, {1, 1, 2});
    g.height += 20; // the tipped rows reach a little further
    return g;
}

// ---------------------------------------------------------------------------------------
// Helpers on masks and pictures.

bool maskAt(const Volume& v, const volume::SkinMask& m, const Vec3& p)
{
    const Vec3 ijk = volume::patientToVoxel(v, p);
    const int i = int(std::lround(ijk[0])), j = int(std::lround(ijk[1])), k = int(std::lround(ijk[2]));
    if (i < 0 || j < 0 || k < 0 || i >= m.width || j >= m.height || k >= m.depth)
        return false;
    return m.at(i, j, k);
}

// Counts the 6-connected pieces of a mask with a plain breadth-first search: a second,
// independent look at what makeSkinMask promises.
int countPieces(const volume::SkinMask& m)
{
    std::vector<std::uint8_t> seen(m.inside.size(), 0);
    std::vector<std::size_t> queue;
    int pieces = 0;
    const std::size_t row = std::size_t(m.width), plane = row * std::size_t(m.height);
    for (std::size_t start = 0; start < m.inside.size(); ++start) {
        if (!m.inside[start] || seen[start])
            continue;
        ++pieces;
        queue.assign(1, start);
        seen[start] = 1;
        while (!queue.empty()) {
            const std::size_t at = queue.back();
            queue.pop_back();
            const int i = int(at % row), j = int((at / row) % std::size_t(m.height)), k = int(at / plane);
            const std::pair<bool, std::size_t> next[6] = {
                {i > 0, at - 1},        {i + 1 < m.width, at + 1},   {j > 0, at - row},
                {j + 1 < m.height, at + row}, {k > 0, at - plane}, {k + 1 < m.depth, at + plane}};
            for (const auto& [valid, n] : next)
                if (valid && m.inside[n] && !seen[n]) {
                    seen[n] = 1;
                    queue.push_back(n);
                }
        }
    }
    return pieces;
}

double distance(const Vec3& a, const Vec3& b) { return length(minus(a, b)); }

int headPixels(const volume::RenderedImage& image)
{
    int n = 0;
    for (float d : image.depthMm)
        n += std::isfinite(d) ? 1 : 0;
    return n;
}

double meanAbsoluteDifference(const volume::RenderedImage& a, const volume::RenderedImage& b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.rgb.size(); ++i)
        sum += std::abs(int(a.rgb[i]) - int(b.rgb[i]));
    return sum / double(a.rgb.size());
}

// Saves a picture in the test's folder, and in $SCANSHIELD_FACE_PICTURES when set, so that a
// person can look at it: the face must be recognisable, which no number fully says.
void savePicture(const volume::RenderedImage& image, const QString& name)
{
    static const QString folder = test::makeTempDir();
    QString error;
    EXPECT_TRUE(volume::writeRgbPng(QDir(folder).filePath(name), image.width, image.height, image.rgb, &error))
        << error.toStdString();
    const QString keep = qEnvironmentVariable("SCANSHIELD_FACE_PICTURES");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        EXPECT_TRUE(volume::writeRgbPng(QDir(keep).filePath(name), image.width, image.height, image.rgb));
    }
}

// The same framing for every front view: the head's middle, 0.55 mm a pixel.
volume::RenderOptions frontFraming()
{
    volume::RenderOptions o;
    o.centre = Vec3{0, 0, -10};
    o.mmPerPixel = 0.55;
    return o;
}

// The synthetic volumes are built once: each takes a fraction of a second.
const Volume& axialCt()
{
    static const Volume v = ctHead(axialGrid());
    return v;
}
const volume::SkinMask& axialCtMask()
{
    static const volume::SkinMask m = volume::makeSkinMask(axialCt());
    return m;
}

} // namespace

// ---------------------------------------------------------------------------------------
// The skin mask

TEST(SkinMask, ACtHeadIsOneSolidPieceWithoutTheAirAroundIt)
{
    const Volume& ct = axialCt();
    const volume::SkinMask& mask = axialCtMask();
    EXPECT_DOUBLE_EQ(mask.threshold, volume::kCtSkinThresholdHu);
    ASSERT_FALSE(mask.isEmpty());
    EXPECT_EQ(countPieces(mask), 1);

    EXPECT_TRUE(maskAt(ct, mask, {0, 0, 30})) << "the brain";
    EXPECT_TRUE(maskAt(ct, mask, {0, 0, 30 + 95 - 8})) << "the skull at the top";
    EXPECT_TRUE(maskAt(ct, mask, kSinusC)) << "the closed sinus is filled: the head is solid";
    EXPECT_TRUE(maskAt(ct, mask, {0, -110, -10})) << "2 mm inside the nose tip";
    EXPECT_TRUE(maskAt(ct, mask, {0, 10, -140})) << "the neck, cut by the edge of the scan";
    EXPECT_FALSE(maskAt(ct, mask, {0, -116, -10})) << "4 mm in front of the nose tip";
    EXPECT_FALSE(maskAt(ct, mask, {80, -100, 100})) << "air beside the forehead";
    EXPECT_FALSE(maskAt(ct, mask, kStrayBlobC)) << "a speck apart from the head is not the head";
    EXPECT_FALSE(maskAt(ct, mask, ct.toPatient(0, 0, 0))) << "a corner of the scan";

    // The mask is the inside of the skin: its volume is that of the head to within the
    // partial-volume shell (about 1 voxel deep over the skin).
    std::size_t expected = 0;
    for (int k = 0; k < ct.depth; ++k)
        for (int j = 0; j < ct.height; ++j)
            for (int i = 0; i < ct.width; ++i)
                expected += skinDistance(ct.toPatient(i, j, k), {}) < 0 ? 1 : 0;
    EXPECT_NEAR(double(mask.voxelCount) / double(expected), 1.0, 0.02);
}

TEST(SkinMask, AnMriHeadIsCutAboveTheBackgroundNoiseAndItsDarkSkullIsFilled)
{
    const Volume mr = mrHead(axialGrid());
    const double otsu = volume::otsuThreshold(mr);
    const double threshold = volume::skinThreshold(mr);
    EXPECT_GT(otsu, 30) << "above the background noise";
    EXPECT_LT(otsu, 330) << "below the brain and the scalp";
    EXPECT_GT(threshold, 30);
    EXPECT_LE(threshold, otsu);

    const volume::SkinMask mask = volume::makeSkinMask(mr);
    EXPECT_DOUBLE_EQ(mask.threshold, threshold);
    EXPECT_EQ(countPieces(mask), 1);
    EXPECT_TRUE(maskAt(mr, mask, {0, 0, 30})) << "the brain, inside a skull that is dark in MRI";
    EXPECT_TRUE(maskAt(mr, mask, {0, 0, 30 + 95 - 8})) << "the dark skull itself";
    EXPECT_TRUE(maskAt(mr, mask, kSinusC));
    EXPECT_FALSE(maskAt(mr, mask, {0, -116, -10}));
    EXPECT_FALSE(maskAt(mr, mask, kStrayBlobC));
    EXPECT_FALSE(maskAt(mr, mask, {80, -100, 100}));
}

TEST(SkinMask, NothingButAirGivesAnEmptyMask)
{
    Grid g = axialGrid();
    g.width = g.height = g.depth = 20;
    const Volume air = sampleVolume(g, QStringLiteral("CT"), [](const Vec3&, std::uint64_t i) { return -1000 + 10 * noise(i); });
    const volume::SkinMask mask = volume::makeSkinMask(air);
    EXPECT_TRUE(mask.isEmpty());
    EXPECT_FALSE(volume::findFaceSide(air, mask).reason.isEmpty());
    EXPECT_TRUE(volume::renderSkin(air, mask).isEmpty());
}

// ---------------------------------------------------------------------------------------
// The face side

namespace {

void expectFaceAtFront(const Volume& v, const char* what)
{
    SCOPED_TRACE(what);
    const volume::SkinMask mask = volume::makeSkinMask(v);
    const volume::FaceSide face = volume::findFaceSide(v, mask);
    std::printf("%s: nose tip %.1f mm from where it was planted, stands out %.1f mm (back: %.1f), "
                "confidence %.2f\n",
                what, distance(face.noseTip, kPlantedNoseTip), face.noseProminenceMm, face.backProminenceMm,
                face.confidence);
    EXPECT_TRUE(face.noseFound);
    EXPECT_TRUE(face.confirmed) << face.reason.toStdString();
    EXPECT_TRUE(face.reason.isEmpty());
    EXPECT_GT(face.confidence, 0.7);
    EXPECT_LT(distance(face.noseTip, kPlantedNoseTip), 3.0)
        << "found at " << face.noseTip[0] << ", " << face.noseTip[1] << ", " << face.noseTip[2];
    EXPECT_GT(face.noseProminenceMm, 20.0);
    EXPECT_LT(face.backProminenceMm, 8.0);

    // The anterior direction on the grid: stepping along it moves toward -y in the patient.
    EXPECT_EQ(face.anterior, (Vec3{0, -1, 0}));
    const Vec3 moved = minus(v.toPatient(face.anteriorVoxelSteps[0], face.anteriorVoxelSteps[1],
                                         face.anteriorVoxelSteps[2]),
                             v.toPatient(0, 0, 0));
    EXPECT_LT(distance(moved, {0, -1, 0}), 1e-9);
}

} // namespace

TEST(FaceSide, TheNoseIsFoundInFrontOnEveryOrientation)
{
    expectFaceAtFront(axialCt(), "axial CT");
    expectFaceAtFront(ctHead(sagittalGrid()), "sagittal CT");
    expectFaceAtFront(ctHead(reversedGrid()), "reversed CT");
    expectFaceAtFront(ctHead(rotatedGrid()), "oblique CT");
    expectFaceAtFront(ctHead(gantryTiltedGrid()), "gantry-tilted CT");
    expectFaceAtFront(mrHead(sagittalGrid()), "sagittal MRI");
    expectFaceAtFront(mrHead(rotatedGrid()), "oblique MRI");
}

TEST(FaceSide, TheAnteriorVoxelAxisFollowsTheGrid)
{
    struct Case {
        Grid grid;
        int axis, sign;
    };
    const Case cases[] = {{axialGrid(), 1, -1}, {sagittalGrid(), 0, -1}, {reversedGrid(), 1, +1}, {gantryTiltedGrid(), 1, -1}};
    for (const Case& c : cases) {
        Volume v;
        v.width = v.height = v.depth = 1;
        v.rowDirection = c.grid.row, v.columnDirection = c.grid.column, v.sliceDirection = c.grid.slice;
        v.spacing = c.grid.spacing;
        v.values.assign(1, 0);
        const volume::FaceSide face = volume::findFaceSide(v, volume::SkinMask{});
        EXPECT_EQ(face.anteriorAxis, c.axis);
        EXPECT_EQ(face.anteriorAxisSign, c.sign);
        EXPECT_FALSE(face.confirmed);
        EXPECT_EQ(face.reason, QStringLiteral("No skin was found in this scan."));
    }
    // Sagittal: the anterior direction is one voxel back along i per millimetre.
    Volume sagittal;
    sagittal.rowDirection = {0, 1, 0}, sagittal.columnDirection = {0, 0, -1}, sagittal.sliceDirection = {-1, 0, 0};
    sagittal.spacing = {0.5, 0.5, 2};
    const Vec3 steps = volume::patientToVoxelSteps(sagittal, {0, -1, 0});
    EXPECT_NEAR(steps[0], -2.0, 1e-12);
    EXPECT_NEAR(steps[1], 0.0, 1e-12);
    EXPECT_NEAR(steps[2], 0.0, 1e-12);
}

TEST(FaceSide, TheDemoPhantomsNoseIsFound)
{
    const demo::HeadVolume phantom = demo::makeHeadVolume();
    Volume v;
    v.width = phantom.columns, v.height = phantom.rows, v.depth = phantom.slices;
    v.values = phantom.hu;
    v.origin = {phantom.originX, phantom.originY, phantom.firstZ};
    v.rowDirection = {1, 0, 0}, v.columnDirection = {0, 1, 0}, v.sliceDirection = {0, 0, 1};
    v.spacing = {phantom.pixelSpacing, phantom.pixelSpacing, phantom.sliceSpacing};
    v.modality = QStringLiteral("CT");
    const volume::SkinMask mask = volume::makeSkinMask(v);
    const volume::FaceSide face = volume::findFaceSide(v, mask);
    EXPECT_TRUE(face.confirmed) << face.reason.toStdString();
    // Its tip sphere (centre y = -98, z = -6, radius 9.5) reaches y = -107.5.
    EXPECT_LT(distance(face.noseTip, {0, -107.5, -6}), 3.0)
        << "found at " << face.noseTip[0] << ", " << face.noseTip[1] << ", " << face.noseTip[2];

    savePicture(volume::renderSkin(v, mask), QStringLiteral("phantom_front.png"));
    volume::RenderOptions side;
    side.azimuthDegrees = 90;
    savePicture(volume::renderSkin(v, mask, side), QStringLiteral("phantom_left.png"));
    volume::RenderOptions threeQuarter;
    threeQuarter.azimuthDegrees = -35;
    threeQuarter.elevationDegrees = 10;
    savePicture(volume::renderSkin(v, mask, threeQuarter), QStringLiteral("phantom_three_quarter.png"));
}

TEST(FaceSide, AHeadWithoutANoseIsNotConfirmed)
{
    const Volume v = ctHead(axialGrid(), {.nose = false, .faceAtBack = false});
    const volume::FaceSide face = volume::findFaceSide(v, volume::makeSkinMask(v));
    EXPECT_FALSE(face.noseFound);
    EXPECT_FALSE(face.confirmed);
    EXPECT_LT(face.confidence, 0.3);
    EXPECT_TRUE(face.reason.contains(QStringLiteral("No nose"))) << face.reason.toStdString();
}

TEST(FaceSide, AFaceAtTheBackOfTheHeadIsFlagged)
{
    // As if the header had the patient's position wrong: the face looks toward +y.
    const Volume v = ctHead(sagittalGrid(), {.nose = true, .faceAtBack = true});
    const volume::FaceSide face = volume::findFaceSide(v, volume::makeSkinMask(v));
    EXPECT_FALSE(face.confirmed);
    EXPECT_GT(face.backProminenceMm, 20.0);
    EXPECT_TRUE(face.reason.contains(QStringLiteral("other side"))) << face.reason.toStdString();
}

// ---------------------------------------------------------------------------------------
// The software renderer

TEST(SoftwareRenderer, TheFrontViewShowsAHeadWithItsNoseClosestInTheMiddle)
{
    const Volume& ct = axialCt();
    const volume::SkinMask& mask = axialCtMask();
    const volume::RenderedImage front = volume::renderSkin(ct, mask, frontFraming());
    ASSERT_EQ(front.width, 512);
    ASSERT_EQ(front.height, 512);
    ASSERT_EQ(front.rgb.size(), 512u * 512u * 3u);
    savePicture(front, QStringLiteral("synthetic_ct_front.png"));

    // Not empty, not all head, not uniform.
    const double covered = headPixels(front) / double(512 * 512);
    EXPECT_GT(covered, 0.25);
    EXPECT_LT(covered, 0.9);
    double sum = 0, sumSquares = 0, n = 0;
    for (int y = 0; y < 512; ++y)
        for (int x = 0; x < 512; ++x)
            if (std::isfinite(front.depthAt(x, y))) {
                sum += front.greyAt(x, y);
                sumSquares += double(front.greyAt(x, y)) * front.greyAt(x, y);
                n += 1;
            }
    const double mean = sum / n;
    EXPECT_GT(std::sqrt(sumSquares / n - mean * mean), 15.0) << "shaded, not flat";

    // Symmetric like the head: the patient's right on the left of the picture mirrors the left.
    double asymmetry = 0;
    for (int y = 0; y < 512; ++y)
        for (int x = 0; x < 256; ++x)
            asymmetry += std::abs(int(front.greyAt(x, y)) - int(front.greyAt(511 - x, y)));
    EXPECT_LT(asymmetry / (512 * 256), 2.0);

    // The closest pixel is the nose tip, in the middle column, where the planted tip projects.
    const auto closest = std::min_element(front.depthMm.begin(), front.depthMm.end()) - front.depthMm.begin();
    const int cx = int(closest % 512), cy = int(closest / 512);
    const std::array<double, 2> tip = front.project(kPlantedNoseTip);
    EXPECT_NEAR(cx, tip[0], 4.0);
    EXPECT_NEAR(cy, tip[1], 4.0);
    EXPECT_NEAR(cx, 255.5, 4.0);
    EXPECT_LT(distance(front.skinPointAt(cx, cy), kPlantedNoseTip), 1.5);
    // ... and it is lit: brighter than the head on average.
    EXPECT_GT(front.greyAt(cx, cy), mean + 20);
    // The cheeks 35 mm to each side of the nose lie well behind it.
    const int cheek = int(std::lround(35 / front.mmPerPixel));
    EXPECT_GT(front.depthAt(cx - cheek, cy) - front.depthAt(cx, cy), 20.0);
    EXPECT_GT(front.depthAt(cx + cheek, cy) - front.depthAt(cx, cy), 20.0);
    // The top of the head is up.
    const std::array<double, 2> crown = front.project({0, 0, 125});
    const std::array<double, 2> chin = front.project({0, -60, -95});
    EXPECT_LT(crown[1], tip[1]);
    EXPECT_GT(chin[1], tip[1]);
}

TEST(SoftwareRenderer, ASideViewShowsTheProfile)
{
    const Volume& ct = axialCt();
    const volume::SkinMask& mask = axialCtMask();
    const volume::RenderedImage front = volume::renderSkin(ct, mask, frontFraming());
    volume::RenderOptions fromLeft = frontFraming();
    fromLeft.azimuthDegrees = 90;
    const volume::RenderedImage left = volume::renderSkin(ct, mask, fromLeft);
    savePicture(left, QStringLiteral("synthetic_ct_left.png"));
    EXPECT_GT(meanAbsoluteDifference(front, left), 10.0);

    // Seen from the patient's left, the face is on the left of the picture, and the nose tip
    // is the leftmost skin on its row.
    const std::array<double, 2> tip = left.project(kPlantedNoseTip);
    const int row = int(std::lround(tip[1]));
    int leftmost = -1;
    for (int x = 0; x < left.width && leftmost < 0; ++x)
        if (std::isfinite(left.depthAt(x, row)))
            leftmost = x;
    EXPECT_NEAR(leftmost, tip[0], 3.0);

    volume::RenderOptions oblique;
    oblique.azimuthDegrees = 30;
    oblique.elevationDegrees = 15;
    savePicture(volume::renderSkin(ct, mask, oblique), QStringLiteral("synthetic_ct_oblique.png"));
}

TEST(SoftwareRenderer, ThePictureDependsOnThePatientNotOnTheVoxelOrder)
{
    const volume::RenderedImage axial = volume::renderSkin(axialCt(), axialCtMask(), frontFraming());
    const std::pair<const char*, Grid> grids[] = {{"axial", axialGrid()},
                                                  {"sagittal", sagittalGrid()},
                                                  {"reversed", reversedGrid()},
                                                  {"oblique", rotatedGrid()},
                                                  {"gantry-tilted", gantryTiltedGrid()}};
    for (const auto& [name, grid] : grids) {
        SCOPED_TRACE(name);
        const Volume v = ctHead(grid);
        const volume::RenderedImage image = volume::renderSkin(v, volume::makeSkinMask(v), frontFraming());
        savePicture(image, QStringLiteral("synthetic_ct_front_%1.png").arg(QString::fromLatin1(name)));
        // Every pixel shows the true skin: the point it draws lies on the synthetic head's
        // surface, whatever the grid. Grazing pixels at the outline may miss by a little more.
        int hits = 0, onSkin = 0;
        double worst = 0;
        for (int y = 0; y < image.height; ++y)
            for (int x = 0; x < image.width; ++x)
                if (std::isfinite(image.depthAt(x, y))) {
                    const double off = std::abs(skinDistance(image.skinPointAt(x, y), {}));
                    ++hits;
                    onSkin += off < 0.5 ? 1 : 0;
                    worst = std::max(worst, off);
                }
        std::printf("%s: %.2f %% of %d pixels within 0.5 mm of the skin, worst %.2f mm, shading differs by %.2f\n",
                    name, 100.0 * onSkin / hits, hits, worst, meanAbsoluteDifference(axial, image));
        EXPECT_GT(double(onSkin) / hits, 0.995);
        EXPECT_LT(worst, 2.0);
        // And it looks the same as the axial stack's picture.
        EXPECT_NEAR(double(hits) / headPixels(axial), 1.0, 0.01);
        EXPECT_LT(meanAbsoluteDifference(axial, image), 3.0);
    }
}

TEST(SoftwareRenderer, AnMriHeadShowsItsFaceToo)
{
    const Volume mr = mrHead(sagittalGrid());
    const volume::SkinMask mask = volume::makeSkinMask(mr);
    const volume::RenderedImage front = volume::renderSkin(mr, mask, frontFraming());
    savePicture(front, QStringLiteral("synthetic_mr_front.png"));
    const auto closest = std::min_element(front.depthMm.begin(), front.depthMm.end()) - front.depthMm.begin();
    EXPECT_LT(distance(front.skinPointAt(double(closest % 512), double(closest / 512)), kPlantedNoseTip), 2.0);
}

TEST(SoftwareRenderer, TheDefaultFramingFitsTheWholeHeadAndKeepsMillimetresSquare)
{
    volume::RenderOptions wide;
    wide.width = 400;
    wide.height = 250;
    const volume::RenderedImage image = volume::renderSkin(axialCt(), axialCtMask(), wide);
    ASSERT_EQ(image.width, 400);
    ASSERT_EQ(image.height, 250);
    for (int x = 0; x < image.width; ++x) {
        EXPECT_FALSE(std::isfinite(image.depthAt(x, 0)));
        EXPECT_FALSE(std::isfinite(image.depthAt(x, image.height - 1)));
    }
    for (int y = 0; y < image.height; ++y) {
        EXPECT_FALSE(std::isfinite(image.depthAt(0, y)));
        EXPECT_FALSE(std::isfinite(image.depthAt(image.width - 1, y)));
    }
    EXPECT_NEAR(length(image.pixelRight), image.mmPerPixel, 1e-9);
    EXPECT_NEAR(length(image.pixelDown), image.mmPerPixel, 1e-9);
    // The head (283 mm tall in the scan) sets the scale in a wide picture.
    EXPECT_NEAR(image.mmPerPixel * 250, 283 * 1.05, 15);
}

TEST(SoftwareRenderer, ThePictureIsTheSameWhateverTheNumberOfThreads)
{
    volume::RenderOptions one = frontFraming();
    one.threads = 1;
    volume::RenderOptions three = frontFraming();
    three.threads = 3;
    const volume::RenderedImage a = volume::renderSkin(axialCt(), axialCtMask(), one);
    const volume::RenderedImage b = volume::renderSkin(axialCt(), axialCtMask(), three);
    EXPECT_EQ(a.rgb, b.rgb);
}

// ---------------------------------------------------------------------------------------
// Real head scans from the shared data, built by VolumeBuilder.

namespace {

// The first series of a modality on a folder, as a volume; empty when it cannot be built.
Volume realVolume(const QString& folder, const QString& modality)
{
    const media::ScanResult scan = media::DiscScanner().scan(folder);
    QString error;
    std::unique_ptr<media::DiscSource> source = media::openDiscSource(folder, error);
    if (!source)
        return {};
    for (const media::PatientEntry& patient : scan.index.patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series)
                if (series.modality == modality)
                    return volume::VolumeBuilder().build(series, *source).volume;
    return {};
}

} // namespace

TEST(RealHeads, TheMpragesFaceIsFoundAndDrawn)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const Volume mr = realVolume(test::sharedData(QStringLiteral("head_volumes/siemens_trio_t1_mprage_face")),
                                 QStringLiteral("MR"));
    ASSERT_FALSE(mr.isEmpty());
    const volume::SkinMask mask = volume::makeSkinMask(mr);
    EXPECT_EQ(countPieces(mask), 1);
    EXPECT_GT(mask.threshold, 20) << "above the background noise";
    EXPECT_LT(mask.threshold, volume::otsuThreshold(mr)) << "below the tissue, so the skin has no holes";
    const volume::FaceSide face = volume::findFaceSide(mr, mask);
    EXPECT_TRUE(face.confirmed) << face.reason.toStdString();
    EXPECT_GT(face.noseProminenceMm, 20.0);
    EXPECT_EQ(face.anteriorAxis, 0) << "sagittal: the face is along the rows";

    volume::RenderOptions framing;
    framing.centre = face.noseTip;
    framing.mmPerPixel = 0.5;
    const volume::RenderedImage front = volume::renderSkin(mr, mask, framing);
    savePicture(front, QStringLiteral("mprage_front.png"));
    const auto closest = std::min_element(front.depthMm.begin(), front.depthMm.end()) - front.depthMm.begin();
    EXPECT_LT(distance(front.skinPointAt(double(closest % 512), double(closest / 512)), face.noseTip), 5.0)
        << "the nose tip is what the picture shows closest";
}

TEST(RealHeads, ATiltedCtCutAboveTheNoseIsNotTakenForAFace)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const Volume ct = realVolume(test::sharedData(QStringLiteral("head_volumes/ge_hispeed_head_ct_gantry_tilt")),
                                 QStringLiteral("CT"));
    ASSERT_FALSE(ct.isEmpty());
    const volume::SkinMask mask = volume::makeSkinMask(ct);
    EXPECT_EQ(countPieces(mask), 1);
    const volume::FaceSide face = volume::findFaceSide(ct, mask);
    // The scan runs from the eyes up: the forehead and the eye sockets are there, the nose
    // tip is not.
    EXPECT_FALSE(face.noseFound);
    EXPECT_FALSE(face.confirmed);
    EXPECT_TRUE(face.reason.contains(QStringLiteral("cut off"))) << face.reason.toStdString();
    EXPECT_EQ(face.anteriorAxis, 1);
    EXPECT_EQ(face.anteriorAxisSign, -1);
    savePicture(volume::renderSkin(ct, mask), QStringLiteral("tilted_ct_front.png"));
}

// ---------------------------------------------------------------------------------------
// The PNG writer, checked by a small independent reader.

namespace {

std::uint32_t bitwiseCrc32(const QByteArray& bytes)
{
    std::uint32_t c = 0xFFFFFFFFu;
    for (char byte : bytes) {
        c ^= std::uint8_t(byte);
        for (int bit = 0; bit < 8; ++bit)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

std::uint32_t bigEndian(const QByteArray& b, qsizetype at)
{
    return std::uint32_t(std::uint8_t(b[at])) << 24 | std::uint32_t(std::uint8_t(b[at + 1])) << 16 |
           std::uint32_t(std::uint8_t(b[at + 2])) << 8 | std::uint32_t(std::uint8_t(b[at + 3]));
}

struct DecodedPng {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgb;
    QStringList chunks;
};

// Reads an 8-bit RGB, non-interlaced PNG: every chunk's CRC checked, all five row filters.
DecodedPng decodePng(const QByteArray& png)
{
    DecodedPng out;
    EXPECT_EQ(png.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QByteArray zlib;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const qsizetype size = qsizetype(bigEndian(png, at));
        const QByteArray typed = png.mid(at + 4, 4 + size);
        EXPECT_EQ(bitwiseCrc32(typed), bigEndian(png, at + 8 + size)) << typed.left(4).toStdString();
        const QByteArray type = typed.left(4), data = typed.mid(4);
        out.chunks << QString::fromLatin1(type);
        if (type == "IHDR") {
            out.width = int(bigEndian(data, 0));
            out.height = int(bigEndian(data, 4));
            EXPECT_EQ(data.mid(8), QByteArray("\x08\x02\x00\x00\x00", 5));
        } else if (type == "IDAT") {
            zlib += data;
        }
        at += 12 + size;
    }
    const std::size_t stride = 3 * std::size_t(out.width);
    const std::size_t rawSize = (stride + 1) * std::size_t(out.height);
    QByteArray prefixed;
    prefixed.append(char(rawSize >> 24)).append(char(rawSize >> 16)).append(char(rawSize >> 8)).append(char(rawSize));
    const QByteArray raw = qUncompress(prefixed + zlib);
    EXPECT_EQ(std::size_t(raw.size()), rawSize);
    if (std::size_t(raw.size()) != rawSize)
        return out;
    out.rgb.assign(stride * std::size_t(out.height), 0);
    for (int y = 0; y < out.height; ++y) {
        const int filter = raw[qsizetype((stride + 1) * std::size_t(y))];
        const auto* in = reinterpret_cast<const std::uint8_t*>(raw.constData()) + (stride + 1) * std::size_t(y) + 1;
        std::uint8_t* row = out.rgb.data() + stride * std::size_t(y);
        const std::uint8_t* above = y > 0 ? row - stride : nullptr;
        for (std::size_t x = 0; x < stride; ++x) {
            const int a = x >= 3 ? row[x - 3] : 0, b = above ? above[x] : 0, c = (above && x >= 3) ? above[x - 3] : 0;
            int predicted = 0;
            switch (filter) {
            case 0: predicted = 0; break;
            case 1: predicted = a; break;
            case 2: predicted = b; break;
            case 3: predicted = (a + b) / 2; break;
            case 4: {
                const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
                predicted = (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
                break;
            }
            default: ADD_FAILURE() << "filter " << filter; return out;
            }
            row[x] = std::uint8_t(in[x] + predicted);
        }
    }
    return out;
}

} // namespace

TEST(PngWriter, APictureComesBackPixelForPixel)
{
    const int width = 37, height = 23; // odd sizes: no row happens to align
    std::vector<std::uint8_t> rgb(3 * width * height);
    for (std::size_t i = 0; i < rgb.size(); ++i)
        rgb[i] = i % 3 == 0 ? std::uint8_t(i * 7) : (i % 3 == 1 ? std::uint8_t(255 - i) : std::uint8_t((noise(i) + 1) * 127.5));
    const QString path = QDir(test::makeTempDir()).filePath(QStringLiteral("round_trip.png"));
    QString error;
    ASSERT_TRUE(volume::writeRgbPng(path, width, height, rgb, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const DecodedPng decoded = decodePng(file.readAll());
    EXPECT_EQ(decoded.chunks, (QStringList{"IHDR", "IDAT", "IEND"}));
    EXPECT_EQ(decoded.width, width);
    EXPECT_EQ(decoded.height, height);
    EXPECT_EQ(decoded.rgb, rgb);
}

TEST(PngWriter, ARenderedFaceComesBackPixelForPixel)
{
    const volume::RenderedImage front = volume::renderSkin(axialCt(), axialCtMask(), frontFraming());
    const QByteArray png = volume::encodeRgbPng(front.width, front.height, front.rgb);
    EXPECT_LT(png.size(), qsizetype(front.rgb.size() / 2)) << "compressed";
    const DecodedPng decoded = decodePng(png);
    EXPECT_EQ(decoded.rgb, front.rgb);
}

TEST(PngWriter, BadInputIsRefusedWithAReason)
{
    EXPECT_TRUE(volume::encodeRgbPng(2, 2, std::vector<std::uint8_t>(11)).isEmpty());
    QString error;
    EXPECT_FALSE(volume::writeRgbPng(QDir(test::makeTempDir()).filePath(QStringLiteral("x.png")), 0, 0, {}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(volume::writeRgbPng(QStringLiteral("/nonexistent-folder/x.png"), 1, 1, {1, 2, 3}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nonexistent-folder")));
}

// ---------------------------------------------------------------------------------------
// Timing on a full-size CT (512x512x300). Not run by default: building the synthetic volume
// alone takes seconds. Run with --gtest_also_run_disabled_tests to measure.

TEST(FaceVolumeTiming, DISABLED_A512x512x300Ct)
{
    Grid g = gridCovering({1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0.48, 0.48, 0.95});
    g.width = g.height = 512;
    g.depth = 300;
    const Volume ct = ctHead(g);
    // Wall-clock and processor time: on a shared machine the first depends on the neighbours.
    struct Stopwatch {
        std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
        std::clock_t cpu = std::clock();
        void lap(const char* what)
        {
            const auto wallNow = std::chrono::steady_clock::now();
            const std::clock_t cpuNow = std::clock();
            std::printf("%s: %.0f ms (processor %.0f ms)\n", what,
                        std::chrono::duration<double, std::milli>(wallNow - wall).count(),
                        1000.0 * double(cpuNow - cpu) / CLOCKS_PER_SEC);
            wall = wallNow, cpu = cpuNow;
        }
    } watch;
    const volume::SkinMask mask = volume::makeSkinMask(ct);
    watch.lap("skin mask");
    const volume::FaceSide face = volume::findFaceSide(ct, mask);
    watch.lap("face side");
    const volume::RenderedImage front = volume::renderSkin(ct, mask);
    watch.lap("render 512x512");
    volume::RenderOptions single;
    single.threads = 1;
    const volume::RenderedImage front1 = volume::renderSkin(ct, mask, single);
    watch.lap("render 512x512 on one thread");
    const QByteArray png = volume::encodeRgbPng(front.width, front.height, front.rgb);
    watch.lap("PNG");
    EXPECT_TRUE(face.confirmed);
    EXPECT_LT(distance(face.noseTip, kPlantedNoseTip), 2.0);
    savePicture(front, QStringLiteral("synthetic_ct_512x512x300_front.png"));
    EXPECT_EQ(front.rgb, front1.rgb);
    EXPECT_FALSE(png.isEmpty());
}
