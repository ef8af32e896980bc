#pragma once

#include "pixels/DicomImageFile.h"
#include "viewer/TextMarks.h"
#include "viewer/WindowLevel.h"

#include <QHash>
#include <QPointF>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace scanshield::viewer {

// Shows the pictures of a series one at a time: several single-frame files, multi-frame
// files, or both, from a disc, a folder or inside an archive. The pictures come from a loader
// callback, are decoded on worker threads and kept in a small cache, so moving through the
// images never waits for a decoder; until a picture is ready the previous one stays on screen.
//
// For a person:
//   mouse wheel, arrow keys          previous / next image (Page Up / Page Down: 10 at a time,
//                                    Home / End: first / last)
//   left drag                        brightness and contrast (window: up/down moves the level,
//                                    left/right changes the width)
//   right drag, Ctrl + wheel, + / -  zoom
//   middle drag, Shift + left drag   move the picture
//   double-click, R                  start over (fit, no zoom, the file's own window)
//   1 .. 6                           window presets (As stored, Brain, Soft tissue, Lung, Bone, Full range)
//   O                                show or hide overlay drawings
// Boxes around text read in the pictures (setTextMarks) are drawn over them, in the
// pictures' own pixels, so they follow zoom and pan.
// A line above the picture says "Image 12 of 100 · Window 40/80".
class SliceView : public QWidget {
    Q_OBJECT
public:
    // Decodes picture `index` (0-based) of the series. It runs on worker threads, sometimes for
    // two indexes at once, so it must be safe to call concurrently (DicomImageFile::frame is).
    using FrameLoader = std::function<pixels::DecodedFrame(int index)>;

    explicit SliceView(QWidget* parent = nullptr);
    ~SliceView() override;

    // Shows a new series, starting at its first picture; the view starts over and forgets the
    // text marks of the previous series.
    void setFrames(int count, FrameLoader loader);
    void clear();

    // A loader over files in series order: every frame of every file, one after the other.
    // A file that cannot be read still takes one place, which shows why it cannot be shown.
    static FrameLoader loaderForFiles(std::vector<pixels::DicomImageFile> files, int* frameCount);

    // Boxes to draw over picture `index` (the key), in that picture's pixels. Call after
    // setFrames(); replaces any marks given before.
    void setTextMarks(const QHash<int, QList<TextMark>>& marksByIndex);
    QList<TextMark> textMarks(int index) const;
    void setTextMarksVisible(bool visible);
    bool textMarksVisible() const;
    // Where the picture on screen is drawn, in widget coordinates (empty while there is none).
    QRectF pictureRect() const;

    int frameCount() const;
    int currentIndex() const;
    Window window() const;
    WindowPreset preset() const;
    double zoom() const;         // 1 = the whole picture fits the view
    QPointF panOffset() const;   // in widget pixels, from the centred position
    bool overlaysVisible() const;
    bool isCurrentFrameShown() const; // the decoded picture of currentIndex() is on screen
    QString statusText() const;       // the line shown on top of the picture
    int cachedFrameCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void setCurrentIndex(int index);
    void showNext();
    void showPrevious();
    void setWindow(double center, double width);
    void setPreset(scanshield::viewer::WindowPreset preset);
    void setZoom(double zoom);
    void setOverlaysVisible(bool visible);
    void resetView();

signals:
    void currentIndexChanged(int index);
    void windowChanged(double center, double width);
    void zoomChanged(double zoom);
    void frameShown(int index); // the decoded picture of `index` has just appeared

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;

    void requestFrames();
    void startDecode(int index);
    void frameDecoded(quint64 generation, int index, pixels::DecodedFrame frame);
    void showCurrentIfReady();
    void rerender();
    void zoomAround(double factor, QPointF widgetPos);
    void statusChanged();
    QRectF imageRect() const;
    int statusBandHeight() const;
    QRectF pictureArea() const; // the widget below the status line
};

} // namespace scanshield::viewer
