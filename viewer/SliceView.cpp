#include "viewer/SliceView.h"

#include <QAccessible>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QThreadPool>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <list>
#include <map>
#include <set>

namespace scanshield::viewer {

namespace {

using pixels::DecodedFrame;
using FramePtr = std::shared_ptr<const DecodedFrame>;

constexpr int kDecodeThreads = 2;
constexpr qint64 kCacheBudgetBytes = 256LL * 1024 * 1024; // a few hundred CT slices, a handful of mammograms
constexpr int kPageStep = 10;
constexpr double kMinZoom = 0.1;
constexpr double kMaxZoom = 40.0;

qint64 frameBytes(const DecodedFrame& frame)
{
    return static_cast<qint64>(frame.values.size() * sizeof(float) + frame.rgb.size() + frame.overlay.size()) + 256;
}

} // namespace

struct SliceView::Private {
    int count = 0;
    FrameLoader loader;
    quint64 generation = 0;
    int index = 0;
    int direction = 1; // the way the person is scrolling, for read-ahead

    Window window;
    bool windowInitialized = false;
    WindowPreset preset = WindowPreset::Default;
    double zoom = 1.0;
    QPointF pan;
    bool overlays = true;
    QHash<int, QList<TextMark>> marks;
    bool marksVisible = true;

    // Decoded frames, most recently used at the front.
    std::map<int, FramePtr> cache;
    std::list<int> recent;
    qint64 cacheBytes = 0;
    std::set<int> running; // indexes being decoded for the current generation
    QThreadPool pool;

    QImage rendered;      // the picture on screen
    int renderedIndex = -1;
    Window renderedWindow;
    bool renderedOverlays = true;

    enum class Drag { None, Window, Zoom, Pan };
    Drag drag = Drag::None;
    QPointF lastPos;
    int wheelRemainder = 0;

    FramePtr cached(int i)
    {
        auto it = cache.find(i);
        if (it == cache.end())
            return nullptr;
        recent.remove(i);
        recent.push_front(i);
        return it->second;
    }

    void store(int i, FramePtr frame)
    {
        if (cache.count(i))
            return;
        cacheBytes += frameBytes(*frame);
        cache.emplace(i, std::move(frame));
        recent.push_front(i);
        // Forget the least recently used frames, never the one on screen.
        while (cacheBytes > kCacheBudgetBytes && recent.size() > 2) {
            const int victim = recent.back() == index ? *std::next(recent.rbegin()) : recent.back();
            recent.remove(victim);
            auto it = cache.find(victim);
            if (it != cache.end()) {
                cacheBytes -= frameBytes(*it->second);
                cache.erase(it);
            }
        }
    }

    void forgetAll()
    {
        cache.clear();
        recent.clear();
        cacheBytes = 0;
        running.clear();
        rendered = QImage();
        renderedIndex = -1;
    }
};

SliceView::SliceView(QWidget* parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->pool.setMaxThreadCount(kDecodeThreads);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Picture viewer"));
    setToolTip(tr("Scroll or use the arrow keys to move through the images.\n"
                  "Drag to change brightness and contrast.\n"
                  "Right-drag or Ctrl+scroll to zoom; middle-drag or Shift+drag to move the picture.\n"
                  "Double-click or press R to start over."));
    statusChanged();
}

SliceView::~SliceView()
{
    // Decodes still queued are dropped; one already running is waited for (it owns no widget state).
    d->pool.clear();
    d->pool.waitForDone();
}

void SliceView::setFrames(int count, FrameLoader loader)
{
    ++d->generation;
    d->forgetAll();
    d->count = loader ? std::max(0, count) : 0;
    d->loader = std::move(loader);
    d->index = 0;
    d->direction = 1;
    d->windowInitialized = false;
    d->preset = WindowPreset::Default;
    d->zoom = 1.0;
    d->pan = QPointF();
    d->marks.clear();
    emit currentIndexChanged(0);
    requestFrames();
    statusChanged();
    update();
}

void SliceView::clear()
{
    setFrames(0, {});
}

SliceView::FrameLoader SliceView::loaderForFiles(std::vector<pixels::DicomImageFile> files, int* frameCount)
{
    // (file, frame) for every place in the series.
    auto places = std::make_shared<std::vector<std::pair<std::size_t, int>>>();
    for (std::size_t f = 0; f < files.size(); ++f) {
        const int frames = std::max(1, files[f].frameCount());
        for (int i = 0; i < frames; ++i)
            places->emplace_back(f, i);
    }
    if (frameCount)
        *frameCount = static_cast<int>(places->size());
    auto shared = std::make_shared<std::vector<pixels::DicomImageFile>>(std::move(files));
    return [shared, places](int index) {
        if (index < 0 || static_cast<std::size_t>(index) >= places->size()) {
            DecodedFrame none;
            none.error = tr("there is no such image in this series");
            return none;
        }
        const auto& [file, frame] = (*places)[static_cast<std::size_t>(index)];
        return (*shared)[file].frame(frame); // an unreadable file says why in frame().error
    };
}

void SliceView::setTextMarks(const QHash<int, QList<TextMark>>& marksByIndex)
{
    d->marks = marksByIndex;
    update();
}

QList<TextMark> SliceView::textMarks(int index) const { return d->marks.value(index); }

void SliceView::setTextMarksVisible(bool visible)
{
    if (visible == d->marksVisible)
        return;
    d->marksVisible = visible;
    update();
}

bool SliceView::textMarksVisible() const { return d->marksVisible; }
QRectF SliceView::pictureRect() const { return imageRect(); }

int SliceView::frameCount() const { return d->count; }
int SliceView::currentIndex() const { return d->index; }
Window SliceView::window() const { return d->window; }
WindowPreset SliceView::preset() const { return d->preset; }
double SliceView::zoom() const { return d->zoom; }
QPointF SliceView::panOffset() const { return d->pan; }
bool SliceView::overlaysVisible() const { return d->overlays; }
int SliceView::cachedFrameCount() const { return static_cast<int>(d->cache.size()); }

bool SliceView::isCurrentFrameShown() const
{
    return d->count > 0 && d->renderedIndex == d->index && d->cache.count(d->index) > 0;
}

QSize SliceView::sizeHint() const { return {512, 512}; }
QSize SliceView::minimumSizeHint() const { return {160, 160}; }

QString SliceView::statusText() const
{
    if (d->count == 0)
        return tr("No pictures to show");
    const QString image = tr("Image %1 of %2").arg(d->index + 1).arg(d->count);
    auto it = d->cache.find(d->index);
    if (it == d->cache.end())
        return tr("%1 · Loading…").arg(image);
    const DecodedFrame& frame = *it->second;
    if (frame.isEmpty())
        return tr("%1 · Cannot be shown").arg(image);
    if (frame.isColor)
        return tr("%1 · Colour picture").arg(image);
    // "Brightness and contrast" as in the toolbar; radiologists call it the window (centre/width).
    return tr("%1 · Brightness and contrast %2").arg(image, windowText(d->window));
}

void SliceView::setCurrentIndex(int index)
{
    if (d->count == 0)
        return;
    index = std::clamp(index, 0, d->count - 1);
    if (index == d->index)
        return;
    d->direction = index > d->index ? 1 : -1;
    d->index = index;
    emit currentIndexChanged(index);
    requestFrames();
    showCurrentIfReady();
    statusChanged();
    update();
}

void SliceView::showNext() { setCurrentIndex(d->index + 1); }
void SliceView::showPrevious() { setCurrentIndex(d->index - 1); }

void SliceView::setWindow(double center, double width)
{
    if (!std::isfinite(center) || !std::isfinite(width))
        return;
    const Window window{center, std::max(width, 1e-6)};
    d->windowInitialized = true;
    if (window == d->window)
        return;
    d->window = window;
    rerender();
    emit windowChanged(window.center, window.width);
    statusChanged();
}

void SliceView::setPreset(WindowPreset preset)
{
    d->preset = preset;
    FramePtr frame = d->cache.count(d->index) ? d->cache.at(d->index) : nullptr;
    if (frame && !frame->isEmpty() && !frame->isColor) {
        const Window window = presetWindow(preset, *frame);
        setWindow(window.center, window.width);
    } else if (preset != WindowPreset::Default && preset != WindowPreset::FullRange) {
        // No grey picture yet: the fixed presets need none.
        const Window window = presetWindow(preset, DecodedFrame{});
        setWindow(window.center, window.width);
    } else {
        d->windowInitialized = false; // taken from the next picture that arrives
    }
}

void SliceView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == d->zoom)
        return;
    d->zoom = zoom;
    update();
    emit zoomChanged(zoom);
}

void SliceView::setOverlaysVisible(bool visible)
{
    if (visible == d->overlays)
        return;
    d->overlays = visible;
    rerender();
}

void SliceView::resetView()
{
    d->pan = QPointF();
    d->preset = WindowPreset::Default;
    setZoom(1.0);
    FramePtr frame = d->cache.count(d->index) ? d->cache.at(d->index) : nullptr;
    if (frame && !frame->isEmpty() && !frame->isColor) {
        const Window window = defaultWindow(*frame);
        setWindow(window.center, window.width);
    } else {
        d->windowInitialized = false;
    }
    update();
}

// Decoding -----------------------------------------------------------------------------------

void SliceView::requestFrames()
{
    if (d->count == 0 || !d->loader)
        return;
    // The picture asked for first, then read-ahead in the direction of travel and one behind.
    const int candidates[] = {d->index, d->index + d->direction, d->index + 2 * d->direction, d->index - d->direction,
                              d->index + 3 * d->direction};
    for (const int i : candidates) {
        if (static_cast<int>(d->running.size()) >= kDecodeThreads)
            break;
        if (i < 0 || i >= d->count || d->cache.count(i) || d->running.count(i))
            continue;
        startDecode(i);
    }
}

void SliceView::startDecode(int index)
{
    d->running.insert(index);
    const quint64 generation = d->generation;
    FrameLoader loader = d->loader;
    auto* watcher = new QFutureWatcher<DecodedFrame>(this);
    connect(watcher, &QFutureWatcher<DecodedFrame>::finished, this, [this, watcher, generation, index] {
        DecodedFrame frame = watcher->result();
        watcher->deleteLater();
        frameDecoded(generation, index, std::move(frame));
    });
    watcher->setFuture(QtConcurrent::run(&d->pool, [loader, index]() -> DecodedFrame {
        try {
            return loader(index);
        } catch (...) {
            DecodedFrame failed;
            failed.error = tr("this picture could not be decoded");
            return failed;
        }
    }));
}

void SliceView::frameDecoded(quint64 generation, int index, DecodedFrame frame)
{
    if (generation != d->generation) {
        requestFrames(); // a thread came free for the series now shown
        return;
    }
    d->running.erase(index);
    d->store(index, std::make_shared<const DecodedFrame>(std::move(frame)));
    if (index == d->index) {
        showCurrentIfReady();
        statusChanged();
    }
    requestFrames();
}

void SliceView::showCurrentIfReady()
{
    FramePtr frame = d->cached(d->index);
    if (!frame)
        return; // the previous picture stays until this one is decoded
    if (!d->windowInitialized && !frame->isEmpty() && !frame->isColor) {
        const Window window = presetWindow(d->preset, *frame);
        d->window = Window{window.center, std::max(window.width, 1e-6)};
        d->windowInitialized = true;
        emit windowChanged(d->window.center, d->window.width);
    }
    rerender();
    emit frameShown(d->index);
}

void SliceView::rerender()
{
    FramePtr frame = d->cache.count(d->index) ? d->cache.at(d->index) : nullptr;
    if (!frame) {
        update();
        return;
    }
    if (d->renderedIndex == d->index && d->renderedWindow == d->window && d->renderedOverlays == d->overlays &&
        !d->rendered.isNull())
        return;
    d->rendered = renderFrame(*frame, d->window, d->overlays);
    d->renderedIndex = d->index;
    d->renderedWindow = d->window;
    d->renderedOverlays = d->overlays;
    update();
}

void SliceView::statusChanged()
{
    const QString status = statusText();
    setAccessibleDescription(status);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    update();
}

// Drawing -------------------------------------------------------------------------------------

int SliceView::statusBandHeight() const
{
    return fontMetrics().height() + 10;
}

QRectF SliceView::pictureArea() const
{
    return QRectF(rect()).adjusted(0, statusBandHeight(), 0, 0);
}

QRectF SliceView::imageRect() const
{
    if (d->rendered.isNull() || width() <= 0 || height() <= 0)
        return {};
    // The picture fits below the status line, so the line never hides text burned into the
    // top of the picture (where ultrasound machines put names and dates).
    const QRectF area = pictureArea();
    if (area.height() < 8)
        return {};
    const QSizeF picture = d->rendered.size();
    const double fit = std::min(area.width() / picture.width(), area.height() / picture.height());
    const QSizeF shown = picture * (fit * d->zoom);
    const QPointF center = area.center() + d->pan;
    return {center - QPointF(shown.width() / 2.0, shown.height() / 2.0), shown};
}

void SliceView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);

    FramePtr frame = d->cache.count(d->index) ? d->cache.at(d->index) : nullptr;
    const bool failed = frame && frame->isEmpty();
    if (!d->rendered.isNull() && !failed) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, d->zoom < 2.0);
        painter.drawImage(imageRect(), d->rendered);
        // The marks of the picture actually on screen, which lags behind the index while the
        // next picture is being decoded.
        if (d->marksVisible)
            paintTextMarks(painter, imageRect(), d->rendered.size(), d->marks.value(d->renderedIndex));
    }

    if (failed) {
        const QString message = tr("This picture cannot be shown: %1").arg(frame->error);
        painter.setPen(QColor(235, 235, 235));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, message);
    } else if (d->count > 0 && d->rendered.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect(), Qt::AlignCenter, tr("Loading the picture…"));
    }

    // The status line, on a dark band so it stays readable on bright pictures.
    const QString status = statusText();
    const QRect band(0, 0, width(), statusBandHeight());
    painter.fillRect(band, QColor(24, 24, 24));
    painter.setPen(Qt::white);
    painter.drawText(band.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft, status);

    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

// Input ---------------------------------------------------------------------------------------

void SliceView::zoomAround(double factor, QPointF widgetPos)
{
    const QRectF before = imageRect();
    const double oldZoom = d->zoom;
    const double newZoom = std::clamp(oldZoom * factor, kMinZoom, kMaxZoom);
    if (newZoom == oldZoom)
        return;
    if (!before.isEmpty()) {
        // Keep the point under the pointer where it is.
        const QPointF center = pictureArea().center();
        const QPointF imageCenter = center + d->pan;
        const double ratio = newZoom / oldZoom;
        d->pan = widgetPos + (imageCenter - widgetPos) * ratio - center;
    }
    setZoom(newZoom);
}

void SliceView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        zoomAround(std::pow(1.15, delta / 120.0), event->position());
        event->accept();
        return;
    }
    d->wheelRemainder += delta;
    const int steps = d->wheelRemainder / 120;
    d->wheelRemainder -= steps * 120;
    if (steps != 0)
        setCurrentIndex(d->index - steps); // wheel towards the person: further into the series
    event->accept();
}

void SliceView::keyPressEvent(QKeyEvent* event)
{
    const QList<WindowPreset> presets = allWindowPresets();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right: showNext(); break;
    case Qt::Key_Up:
    case Qt::Key_Left: showPrevious(); break;
    case Qt::Key_PageDown: setCurrentIndex(d->index + kPageStep); break;
    case Qt::Key_PageUp: setCurrentIndex(d->index - kPageStep); break;
    case Qt::Key_Home: setCurrentIndex(0); break;
    case Qt::Key_End: setCurrentIndex(d->count - 1); break;
    case Qt::Key_R: resetView(); break;
    case Qt::Key_O: setOverlaysVisible(!d->overlays); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAround(1.25, pictureArea().center()); break;
    case Qt::Key_Minus: zoomAround(1.0 / 1.25, pictureArea().center()); break;
    default:
        if (event->key() >= Qt::Key_1 && event->key() < Qt::Key_1 + presets.size()) {
            setPreset(presets.at(event->key() - Qt::Key_1));
            break;
        }
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SliceView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    d->lastPos = event->position();
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)))
        d->drag = Private::Drag::Pan;
    else if (event->button() == Qt::RightButton)
        d->drag = Private::Drag::Zoom;
    else if (event->button() == Qt::LeftButton)
        d->drag = Private::Drag::Window;
    else
        d->drag = Private::Drag::None;
    event->accept();
}

void SliceView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF delta = event->position() - d->lastPos;
    d->lastPos = event->position();
    switch (d->drag) {
    case Private::Drag::Window: {
        FramePtr frame = d->cache.count(d->index) ? d->cache.at(d->index) : nullptr;
        if (!frame || frame->isEmpty() || frame->isColor)
            break; // colour pictures have no window
        // Scale-free: the width changes by a factor, the level by a share of the width, so the
        // same movement feels the same on CT (thousands of HU) and on PET (fractions).
        const double width = d->window.width * std::exp(delta.x() * 0.005);
        const double center = d->window.center + delta.y() * d->window.width * 0.005;
        setWindow(center, width);
        break;
    }
    case Private::Drag::Zoom:
        zoomAround(std::exp(-delta.y() * 0.01), pictureArea().center());
        break;
    case Private::Drag::Pan:
        d->pan += delta;
        update();
        break;
    case Private::Drag::None: break;
    }
    event->accept();
}

void SliceView::mouseReleaseEvent(QMouseEvent* event)
{
    d->drag = Private::Drag::None;
    event->accept();
}

void SliceView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        resetView();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace scanshield::viewer
