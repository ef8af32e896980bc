#include "viewer/TextMarks.h"

#include <QPainter>
#include <QPen>

namespace scanshield::viewer {

QColor textMarkColor()
{
    return QColor(240, 30, 200);
}

QRectF textMarkOnScreen(const QRect& box, const QRectF& pictureOnScreen, const QSize& imageSize)
{
    if (imageSize.isEmpty() || pictureOnScreen.isEmpty())
        return {};
    const double sx = pictureOnScreen.width() / imageSize.width();
    const double sy = pictureOnScreen.height() / imageSize.height();
    return {pictureOnScreen.left() + box.x() * sx, pictureOnScreen.top() + box.y() * sy, box.width() * sx,
            box.height() * sy};
}

void paintTextMarks(QPainter& painter, const QRectF& pictureOnScreen, const QSize& imageSize, const QList<TextMark>& marks)
{
    if (marks.isEmpty() || imageSize.isEmpty() || pictureOnScreen.isEmpty())
        return;
    painter.save();
    // Crisp lines: the outline must be one clear colour, not a blur over the picture.
    painter.setRenderHint(QPainter::Antialiasing, false);
    // The others first, so a chosen mark that overlaps them is drawn on top.
    for (const bool chosen : {false, true})
        for (const TextMark& mark : marks) {
            if (mark.chosen != chosen || mark.box.isEmpty())
                continue;
            const QRectF onScreen = textMarkOnScreen(mark.box, pictureOnScreen, imageSize)
                                        .adjusted(-kTextMarkMargin, -kTextMarkMargin, kTextMarkMargin, kTextMarkMargin);
            QColor fill = textMarkColor();
            fill.setAlpha(chosen ? 70 : 25);
            // Solid and thick for the chosen text, dashed for the others: the difference is
            // in the shape of the line, not only its width, so it is seen at a glance.
            QPen pen(textMarkColor(), chosen ? 3 : 2, chosen ? Qt::SolidLine : Qt::DashLine);
            pen.setJoinStyle(Qt::MiterJoin);
            painter.setPen(pen);
            painter.setBrush(fill);
            painter.drawRect(onScreen.toAlignedRect());
        }
    painter.restore();
}

} // namespace scanshield::viewer
