// "Show your face in 3D" on the exposure page: the demo disc's head CT is rebuilt on a worker
// thread and shown by the 3D face view, from the front, with the words that say what it is.
#include "support/DemoWindow.h"
#include "support/TestData.h"
#include "ui/ExposurePage.h"
#include "ui/FaceDialog.h"
#include "ui/MainWindow.h"
#include "viewer/FaceView.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace scanshield;

TEST(FaceDialog, ShowsTheDemoHeadInThreeDimensions)
{
    ui::MainWindow window;
    window.show();
    ASSERT_FALSE(test::openDemoDiscAndWaitForReport(window).isEmpty());
    ui::ExposurePage& page = *window.exposurePage();
    test::selectCategory(page, exposure::Category::Face);
    QPushButton* button = page.showOnPictureButton(0);
    ASSERT_NE(button, nullptr) << "a face finding offers its 3D picture";
    EXPECT_EQ(button->text(), QStringLiteral("Show your face in 3D"));
    QTest::mouseClick(button, Qt::LeftButton);
    ui::FaceDialog* dialog = page.faceDialog();
    ASSERT_NE(dialog, nullptr);
    viewer::FaceView* view = dialog->faceView();
    if (!viewer::FaceView::displayAvailable())
        GTEST_SKIP() << "no X display: the 3D view shows words instead (tested in test_face_view)";
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->state() == viewer::FaceView::State::Ready ||
                                             view->state() == viewer::FaceView::State::Failed; },
                                120000));
    ASSERT_EQ(view->state(), viewer::FaceView::State::Ready) << view->message().toStdString();
    EXPECT_TRUE(dialog->statusLabel()->text().contains(QStringLiteral("anyone with a copy")));
    EXPECT_GT(view->triangleCount(), 10000);
    const QImage front = view->renderToImage(QSize(400, 400), 0.0);
    ASSERT_FALSE(front.isNull());
    EXPECT_NE(front.pixelColor(200, 200), front.pixelColor(2, 2)) << "the head in the middle, background at the corner";
    dialog->grab().save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(QStringLiteral("face_dialog_demo.png")));
}
