#pragma once

#include "exposure/Category.h"

#include <QString>

namespace scanshield::ui {
class ExposurePage;
class MainWindow;
} // namespace scanshield::ui

namespace scanshield::test {

// Writes the demo disc into a fresh temporary folder called `name`, opens it in `window` and
// waits until its exposure report is ready (burned-in text included). Returns the disc's
// path, or an empty string, with a test failure recorded, when either step failed.
QString openDemoDiscAndWaitForReport(ui::MainWindow& window, const QString& name = QStringLiteral("demo"));

// Picks a category in the exposure page's list, as a person clicks it.
void selectCategory(ui::ExposurePage& page, exposure::Category category);

} // namespace scanshield::test
