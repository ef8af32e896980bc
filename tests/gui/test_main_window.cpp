// The main window as a person meets it: a disc is read in the background, the tree fills with
// the patient, visits and series, the first series appears, files that are not pictures are
// listed with reasons, and a path that cannot be read says so without a dialog to dismiss.
#include "demo/DemoDisc.h"
#include "support/ArchiveWriter.h"
#include "support/TestData.h"
#include "ui/DiscTree.h"
#include "ui/MainWindow.h"
#include "viewer/SliceView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QSettings>
#include <QUrl>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

int countRows(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    int rows = model.rowCount(parent);
    for (int i = 0; i < model.rowCount(parent); ++i)
        rows += countRows(model, model.index(i, 0, parent));
    return rows;
}

bool waitForRead(ui::MainWindow& window)
{
    QSignalSpy finished(&window, &ui::MainWindow::discReadFinished);
    return finished.wait(120000);
}

QString summaryText(ui::MainWindow& window)
{
    QString text;
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (label->accessibleName() == QLatin1String("What is on this disc"))
            text = label->text();
    return text;
}

} // namespace

TEST(MainWindow, ShowsTheDemoDiscAsAPersonWouldReadIt)
{
    const QString disc = QDir(test::makeTempDir()).filePath("demo");
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);

    ui::MainWindow window;
    window.show();
    window.openDisc(disc);
    ASSERT_TRUE(waitForRead(window));

    const media::DiscIndex& index = window.discIndex();
    ASSERT_EQ(index.patients.size(), 1);
    const ui::DiscTreeModel& tree = *window.treeModel();
    EXPECT_EQ(tree.rowCount(), 1) << "one patient";
    EXPECT_EQ(countRows(tree), 1 + index.studiesTotal() + index.seriesTotal());

    EXPECT_TRUE(tree.index(0, 0).data().toString().contains(QStringLiteral("Erika Anne Mustermann")));

    // The head CT (the series with the most pictures) is on screen without anyone clicking.
    EXPECT_EQ(window.sliceView()->frameCount(), 100);
    EXPECT_TRUE(summaryText(window).contains(QStringLiteral("Erika Anne Mustermann")));

    const auto panels = window.findChildren<QTreeWidget*>();
    ASSERT_EQ(panels.size(), 1);
    EXPECT_EQ(panels.first()->topLevelItemCount(), index.problems.size());
    EXPECT_GE(index.problems.size(), 1) << "the demo disc carries a text file that names the patient";

    QSignalSpy shown(window.sliceView(), &viewer::SliceView::frameShown);
    shown.wait(10000);
    window.grab().save(QDir(SCANSHIELD_GUI_TEST_OUTPUT_DIR).filePath("main_window_demo.png"));
}

TEST(MainWindow, SaysInTheWindowWhenADiscCannotBeOpened)
{
    ui::MainWindow window;
    window.show();
    window.openDisc(QStringLiteral("/nonexistent/cdrom"));
    ASSERT_TRUE(waitForRead(window));
    EXPECT_TRUE(summaryText(window).contains(QStringLiteral("could not open"))) << summaryText(window).toStdString();
    EXPECT_EQ(window.treeModel()->rowCount(), 0);
}

TEST(MainWindow, ShowsNamesInTheirOwnScript)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    ui::MainWindow window;
    window.openDisc(test::sharedData("malformed_edge/pydicom_charsets"));
    ASSERT_TRUE(waitForRead(window));
    bool foundJapanese = false;
    for (int i = 0; i < window.treeModel()->rowCount(); ++i)
        foundJapanese = foundJapanese || window.treeModel()->index(i, 0).data().toString().contains(QStringLiteral("山田 太郎"));
    EXPECT_TRUE(foundJapanese);
}

TEST(MainWindow, OpensADiscDroppedOnItAndRemembersIt)
{
    QSettings().clear();
    const QString disc = QDir(test::makeTempDir()).filePath("dropped");
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);

    ui::MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(disc)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QSignalSpy finished(&window, &ui::MainWindow::discReadFinished);
    QApplication::sendEvent(&window, &drop);
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_GE(window.discIndex().instancesTotal(), 100);

    const QStringList recent = QSettings().value(QStringLiteral("recentDiscs")).toStringList();
    ASSERT_FALSE(recent.isEmpty());
    EXPECT_EQ(recent.first(), disc);
    bool inMenu = false;
    for (const QAction* action : window.findChildren<QAction*>())
        inMenu = inMenu || action->text() == QDir::toNativeSeparators(disc);
    EXPECT_TRUE(inMenu) << "the disc is one click away under Disc > Open recent";
}

// Every series of the demo disc can be looked at: clicking it shows its first picture (or, for
// the written report, says there is no picture). Pictures are saved for a person to look at.
TEST(MainWindow, ShowsEverySeriesOfTheDemoDisc)
{
    const QString disc = QDir(test::makeTempDir()).filePath("tour");
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);
    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    window.openDisc(disc);
    ASSERT_TRUE(waitForRead(window));

    auto* tree = window.findChild<QTreeView*>();
    ASSERT_NE(tree, nullptr);
    int shownSeries = 0;
    int withPictures = 0;
    for (const media::PatientEntry& patient : window.discIndex().patients)
        for (const media::StudyEntry& study : patient.studies)
            for (const media::SeriesEntry& series : study.series) {
                const QModelIndex item = window.treeModel()->indexOfSeries(series.uid);
                ASSERT_TRUE(item.isValid());
                tree->setCurrentIndex(item);
                EXPECT_EQ(window.sliceView()->frameCount(), series.frameCount()) << series.description.toStdString();
                if (series.frameCount() > 0) {
                    QSignalSpy shown(window.sliceView(), &viewer::SliceView::frameShown);
                    ASSERT_TRUE(shown.wait(20000)) << series.description.toStdString();
                    ++withPictures;
                    window.grab().save(QDir(SCANSHIELD_GUI_TEST_OUTPUT_DIR)
                                           .filePath(QStringLiteral("tour_%1_%2.png").arg(series.modality).arg(shownSeries)));
                }
                ++shownSeries;
            }
    EXPECT_EQ(shownSeries, window.discIndex().seriesTotal());
    EXPECT_EQ(withPictures, shownSeries - 1) << "all but the written report have pictures";
}

// A ZIP delivers its files in its own order; the window still settles on the head CT.
TEST(MainWindow, ShowsTheLargestSeriesWhateverTheOrderOfTheFiles)
{
    const QString disc = QDir(test::makeTempDir()).filePath("zipped");
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);
    const QString zip = QDir(test::makeTempDir()).filePath("disc.zip");
    ASSERT_TRUE(test::writeArchive(disc, zip, test::ArchiveFormat::Zip));
    ui::MainWindow window;
    window.show();
    window.openDisc(zip);
    ASSERT_TRUE(waitForRead(window));
    EXPECT_EQ(window.sliceView()->frameCount(), 100);
    QSignalSpy shown(window.sliceView(), &viewer::SliceView::frameShown);
    EXPECT_TRUE(shown.wait(20000)) << "a picture from inside the ZIP is decoded and shown";
}
