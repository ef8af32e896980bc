#include "viewer/FaceView.h"

#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkLight.h>
#include <vtkNew.h>
#include <vtkPolyDataMapper.h>
#include <vtkProperty.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartPointer.h>
#include <vtkUnsignedCharArray.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <mutex>
#include <thread>

namespace scanshield::viewer {

namespace {

constexpr double kDegreesPerPixel = 0.5;  // a drag across a 720-pixel view turns the head once
constexpr double kKeyTurnDegrees = 15.0;
constexpr double kKeyTiltDegrees = 10.0;
constexpr double kMaxElevation = 85.0;    // beyond, "up" flips and the head spins about
constexpr double kMinZoom = 0.5;
constexpr double kMaxZoom = 6.0;
constexpr double kZoomStep = 1.15;        // per wheel notch or key press
constexpr double kViewAngle = 30.0;       // VTK's default, vertical
constexpr int kProgressPollMs = 100;

// Skin and a dark, quiet background; the colours of VTK's Medical examples, a little warmer.
constexpr double kSkin[3] = {0.94, 0.76, 0.64};
constexpr double kBackground[3] = {0.13, 0.15, 0.18};

// The process's one connection to the X server (an Xlib Display*), opened on first use and
// kept: every VTK window draws through it. VTK would otherwise open a connection per window
// and abort the process when that fails, and a new connection to Xvfb fails now and then
// (about one in ten when made in quick succession); null, with words in `why`, without a
// display. Defined at the end, after Xlib's macros come in.
void* sharedXDisplay(QString* why);

struct ViewAngles {
    double azimuth = 0.0;
    double elevation = 0.0;
    double zoom = 1.0;
};

// VTK drawing the surface into an offscreen buffer of an unmapped X window, read back as a
// QImage. No multisampling: under a software GL it triples the cost of a frame (TOOLCHAIN.md
// pitfall 7). Created on first use, so nothing touches X before the display was checked.
class OffscreenHeadRenderer {
public:
    // `preview`: the lighter copy drawn while turning (may be null: then the surface itself).
    void setSurface(vtkPolyData* surface, vtkPolyData* preview)
    {
        surface_ = surface;
        preview_ = preview ? preview : surface;
        radius_ = 0.0;
        if (window_) {
            fine_->GetMapper()->SetInputDataObject(surface_); // and lets go of the previous ones
            light_->GetMapper()->SetInputDataObject(preview_);
        }
        if (!surface_ || surface_->GetNumberOfPoints() == 0)
            return;
        double bounds[6];
        surface_->GetBounds(bounds);
        for (int a = 0; a < 3; ++a)
            centre_[a] = 0.5 * (bounds[2 * a] + bounds[2 * a + 1]);
        // The sphere around the points, not around the box: a head is round, its box is not,
        // and the tighter sphere makes the head fill the view.
        for (vtkIdType id = 0; id < surface_->GetNumberOfPoints(); ++id) {
            double p[3];
            surface_->GetPoint(id, p);
            radius_ = std::max(radius_, std::hypot(p[0] - centre_[0], p[1] - centre_[1], p[2] - centre_[2]));
        }
    }

    bool hasSurface() const { return surface_ && radius_ > 0.0; }

    QImage render(QSize size, const ViewAngles& view, bool preview)
    {
        if (!hasSurface() || size.isEmpty() || !sharedXDisplay(nullptr))
            return {};
        ensurePipeline();
        fine_->SetVisibility(!preview);
        light_->SetVisibility(preview);
        window_->SetSize(size.width(), size.height());
        placeCamera(size, view);
        window_->Render();

        // RGBA rows come bottom-up; the image wants them top-down. The alpha channel is left
        // out (RGBX): a GL buffer's alpha is not a transparency the widget should honour.
        const int w = size.width(), h = size.height();
        window_->GetRGBACharPixelData(0, 0, w - 1, h - 1, 0, pixels_);
        if (pixels_->GetNumberOfValues() < vtkIdType(w) * h * 4)
            return {};
        QImage image(w, h, QImage::Format_RGBX8888);
        const unsigned char* data = pixels_->GetPointer(0);
        for (int y = 0; y < h; ++y)
            std::memcpy(image.scanLine(y), data + std::size_t(h - 1 - y) * w * 4, std::size_t(w) * 4);
        return image;
    }

private:
    static vtkSmartPointer<vtkActor> skinActor(vtkPolyData* surface, vtkProperty* skin)
    {
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputData(surface);
        mapper->ScalarVisibilityOff();
        mapper->StaticOn(); // the surface never changes under the mapper: skip pipeline checks
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->SetProperty(skin);
        return actor;
    }

    void ensurePipeline()
    {
        if (window_)
            return;
        vtkNew<vtkProperty> skin;
        skin->SetColor(kSkin[0], kSkin[1], kSkin[2]);
        skin->SetAmbient(0.25);
        skin->SetDiffuse(0.8);
        skin->SetSpecular(0.12);
        skin->SetSpecularPower(20.0);
        fine_ = skinActor(surface_, skin);
        light_ = skinActor(preview_, skin);

        renderer_ = vtkSmartPointer<vtkRenderer>::New();
        renderer_->SetBackground(kBackground[0], kBackground[1], kBackground[2]);
        renderer_->AddActor(fine_);
        renderer_->AddActor(light_);
        // One light, above and to the left of the camera: it gives the face its relief (a light
        // at the eye makes the nose vanish into the cheeks); ambient light keeps the far side
        // from going black. A second light costs about a third more per frame on llvmpipe.
        vtkNew<vtkLight> key;
        key->SetLightTypeToCameraLight();
        key->SetPosition(-0.4, 0.5, 1.0);
        key->SetFocalPoint(0.0, 0.0, 0.0);
        key->SetIntensity(1.0);
        renderer_->AutomaticLightCreationOff();
        renderer_->AddLight(key);

        window_ = vtkSmartPointer<vtkRenderWindow>::New();
        window_->SetDisplayId(sharedXDisplay(nullptr));
        window_->SetOffScreenRendering(1);
        window_->SetMultiSamples(0);
        window_->AddRenderer(renderer_);
        pixels_ = vtkSmartPointer<vtkUnsignedCharArray>::New();
    }

    // The camera from the angles, computed afresh each time (no drift from many small turns).
    // LPS: the face looks towards -y and the top of the head is +z.
    void placeCamera(QSize size, const ViewAngles& view)
    {
        const double az = view.azimuth * M_PI / 180.0, el = view.elevation * M_PI / 180.0;
        const double direction[3] = {std::sin(az) * std::cos(el), -std::cos(az) * std::cos(el), std::sin(el)};
        // Far enough for the head's sphere to fit the narrower side of the view.
        const double aspect = double(size.width()) / size.height();
        const double halfVertical = 0.5 * kViewAngle * M_PI / 180.0;
        const double halfHorizontal = std::atan(aspect * std::tan(halfVertical));
        const double distance = radius_ / std::sin(std::min(halfVertical, halfHorizontal)) / view.zoom;

        vtkCamera* camera = renderer_->GetActiveCamera();
        camera->SetViewAngle(kViewAngle);
        camera->SetFocalPoint(centre_);
        camera->SetPosition(centre_[0] + distance * direction[0], centre_[1] + distance * direction[1],
                            centre_[2] + distance * direction[2]);
        camera->SetViewUp(0.0, 0.0, 1.0);
        camera->OrthogonalizeViewUp();
        renderer_->ResetCameraClippingRange();
    }

    vtkSmartPointer<vtkPolyData> surface_;
    vtkSmartPointer<vtkPolyData> preview_;
    double centre_[3] = {0, 0, 0};
    double radius_ = 0.0;
    vtkSmartPointer<vtkActor> fine_;
    vtkSmartPointer<vtkActor> light_;
    vtkSmartPointer<vtkRenderer> renderer_;
    vtkSmartPointer<vtkRenderWindow> window_;
    vtkSmartPointer<vtkUnsignedCharArray> pixels_;
};

// What a build shares with the thread that runs it: the widget may be gone before it ends.
struct BuildJob {
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
};

} // namespace

struct FaceView::Private {
    State state = State::Empty;
    QString message;
    QString caption = FaceView::exposureSentence();

    quint64 generation = 0;
    std::shared_ptr<BuildJob> job;
    QFutureWatcher<HeadSurface>* watcher = nullptr;
    QTimer progressTimer;
    double progress = 0.0;

    OffscreenHeadRenderer renderer;
    long long triangles = 0;
    ViewAngles view;

    QImage picture;           // the last frame drawn, and what it was drawn for
    QSize pictureSize;
    bool pictureStale = true;

    bool dragging = false;
    bool turning = false; // dragged since the press: the lighter copy is drawn
    QPointF lastPos;
};

FaceView::FaceView(QWidget* parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("3D picture of your head"));
    setToolTip(tr("Drag to turn the head, use the mouse wheel to zoom.\n"
                  "The arrow keys turn it too; Home shows the face again."));
    d->progressTimer.setInterval(kProgressPollMs);
    connect(&d->progressTimer, &QTimer::timeout, this, &FaceView::pollProgress);
    setState(State::Empty, tr("No 3D picture yet."));
}

FaceView::~FaceView()
{
    stopBuild();
}

QString FaceView::exposureSentence()
{
    return tr("Anyone with a copy of this disc can rebuild this picture of your face.");
}

bool FaceView::displayAvailable(QString* why)
{
    return sharedXDisplay(why) != nullptr;
}

void FaceView::setVolume(std::shared_ptr<const volume::Volume> volume, HeadSurfaceOptions options,
                         std::shared_ptr<const volume::SkinMask> skin)
{
    clear();
    if (!volume || volume->isEmpty()) {
        setState(State::Failed, tr("This series has no pictures to build a head from."));
        return;
    }
    QString why;
    if (!displayAvailable(&why)) {
        setState(State::NoDisplay, why);
        return;
    }
    const quint64 generation = ++d->generation;
    auto job = std::make_shared<BuildJob>();
    d->job = job;
    d->progress = 0.0;
    auto* watcher = new QFutureWatcher<HeadSurface>(this);
    d->watcher = watcher;
    connect(watcher, &QFutureWatcher<HeadSurface>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (watcher != d->watcher || generation != d->generation)
            return; // a build that was replaced or cancelled
        d->watcher = nullptr;
        d->progressTimer.stop();
        d->job.reset();
        setSurface(watcher->result());
    });
    d->watcher->setFuture(QtConcurrent::run([volume, options, skin, job] {
        HeadSurfaceControl control;
        control.cancel = &job->cancel;
        control.progress = [job](double fraction) { job->permille.store(int(fraction * 1000.0)); };
        return skin ? buildHeadSurface(*volume, *skin, options, control) : buildHeadSurface(*volume, options, control);
    }));
    d->progressTimer.start();
    setState(State::Building, tr("Building the 3D picture of your head…"));
}

void FaceView::setSurface(const HeadSurface& surface)
{
    d->progressTimer.stop();
    if (surface.isEmpty()) {
        d->renderer.setSurface(nullptr, nullptr);
        d->triangles = 0;
        setState(State::Failed, surface.problem.isEmpty() ? tr("ScanShield found no outline of a head in this series.")
                                                          : surface.problem);
        return;
    }
    QString why;
    if (!displayAvailable(&why)) {
        setState(State::NoDisplay, why);
        return;
    }
    d->renderer.setSurface(surface.polyData, surface.preview);
    d->triangles = surface.triangleCount();
    d->progress = 1.0;
    d->view = ViewAngles{};
    d->pictureStale = true;
    setState(State::Ready, QString());
    emit viewChanged();
    emit surfaceShown();
}

void FaceView::clear()
{
    stopBuild();
    ++d->generation;
    d->renderer.setSurface(nullptr, nullptr);
    d->triangles = 0;
    d->progress = 0.0;
    d->picture = QImage();
    d->turning = false;
    setState(State::Empty, tr("No 3D picture yet."));
}

void FaceView::cancelBuild()
{
    const bool wasBuilding = d->job != nullptr;
    stopBuild();
    if (wasBuilding && d->state == State::Building)
        setState(State::Empty, tr("The 3D picture was stopped before it was finished."));
}

void FaceView::stopBuild()
{
    d->progressTimer.stop();
    if (d->job)
        d->job->cancel.store(true); // the worker stops at its next look at the flag
    d->job.reset();
    if (d->watcher) {
        // Its result no longer matters. Deleting a watcher leaves the work itself alone.
        d->watcher->disconnect(this);
        d->watcher->deleteLater();
        d->watcher = nullptr;
    }
}

void FaceView::pollProgress()
{
    if (!d->job)
        return;
    const double progress = d->job->permille.load() / 1000.0;
    if (progress != d->progress) {
        d->progress = progress;
        update();
    }
}

void FaceView::setState(State state, const QString& message)
{
    const bool changed = state != d->state;
    d->state = state;
    d->message = message;
    const bool showsCaption = state == State::Ready || state == State::Building;
    setAccessibleDescription(showsCaption ? (message.isEmpty() ? d->caption : message + QLatin1Char(' ') + d->caption)
                                          : message);
    update();
    if (changed)
        emit stateChanged(state);
}

FaceView::State FaceView::state() const { return d->state; }
QString FaceView::message() const { return d->message; }
double FaceView::progress() const { return d->progress; }
long long FaceView::triangleCount() const { return d->triangles; }
double FaceView::azimuth() const { return d->view.azimuth; }
double FaceView::elevation() const { return d->view.elevation; }
double FaceView::zoom() const { return d->view.zoom; }
QString FaceView::caption() const { return d->caption; }

void FaceView::setCaption(const QString& caption)
{
    d->caption = caption;
    setState(d->state, d->message);
}

void FaceView::setAzimuth(double degrees)
{
    // Kept within (-180, 180] so the number a test or a screen reader sees stays readable.
    double wrapped = std::fmod(degrees, 360.0);
    if (wrapped > 180.0)
        wrapped -= 360.0;
    if (wrapped <= -180.0)
        wrapped += 360.0;
    if (wrapped == d->view.azimuth)
        return;
    d->view.azimuth = wrapped;
    d->pictureStale = true;
    update();
    emit viewChanged();
}

void FaceView::setElevation(double degrees)
{
    const double clamped = std::clamp(degrees, -kMaxElevation, kMaxElevation);
    if (clamped == d->view.elevation)
        return;
    d->view.elevation = clamped;
    d->pictureStale = true;
    update();
    emit viewChanged();
}

void FaceView::setZoom(double zoom)
{
    const double clamped = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (clamped == d->view.zoom)
        return;
    d->view.zoom = clamped;
    d->pictureStale = true;
    update();
    emit viewChanged();
}

void FaceView::resetView()
{
    setAzimuth(0.0);
    setElevation(0.0);
    setZoom(1.0);
}

QImage FaceView::renderToImage(QSize size, double azimuthDegrees)
{
    if (!d->renderer.hasSurface() || !displayAvailable())
        return {};
    ViewAngles view;
    view.azimuth = azimuthDegrees;
    d->pictureStale = true; // the GL buffer now holds this picture, not the widget's
    return d->renderer.render(size, view, false);
}

QRect FaceView::captionArea() const
{
    const int lineHeight = fontMetrics().lineSpacing();
    const int height = 2 * lineHeight + lineHeight / 2 + 12;
    return QRect(0, this->height() - height, width(), height);
}

bool FaceView::isTurning() const
{
    return d->turning;
}

QRect FaceView::pictureRect() const
{
    return QRect(0, 0, width(), std::max(0, height() - captionArea().height()));
}

void FaceView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor::fromRgbF(float(kBackground[0]), float(kBackground[1]), float(kBackground[2])));
    const QRect area = pictureRect();
    const QColor textColour(235, 235, 235);

    if (d->state == State::Ready && !area.isEmpty()) {
        const qreal ratio = devicePixelRatioF();
        const QSize wanted = (QSizeF(area.size()) * ratio).toSize();
        if (d->pictureStale || d->pictureSize != wanted || d->picture.isNull()) {
            // Drawn here rather than on every event: while the person drags, Qt folds the
            // requested updates into one paint, so a slow frame never queues up more frames.
            d->picture = d->renderer.render(wanted, d->view, d->turning);
            d->picture.setDevicePixelRatio(ratio);
            d->pictureSize = wanted;
            d->pictureStale = false;
        }
        painter.drawImage(area.topLeft(), d->picture);
    } else {
        painter.setPen(textColour);
        QRect textBox = area.adjusted(24, 24, -24, -24);
        if (d->state == State::Building) {
            // The words, and under them a bar: how far the build got.
            const int line = fontMetrics().lineSpacing();
            const int barHeight = 8;
            const QRect bar(area.center().x() - 120, area.center().y(), 240, barHeight);
            painter.drawText(QRect(textBox.left(), bar.top() - 3 * line, textBox.width(), 2 * line),
                             Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, d->message);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(80, 86, 96));
            painter.drawRoundedRect(bar, 4, 4);
            painter.setBrush(QColor::fromRgbF(float(kSkin[0]), float(kSkin[1]), float(kSkin[2])));
            painter.drawRoundedRect(QRect(bar.topLeft(), QSize(int(bar.width() * d->progress), barHeight)), 4, 4);
        } else {
            painter.drawText(textBox, Qt::AlignCenter | Qt::TextWordWrap, d->message);
        }
    }

    // The caption: why this picture matters, and how to turn it. Without a picture the message
    // says it in its own words.
    if (d->state != State::Ready && d->state != State::Building)
        return;
    const QRect caption = captionArea().adjusted(12, 6, -12, -6);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(textColour);
    painter.drawText(caption, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, d->caption);
    if (d->state == State::Ready) {
        painter.setFont(font());
        painter.setPen(QColor(170, 176, 186));
        painter.drawText(caption, Qt::AlignHCenter | Qt::AlignBottom,
                         tr("Drag to turn the head · wheel to zoom · arrow keys turn it too"));
    }
}

void FaceView::resizeEvent(QResizeEvent* event)
{
    d->pictureStale = true;
    QWidget::resizeEvent(event);
}

void FaceView::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0 || d->state != State::Ready) {
        event->ignore();
        return;
    }
    setZoom(d->view.zoom * std::pow(kZoomStep, notches));
    event->accept();
}

void FaceView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setAzimuth(d->view.azimuth + kKeyTurnDegrees); // the face turns to the left of the screen
        break;
    case Qt::Key_Right:
        setAzimuth(d->view.azimuth - kKeyTurnDegrees);
        break;
    case Qt::Key_Up:
        setElevation(d->view.elevation - kKeyTiltDegrees); // the face tilts up
        break;
    case Qt::Key_Down:
        setElevation(d->view.elevation + kKeyTiltDegrees);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setZoom(d->view.zoom * kZoomStep);
        break;
    case Qt::Key_Minus:
        setZoom(d->view.zoom / kZoomStep);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        resetView();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void FaceView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    d->dragging = true;
    d->lastPos = event->position();
    event->accept();
}

void FaceView::mouseMoveEvent(QMouseEvent* event)
{
    if (!d->dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    const QPointF delta = event->position() - d->lastPos;
    d->lastPos = event->position();
    d->turning = true;
    // The head follows the hand: dragging right turns the face to the right, dragging down
    // tips the top of the head towards the person.
    setAzimuth(d->view.azimuth - delta.x() * kDegreesPerPixel);
    setElevation(d->view.elevation + delta.y() * kDegreesPerPixel);
    event->accept();
}

void FaceView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        d->dragging = false;
        if (d->turning) {
            d->turning = false; // the whole surface again, now that the head stands still
            d->pictureStale = true;
            update();
        }
    }
    QWidget::mouseReleaseEvent(event);
}

void FaceView::mouseDoubleClickEvent(QMouseEvent* event)
{
    resetView();
    event->accept();
}

QSize FaceView::sizeHint() const
{
    return {640, 560};
}

QSize FaceView::minimumSizeHint() const
{
    return {240, 240};
}

} // namespace scanshield::viewer

// Xlib last: its macros (None, Bool, Status, KeyPress...) would clash with Qt's and VTK's names.
#include <X11/Xlib.h>

namespace scanshield::viewer {
namespace {

void* sharedXDisplay(QString* why)
{
    static std::mutex mutex;
    static Display* display = nullptr;
    std::lock_guard lock(mutex);
    if (display)
        return display;
    const auto fail = [why](const QString& text) -> void* {
        if (why)
            *why = text + QLatin1Char(' ') +
                   FaceView::tr("Anyone with a copy of this disc can still rebuild a picture of your face from this series.");
        return nullptr;
    };
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        return fail(FaceView::tr("The 3D picture needs a graphics display, and there is none here."));
    constexpr int kAttempts = 5;
    for (int attempt = 0; attempt < kAttempts && !display; ++attempt) {
        if (attempt > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        display = XOpenDisplay(nullptr);
    }
    if (!display)
        return fail(FaceView::tr("The 3D picture needs a graphics display, and the one here cannot be opened."));
    int opcode = 0, event = 0, error = 0;
    if (!XQueryExtension(display, "GLX", &opcode, &event, &error)) {
        XCloseDisplay(display);
        display = nullptr;
        return fail(FaceView::tr("The 3D picture needs a graphics display with OpenGL, and the one here has none."));
    }
    return display;
}

} // namespace
} // namespace scanshield::viewer
