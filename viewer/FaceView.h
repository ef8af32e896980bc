#pragma once

#include "viewer/HeadSurface.h"

#include <QImage>
#include <QWidget>

#include <memory>

namespace scanshield::viewer {

// The 3D picture of a head rebuilt from a CT or MRI: the skin surface, lit and skin-coloured,
// seen from the front at first, with the sentence that says why it matters.
//
// The surface is built on a worker thread (setVolume); meanwhile the widget says so and shows
// how far it got. VTK draws the picture into an offscreen GL buffer that the widget paints as
// an image: this keeps VTK's GL context apart from Qt's (Debian's VTK has no Qt 6 support, and
// the widget works under any Qt platform, offscreen included). VTK needs an X display with GLX;
// without one the widget says so in words instead of drawing (and never aborts).
//
// While a drag turns the head, the lighter copy of the surface is drawn (HeadSurface::preview,
// about a quarter of the triangles), so turning stays smooth on a software GL even on a busy
// machine; the whole surface is drawn again when the button is released.
//
// For a person:
//   left drag            turn the head around (left/right) and tilt it (up/down)
//   mouse wheel, + / -   zoom
//   arrow keys           turn and tilt, for people who cannot use a mouse
//   double-click, Home   back to the front view
class FaceView : public QWidget {
    Q_OBJECT
public:
    enum class State {
        Empty,     // nothing given yet
        Building,  // the surface is being built
        Ready,     // the picture is shown
        NoDisplay, // there is no graphics display to draw with
        Failed,    // no surface: see message()
    };
    Q_ENUM(State)

    explicit FaceView(QWidget* parent = nullptr);
    ~FaceView() override;

    // Builds the skin surface of `volume` off the GUI thread, then shows it from the front.
    // A build still running for an earlier volume is cancelled. `skin`: the face pass's mask of
    // this volume, when there is one (saves its making, and is the best cut on a big CT).
    void setVolume(std::shared_ptr<const volume::Volume> volume, HeadSurfaceOptions options = {},
                   std::shared_ptr<const volume::SkinMask> skin = nullptr);
    // Shows a surface built elsewhere (buildHeadSurface).
    void setSurface(const HeadSurface& surface);
    void clear();

    State state() const;
    QString message() const;   // what the widget says instead of a picture (empty when Ready)
    double progress() const;   // of the build, 0..1
    long long triangleCount() const;

    // The camera: azimuth turns it around the head's vertical axis (0: in front of the face,
    // 90: at the patient's left), elevation raises it (degrees, within +-85), zoom brings it
    // closer (1: the whole head fits).
    double azimuth() const;
    double elevation() const;
    double zoom() const;

    // The sentence beside the picture; by default exposureSentence().
    void setCaption(const QString& caption);
    QString caption() const;
    static QString exposureSentence();

    // The head at `azimuthDegrees` (elevation 0, zoom 1), at `size` pixels, without the caption:
    // for tests, screenshots and reports. A null image when there is no surface or no display.
    QImage renderToImage(QSize size, double azimuthDegrees);

    // Where the picture is drawn, in widget coordinates: the widget above the caption.
    QRect pictureRect() const;
    // A drag is under way, so the lighter copy of the surface is drawn.
    bool isTurning() const;

    // Whether VTK can draw here: an X display with GLX. Without it, creating a VTK window would
    // abort the process (TOOLCHAIN.md pitfall 4). `why` gets words for a person.
    static bool displayAvailable(QString* why = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setAzimuth(double degrees);
    void setElevation(double degrees);
    void setZoom(double zoom);
    void resetView();
    void cancelBuild();

signals:
    void stateChanged(scanshield::viewer::FaceView::State state);
    void viewChanged(); // azimuth, elevation or zoom
    void surfaceShown();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;

    void setState(State state, const QString& message);
    void stopBuild(); // cancels the build under way, if any, without a word
    void pollProgress();
    QRect captionArea() const;
};

} // namespace scanshield::viewer
