// The slice viewer with real pictures: a 28-slice head CT (single-frame files), a colour
// ultrasound, an MR with overlay drawings and a multi-frame MR, driven by wheel, keys and drags
// as a person would. Pictures of the widget are left in the build folder for a person to look at.
#include "support/TestData.h"
#include "viewer/SliceView.h"
#include "viewer/WindowLevel.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <atomic>
#include <set>

using scanshield::pixels::DecodedFrame;
using scanshield::pixels::DicomImageFile;
using scanshield::test::sharedData;
using scanshield::viewer::SliceView;
using scanshield::viewer::Window;
using scanshield::viewer::WindowPreset;

namespace {

QString outputPath(const QString& name)
{
    return QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(name);
}

std::vector<DicomImageFile> openAll(const QString& folder)
{
    std::vector<DicomImageFile> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name))
        files.push_back(DicomImageFile::open(dir.filePath(name)));
    return files;
}

bool waitUntilShown(SliceView& view, int index, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return view.currentIndex() == index && view.isCurrentFrameShown(); }, timeoutMs);
}

void sendWheel(QWidget& widget, int angle, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPointF pos(widget.width() / 2.0, widget.height() / 2.0);
    QWheelEvent event(pos, widget.mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &event);
}

void drag(QWidget& widget, Qt::MouseButton button, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(&widget, button, modifiers, from);
    const QPoint middle = (from + to) / 2;
    QTest::mouseMove(&widget, middle);
    QTest::mouseMove(&widget, to);
    QTest::mouseRelease(&widget, button, modifiers, to);
}

// Share of sampled pixels whose colour channels differ clearly.
double colourfulShare(const QImage& image)
{
    int colourful = 0, total = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            ++total;
            if (std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 30)
                ++colourful;
        }
    return total ? double(colourful) / total : 0.0;
}

// Pixels tinted towards the overlay colour (yellow: much more red than blue). Grey pictures
// have none; scaling blends overlay lines with their neighbours but keeps the tint.
int countOverlayTinted(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qRed(p) - qBlue(p) > 80 && qGreen(p) - qBlue(p) > 60)
                ++n;
        }
    return n;
}

int distinctGreys(const QImage& image, QRect area)
{
    std::set<int> greys;
    for (int y = area.top(); y <= area.bottom(); y += 2)
        for (int x = area.left(); x <= area.right(); x += 2)
            greys.insert(qGray(image.pixel(x, y)));
    return int(greys.size());
}

} // namespace

// --- the pure window functions --------------------------------------------------------------

TEST(WindowLevel, LinearWindowFollowsTheStandard)
{
    const Window brain{40, 80};
    EXPECT_EQ(scanshield::viewer::windowedGrey(-1000, brain), 0);
    EXPECT_EQ(scanshield::viewer::windowedGrey(0, brain), 0);
    EXPECT_EQ(scanshield::viewer::windowedGrey(40, brain), 129); // ((40-39.5)/79 + 0.5) * 255
    EXPECT_EQ(scanshield::viewer::windowedGrey(80, brain), 255);
    EXPECT_EQ(scanshield::viewer::windowedGrey(3000, brain), 255);
    EXPECT_LT(scanshield::viewer::windowedGrey(20, brain), scanshield::viewer::windowedGrey(60, brain));
}

TEST(WindowLevel, PresetsAreTheUsualCtWindows)
{
    const DecodedFrame none;
    EXPECT_EQ(scanshield::viewer::presetWindow(WindowPreset::Brain, none), (Window{40, 80}));
    EXPECT_EQ(scanshield::viewer::presetWindow(WindowPreset::Lung, none), (Window{-600, 1500}));
    EXPECT_EQ(scanshield::viewer::presetWindow(WindowPreset::Bone, none), (Window{400, 1800}));
    EXPECT_EQ(scanshield::viewer::presetWindow(WindowPreset::SoftTissue, none), (Window{50, 400}));
    DecodedFrame frame;
    frame.minValue = -1000;
    frame.maxValue = 3000;
    frame.defaultWindowCenter = 35;
    frame.defaultWindowWidth = 100;
    EXPECT_EQ(scanshield::viewer::presetWindow(WindowPreset::Default, frame), (Window{35, 100}));
    EXPECT_EQ(scanshield::viewer::presetWindow(WindowPreset::FullRange, frame), (Window{1000, 4000}));
    for (const WindowPreset preset : scanshield::viewer::allWindowPresets())
        EXPECT_FALSE(scanshield::viewer::windowPresetName(preset).isEmpty());
}

TEST(WindowLevel, RenderingInvertsMonochrome1AndDrawsOverlays)
{
    DecodedFrame frame;
    frame.width = 2;
    frame.height = 1;
    frame.values = {0.0f, 100.0f};
    frame.minValue = 0;
    frame.maxValue = 100;
    const Window window{50, 100};
    QImage normal = scanshield::viewer::renderFrame(frame, window);
    ASSERT_EQ(normal.size(), QSize(2, 1));
    EXPECT_EQ(qGray(normal.pixel(0, 0)), 0);
    EXPECT_EQ(qGray(normal.pixel(1, 0)), 255);

    frame.invertedGrayscale = true; // MONOCHROME1: low values are white
    const QImage inverted = scanshield::viewer::renderFrame(frame, window);
    EXPECT_EQ(qGray(inverted.pixel(0, 0)), 255);
    EXPECT_EQ(qGray(inverted.pixel(1, 0)), 0);

    frame.overlay = {1, 0};
    const QImage withOverlay = scanshield::viewer::renderFrame(frame, window);
    EXPECT_EQ(withOverlay.pixel(0, 0), scanshield::viewer::overlayColor().rgb());
    EXPECT_EQ(scanshield::viewer::renderFrame(frame, window, false).pixel(0, 0), inverted.pixel(0, 0));

    EXPECT_TRUE(scanshield::viewer::renderFrame(DecodedFrame{}, window).isNull());
    EXPECT_EQ(scanshield::viewer::windowText(Window{40, 80}), QStringLiteral("40/80"));
    EXPECT_EQ(scanshield::viewer::windowText(Window{0.001, 0.002}), QStringLiteral("0.001/0.002"));
}

// --- the widget --------------------------------------------------------------------------------

TEST(SliceView, BrowsesAHeadCtWithWheelKeysAndDrags)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    int count = 0;
    auto loader = SliceView::loaderForFiles(openAll(sharedData(QStringLiteral("head_volumes/ge_hispeed_head_ct_gantry_tilt"))), &count);
    ASSERT_EQ(count, 28);

    SliceView view;
    view.resize(512, 512);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy indexSpy(&view, &SliceView::currentIndexChanged);
    QSignalSpy windowSpy(&view, &SliceView::windowChanged);
    view.setFrames(count, loader);
    ASSERT_TRUE(waitUntilShown(view, 0));

    // Accessible to keyboards and screen readers.
    EXPECT_EQ(view.focusPolicy(), Qt::StrongFocus);
    EXPECT_FALSE(view.accessibleName().isEmpty());
    EXPECT_EQ(view.accessibleDescription(), view.statusText());

    // The window stored in these files (35/100 HU), said in plain words.
    EXPECT_EQ(view.window(), (Window{35, 100}));
    EXPECT_EQ(view.statusText(), QStringLiteral("Image 1 of 28 · Brightness and contrast 35/100"));
    const QImage first = view.grab().toImage();

    // Wheel: one notch towards the person is one image further.
    sendWheel(view, -120);
    EXPECT_EQ(view.currentIndex(), 1);
    sendWheel(view, -120);
    sendWheel(view, -120);
    EXPECT_EQ(view.currentIndex(), 3);
    sendWheel(view, 120);
    EXPECT_EQ(view.currentIndex(), 2);

    // Keys.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_PageDown);
    EXPECT_EQ(view.currentIndex(), 12);
    QTest::keyClick(&view, Qt::Key_Down);
    EXPECT_EQ(view.currentIndex(), 13);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Left);
    EXPECT_EQ(view.currentIndex(), 11);
    QTest::keyClick(&view, Qt::Key_End);
    EXPECT_EQ(view.currentIndex(), 27);
    QTest::keyClick(&view, Qt::Key_PageDown); // stops at the last image
    EXPECT_EQ(view.currentIndex(), 27);
    QTest::keyClick(&view, Qt::Key_Home);
    EXPECT_EQ(view.currentIndex(), 0);
    QTest::keyClick(&view, Qt::Key_PageDown);
    ASSERT_TRUE(waitUntilShown(view, 10));
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("Image 11 of 28")));
    EXPECT_GE(indexSpy.count(), 10);

    // A different slice is a different picture.
    const QImage eleventh = view.grab().toImage();
    EXPECT_NE(eleventh, first);

    // Left drag: right widens the window, down raises the level.
    const Window before = view.window();
    const int windowSignals = windowSpy.count();
    drag(view, Qt::LeftButton, QPoint(256, 256), QPoint(356, 306));
    EXPECT_GT(view.window().width, before.width);
    EXPECT_GT(view.window().center, before.center);
    EXPECT_GT(windowSpy.count(), windowSignals);
    EXPECT_TRUE(view.statusText().contains(scanshield::viewer::windowText(view.window())));
    EXPECT_NE(view.grab().toImage(), eleventh);

    // Right drag up zooms in; Ctrl+wheel zooms too.
    drag(view, Qt::RightButton, QPoint(256, 300), QPoint(256, 200));
    const double zoomed = view.zoom();
    EXPECT_GT(zoomed, 1.5);
    sendWheel(view, 120, Qt::ControlModifier);
    EXPECT_GT(view.zoom(), zoomed);
    EXPECT_EQ(view.currentIndex(), 10); // Ctrl+wheel does not change the image

    // Middle drag and Shift+drag move the picture.
    const QPointF panned = view.panOffset();
    drag(view, Qt::MiddleButton, QPoint(200, 200), QPoint(240, 230));
    EXPECT_EQ((view.panOffset() - panned).toPoint(), QPoint(40, 30));
    drag(view, Qt::LeftButton, QPoint(200, 200), QPoint(190, 200), Qt::ShiftModifier);
    EXPECT_EQ((view.panOffset() - panned).toPoint(), QPoint(30, 30));

    // Double-click starts over.
    QTest::mouseDClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(100, 100));
    EXPECT_EQ(view.zoom(), 1.0);
    EXPECT_EQ(view.panOffset(), QPointF());
    EXPECT_EQ(view.window(), (Window{35, 100}));

    // Presets: the public slot and the number keys.
    view.setPreset(WindowPreset::Bone);
    EXPECT_EQ(view.window(), (Window{400, 1800}));
    EXPECT_TRUE(view.statusText().endsWith(QStringLiteral("Brightness and contrast 400/1800")));
    QTest::keyClick(&view, Qt::Key_2); // Brain
    EXPECT_EQ(view.window(), (Window{40, 80}));
    EXPECT_EQ(view.preset(), WindowPreset::Brain);

    // R starts over as well.
    QTest::keyClick(&view, Qt::Key_Plus);
    EXPECT_GT(view.zoom(), 1.0);
    QTest::keyClick(&view, Qt::Key_R);
    EXPECT_EQ(view.zoom(), 1.0);
    EXPECT_EQ(view.window(), (Window{35, 100}));

    // The window stays while moving through the series.
    view.setPreset(WindowPreset::Brain);
    view.setCurrentIndex(14);
    ASSERT_TRUE(waitUntilShown(view, 14));
    EXPECT_EQ(view.window(), (Window{40, 80}));
    EXPECT_EQ(view.statusText(), QStringLiteral("Image 15 of 28 · Brightness and contrast 40/80"));

    const QImage picture = view.grab().toImage();
    ASSERT_TRUE(picture.save(outputPath(QStringLiteral("slice_view_ct.png"))));
    // A brain window on a head: many grey levels in the middle, not a flat or clipped picture.
    EXPECT_GT(distinctGreys(picture, QRect(156, 156, 200, 200)), 40);
}

TEST(SliceView, ScrollingNeverWaitsForTheDecoder)
{
    // A loader that cannot finish until the test lets it: if scrolling waited for a decode,
    // or decoded on the GUI thread, the key presses below could not all be handled.
    // No clock is involved, so a slow machine cannot make this test flaky.
    QSemaphore gate;
    std::atomic<int> decoded{0};
    std::atomic<bool> decodedOnGuiThread{false};
    auto gated = [&](int index) {
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            decodedOnGuiThread = true;
        else
            gate.acquire();
        ++decoded;
        DecodedFrame frame;
        frame.width = 64;
        frame.height = 64;
        frame.values.assign(64 * 64, float(index * 10));
        frame.minValue = frame.maxValue = index * 10;
        frame.defaultWindowCenter = 100;
        frame.defaultWindowWidth = 400;
        return frame;
    };
    SliceView view;
    view.resize(300, 300);
    view.show();
    view.setFrames(40, gated);
    view.setFocus();

    for (int i = 0; i < 25; ++i)
        QTest::keyClick(&view, Qt::Key_Down);
    EXPECT_FALSE(decodedOnGuiThread.load());
    EXPECT_EQ(decoded.load(), 0) << "nothing could be decoded while the gate was shut";
    EXPECT_EQ(view.currentIndex(), 25);
    EXPECT_TRUE(view.statusText().contains(QStringLiteral("Loading")));
    gate.release(1000);
    ASSERT_TRUE(waitUntilShown(view, 25, 20000));
    // Only the pictures asked for (and a little read-ahead) were decoded, not all 25 skipped ones.
    EXPECT_LT(decoded.load(), 12);
    EXPECT_LE(view.cachedFrameCount(), 12);
}

TEST(SliceView, ShowsColourUltrasoundAsItIs)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const DicomImageFile file = DicomImageFile::open(sharedData(QStringLiteral("codecs_multiframe_burnedin/wg04_clunie/US1_J2KR.dcm")));
    SliceView view;
    view.resize(640, 480);
    view.show();
    view.setFrames(file.frameCount(), [file](int i) { return file.frame(i); });
    ASSERT_TRUE(waitUntilShown(view, 0));
    EXPECT_EQ(view.statusText(), QStringLiteral("Image 1 of 1 · Colour picture"));
    const QImage picture = view.grab().toImage();
    ASSERT_TRUE(picture.save(outputPath(QStringLiteral("slice_view_colour_us.png"))));
    EXPECT_GT(colourfulShare(picture), 0.002); // the Doppler colours are there

    // Dragging does not change a colour picture.
    const QImage before = view.grab().toImage();
    drag(view, Qt::LeftButton, QPoint(300, 200), QPoint(400, 300));
    EXPECT_EQ(view.grab().toImage(), before);
}

TEST(SliceView, DrawsOverlaysInAVisibleColourAndCanHideThem)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const DicomImageFile file =
        DicomImageFile::open(sharedData(QStringLiteral("codecs_multiframe_burnedin/pydicom/MR-SIEMENS-DICOM-WithOverlays.dcm")));
    SliceView view;
    view.resize(484, 484);
    view.show();
    view.setFrames(file.frameCount(), [file](int i) { return file.frame(i); });
    ASSERT_TRUE(waitUntilShown(view, 0));
    const QImage picture = view.grab().toImage();
    ASSERT_TRUE(picture.save(outputPath(QStringLiteral("slice_view_overlay_mr.png"))));
    EXPECT_GT(countOverlayTinted(picture), 100);

    view.setFocus();
    QTest::keyClick(&view, Qt::Key_O);
    EXPECT_FALSE(view.overlaysVisible());
    EXPECT_EQ(countOverlayTinted(view.grab().toImage()), 0);
}

TEST(SliceView, MixesMultiFrameFilesAndSaysWhyAPictureCannotBeShown)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    std::vector<DicomImageFile> files;
    files.push_back(DicomImageFile::open(sharedData(QStringLiteral("codecs_multiframe_burnedin/pydicom/emri_small_jpeg_2k_lossless.dcm"))));
    files.push_back(DicomImageFile::open(sharedData(QStringLiteral("malformed_edge/pydicom/MR_truncated.dcm"))));
    files.push_back(DicomImageFile::open(sharedData(QStringLiteral("codecs_multiframe_burnedin/pydicom/CT_small.dcm"))));
    int count = 0;
    auto loader = SliceView::loaderForFiles(std::move(files), &count);
    ASSERT_EQ(count, 12); // 10 frames + the truncated file + one CT

    SliceView view;
    view.resize(300, 300);
    view.show();
    view.setFrames(count, loader);
    ASSERT_TRUE(waitUntilShown(view, 0));
    const QImage firstFrame = view.grab().toImage();
    view.setCurrentIndex(9);
    ASSERT_TRUE(waitUntilShown(view, 9));
    EXPECT_NE(view.grab().toImage(), firstFrame); // frame 10 of the multi-frame file

    view.setCurrentIndex(10);
    ASSERT_TRUE(waitUntilShown(view, 10));
    EXPECT_EQ(view.statusText(), QStringLiteral("Image 11 of 12 · Cannot be shown"));
    const QImage message = view.grab().toImage();
    ASSERT_TRUE(message.save(outputPath(QStringLiteral("slice_view_cut_short.png"))));

    view.setCurrentIndex(11);
    ASSERT_TRUE(waitUntilShown(view, 11));
    EXPECT_TRUE(view.statusText().startsWith(QStringLiteral("Image 12 of 12 · Brightness and contrast ")));

    view.clear();
    EXPECT_EQ(view.frameCount(), 0);
    EXPECT_EQ(view.statusText(), QStringLiteral("No pictures to show"));
}
