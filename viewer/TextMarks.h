#pragma once

#include <QColor>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QSize>

class QPainter;

namespace scanshield::viewer {

// A box around text that was read in a picture (a name, a date burned into an ultrasound),
// in the picture's own pixels: x to the right, y down from the top-left corner.
struct TextMark {
    QRect box;
    // Part of what the person asked to see: drawn with a thick outline and a stronger fill,
    // so it stands out from the other text read in the same picture.
    bool chosen = false;

    bool operator==(const TextMark&) const = default;
};

// The outline colour of text marks: a vivid magenta. Medical pictures are grey, and colour
// Doppler uses red, blue and yellow (the yellow is also the viewer's overlay colour), so this
// colour belongs to the marks alone and reads as "look here" on every picture.
QColor textMarkColor();

// How far, in screen pixels, the outline stands outside the box, so that it never covers the
// letters it points at.
constexpr int kTextMarkMargin = 3;

// Draws the marks over a picture of `imageSize` pixels shown in `pictureOnScreen` (widget
// coordinates), so the boxes follow the picture through zoom and pan: a translucent fill
// and a thick solid outline for chosen marks, a lighter fill and a thin dashed outline for
// the others.
void paintTextMarks(QPainter& painter, const QRectF& pictureOnScreen, const QSize& imageSize, const QList<TextMark>& marks);

// Where a box of the picture lands on screen (before the margin is added).
QRectF textMarkOnScreen(const QRect& box, const QRectF& pictureOnScreen, const QSize& imageSize);

} // namespace scanshield::viewer
