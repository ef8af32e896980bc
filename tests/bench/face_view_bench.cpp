// The 3D face (issue 5), measured: from a Volume to the first picture, frames per second while
// the head turns at 800x600, and peak memory, for a synthetic 512x512x300 CT head and a
// 176-slice MRI head; ScanShield's pipeline (viewer/HeadSurface + FaceView) against the plain
// VTK pipeline of VTK's Medical examples (vtkMarchingCubes on the whole volume, its normals, no
// averaging or decimation, VTK's default render window).
//
// Needs an X display with GLX: run under xvfb-run, e.g.
//   xvfb-run -a -s "-screen 0 1280x1024x24" build/tests/bench/face_view_bench
// Each case runs in a child process of its own so its peak memory is its own.
#include "viewer/FaceView.h"
#include "viewer/HeadSurface.h"
#include "volume/SkinMask.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QProcess>
#include <QWindow>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkMarchingCubes.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkShortArray.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <random>

#include <sys/resource.h>

using scanshield::viewer::buildHeadSurface;
using scanshield::viewer::FaceView;
using scanshield::viewer::HeadSurface;
using scanshield::volume::Vec3;
using scanshield::volume::Volume;

namespace {

constexpr QSize kFrameSize(800, 600);
constexpr int kTurnFrames = 36; // a whole turn, 10 degrees a frame

void* openDisplay(); // Xlib, at the end of the file

// CPU time of the whole process (every thread: VTK's, llvmpipe's), ms. The machine is shared:
// wall-clock times grow with other people's load, CPU time much less.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Resident and peak memory of this process, MiB.
double statusMiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(std::strlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1.0;
}

double insideEllipsoid(const Vec3& p, const Vec3& centre, const Vec3& half)
{
    double r2 = 0.0;
    for (int a = 0; a < 3; ++a)
        r2 += (p[a] - centre[a]) * (p[a] - centre[a]) / (half[a] * half[a]);
    const double distanceMm = (std::sqrt(r2) - 1.0) * std::min({half[0], half[1], half[2]});
    return std::clamp(0.5 - distanceMm, 0.0, 1.0);
}

// A head (skin ellipsoid, nose, ears, neck down to the edge of the scan) with noise, in a
// CT (HU, a head rest under it) or an MRI (dark air, bright tissue).
Volume syntheticHead(bool ct)
{
    Volume v;
    if (ct) {
        v.width = 512, v.height = 512, v.depth = 300;
        v.spacing = {0.5, 0.5, 0.75};
        v.origin = {-128.0, -138.0, -105.0}; // 225 mm: from the neck to above the top of the head
        v.rowDirection = {1, 0, 0}, v.columnDirection = {0, 1, 0}, v.sliceDirection = {0, 0, 1};
        v.modality = QStringLiteral("CT");
    } else {
        // Sagittal, as a 3D T1 is stored: 176 slices left to right, 256 x 256 at 1 mm.
        v.width = 256, v.height = 256, v.depth = 176;
        v.spacing = {1.0, 1.0, 1.0};
        v.origin = {-88.0, -128.0, 140.0};
        v.rowDirection = {0, 1, 0}, v.columnDirection = {0, 0, -1}, v.sliceDirection = {1, 0, 0};
        v.modality = QStringLiteral("MR");
    }
    v.values.resize(std::size_t(v.width) * v.height * v.depth);
    const Vec3 centre{0, -10, 10}, half{75, 95, 105};
    const Vec3 nose{0, -103, -5}, noseHalf{12, 22, 26};
    const Vec3 leftEar{76, -5, 5}, rightEar{-76, -5, 5}, earHalf{8, 14, 28};
    std::mt19937 random(5);
    std::normal_distribution<double> noise(0.0, ct ? 12.0 : 18.0);
    const double air = ct ? -1000.0 : 12.0, tissue = ct ? 40.0 : 420.0;
    for (int k = 0; k < v.depth; ++k)
        for (int j = 0; j < v.height; ++j)
            for (int i = 0; i < v.width; ++i) {
                const Vec3 p = v.toPatient(i, j, k);
                double inside = std::max({insideEllipsoid(p, centre, half), insideEllipsoid(p, nose, noseHalf),
                                          insideEllipsoid(p, leftEar, earHalf), insideEllipsoid(p, rightEar, earHalf)});
                if (p[2] < centre[2] - 60.0) // the neck, to the bottom of the scan
                    inside = std::max(inside, insideEllipsoid({p[0], p[1], centre[2] - 60.0}, {0, 0, centre[2] - 60.0},
                                                              {55, 60, 1}));
                double value = air + inside * (tissue - air) + noise(random);
                if (ct && std::abs(p[0]) < 70.0 && p[1] > 100.0 && p[1] < 110.0)
                    value = 150.0 + noise(random); // the head rest
                v.values[v.indexOf(i, j, k)] = std::int16_t(std::lround(std::max(ct ? -1024.0 : 0.0, value)));
            }
    return v;
}

struct Measured {
    double firstPictureMs = 0.0; // Volume -> first picture on screen (as a QImage)
    double surfaceMs = 0.0;      // of which: the surface
    long long triangles = 0;
    double meanFrameMs = 0.0;
    double slowestFrameMs = 0.0;
    double firstPictureCpuMs = 0.0;
    double frameCpuMs = 0.0;
    // ScanShield only: the widget turned by a mouse drag (the lighter copy is drawn).
    long long previewTriangles = 0;
    double dragFrameMs = 0.0;
    double dragFrameCpuMs = 0.0;
};

void printResult(const char* pipeline, const char* series, const Measured& m, double volumeMiB)
{
    std::printf("RESULT %-18s %-3s first picture %6.0f ms (surface %5.0f ms; cpu %6.0f ms)  %8lld triangles  "
                "turning %6.1f ms/frame = %5.1f fps (slowest %5.0f ms; cpu %5.1f ms/frame)  "
                "peak %5.0f MiB (volume alone %4.0f MiB)\n",
                pipeline, series, m.firstPictureMs, m.surfaceMs, m.firstPictureCpuMs, m.triangles, m.meanFrameMs,
                1000.0 / m.meanFrameMs, m.slowestFrameMs, m.frameCpuMs, statusMiB("VmHWM:"), volumeMiB);
    if (m.dragFrameMs > 0.0)
        std::printf("RESULT %-18s %-3s dragging the widget: %lld triangles  %6.1f ms/frame = %5.1f fps (cpu %5.1f ms/frame)\n",
                    pipeline, series, m.previewTriangles, m.dragFrameMs, 1000.0 / m.dragFrameMs, m.dragFrameCpuMs);
    std::fflush(stdout);
}

Measured measureScanShield(const Volume& volume)
{
    Measured m;
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuMs();
    const HeadSurface surface = buildHeadSurface(volume);
    m.surfaceMs = double(clock.nsecsElapsed()) / 1e6;
    m.triangles = surface.triangleCount();
    FaceView view;
    view.setSurface(surface);
    const QImage first = view.renderToImage(kFrameSize, 0.0);
    m.firstPictureMs = double(clock.nsecsElapsed()) / 1e6;
    m.firstPictureCpuMs = cpuMs() - cpuStart;
    if (first.isNull())
        std::printf("no picture: %s\n", qPrintable(view.message()));
    first.save(QStringLiteral("face_view_bench_%1.png").arg(volume.modality));

    QElapsedTimer frames;
    frames.start();
    const double framesCpuStart = cpuMs();
    for (int f = 1; f <= kTurnFrames; ++f) {
        QElapsedTimer one;
        one.start();
        (void)view.renderToImage(kFrameSize, 10.0 * f);
        m.slowestFrameMs = std::max(m.slowestFrameMs, double(one.nsecsElapsed()) / 1e6);
    }
    m.meanFrameMs = double(frames.nsecsElapsed()) / 1e6 / kTurnFrames;
    m.frameCpuMs = (cpuMs() - framesCpuStart) / kTurnFrames;

    // The widget as a person turns it: a drag, each step drawn before the next (as the event
    // loop does when frames are slower than the mouse), the picture 800x600 above the caption.
    m.previewTriangles = surface.preview ? surface.preview->GetNumberOfPolys() : 0;
    view.resize(kFrameSize.width(), kFrameSize.height() + 100);
    view.resize(kFrameSize.width(), kFrameSize.height() + view.height() - view.pictureRect().height());
    view.show();
    for (int wait = 0; wait < 100 && !(view.windowHandle() && view.windowHandle()->isExposed()); ++wait)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    view.repaint();
    const QPoint start(100, 300);
    QMouseEvent press(QEvent::MouseButtonPress, start, view.mapToGlobal(start), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(&view, &press);
    QElapsedTimer drag;
    drag.start();
    const double dragCpuStart = cpuMs();
    for (int f = 1; f <= kTurnFrames; ++f) {
        const QPoint at(start.x() + 20 * f, start.y());
        QMouseEvent move(QEvent::MouseMove, at, view.mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        view.repaint();
    }
    m.dragFrameMs = double(drag.nsecsElapsed()) / 1e6 / kTurnFrames;
    m.dragFrameCpuMs = (cpuMs() - dragCpuStart) / kTurnFrames;
    if (!view.isTurning() || view.pictureRect().size() != kFrameSize || !view.windowHandle()->isExposed())
        std::printf("(the drag did not turn the head at 800x600: %dx%d)\n", view.pictureRect().width(),
                    view.pictureRect().height());
    return m;
}

// The frame read back into a QImage, as a widget that shows it would (and as FaceView does).
QImage readBack(vtkRenderWindow* window, vtkUnsignedCharArray* pixels)
{
    const int w = kFrameSize.width(), h = kFrameSize.height();
    window->GetRGBACharPixelData(0, 0, w - 1, h - 1, 0, pixels);
    QImage image(w, h, QImage::Format_RGBX8888);
    for (int y = 0; y < h; ++y)
        std::memcpy(image.scanLine(y), pixels->GetPointer(std::size_t(h - 1 - y) * w * 4), std::size_t(w) * 4);
    return image;
}

// VTK's Medical2 example, in short: marching cubes on every voxel (single-threaded), its own
// normals, a mapper, VTK's default render window (multisampling as VTK sets it, unless
// `multiSamples` >= 0).
Measured measurePlainVtk(const Volume& volume, int multiSamples)
{
    Measured m;
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuMs();
    vtkNew<vtkShortArray> values;
    values->SetArray(const_cast<std::int16_t*>(volume.values.data()), vtkIdType(volume.values.size()), 1);
    vtkNew<vtkImageData> image;
    image->SetDimensions(volume.width, volume.height, volume.depth);
    image->SetSpacing(volume.spacing.data());
    image->GetPointData()->SetScalars(values);
    vtkNew<vtkMarchingCubes> contour;
    contour->SetInputData(image);
    contour->SetValue(0, scanshield::volume::skinThreshold(volume));
    contour->ComputeNormalsOn();
    contour->Update();
    m.surfaceMs = double(clock.nsecsElapsed()) / 1e6;
    m.triangles = contour->GetOutput()->GetNumberOfPolys();

    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputConnection(contour->GetOutputPort());
    mapper->ScalarVisibilityOff();
    vtkNew<vtkActor> actor;
    actor->SetMapper(mapper);
    actor->GetProperty()->SetColor(0.94, 0.76, 0.64);
    vtkNew<vtkRenderer> renderer;
    renderer->AddActor(actor);
    vtkNew<vtkRenderWindow> window;
    window->SetDisplayId(openDisplay());
    window->SetOffScreenRendering(1);
    if (multiSamples >= 0)
        window->SetMultiSamples(multiSamples);
    window->SetSize(kFrameSize.width(), kFrameSize.height());
    window->AddRenderer(renderer);
    // The grid's axes as they are: this pipeline ignores the orientation; the camera looks along
    // the grid's second axis, which is the front for the CT.
    vtkCamera* camera = renderer->GetActiveCamera();
    camera->SetPosition(0, -1, 0);
    camera->SetFocalPoint(0, 0, 0);
    camera->SetViewUp(0, 0, 1);
    renderer->ResetCamera();
    vtkNew<vtkUnsignedCharArray> pixels;
    window->Render();
    const QImage first = readBack(window, pixels);
    m.firstPictureMs = double(clock.nsecsElapsed()) / 1e6;
    m.firstPictureCpuMs = cpuMs() - cpuStart;
    first.save(QStringLiteral("face_view_bench_plain_%1.png").arg(volume.modality));

    QElapsedTimer frames;
    frames.start();
    const double framesCpuStart = cpuMs();
    for (int f = 1; f <= kTurnFrames; ++f) {
        QElapsedTimer one;
        one.start();
        camera->Azimuth(10.0);
        renderer->ResetCameraClippingRange();
        window->Render();
        (void)readBack(window, pixels);
        m.slowestFrameMs = std::max(m.slowestFrameMs, double(one.nsecsElapsed()) / 1e6);
    }
    m.meanFrameMs = double(frames.nsecsElapsed()) / 1e6 / kTurnFrames;
    m.frameCpuMs = (cpuMs() - framesCpuStart) / kTurnFrames;
    std::printf("(plain VTK window: %d multisamples)\n", window->GetMultiSamples());
    return m;
}

int runCase(const QString& series, const QString& pipeline)
{
    if (!FaceView::displayAvailable()) {
        std::printf("No X display with GLX: run under xvfb-run.\n");
        return 1;
    }
    const Volume volume = syntheticHead(series == QLatin1String("ct"));
    const double volumeMiB = statusMiB("VmRSS:");
    const QByteArray name = series.toUpper().toLatin1();
    if (pipeline == QLatin1String("scanshield"))
        printResult("scanshield", name.constData(), measureScanShield(volume), volumeMiB);
    else if (pipeline == QLatin1String("plain"))
        printResult("plain-vtk", name.constData(), measurePlainVtk(volume, -1), volumeMiB);
    else if (pipeline == QLatin1String("plain-no-msaa"))
        printResult("plain-vtk-no-msaa", name.constData(), measurePlainVtk(volume, 0), volumeMiB);
    else
        return 64;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3)
        return runCase(args.at(1), args.at(2));

    // Every case in a child process of its own.
    int failures = 0;
    for (const char* series : {"ct", "mr"})
        for (const char* pipeline : {"scanshield", "plain", "plain-no-msaa"}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(app.applicationFilePath(), {QString::fromLatin1(series), QString::fromLatin1(pipeline)});
            child.waitForFinished(-1);
            failures += child.exitCode() != 0 ? 1 : 0;
        }
    return failures;
}

#include <X11/Xlib.h>

namespace {

// A connection opened with a few tries: a new connection to Xvfb fails now and then, and VTK
// aborts when the one it opens itself fails.
void* openDisplay()
{
    Display* display = nullptr;
    for (int attempt = 0; attempt < 10 && !display; ++attempt)
        display = XOpenDisplay(nullptr);
    return display;
}

} // namespace
