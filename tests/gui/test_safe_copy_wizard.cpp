// "Make a safe copy" as a person goes through it on the demo disc: every series ticked and the
// files that are not pictures offered with what they hold, the patient's default chosen, one
// file before and after with the name gone, a place that refuses a folder already in use,
// then the copy made and checked, a result that says it is safe, and the copy opened in
// ScanShield itself. Each page is saved as a picture in the test's output folder.
#include "support/DemoWindow.h"
#include "support/DiscScanHelpers.h"
#include "support/TestData.h"
#include "ui/ExposurePage.h"
#include "ui/MainWindow.h"
#include "ui/SafeCopyChoosePage.h"
#include "ui/SafeCopyDestinationPage.h"
#include "ui/SafeCopyOptionsPage.h"
#include "ui/SafeCopyPreviewPage.h"
#include "ui/SafeCopyProgressPage.h"
#include "ui/SafeCopyResultPage.h"
#include "ui/SafeCopyWizard.h"
#include "volume/FacePass.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

void savePicture(QWidget& widget, const QString& name)
{
    widget.grab().save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(name));
}

int checkedSeries(const QTreeWidget& tree)
{
    int checked = 0;
    for (int i = 0; i < tree.topLevelItemCount(); ++i)
        for (int j = 0; j < tree.topLevelItem(i)->childCount(); ++j)
            checked += tree.topLevelItem(i)->child(j)->checkState(0) == Qt::Checked ? 1 : 0;
    return checked;
}

// The row of the preview's table whose first column reads `name`, or -1.
int rowNamed(const QTableWidget& table, const QString& name)
{
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 0)->text() == name)
            return row;
    return -1;
}

// The wizard on the demo disc, opened as a person opens it once the report is ready.
ui::SafeCopyWizard* openWizardOnDemoDisc(ui::MainWindow& window)
{
    window.show();
    if (test::openDemoDiscAndWaitForReport(window).isEmpty())
        return nullptr;
    window.safeCopyAction()->trigger();
    return window.findChild<ui::SafeCopyWizard*>();
}

// From the first page, with every choice as it is, to the copy being made in parent/copy.
void startCopyInto(ui::SafeCopyWizard& wizard, const QString& parent)
{
    wizard.next(); // what goes in
    wizard.next(); // how
    wizard.next(); // before and after
    wizard.destinationPage()->folderEdit()->setText(parent);
    wizard.destinationPage()->nameEdit()->setText("copy");
    wizard.next(); // where: makes the copy
}

} // namespace

TEST(SafeCopyWizard, MakesACheckedCopyOfTheDemoDiscAndOpensIt)
{
    ui::MainWindow window;
    window.show();
    EXPECT_FALSE(window.safeCopyAction()->isEnabled()) << "nothing to copy before a disc is read";
    const QString disc = test::openDemoDiscAndWaitForReport(window);
    ASSERT_FALSE(disc.isEmpty());
    ASSERT_TRUE(window.safeCopyAction()->isEnabled());
    const auto original = test::fingerprints(disc);
    const int instances = window.discIndex().instancesTotal();

    window.safeCopyAction()->trigger();
    auto* wizard = window.findChild<ui::SafeCopyWizard*>();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard));

    // 1. Everything is included; files that are not pictures are offered, unticked, with what
    //    the report found in them.
    ui::SafeCopyChoosePage* choose = wizard->choosePage();
    ASSERT_EQ(wizard->currentId(), ui::SafeCopyWizard::ChoosePage);
    EXPECT_EQ(checkedSeries(*choose->seriesTree()), window.discIndex().seriesTotal());
    EXPECT_EQ(choose->otherFileList()->count(), window.discIndex().otherFiles.size());
    bool readmeSaysName = false;
    for (int i = 0; i < choose->otherFileList()->count(); ++i) {
        const QListWidgetItem* item = choose->otherFileList()->item(i);
        EXPECT_EQ(item->checkState(), Qt::Unchecked);
        readmeSaysName = readmeSaysName || (item->text().startsWith("README.TXT") && item->text().contains("mentions your name"));
    }
    EXPECT_TRUE(readmeSaysName);
    savePicture(*wizard, "safe-copy-1-choose.png");
    // Unticking every visit leaves nothing to copy: Next is not offered.
    for (int i = 0; i < choose->seriesTree()->topLevelItemCount(); ++i)
        choose->seriesTree()->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    EXPECT_FALSE(choose->isComplete());
    for (int i = 0; i < choose->seriesTree()->topLevelItemCount(); ++i)
        choose->seriesTree()->topLevelItem(i)->setCheckState(0, Qt::Checked);
    EXPECT_EQ(checkedSeries(*choose->seriesTree()), window.discIndex().seriesTotal()) << "a visit ticks its series";
    ASSERT_TRUE(choose->isComplete());
    wizard->next();

    // 2. The patient's default.
    ui::SafeCopyOptionsPage* options = wizard->optionsPage();
    ASSERT_EQ(wizard->currentId(), ui::SafeCopyWizard::OptionsPage);
    EXPECT_TRUE(options->moveDatesChoice()->isChecked());
    EXPECT_TRUE(options->blackOutTextSwitch()->isChecked());
    EXPECT_TRUE(options->keepDescriptionsSwitch()->isChecked());
    EXPECT_FALSE(options->keepUidsSwitch()->isChecked());
    EXPECT_FALSE(options->keepInstitutionSwitch()->isChecked());
    savePicture(*wizard, "safe-copy-2-options.png");
    wizard->next();

    // 3. One file before and after: the name is on the disc, not in the copy.
    ui::SafeCopyPreviewPage* preview = wizard->previewPage();
    ASSERT_EQ(wizard->currentId(), ui::SafeCopyWizard::PreviewPage);
    EXPECT_EQ(preview->seriesChoice()->count(), window.discIndex().seriesTotal());
    preview->showValuesSwitch()->setChecked(true);
    const QTableWidget& table = *preview->table();
    const int nameRow = rowNamed(table, QStringLiteral("Your name"));
    ASSERT_GE(nameRow, 0);
    EXPECT_TRUE(table.item(nameRow, 1)->text().contains("Mustermann")) << table.item(nameRow, 1)->text().toStdString();
    EXPECT_FALSE(table.item(nameRow, 2)->text().contains("Mustermann"));
    savePicture(*wizard, "safe-copy-3-preview.png");
    preview->showValuesSwitch()->setChecked(false);
    EXPECT_FALSE(table.item(rowNamed(table, QStringLiteral("Your name")), 1)->text().contains("Mustermann"))
        << "values hidden unless asked for";
    wizard->next();

    // 4. Where: a folder that already holds files is refused, with a reason.
    ui::SafeCopyDestinationPage* destination = wizard->destinationPage();
    ASSERT_EQ(wizard->currentId(), ui::SafeCopyWizard::DestinationPage);
    const QString parent = test::makeTempDir();
    QDir(parent).mkpath("taken");
    QFile keep(QDir(parent).filePath("taken/letter.txt"));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.close();
    destination->folderEdit()->setText(parent);
    destination->nameEdit()->setText("taken");
    EXPECT_FALSE(destination->isComplete());
    EXPECT_TRUE(destination->problemLabel()->text().contains("already exists")) << destination->problemLabel()->text().toStdString();
    destination->folderEdit()->setText(disc);
    destination->nameEdit()->setText("inside");
    EXPECT_FALSE(destination->isComplete()) << "never inside the original";
    destination->folderEdit()->setText(parent);
    destination->nameEdit()->setText("copy");
    EXPECT_TRUE(destination->isComplete()) << destination->problemLabel()->text().toStdString();
    savePicture(*wizard, "safe-copy-4-destination.png");
    wizard->next();

    // 5. The copy is made and checked; the wizard moves on to the result by itself.
    ASSERT_EQ(wizard->currentId(), ui::SafeCopyWizard::ProgressPage);
    QTest::qWait(300);
    savePicture(*wizard, "safe-copy-5-progress.png");
    EXPECT_TRUE(QTest::qWaitFor([&] { return wizard->currentId() == ui::SafeCopyWizard::ResultPage; }, 300000));

    // 6. Safe, and said so.
    ui::SafeCopyResultPage* result = wizard->resultPage();
    ASSERT_EQ(wizard->currentId(), ui::SafeCopyWizard::ResultPage);
    EXPECT_TRUE(wizard->plan().outcome.isSafe()) << wizard->plan().outcome.copy.error.toStdString()
                                                 << wizard->plan().outcome.verification.note.toStdString();
    EXPECT_TRUE(result->headline()->text().contains("nothing that identifies you")) << result->headline()->text().toStdString();
    EXPECT_EQ(wizard->plan().outcome.copy.filesWritten, instances);
    const QString copy = QDir(parent).filePath("copy");
    EXPECT_TRUE(QFile::exists(QDir(copy).filePath("DICOMDIR")));
    savePicture(*wizard, "safe-copy-6-result.png");

    // The copy opens in ScanShield, as any disc.
    QTest::mouseClick(result->openInScanShieldButton(), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isReading() && window.discIndex().location == copy; }, 60000));
    EXPECT_EQ(window.discIndex().instancesTotal(), instances);
    EXPECT_TRUE(window.discIndex().mediaDirectories.contains("DICOMDIR"));
    EXPECT_EQ(test::fingerprints(disc), original) << "not one byte of the original changed";
}

// Stopped while the copy is being made: the wizard closes once the job has stopped, and
// nothing is left in the chosen folder.
TEST(SafeCopyWizard, StoppingTheCopyKeepsNothing)
{
    ui::MainWindow window;
    QPointer<ui::SafeCopyWizard> wizard = openWizardOnDemoDisc(window);
    ASSERT_TRUE(wizard);
    const QString parent = test::makeTempDir();
    startCopyInto(*wizard, parent);
    ASSERT_EQ(wizard->currentId(), ui::SafeCopyWizard::ProgressPage);
    wizard->reject();
    EXPECT_TRUE(QTest::qWaitFor([&] { return wizard.isNull(); }, 120000)) << "closed (and deleted) once stopped";
    EXPECT_TRUE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

// A file that is not a picture, ticked although it names the patient, goes into the copy as
// it is; the check finds the name in it and the result says the copy is not safe, naming it.
TEST(SafeCopyWizard, SaysNotSafeWhenAPickedFileNamesThePatient)
{
    ui::MainWindow window;
    ui::SafeCopyWizard* wizard = openWizardOnDemoDisc(window);
    ASSERT_NE(wizard, nullptr);
    QListWidget* others = wizard->choosePage()->otherFileList();
    for (int i = 0; i < others->count(); ++i)
        if (others->item(i)->text().startsWith("README.TXT"))
            others->item(i)->setCheckState(Qt::Checked);
    startCopyInto(*wizard, test::makeTempDir());
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->currentId() == ui::SafeCopyWizard::ResultPage; }, 300000));

    EXPECT_TRUE(wizard->plan().outcome.copy.written);
    EXPECT_FALSE(wizard->plan().outcome.isSafe());
    ui::SafeCopyResultPage* result = wizard->resultPage();
    EXPECT_TRUE(result->headline()->text().contains("Do not give this copy")) << result->headline()->text().toStdString();
    ASSERT_GT(result->problemList()->count(), 0);
    EXPECT_TRUE(result->problemList()->item(0)->text().startsWith("Still in the copy"))
        << result->problemList()->item(0)->text().toStdString();
    savePicture(*wizard, "safe-copy-6-not-safe.png");
}

// "Remove your face" ticked: the demo head CT's 100 pictures are cut, the check measures the
// face gone and calls the copy safe, and the copy, read on its own, shows a defaced head.
TEST(SafeCopyWizard, RemovesTheFaceWhenAsked)
{
    ui::MainWindow window;
    ui::SafeCopyWizard* wizard = openWizardOnDemoDisc(window);
    ASSERT_NE(wizard, nullptr);
    wizard->next(); // what goes in
    ui::SafeCopyOptionsPage* options = wizard->optionsPage();
    ASSERT_TRUE(options->defaceSwitch()->isEnabled()) << "the report found the face of the head CT";
    EXPECT_FALSE(options->defaceSwitch()->isChecked()) << "off unless asked for: it changes the pictures";
    options->defaceSwitch()->setChecked(true);
    wizard->next(); // how
    wizard->next(); // before and after
    const QString parent = test::makeTempDir();
    wizard->destinationPage()->folderEdit()->setText(parent);
    wizard->destinationPage()->nameEdit()->setText("copy");
    wizard->next(); // where: makes the copy
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard->currentId() == ui::SafeCopyWizard::ResultPage; }, 300000));

    const deid::SafeCopyOutcome& outcome = wizard->plan().outcome;
    EXPECT_TRUE(outcome.isSafe()) << outcome.copy.error.toStdString() << outcome.verification.note.toStdString();
    EXPECT_EQ(outcome.copy.picturesDefaced, 100);
    savePicture(*wizard, "safe-copy-6-defaced.png");

    const test::OpenedDisc copy = test::openDisc(QDir(parent).filePath("copy"));
    ASSERT_TRUE(copy.source);
    const QList<volume::SeriesFace> faces = volume::FacePass().run(copy.scan.index, *copy.source);
    int heads = 0;
    for (const volume::SeriesFace& face : faces) {
        if (!face.headVolume.isHeadVolume)
            continue;
        ++heads;
        EXPECT_FALSE(face.faceVisible) << face.problem.toStdString();
    }
    EXPECT_EQ(heads, 1);
}
