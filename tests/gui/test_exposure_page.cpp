// The exposure page as a person meets it: after the disc is read, the report appears with
// the name count, every kind of information with its traffic light, values hidden until
// asked for, and tag numbers only when technical details are switched on.
#include "demo/DemoDisc.h"
#include "support/DemoWindow.h"
#include "support/TestData.h"
#include "ui/ExposurePage.h"
#include "ui/MainWindow.h"
#include "ui/ReportPreviewDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QTest>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace scanshield;

TEST(ExposurePage, ShowsWhatTheDemoDiscRevealsWithValuesHiddenUntilAsked)
{
    ui::MainWindow window;
    window.resize(1280, 860);
    window.show();
    ASSERT_FALSE(test::openDemoDiscAndWaitForReport(window).isEmpty());

    ui::ExposurePage& page = *window.exposurePage();
    EXPECT_TRUE(page.headline().contains(QStringLiteral("Your name appears in"))) << page.headline().toStdString();
    ASSERT_EQ(page.categoryList()->count(), 10);
    EXPECT_EQ(page.categoryList()->currentRow(), 0) << "the page opens on 'who you are'";

    QTableWidget& table = *page.findingTable();
    ASSERT_GT(table.rowCount(), 3);
    int hiddenRow = -1;
    for (int row = 0; row < table.rowCount() && hiddenRow < 0; ++row)
        if (table.item(row, 1)->text().contains(QStringLiteral("hidden")))
            hiddenRow = row;
    ASSERT_GE(hiddenRow, 0) << "values are hidden by default";
    for (int row = 0; row < table.rowCount(); ++row)
        EXPECT_FALSE(table.item(row, 1)->text().contains(QStringLiteral("Mustermann"))) << "no name shown before asking";
    EXPECT_TRUE(table.isColumnHidden(3)) << "tag numbers wait for the technical switch";
    // Hundreds of unique reference numbers (UIDs) are one row, the last.
    int referenceRows = 0;
    for (int row = 0; row < table.rowCount(); ++row)
        referenceRows += table.item(row, 0)->text() == QStringLiteral("Hidden reference numbers") ? 1 : 0;
    EXPECT_EQ(referenceRows, 1);
    EXPECT_EQ(table.item(table.rowCount() - 1, 0)->text(), QStringLiteral("Hidden reference numbers"));
    EXPECT_LT(table.rowCount(), 40) << "the page lists what a person can read, not every UID";

    // A click on one row shows that value only.
    table.setCurrentCell(hiddenRow, 0);
    EXPECT_FALSE(table.item(hiddenRow, 1)->text().contains(QStringLiteral("hidden")));

    page.showValuesSwitch()->setChecked(true);
    bool nameShown = false;
    for (int row = 0; row < table.rowCount(); ++row)
        nameShown = nameShown || table.item(row, 1)->text().contains(QStringLiteral("Mustermann"));
    EXPECT_TRUE(nameShown);
    page.technicalSwitch()->setChecked(true);
    EXPECT_FALSE(table.isColumnHidden(3));
    bool tagShown = false;
    for (int row = 0; row < table.rowCount(); ++row)
        tagShown = tagShown || table.item(row, 3)->text() == QStringLiteral("(0010,0010)");
    EXPECT_TRUE(tagShown);

    page.showValuesSwitch()->setChecked(false);
    page.technicalSwitch()->setChecked(false);

    // Where a finding is: the series in words, and how many files. The face is the head CT.
    test::selectCategory(page, exposure::Category::Face);
    ASSERT_GE(table.rowCount(), 1);
    const QString where = table.item(0, 2)->text();
    EXPECT_TRUE(where.contains(QStringLiteral("Kopf 2.0 H31s"))) << where.toStdString();
    EXPECT_TRUE(where.contains(QStringLiteral("100"))) << where.toStdString();
    page.categoryList()->setCurrentRow(0);

    // QTabWidget puts its pages in a stack: the page's grandparent is the tab widget.
    auto* tabs = qobject_cast<QTabWidget*>(page.parentWidget()->parentWidget());
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(&page);
    window.grab().save(QDir(SCANSHIELD_GUI_TEST_OUTPUT_DIR).filePath(QStringLiteral("exposure_page_demo.png")));
}

// The printable report opens as a preview made with QtPdf, and saves to a real PDF.
TEST(ExposurePage, PreviewsThePrintableReport)
{
    ui::MainWindow window;
    ASSERT_FALSE(test::openDemoDiscAndWaitForReport(window, QStringLiteral("preview")).isEmpty());
    EXPECT_TRUE(window.exposurePage()->reportButton()->isEnabled());

    // The page's own dialog is modal; build one the same way from the page's report.
    ui::ReportPreviewDialog preview(window.exposurePage()->report(), window.discIndex());
    EXPECT_GE(preview.document()->pageCount(), 2);
    const QString saved = QDir(test::makeTempDir()).filePath("saved.pdf");
    QString error;
    ASSERT_TRUE(preview.saveTo(saved, &error)) << error.toStdString();
    QPdfDocument reread;
    ASSERT_EQ(reread.load(saved), QPdfDocument::Error::None);
    EXPECT_EQ(reread.pageCount(), preview.document()->pageCount());
    preview.resize(820, 980);
    preview.show();
    QTest::qWait(200);
    preview.grab().save(QDir(SCANSHIELD_GUI_TEST_OUTPUT_DIR).filePath(QStringLiteral("report_preview.png")));
}
