#include "ui/Headline.h"

#include <QLabel>

namespace scanshield::ui {

QLabel* makeHeadline(QWidget* parent)
{
    auto* headline = new QLabel(parent);
    headline->setWordWrap(true);
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    headline->setFont(big);
    return headline;
}

} // namespace scanshield::ui
