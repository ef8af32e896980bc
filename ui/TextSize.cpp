#include "ui/TextSize.h"

#include <QApplication>
#include <QWidget>

namespace scanshield::ui {

namespace {

constexpr const char* kFactorProperty = "scanshieldTextFactor";

qreal applicationPoints()
{
    const qreal points = QApplication::font().pointSizeF();
    return points > 0 ? points : 10.0; // a font sized in pixels: start from a common size
}

void setPoints(QWidget* widget, qreal points)
{
    QFont font = widget->font();
    font.setPointSizeF(points);
    widget->setFont(font);
}

} // namespace

void setRelativeTextSize(QWidget* widget, qreal factor, bool bold)
{
    widget->setProperty(kFactorProperty, factor);
    QFont font = widget->font();
    font.setBold(bold);
    font.setPointSizeF(applicationPoints() * factor);
    widget->setFont(font);
}

void applyTextScale(QWidget* window, qreal scale)
{
    const qreal points = applicationPoints() * scale;
    setPoints(window, points); // every widget without a size of its own follows
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        const QVariant factor = widget->property(kFactorProperty);
        if (factor.isValid())
            setPoints(widget, points * factor.toReal());
    }
}

} // namespace scanshield::ui
