#include "ui/PdfPrinting.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>

#include <algorithm>

namespace scanshield::ui {

namespace {

constexpr qreal kMostDotsPerInch = 300;
constexpr qreal kPointsPerInch = 72;

// The page's place on the paper: as large as fits, proportions kept, centred.
QRectF fitted(const QSizeF& page, const QRectF& paper)
{
    const QSizeF size = page.scaled(paper.size(), Qt::KeepAspectRatio);
    return QRectF(paper.x() + (paper.width() - size.width()) / 2, paper.y() + (paper.height() - size.height()) / 2, size.width(),
                  size.height());
}

} // namespace

bool printPdfPages(QPdfDocument& document, QPrinter& printer)
{
    if (document.pageCount() <= 0)
        return false;
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF paper = painter.viewport();
    const qreal dotsPerInch = std::min<qreal>(printer.resolution(), kMostDotsPerInch);
    for (int page = 0; page < document.pageCount(); ++page) {
        if (page > 0 && !printer.newPage())
            return false;
        const QSizeF points = document.pagePointSize(page);
        const QRectF target = fitted(points.isEmpty() ? paper.size() : points, paper);
        // The picture at up to 300 dpi of the page's real size; the painter scales it to the paper.
        const QSize pixels = (points.isEmpty() ? target.size() * (dotsPerInch / printer.resolution())
                                               : points * (dotsPerInch / kPointsPerInch))
                                 .toSize();
        QImage image = document.render(page, pixels);
        if (image.isNull())
            return false;
        painter.fillRect(target, Qt::white); // QtPdf leaves the page's background transparent
        painter.drawImage(target, image);
    }
    return painter.end();
}

} // namespace scanshield::ui
