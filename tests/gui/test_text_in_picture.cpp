// "Show on the picture": text burned into a picture is shown on that picture, with a box
// around it that follows zoom and pan, and a caption that keeps values hidden unless the
// person chose to see them. On the demo disc, whose ultrasound has the fictional patient's
// name written into its pixels at a place the demo writer chose (not the OCR).
#include "demo/DemoDisc.h"
#include "pixels/DicomImageFile.h"
#include "support/DemoWindow.h"
#include "support/TestData.h"
#include "ui/ExposurePage.h"
#include "ui/MainWindow.h"
#include "ui/TextInPictureDialog.h"
#include "ui/TextPictures.h"
#include "viewer/SliceView.h"
#include "viewer/TextMarks.h"

#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

using namespace scanshield;

namespace {

QString outputPath(const QString& name)
{
    return QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(name);
}

bool isMarkColour(const QColor& c)
{
    const QColor mark = viewer::textMarkColor();
    return std::abs(c.red() - mark.red()) <= 30 && std::abs(c.green() - mark.green()) <= 30 &&
           std::abs(c.blue() - mark.blue()) <= 30;
}

// Where a box of a picture of `imageSize` pixels lands in the viewer, computed here from the
// picture's rectangle on screen, not with the viewer's own mapping.
QRectF onScreen(const QRect& box, const QRectF& picture, const QSize& imageSize)
{
    const double sx = picture.width() / imageSize.width();
    const double sy = picture.height() / imageSize.height();
    return {picture.x() + box.x() * sx, picture.y() + box.y() * sy, box.width() * sx, box.height() * sy};
}

// True when a mark-coloured pixel lies within `reach` pixels of `point`.
bool markNear(const QImage& image, QPoint point, int reach = 2)
{
    for (int dy = -reach; dy <= reach; ++dy)
        for (int dx = -reach; dx <= reach; ++dx) {
            const QPoint p = point + QPoint(dx, dy);
            if (image.rect().contains(p) && isMarkColour(image.pixelColor(p)))
                return true;
        }
    return false;
}

// The outline stands kTextMarkMargin pixels outside the box: look for it there, in the middle
// of each side.
void expectOutlineAround(const QImage& image, const QRectF& box, const char* when)
{
    const double m = viewer::kTextMarkMargin;
    const QPointF c = box.center();
    EXPECT_TRUE(markNear(image, QPointF(c.x(), box.top() - m).toPoint())) << when << ": top side";
    EXPECT_TRUE(markNear(image, QPointF(c.x(), box.bottom() + m).toPoint())) << when << ": bottom side";
    EXPECT_TRUE(markNear(image, QPointF(box.left() - m, c.y()).toPoint())) << when << ": left side";
    EXPECT_TRUE(markNear(image, QPointF(box.right() + m, c.y()).toPoint())) << when << ": right side";
}

// Mark-coloured pixels that are more than `slack` pixels away from every box.
int strayMarkPixels(const QImage& image, const QList<QRectF>& boxes, int slack)
{
    int stray = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            if (!isMarkColour(image.pixelColor(x, y)))
                continue;
            const bool nearBox = std::any_of(boxes.begin(), boxes.end(), [&](const QRectF& b) {
                return b.adjusted(-slack, -slack, slack, slack).contains(QPointF(x + 0.5, y + 0.5));
            });
            stray += nearBox ? 0 : 1;
        }
    return stray;
}

int brightPixels(const QImage& image, const QRect& area)
{
    int bright = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            bright += image.rect().contains(x, y) && qGray(image.pixel(x, y)) > 200 ? 1 : 0;
    return bright;
}

exposure::TextBox box(const QString& file, int frame, int x, int y, const QString& text)
{
    return exposure::TextBox{file, frame, x, y, 100, 20, text};
}

} // namespace

// The grouping behind the window: one picture per (file, frame) where the chosen text was
// read, each with every text read there, the chosen one first and marked.
TEST(TextInPicture, GroupsTheChosenTextWithEverythingReadInTheSamePicture)
{
    exposure::Finding name;
    name.category = exposure::Category::BurnedIn;
    name.value = QStringLiteral("DOE JANE");
    name.mentions = {QStringLiteral("name")};
    name.boxes = {box(QStringLiteral("b/cine"), 19, 5, 5, QStringLiteral("DOE JANE")),
                  box(QStringLiteral("a/us"), 0, 9, 5, QStringLiteral("DOE JANE")),
                  box(QStringLiteral("b/cine"), 0, 5, 5, QStringLiteral("DOE JANE"))};
    exposure::Finding hospital;
    hospital.category = exposure::Category::BurnedIn;
    hospital.value = QStringLiteral("GENERAL HOSPITAL");
    hospital.boxes = {box(QStringLiteral("a/us"), 0, 9, 60, QStringLiteral("GENERAL HOSPITAL")),
                      box(QStringLiteral("c/other"), 0, 9, 60, QStringLiteral("GENERAL HOSPITAL"))};
    exposure::ExposureReport report;
    report.findings = {hospital, name};

    media::SeriesEntry cine;
    cine.modality = QStringLiteral("US");
    cine.description = QStringLiteral("Carotid");
    media::IndexedInstance instance;
    instance.path = QStringLiteral("b/cine");
    instance.header.rows = instance.header.columns = 64;
    instance.header.numberOfFrames = 20;
    cine.instances = {instance};
    media::DiscIndex index;
    index.patients = {media::PatientEntry{}};
    index.patients[0].studies = {media::StudyEntry{}};
    index.patients[0].studies[0].series = {cine};

    const QList<ui::TextPicture> pictures = ui::picturesWithText(name, report, index);
    ASSERT_EQ(pictures.size(), 3);
    EXPECT_EQ(pictures[0].file, QStringLiteral("a/us"));
    EXPECT_EQ(pictures[1].file, QStringLiteral("b/cine"));
    EXPECT_EQ(pictures[1].frame, 0);
    EXPECT_EQ(pictures[2].frame, 19);
    EXPECT_TRUE(pictures[0].seriesWords.isEmpty()) << "a/us is not in the index";
    EXPECT_EQ(pictures[2].seriesWords, QStringLiteral("Ultrasound: Carotid"));
    EXPECT_EQ(pictures[2].indexInSeries, 19);
    EXPECT_EQ(pictures[2].seriesPictures, 20);

    // a/us holds the name and the hospital; the name comes first, chosen.
    ASSERT_EQ(pictures[0].texts.size(), 2);
    EXPECT_TRUE(pictures[0].texts[0].chosen);
    EXPECT_EQ(pictures[0].texts[0].boxes, QList<QRect>{QRect(9, 5, 100, 20)});
    EXPECT_FALSE(pictures[0].texts[1].chosen);
    EXPECT_EQ(pictures[0].texts[1].boxes, QList<QRect>{QRect(9, 60, 100, 20)});
    const QList<viewer::TextMark> marks = ui::textMarks(pictures[0]);
    ASSERT_EQ(marks.size(), 2);
    EXPECT_TRUE(marks[0].chosen);
    EXPECT_FALSE(marks[1].chosen);
    EXPECT_EQ(pictures[1].texts.size(), 1) << "the hospital was not read in the cine";
}

TEST(TextInPicture, ShowOnThePictureOutlinesTheBurnedInNameOnTheDemoUltrasound)
{
    ui::MainWindow window;
    window.resize(1280, 860);
    window.show();
    const QString disc = test::openDemoDiscAndWaitForReport(window);
    ASSERT_FALSE(disc.isEmpty());
    ui::ExposurePage& page = *window.exposurePage();
    ASSERT_TRUE(page.report().burnedInNote.isEmpty()) << "OCR must run for this test: " << page.report().burnedInNote.toStdString();

    // The person picks "Text burned into the pictures", then the row that mentions their name.
    test::selectCategory(page, exposure::Category::BurnedIn);
    int nameRow = -1;
    for (int row = 0; row < page.findingTable()->rowCount(); ++row)
        if (const exposure::Finding* f = page.findingAt(row); f && f->mentions.contains(QStringLiteral("name")))
            nameRow = row;
    ASSERT_GE(nameRow, 0) << "the demo ultrasound has the name burned in";
    const exposure::Finding name = *page.findingAt(nameRow);
    ASSERT_EQ(name.boxes.size(), 1);
    const exposure::TextBox nameBox = name.boxes.first();
    // Where the demo writer drew the name (x 10, y 6, letters 21 pixels high): the box OCR
    // found must be around it, else every check below would be about the wrong place.
    EXPECT_NEAR(nameBox.x, 10, 4);
    EXPECT_NEAR(nameBox.y, 6, 4);
    EXPECT_NEAR(nameBox.height, 21, 5);

    QPushButton* button = page.showOnPictureButton(nameRow);
    ASSERT_NE(button, nullptr);
    EXPECT_EQ(button->text(), QStringLiteral("Show on the picture"));
    constexpr int kPictureColumn = 6; // last in the model, shown after "Where"
    EXPECT_FALSE(page.findingTable()->isColumnHidden(kPictureColumn)) << "the button's column shows in this category";
    QTest::mouseClick(button, Qt::LeftButton);

    ui::TextInPictureDialog* dialog = page.textInPictureDialog();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    ASSERT_NE(dialog->currentPicture(), nullptr);
    EXPECT_EQ(dialog->currentPicture()->file, nameBox.file);
    EXPECT_EQ(dialog->currentPicture()->frame, nameBox.frame);
    EXPECT_EQ(dialog->pictureCount(), 1);
    EXPECT_TRUE(dialog->placeText().startsWith(QStringLiteral("Ultrasound"))) << dialog->placeText().toStdString();

    // Values stay hidden: the caption says what the text is, not what it says.
    const QString caption = dialog->caption();
    EXPECT_TRUE(caption.contains(QStringLiteral("your name"))) << caption.toStdString();
    EXPECT_TRUE(caption.contains(QStringLiteral("your birth date"))) << caption.toStdString();
    EXPECT_FALSE(caption.contains(QStringLiteral("MUSTERMAN"), Qt::CaseInsensitive)) << caption.toStdString();
    for (const exposure::Finding& f : page.report().findings) {
        if (!f.boxes.isEmpty()) {
            EXPECT_FALSE(caption.contains(f.value)) << caption.toStdString();
        }
    }

    viewer::SliceView& view = *dialog->sliceView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.isCurrentFrameShown(); }, 20000));
    const pixels::DecodedFrame frame = pixels::DicomImageFile::open(QDir(disc).filePath(nameBox.file)).frame(nameBox.frame);
    ASSERT_FALSE(frame.isEmpty());
    const QSize imageSize(frame.width, frame.height);
    const QRect nameRect(nameBox.x, nameBox.y, nameBox.width, nameBox.height);
    QList<QRect> allBoxes; // every text read in this picture, the name's among them
    for (const exposure::Finding& f : page.report().findings)
        for (const exposure::TextBox& b : f.boxes)
            if (b.file == nameBox.file && b.frame == nameBox.frame)
                allBoxes.append(QRect(b.x, b.y, b.width, b.height));
    EXPECT_GE(allBoxes.size(), 3) << "the birth date and the hospital are outlined too";
    EXPECT_EQ(view.textMarks(0).size(), allBoxes.size());

    const auto check = [&](const char* when) {
        const QImage marked = view.grab().toImage();
        const QRectF picture = view.pictureRect();
        const QRectF nameOnScreen = onScreen(nameRect, picture, imageSize);
        expectOutlineAround(marked, nameOnScreen, when);
        QList<QRectF> everyBox;
        for (const QRect& b : allBoxes)
            everyBox.append(onScreen(b, picture, imageSize));
        // The outline is kTextMarkMargin outside the box and at most 3 pixels wide.
        EXPECT_EQ(strayMarkPixels(marked, everyBox, viewer::kTextMarkMargin + 3), 0) << when;

        view.setTextMarksVisible(false);
        const QImage plain = view.grab().toImage();
        view.setTextMarksVisible(true);
        // The box is around the white letters of the name...
        const QRect inside = nameOnScreen.toAlignedRect().adjusted(2, 2, -2, -2);
        EXPECT_GT(brightPixels(plain, inside), inside.width() * inside.height() / 20) << when;
        // ...which the translucent fill tints, while pixels far from every box stay as they were.
        int tinted = 0, total = 0;
        for (int y = inside.top(); y <= inside.bottom(); y += 2)
            for (int x = inside.left(); x <= inside.right(); x += 2) {
                if (!plain.rect().contains(x, y))
                    continue;
                ++total;
                const QColor before = plain.pixelColor(x, y), after = marked.pixelColor(x, y);
                // Towards magenta: red and blue rise above green.
                tinted += after.red() - after.green() > before.red() - before.green() &&
                                  after.blue() - after.green() > before.blue() - before.green()
                              ? 1
                              : 0;
            }
        EXPECT_GT(tinted, total * 9 / 10) << when;
        int changedFarAway = 0;
        for (int y = 0; y < plain.height(); ++y)
            for (int x = 0; x < plain.width(); ++x) {
                const bool far = std::none_of(everyBox.begin(), everyBox.end(), [&](const QRectF& b) {
                    return b.adjusted(-10, -10, 10, 10).contains(QPointF(x + 0.5, y + 0.5));
                });
                changedFarAway += far && plain.pixel(x, y) != marked.pixel(x, y) ? 1 : 0;
            }
        EXPECT_EQ(changedFarAway, 0) << when;
        return marked;
    };
    const QImage fitted = check("fitted");
    const QRectF fittedName = onScreen(nameRect, view.pictureRect(), imageSize);

    // Zoomed in and moved so that the name is in the middle: the box goes with the picture.
    // As far in as keeps the whole name in view, so all four sides can be looked for.
    const double zoom = std::min(2.5, 0.85 * view.width() / fittedName.width());
    ASSERT_GT(zoom, 1.3) << "the view is too small for this test";
    view.setZoom(zoom);
    const QRectF zoomedName = onScreen(nameRect, view.pictureRect(), imageSize);
    const QPoint from = view.rect().center();
    const QPoint to = from + (QPointF(view.rect().center()) - zoomedName.center()).toPoint();
    QTest::mousePress(&view, Qt::MiddleButton, Qt::NoModifier, from);
    QTest::mouseMove(&view, to);
    QTest::mouseRelease(&view, Qt::MiddleButton, Qt::NoModifier, to);
    const QRectF moved = onScreen(nameRect, view.pictureRect(), imageSize);
    EXPECT_LT((moved.center() - QPointF(view.rect().center())).manhattanLength(), 4.0);
    EXPECT_NEAR(moved.height(), zoom * fittedName.height(), 0.5);
    check("zoomed and moved");

    // Asked for, the values appear in the caption.
    page.showValuesSwitch()->setChecked(true);
    EXPECT_TRUE(dialog->caption().contains(name.value)) << dialog->caption().toStdString();
    page.showValuesSwitch()->setChecked(false);
    EXPECT_FALSE(dialog->caption().contains(name.value));

    view.resetView();
    QTest::qWait(50);
    dialog->grab().save(outputPath(QStringLiteral("text_in_picture.png")));
    fitted.save(outputPath(QStringLiteral("text_in_picture_view.png")));

    // For the documentation: the window with the picture in front of the page it came from.
    auto* tabs = qobject_cast<QTabWidget*>(page.parentWidget()->parentWidget());
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(&page);
    // Side by side, as the window is not modal: the list on the left, the picture on the right.
    const QPixmap windowPicture = window.grab();
    const QPixmap dialogPicture = dialog->grab();
    constexpr int kGap = 16;
    QImage both(windowPicture.width() + dialogPicture.width() + 3 * kGap,
                std::max(windowPicture.height(), dialogPicture.height()) + 2 * kGap, QImage::Format_RGB32);
    both.fill(QColor(60, 70, 80));
    QPainter painter(&both);
    painter.drawPixmap(kGap, kGap, windowPicture);
    painter.drawPixmap(windowPicture.width() + 2 * kGap, kGap, dialogPicture);
    painter.end();
    both.save(outputPath(QStringLiteral("burned_in_text_boxes.png")));
}

// A new disc closes the window: its pictures belong to the old disc.
TEST(TextInPicture, OpeningAnotherDiscForgetsThePictures)
{
    ui::MainWindow window;
    const QString disc = test::openDemoDiscAndWaitForReport(window, QStringLiteral("demo2"));
    ASSERT_FALSE(disc.isEmpty());
    ui::ExposurePage& page = *window.exposurePage();
    test::selectCategory(page, exposure::Category::BurnedIn);
    ASSERT_GT(page.findingTable()->rowCount(), 0);
    QPushButton* button = page.showOnPictureButton(0);
    ASSERT_NE(button, nullptr);
    button->click();
    ASSERT_NE(page.textInPictureDialog(), nullptr);
    EXPECT_TRUE(page.textInPictureDialog()->isVisible());

    // Other categories have no picture to show.
    page.categoryList()->setCurrentRow(0);
    EXPECT_EQ(page.showOnPictureButton(0), nullptr);
    EXPECT_TRUE(page.findingTable()->isColumnHidden(6)) << "the picture column";

    QSignalSpy ready(&window, &ui::MainWindow::exposureReportReady);
    window.openDisc(disc);
    EXPECT_FALSE(page.textInPictureDialog()->isVisible());
    EXPECT_EQ(page.textInPictureDialog()->pictureCount(), 0);
    ASSERT_TRUE(ready.wait(120000));
}
