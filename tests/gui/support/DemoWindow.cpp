#include "DemoWindow.h"

#include "demo/DemoDisc.h"
#include "support/TestData.h"
#include "ui/ExposurePage.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QListWidget>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace scanshield::test {

QString openDemoDiscAndWaitForReport(ui::MainWindow& window, const QString& name)
{
    const QString disc = QDir(makeTempDir()).filePath(name);
    const demo::DemoDiscResult written = demo::writeDemoDisc(disc);
    if (!written.ok) {
        ADD_FAILURE() << "the demo disc could not be written: " << written.error.toStdString();
        return {};
    }
    QSignalSpy ready(&window, &ui::MainWindow::exposureReportReady);
    window.openDisc(disc);
    if (!ready.wait(120000)) {
        ADD_FAILURE() << "the exposure report of the demo disc did not come within two minutes";
        return {};
    }
    return disc;
}

void selectCategory(ui::ExposurePage& page, exposure::Category category)
{
    QListWidget& categories = *page.categoryList();
    for (int row = 0; row < categories.count(); ++row)
        if (categories.item(row)->data(Qt::UserRole).toInt() == int(category))
            categories.setCurrentRow(row);
}

} // namespace scanshield::test
