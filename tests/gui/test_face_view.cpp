// The 3D face (issue 5): the skin surface of a synthetic head (an ellipsoid of soft tissue in
// air, a nose on the anterior side, a head rest under it) in patient millimetres, its picture
// from the front and turned, the widget turned with the mouse and the keys, the real heads of
// the shared data, and the widget without a display. Pictures are left in the build folder
// for a person to look at.
//
// VTK draws through X (GLX): the tests that draw skip without a display; ctest runs under
// xvfb-run (scripts/test.sh). Qt itself stays on its offscreen platform.
#include "media/DiscScanner.h"
#include "support/TestData.h"
#include "viewer/FaceView.h"
#include "viewer/HeadSurface.h"
#include "volume/SkinMask.h"
#include "volume/VolumeBuilder.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <vtkDataArray.h>
#include <vtkPointData.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using scanshield::viewer::buildHeadSurface;
using scanshield::viewer::FaceView;
using scanshield::viewer::HeadSurface;
using scanshield::viewer::HeadSurfaceControl;
using scanshield::viewer::HeadSurfaceOptions;
using scanshield::volume::Vec3;
using scanshield::volume::Volume;

namespace {

QString outputPath(const QString& name)
{
    return QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(name);
}

// The head, in patient mm (LPS): the centre, the half-axes of the ellipsoid, and a nose on the
// anterior (-y) side, a little below the middle, 20 mm out of the face.
constexpr Vec3 kCentre{0.0, -10.0, 20.0};
constexpr Vec3 kHalfAxes{75.0, 95.0, 105.0};
constexpr Vec3 kNoseCentre{0.0, kCentre[1] - kHalfAxes[1] + 2.0, kCentre[2] - 15.0};
constexpr Vec3 kNoseHalfAxes{12.0, 22.0, 26.0};
constexpr double kNoseTipY = kNoseCentre[1] - kNoseHalfAxes[1];
// The head rest: a plastic board under the back of the head, apart from it.
constexpr double kRestTopY = kCentre[1] + kHalfAxes[1] + 12.0;
constexpr double kRestThickness = 8.0;
constexpr double kRestHalfWidth = 60.0;

// 0 outside, 1 inside, with a 1 mm soft edge (partial volume), so the surface is where the
// ellipsoid is, not where the voxels' corners happen to fall.
double insideEllipsoid(const Vec3& p, const Vec3& centre, const Vec3& half)
{
    double r2 = 0.0;
    for (int a = 0; a < 3; ++a)
        r2 += (p[a] - centre[a]) * (p[a] - centre[a]) / (half[a] * half[a]);
    const double distanceMm = (std::sqrt(r2) - 1.0) * std::min({half[0], half[1], half[2]});
    return std::clamp(0.5 - distanceMm, 0.0, 1.0);
}

struct Grid {
    int width, height, depth;
    Vec3 spacing;
    Vec3 origin;
    Vec3 rowDirection{1, 0, 0}, columnDirection{0, 1, 0}, sliceDirection{0, 0, 1};
};

// A CT-like head: 40 HU tissue, -1000 HU air, the head rest at 200 HU. `mr`: values 15 in air
// and 400 in the head instead, as an MRI's.
std::shared_ptr<Volume> syntheticHead(const Grid& grid, bool nose = true, bool mr = false)
{
    auto volume = std::make_shared<Volume>();
    volume->width = grid.width;
    volume->height = grid.height;
    volume->depth = grid.depth;
    volume->spacing = grid.spacing;
    volume->origin = grid.origin;
    volume->rowDirection = grid.rowDirection;
    volume->columnDirection = grid.columnDirection;
    volume->sliceDirection = grid.sliceDirection;
    volume->modality = mr ? QStringLiteral("MR") : QStringLiteral("CT");
    volume->values.resize(std::size_t(grid.width) * grid.height * grid.depth);
    const double air = mr ? 15.0 : -1000.0, tissue = mr ? 400.0 : 40.0;
    for (int k = 0; k < grid.depth; ++k)
        for (int j = 0; j < grid.height; ++j)
            for (int i = 0; i < grid.width; ++i) {
                const Vec3 p = volume->toPatient(i, j, k);
                double inside = insideEllipsoid(p, kCentre, kHalfAxes);
                if (nose)
                    inside = std::max(inside, insideEllipsoid(p, kNoseCentre, kNoseHalfAxes));
                double value = air + inside * (tissue - air);
                if (!mr && std::abs(p[0]) < kRestHalfWidth && p[1] > kRestTopY && p[1] < kRestTopY + kRestThickness)
                    value = 200.0;
                volume->values[volume->indexOf(i, j, k)] = std::int16_t(std::lround(value));
            }
    return volume;
}

// 1 mm voxels around the head: 256 x 256 x 240, axial slices from the feet up.
Grid standardGrid()
{
    return Grid{256, 256, 240, {1.0, 1.0, 1.0}, {-128.0, -140.0, -100.0}};
}

// The same space stored the other way round: slices from the head down, rows from the back
// to the front (a left-handed set of axes, which flips the triangles' winding).
Grid reversedGrid()
{
    Grid grid = standardGrid();
    grid.origin = {-128.0, 115.0, 139.0};
    grid.columnDirection = {0, -1, 0};
    grid.sliceDirection = {0, 0, -1};
    return grid;
}

const std::shared_ptr<Volume>& headWithNose()
{
    static const std::shared_ptr<Volume> volume = syntheticHead(standardGrid(), true);
    return volume;
}

const std::shared_ptr<Volume>& headWithoutNose()
{
    static const std::shared_ptr<Volume> volume = syntheticHead(standardGrid(), false);
    return volume;
}

const HeadSurface& surfaceWithNose()
{
    static const HeadSurface surface = buildHeadSurface(*headWithNose());
    return surface;
}

// The share of points whose normal points away from the head's centre.
double outwardShare(const HeadSurface& surface)
{
    vtkPolyData* poly = surface.polyData;
    vtkDataArray* normals = poly->GetPointData()->GetNormals();
    if (!normals)
        return 0.0;
    vtkIdType outward = 0;
    for (vtkIdType id = 0; id < poly->GetNumberOfPoints(); ++id) {
        double p[3], n[3];
        poly->GetPoint(id, p);
        normals->GetTuple(id, n);
        if ((p[0] - kCentre[0]) * n[0] + (p[1] - kCentre[1]) * n[1] + (p[2] - kCentre[2]) * n[2] > 0.0)
            ++outward;
    }
    return double(outward) / poly->GetNumberOfPoints();
}

void expectHeadBounds(const HeadSurface& surface)
{
    double b[6];
    surface.polyData->GetBounds(b);
    constexpr double kToleranceMm = 2.5;
    EXPECT_NEAR(b[0], kCentre[0] - kHalfAxes[0], kToleranceMm);
    EXPECT_NEAR(b[1], kCentre[0] + kHalfAxes[0], kToleranceMm);
    EXPECT_NEAR(b[2], kNoseTipY, kToleranceMm); // the nose is the most anterior point
    EXPECT_NEAR(b[3], kCentre[1] + kHalfAxes[1], kToleranceMm); // the head rest is left out
    EXPECT_NEAR(b[4], kCentre[2] - kHalfAxes[2], kToleranceMm);
    EXPECT_NEAR(b[5], kCentre[2] + kHalfAxes[2], kToleranceMm);
}

bool needsDisplay()
{
    return !FaceView::displayAvailable();
}

#define SKIP_WITHOUT_DISPLAY()                                                                     \
    if (needsDisplay())                                                                            \
    GTEST_SKIP() << "VTK draws through an X display with GLX; run under xvfb-run (scripts/test.sh)"

QColor backgroundOf(const QImage& image)
{
    return image.pixelColor(1, 1);
}

bool differs(const QColor& a, const QColor& b, int by)
{
    return std::abs(a.red() - b.red()) > by || std::abs(a.green() - b.green()) > by || std::abs(a.blue() - b.blue()) > by;
}

// Pixels that are not the background.
int headPixels(const QImage& image)
{
    const QColor background = backgroundOf(image);
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (differs(image.pixelColor(x, y), background, 12))
                ++count;
    return count;
}

struct Silhouette {
    QRect box;           // around the head's pixels
    int leftmostRow = -1; // the row where the head reaches furthest left (the middle one if several)
};

Silhouette silhouetteOf(const QImage& image)
{
    const QColor background = backgroundOf(image);
    Silhouette silhouette;
    int left = image.width(), firstRow = -1, lastRow = -1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (differs(image.pixelColor(x, y), background, 12)) {
                silhouette.box |= QRect(x, y, 1, 1);
                if (x < left) {
                    left = x;
                    firstRow = lastRow = y;
                } else if (x == left) {
                    lastRow = y;
                }
                break; // the rest of the row is further right
            }
    for (int y = 0; y < image.height(); ++y)
        for (int x = image.width() - 1; x >= 0; --x)
            if (differs(image.pixelColor(x, y), background, 12)) {
                silhouette.box |= QRect(x, y, 1, 1);
                break;
            }
    silhouette.leftmostRow = (firstRow + lastRow) / 2;
    return silhouette;
}

struct Difference {
    int pixels = 0;
    QPointF centroid;
    QImage picture; // changed pixels white, for a person to look at

    int pixelsIn(const QRect& box) const
    {
        int count = 0;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                count += qGray(picture.pixel(x, y)) > 0 ? 1 : 0;
        return count;
    }
};

Difference differenceOf(const QImage& a, const QImage& b)
{
    Difference difference;
    difference.picture = QImage(a.size(), QImage::Format_Grayscale8);
    difference.picture.fill(0);
    double sx = 0.0, sy = 0.0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (differs(a.pixelColor(x, y), b.pixelColor(x, y), 20)) {
                ++difference.pixels;
                sx += x;
                sy += y;
                difference.picture.setPixel(x, y, 0xffffffff);
            }
    if (difference.pixels)
        difference.centroid = QPointF(sx / difference.pixels, sy / difference.pixels);
    return difference;
}

void drag(QWidget& widget, QPoint from, QPoint to)
{
    QTest::mousePress(&widget, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(&widget, (from + to) / 2);
    QTest::mouseMove(&widget, to);
    QTest::mouseRelease(&widget, Qt::LeftButton, Qt::NoModifier, to);
}

void sendWheel(QWidget& widget, int angle)
{
    const QPointF pos(widget.width() / 2.0, widget.height() / 2.0);
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

constexpr const char* kChildVariable = "SCANSHIELD_FACE_VIEW_CHILD";

} // namespace

TEST(HeadSurface, HasTrianglesAndTheHeadsBoundsInPatientMillimetres)
{
    const HeadSurface& surface = surfaceWithNose();
    ASSERT_FALSE(surface.isEmpty()) << surface.problem.toStdString();
    EXPECT_TRUE(surface.problem.isEmpty());
    EXPECT_EQ(surface.threshold, -500.0);
    EXPECT_GT(surface.triangleCount(), 20000);
    EXPECT_LE(surface.triangleCount(), 400000);
    expectHeadBounds(surface);
    EXPECT_GT(outwardShare(surface), 0.98);
}

TEST(HeadSurface, HasALighterCopyOfTheSameHeadForTurning)
{
    const HeadSurface& surface = surfaceWithNose();
    ASSERT_TRUE(surface.preview);
    const long long previewTriangles = surface.preview->GetNumberOfPolys();
    EXPECT_GT(previewTriangles, 40000);
    EXPECT_LT(previewTriangles, 110000);
    EXPECT_LT(previewTriangles * 2, surface.triangleCount());
    double fine[6], light[6];
    surface.polyData->GetBounds(fine);
    surface.preview->GetBounds(light);
    for (int n = 0; n < 6; ++n)
        EXPECT_NEAR(light[n], fine[n], 3.0) << "bound " << n;
    HeadSurface previewOnly;
    previewOnly.polyData = surface.preview;
    EXPECT_GT(outwardShare(previewOnly), 0.95);
}

TEST(HeadSurface, IsTheSameHeadWhenTheVolumeIsStoredUpsideDown)
{
    const HeadSurface surface = buildHeadSurface(*syntheticHead(reversedGrid()));
    ASSERT_FALSE(surface.isEmpty()) << surface.problem.toStdString();
    expectHeadBounds(surface);
    EXPECT_GT(outwardShare(surface), 0.98); // the flipped winding was caught
}

TEST(HeadSurface, FineVoxelsAreAveragedAndTheBudgetHolds)
{
    // 0.5 mm voxels: averaged in 2 x 2 x 2 blocks first; a tight budget makes it coarser still.
    Grid fine{320, 320, 300, {0.5, 0.5, 0.5}, {-80.0, -120.0, -50.0}};
    const auto volume = syntheticHead(fine);
    const HeadSurface surface = buildHeadSurface(*volume);
    ASSERT_FALSE(surface.isEmpty());
    EXPECT_EQ(surface.blockSize, (std::array<int, 3>{2, 2, 2}));

    HeadSurfaceOptions tight;
    tight.maxTriangles = 15000;
    const HeadSurface coarse = buildHeadSurface(*volume, tight);
    ASSERT_FALSE(coarse.isEmpty());
    EXPECT_LE(coarse.triangleCount(), 15000);
    EXPECT_GT(coarse.blockSize[0], 2);
}

TEST(HeadSurface, StopsWhenCancelled)
{
    std::atomic<bool> cancel{true};
    HeadSurfaceControl control;
    control.cancel = &cancel;
    const HeadSurface surface = buildHeadSurface(*headWithNose(), {}, control);
    EXPECT_TRUE(surface.cancelled);
    EXPECT_TRUE(surface.isEmpty());
    EXPECT_FALSE(surface.problem.isEmpty());
}

TEST(HeadSurface, ReportsProgressUpToTheEnd)
{
    std::vector<double> reported;
    HeadSurfaceControl control;
    control.progress = [&](double fraction) { reported.push_back(fraction); };
    Grid small{96, 96, 96, {2.5, 2.5, 2.5}, {-120.0, -130.0, -100.0}};
    const HeadSurface surface = buildHeadSurface(*syntheticHead(small), {}, control);
    ASSERT_FALSE(surface.isEmpty());
    ASSERT_GE(reported.size(), 4u);
    EXPECT_TRUE(std::is_sorted(reported.begin(), reported.end()));
    EXPECT_EQ(reported.back(), 1.0);
}

TEST(HeadSurface, FindsTheSkinOfAnMriWithoutBeingToldTheThreshold)
{
    const auto mr = syntheticHead(standardGrid(), true, true);
    const double threshold = scanshield::volume::skinThreshold(*mr);
    EXPECT_GT(threshold, 20.0);  // above the air (15)...
    EXPECT_LT(threshold, 350.0); // ...well below the head (400)
    const HeadSurface surface = buildHeadSurface(*mr);
    ASSERT_FALSE(surface.isEmpty());
    expectHeadBounds(surface);
}

TEST(HeadSurface, SaysWhyWhenThereIsNoHead)
{
    Grid grid{64, 64, 64, {2.0, 2.0, 2.0}, {0, 0, 0}};
    auto empty = std::make_shared<Volume>();
    *empty = *syntheticHead(grid);
    std::fill(empty->values.begin(), empty->values.end(), std::int16_t(-1000));
    const HeadSurface surface = buildHeadSurface(*empty);
    EXPECT_TRUE(surface.isEmpty());
    EXPECT_FALSE(surface.problem.isEmpty());
    EXPECT_FALSE(buildHeadSurface(Volume{}).problem.isEmpty());
}

TEST(FaceView, DrawsTheFaceFromTheFrontWithTheNoseInTheMiddle)
{
    SKIP_WITHOUT_DISPLAY();
    FaceView withNose;
    withNose.setSurface(surfaceWithNose());
    FaceView withoutNose;
    withoutNose.setSurface(buildHeadSurface(*headWithoutNose()));
    const QSize size(480, 480);

    const QImage front = withNose.renderToImage(size, 0.0);
    ASSERT_FALSE(front.isNull());
    ASSERT_EQ(front.size(), size);
    front.save(outputPath("face_view_front.png"));
    // The head fills a good part of the picture, centred.
    const double share = double(headPixels(front)) / (size.width() * size.height());
    EXPECT_GT(share, 0.25);
    EXPECT_LT(share, 0.9);

    // The nose fills the middle of the face with its own shading. (The outline of the head
    // changes a little too: each head is framed to fit, and the nose makes this one deeper.)
    const QImage noNoseFront = withoutNose.renderToImage(size, 0.0);
    noNoseFront.save(outputPath("face_view_front_without_nose.png"));
    const Difference nose = differenceOf(front, noNoseFront);
    nose.picture.save(outputPath("face_view_front_nose_difference.png"));
    const QRect middle(size.width() * 35 / 100, size.height() * 35 / 100, size.width() * 30 / 100,
                       size.height() * 40 / 100);
    const QRect cheek(size.width() * 24 / 100, middle.top(), size.width() * 9 / 100, middle.height());
    const double middleShare = double(nose.pixelsIn(middle)) / (middle.width() * middle.height());
    const double cheekShare = double(nose.pixelsIn(cheek)) / (cheek.width() * cheek.height());
    EXPECT_GT(middleShare, 0.1);
    EXPECT_GT(middleShare, 5.0 * cheekShare);
    EXPECT_NEAR(nose.centroid.x(), size.width() / 2.0, size.width() * 0.05);
    EXPECT_NEAR(nose.centroid.y(), size.height() / 2.0, size.height() * 0.15);
    const Difference control = differenceOf(noNoseFront, withoutNose.renderToImage(size, 0.0));
    EXPECT_EQ(control.pixelsIn(middle), 0);

    // From the side the nose sticks out of the profile, on the face's side (the left of the
    // picture when the camera is at the patient's left), a little below the middle. Each head
    // is framed to fit, so shapes are compared, not sizes.
    const QImage side = withNose.renderToImage(size, 90.0);
    side.save(outputPath("face_view_left_side.png"));
    const QImage noNoseSide = withoutNose.renderToImage(size, 90.0);
    noNoseSide.save(outputPath("face_view_left_side_without_nose.png"));
    const Silhouette profile = silhouetteOf(side), noNoseProfile = silhouetteOf(noNoseSide);
    EXPECT_GT(profile.box.width() / double(profile.box.height()),
              noNoseProfile.box.width() / double(noNoseProfile.box.height()) + 0.05);
    EXPECT_GT(profile.leftmostRow, size.height() / 2 + 5);
    EXPECT_LT(profile.leftmostRow, size.height() / 2 + 60);
}

TEST(FaceView, TurningTheHeadChangesThePicture)
{
    SKIP_WITHOUT_DISPLAY();
    FaceView view;
    view.setSurface(surfaceWithNose());
    const QSize size(320, 320);
    const QImage front = view.renderToImage(size, 0.0);
    const QImage turned = view.renderToImage(size, 40.0);
    const QImage again = view.renderToImage(size, 0.0);
    turned.save(outputPath("face_view_turned_40.png"));
    front.save(outputPath("face_view_turned_0.png"));
    again.save(outputPath("face_view_turned_0_again.png"));
    EXPECT_GT(differenceOf(front, turned).pixels, size.width() * size.height() / 20);
    EXPECT_EQ(differenceOf(front, again).pixels, 0); // the same angle, the same picture
}

TEST(FaceView, BuildsOffTheGuiThreadThenTurnsWithTheMouseAndTheKeys)
{
    SKIP_WITHOUT_DISPLAY();
    FaceView view;
    view.resize(560, 520);
    view.show();
    QSignalSpy states(&view, &FaceView::stateChanged);
    view.setVolume(headWithNose());
    EXPECT_EQ(view.state(), FaceView::State::Building);
    EXPECT_TRUE(view.message().contains("Building the 3D picture of your head"));
    view.grab().save(outputPath("face_view_widget_building.png"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.state() != FaceView::State::Building; }, 60000));
    ASSERT_EQ(view.state(), FaceView::State::Ready) << view.message().toStdString();
    EXPECT_EQ(view.progress(), 1.0);
    EXPECT_GT(view.triangleCount(), 20000);
    EXPECT_GE(states.count(), 2);

    const QImage first = view.grab().toImage();
    first.save(outputPath("face_view_widget_front.png"));
    EXPECT_EQ(view.azimuth(), 0.0);

    // While the button is down the lighter copy turns; on release the whole surface is back.
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, {200, 200});
    QTest::mouseMove(&view, {250, 210});
    QTest::mouseMove(&view, {300, 220});
    EXPECT_TRUE(view.isTurning());
    const QImage turning = view.grab().toImage();
    turning.save(outputPath("face_view_widget_turning_preview.png"));
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, {300, 220});
    EXPECT_FALSE(view.isTurning());
    EXPECT_NEAR(view.azimuth(), -50.0, 1e-9); // dragged right: the face turns to the right
    EXPECT_NEAR(view.elevation(), 10.0, 1e-9);
    const QImage dragged = view.grab().toImage();
    dragged.save(outputPath("face_view_widget_dragged.png"));
    EXPECT_GT(differenceOf(first, dragged).pixels, 5000);
    const int previewDifference = differenceOf(turning, dragged).pixels;
    EXPECT_LT(previewDifference, dragged.width() * dragged.height() / 10); // the same head, lighter

    // Many small drags in a row, as a real hand makes, a whole turn and more.
    QTest::mousePress(&view, Qt::LeftButton, Qt::NoModifier, {100, 260});
    for (int x = 100; x <= 500; x += 16) {
        QTest::mouseMove(&view, {x, 260});
        view.repaint();
    }
    QTest::mouseRelease(&view, Qt::LeftButton, Qt::NoModifier, {500, 260});
    EXPECT_NEAR(view.azimuth(), -50.0 - 200.0 + 360.0, 1e-9);

    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Home);
    EXPECT_EQ(view.azimuth(), 0.0);
    EXPECT_EQ(view.elevation(), 0.0);
    QTest::keyClick(&view, Qt::Key_Left);
    EXPECT_EQ(view.azimuth(), 15.0);
    QTest::keyClick(&view, Qt::Key_Down);
    EXPECT_EQ(view.elevation(), 10.0);
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(&view, Qt::Key_Up);
    EXPECT_EQ(view.elevation(), -85.0); // never over the top
    view.grab().toImage().save(outputPath("face_view_widget_from_below.png"));

    sendWheel(view, 240);
    EXPECT_NEAR(view.zoom(), 1.15 * 1.15, 1e-9);
    QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, {200, 200});
    EXPECT_EQ(view.azimuth(), 0.0);
    EXPECT_EQ(view.zoom(), 1.0);
    EXPECT_EQ(differenceOf(first, view.grab().toImage()).pixels, 0);
}

TEST(FaceView, ReplacingTheVolumeCancelsTheBuildBeforeIt)
{
    SKIP_WITHOUT_DISPLAY();
    FaceView view;
    view.setVolume(headWithNose());
    view.setVolume(headWithoutNose());
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.state() != FaceView::State::Building; }, 60000));
    ASSERT_EQ(view.state(), FaceView::State::Ready);
    // The head shown is the second one: its profile has no nose.
    FaceView second;
    second.setSurface(buildHeadSurface(*headWithoutNose()));
    const QImage shown = view.renderToImage({200, 200}, 90.0);
    ASSERT_FALSE(shown.isNull());
    EXPECT_LT(differenceOf(shown, second.renderToImage({200, 200}, 90.0)).pixels, 20);
    view.clear();
    EXPECT_EQ(view.state(), FaceView::State::Empty);
    EXPECT_TRUE(view.renderToImage({200, 200}, 0.0).isNull());
}

TEST(FaceView, StopsBuildingWhenCancelledOrClosed)
{
    SKIP_WITHOUT_DISPLAY();
    FaceView view;
    view.setVolume(headWithNose());
    view.cancelBuild();
    EXPECT_EQ(view.state(), FaceView::State::Empty);
    EXPECT_TRUE(view.message().contains("stopped")) << view.message().toStdString();
    QTest::qWait(1500); // longer than the build: its result, if any, must not show up
    EXPECT_EQ(view.state(), FaceView::State::Empty);

    // A window closed while its head is being built: the build ends on its own, unseen.
    auto* closing = new FaceView;
    closing->setVolume(headWithNose());
    delete closing;
    QTest::qWait(1500);
}

// The real heads of the shared data (a Siemens MPRAGE with the whole face, a tilted GE head CT
// that ends in the middle of the nose), built by the volume builder as the window will, seen
// from the front and from the left. Tall, upright, and not the box of the volume.
TEST(FaceView, DrawsTheRealHeadsOfTheSharedData)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    SKIP_WITHOUT_DISPLAY();
    const QString path = scanshield::test::sharedData(QStringLiteral("head_volumes"));
    const scanshield::media::ScanResult scan = scanshield::media::DiscScanner().scan(path);
    QString error;
    const std::unique_ptr<scanshield::media::DiscSource> source = scanshield::media::openDiscSource(path, error);
    ASSERT_TRUE(source) << error.toStdString();
    int heads = 0;
    for (const auto& patient : scan.index.patients)
        for (const auto& study : patient.studies)
            for (const auto& series : study.series) {
                const scanshield::volume::VolumeBuildResult built = scanshield::volume::VolumeBuilder().build(series, *source);
                if (!built.ok())
                    continue;
                SCOPED_TRACE(series.modality.toStdString());
                ++heads;
                const HeadSurface surface = buildHeadSurface(built.volume);
                ASSERT_FALSE(surface.isEmpty()) << surface.problem.toStdString();
                EXPECT_LE(surface.triangleCount(), 400000);
                double b[6];
                surface.polyData->GetBounds(b);
                EXPECT_GT(b[5] - b[4], 60.0); // mm from the lowest slice to the top of the head

                FaceView view;
                view.setSurface(surface);
                const QImage front = view.renderToImage({400, 400}, 0.0);
                const QImage side = view.renderToImage({400, 400}, 90.0);
                front.save(outputPath(QStringLiteral("face_view_real_%1_front.png").arg(series.modality)));
                side.save(outputPath(QStringLiteral("face_view_real_%1_left.png").arg(series.modality)));
                EXPECT_GT(headPixels(front), 400 * 400 / 6);
                EXPECT_GT(headPixels(side), 400 * 400 / 6);

                // With the face pass's own mask, made on the full grid: the same head.
                const HeadSurface withMask = buildHeadSurface(built.volume, scanshield::volume::makeSkinMask(built.volume));
                ASSERT_FALSE(withMask.isEmpty()) << withMask.problem.toStdString();
                double m[6];
                withMask.polyData->GetBounds(m);
                for (int n = 0; n < 6; ++n)
                    EXPECT_NEAR(m[n], b[n], 15.0) << "bound " << n;
                view.setSurface(withMask);
                view.renderToImage({400, 400}, 0.0).save(
                    outputPath(QStringLiteral("face_view_real_%1_front_face_pass_mask.png").arg(series.modality)));
            }
    EXPECT_EQ(heads, 2);
}

// Without a display, VTK would abort the process as soon as it opened a window. The widget must
// say so instead: checked in a child process started without DISPLAY, so nothing drawn before
// in this process can hide an abort.
TEST(FaceView, SaysItNeedsADisplayWhenThereIsNone)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");
    environment.remove("WAYLAND_DISPLAY");
    environment.insert(kChildVariable, "1");
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=FaceViewWithoutDisplay.*")});
    ASSERT_TRUE(child.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(child.readAll());
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit) << output.toStdString();
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains("[  PASSED  ] 1 test")) << output.toStdString();
}

// Runs only as the child of the test above.
TEST(FaceViewWithoutDisplay, ShowsWordsInsteadOfAborting)
{
    if (qEnvironmentVariableIsEmpty(kChildVariable))
        GTEST_SKIP() << "run by FaceView.SaysItNeedsADisplayWhenThereIsNone in a process without DISPLAY";
    ASSERT_TRUE(qEnvironmentVariableIsEmpty("DISPLAY"));
    QString why;
    EXPECT_FALSE(FaceView::displayAvailable(&why));
    EXPECT_TRUE(why.contains("needs a graphics display"));

    FaceView view;
    view.resize(480, 360);
    view.show();
    view.setVolume(headWithNose());
    EXPECT_EQ(view.state(), FaceView::State::NoDisplay);
    EXPECT_TRUE(view.message().contains("needs a graphics display")) << view.message().toStdString();
    EXPECT_TRUE(view.message().contains("rebuild a picture of your face"));
    view.setSurface(surfaceWithNose());
    EXPECT_EQ(view.state(), FaceView::State::NoDisplay);
    EXPECT_TRUE(view.renderToImage({200, 200}, 0.0).isNull());
    drag(view, {100, 100}, {200, 120});
    QTest::keyClick(&view, Qt::Key_Left);
    view.grab().save(outputPath("face_view_no_display.png"));
}
