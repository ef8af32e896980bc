// The question sheet as a person previews it before an appointment: the PDF shown in the
// dialog holds every question of the bank (read back with QtPdf), blank with lines to write on
// or with the answers noted so far, large print on more pages; "Print…" draws those pages on a
// printer (here a PDF printer, through the same routine the button calls); the preview's
// temporary folder goes with the dialog.
#include "checklist/QuestionBank.h"
#include "checklist/SheetHtml.h"
#include "checklist/Tailoring.h"
#include "support/TestData.h"
#include "ui/PdfPreviewPane.h"
#include "ui/PdfPrinting.h"
#include "ui/QuestionSheetDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrinter>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

#include <memory>

using namespace scanshield;

namespace {

const QString kAnswer = QStringLiteral("Yes: a tool called NoduleFinder reads every chest CT, and a radiologist checks it.");
const QString kNote = QStringLiteral("Ask again at the next visit.");

QList<checklist::AskedArea> areas()
{
    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    EXPECT_TRUE(bank.isValid()) << bank.error().toStdString();
    checklist::DiscConcerns concerns;
    concerns.face = true;
    concerns.faceScan = QStringLiteral("MRI");
    return checklist::tailoredAreas(bank, concerns);
}

checklist::SheetOptions optionsWithAnAnswer()
{
    checklist::SheetOptions options;
    options.appointment = QStringLiteral("Dr Weber, MRI of the head, 3 December");
    checklist::NotedAnswer answer;
    answer.asked = true;
    answer.answer = kAnswer;
    answer.note = kNote;
    options.answers.insert(QStringLiteral("ai_used"), answer);
    return options;
}

QPdfDocument* shownPdf(QDialog& dialog)
{
    auto* view = dialog.findChild<QPdfView*>();
    return view ? view->document() : nullptr;
}

// Every page's text, with runs of white space made one space: lines break where the page does.
QString allText(QPdfDocument& pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char(' ');
    return text.simplified();
}

// Without any white space, for texts whose lines may break anywhere; QtPdf gives a hyphen
// that ends a line as U+FFFE.
QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    text.replace(QChar(0xFFFE), QLatin1Char('-'));
    return text;
}

// Share of dark pixels in a picture of the page: how much ink it carries.
// The share of a page's pixels darker than `below` (128: the letters; 224: grey small print too).
double ink(const QImage& page, int below = 128)
{
    qint64 dark = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x)
            dark += qGray(page.pixel(x, y)) < below ? 1 : 0;
    return double(dark) / double(page.width() * page.height());
}

QImage onWhite(const QImage& page)
{
    QImage flat(page.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, page);
    return flat;
}

} // namespace

TEST(QuestionSheetDialog, PreviewsEveryQuestionWithTheAnswersSoFar)
{
    const QList<checklist::AskedArea> asked = areas();
    ui::QuestionSheetDialog dialog(asked, optionsWithAnAnswer());
    QPdfDocument* pdf = shownPdf(dialog);
    ASSERT_NE(pdf, nullptr);
    ASSERT_GE(pdf->pageCount(), 2);
    auto* withAnswers = dialog.findChild<QRadioButton*>(QStringLiteral("withAnswers"));
    ASSERT_NE(withAnswers, nullptr);
    EXPECT_TRUE(withAnswers->isChecked()) << "answers noted: the sheet starts with them";

    const QString text = allText(*pdf);
    const QString squeezed = withoutSpaces(text);
    EXPECT_TRUE(text.contains(checklist::questionSheetTitle()));
    EXPECT_TRUE(text.contains(QStringLiteral("Dr Weber, MRI of the head, 3 December")));
    int questions = 0;
    for (const checklist::AskedArea& area : asked)
        for (const checklist::AskedQuestion& question : area.questions) {
            EXPECT_TRUE(squeezed.contains(withoutSpaces(question.question.text))) << question.question.id.toStdString();
            ++questions;
        }
    EXPECT_GE(questions, 30);
    EXPECT_TRUE(text.contains(kAnswer));
    EXPECT_TRUE(text.contains(kNote));
    EXPECT_TRUE(text.contains(QStringLiteral("Your MRI shows your face."))) << "the reason the disc gives";
}

TEST(QuestionSheetDialog, BlankSheetLeavesRoomToWriteInsteadOfTheAnswers)
{
    ui::QuestionSheetDialog dialog(areas(), optionsWithAnAnswer());
    QPdfDocument* pdf = shownPdf(dialog);
    ASSERT_NE(pdf, nullptr);
    const QString withAnswers = allText(*pdf);
    const auto lines = [](const QString& text) { return text.count(QStringLiteral("The answer:")); };

    auto* blank = dialog.findChild<QRadioButton*>(QStringLiteral("blankSheet"));
    ASSERT_NE(blank, nullptr);
    QTest::mouseClick(blank, Qt::LeftButton);
    ASSERT_TRUE(blank->isChecked());
    const QString blankText = allText(*pdf);
    EXPECT_FALSE(blankText.contains(kAnswer));
    EXPECT_FALSE(blankText.contains(kNote));
    EXPECT_FALSE(blankText.contains(QStringLiteral("Asked: yes")));
    // Every question gets "The answer:" on a blank sheet, with ruled lines under it (drawn, not
    // text: tests/unit/test_checklist.cpp counts them); the answered one had its answer.
    EXPECT_EQ(lines(blankText), lines(withAnswers));
    EXPECT_TRUE(withAnswers.contains(QStringLiteral("Asked: yes")));
}

TEST(QuestionSheetDialog, WithoutAnswersOnlyTheBlankSheetIsOffered)
{
    ui::QuestionSheetDialog dialog(areas(), {});
    auto* blank = dialog.findChild<QRadioButton*>(QStringLiteral("blankSheet"));
    auto* withAnswers = dialog.findChild<QRadioButton*>(QStringLiteral("withAnswers"));
    ASSERT_TRUE(blank && withAnswers);
    EXPECT_TRUE(blank->isChecked());
    EXPECT_FALSE(withAnswers->isEnabled());
    EXPECT_FALSE(withAnswers->toolTip().isEmpty()) << "says why";
}

TEST(QuestionSheetDialog, LargePrintTakesMorePages)
{
    ui::QuestionSheetDialog dialog(areas(), {});
    QPdfDocument* pdf = shownPdf(dialog);
    ASSERT_NE(pdf, nullptr);
    const int normalPages = pdf->pageCount();
    const QSizeF normalPage = pdf->pagePointSize(0);
    auto* large = dialog.findChild<QCheckBox*>(QStringLiteral("largePrint"));
    ASSERT_NE(large, nullptr);
    large->setChecked(true);
    EXPECT_GT(pdf->pageCount(), normalPages);
    EXPECT_EQ(pdf->pagePointSize(0), normalPage) << "the same paper, larger letters";

    // Large print asked for by the caller is already on.
    checklist::SheetOptions options;
    options.largePrint = true;
    ui::QuestionSheetDialog largeFromTheStart(areas(), options);
    EXPECT_TRUE(largeFromTheStart.findChild<QCheckBox*>(QStringLiteral("largePrint"))->isChecked());
    EXPECT_EQ(shownPdf(largeFromTheStart)->pageCount(), pdf->pageCount());
}

// "Print…" draws each shown page on the printer: here a PDF printer, read back page by page.
TEST(QuestionSheetDialog, PrintsTheShownPages)
{
    ui::QuestionSheetDialog dialog(areas(), optionsWithAnAnswer());
    QPdfDocument* shown = shownPdf(dialog);
    ASSERT_NE(shown, nullptr);
    const QString printed = QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(QStringLiteral("question-sheet-printed.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        printer.setPageSize(QPageSize(QPageSize::A4));
        ASSERT_TRUE(ui::printPdfPages(*shown, printer));
    }
    QPdfDocument paper;
    ASSERT_EQ(paper.load(printed), QPdfDocument::Error::None);
    ASSERT_EQ(paper.pageCount(), shown->pageCount());
    const QSize size(298, 421); // A4 at 36 dpi
    for (int page = 0; page < paper.pageCount(); ++page) {
        EXPECT_NEAR(paper.pagePointSize(page).width(), shown->pagePointSize(page).width(), 1.0);
        const double printedInk = ink(onWhite(paper.render(page, size)));
        const double shownInk = ink(onWhite(shown->render(page, size)));
        // A last page may hold only the closing line ("Made with ScanShield...", in grey).
        EXPECT_GT(ink(onWhite(paper.render(page, size)), 224), 0.0) << "page " << page + 1 << " carries the text";
        EXPECT_NEAR(printedInk, shownInk, std::max(shownInk * 0.25, 0.0005)) << "page " << page + 1 << " is the page shown";
    }
}

TEST(QuestionSheetDialog, ThePreviewFolderGoesWithTheDialog)
{
    auto dialog = std::make_unique<ui::QuestionSheetDialog>(areas(), checklist::SheetOptions{});
    auto* pane = dialog->findChild<ui::PdfPreviewPane*>();
    ASSERT_NE(pane, nullptr);
    const QString folder = pane->previewFolder();
    ASSERT_FALSE(folder.isEmpty());
    EXPECT_FALSE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).isEmpty());
    dialog.reset();
    EXPECT_FALSE(QFileInfo::exists(folder));
}

TEST(QuestionSheetDialog, Screenshot)
{
    ui::QuestionSheetDialog dialog(areas(), optionsWithAnAnswer());
    dialog.resize(820, 980);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // QPdfView draws its pages on another thread: the picture is taken once the first page shows.
    auto* view = dialog.findChild<QPdfView*>();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([view] { return ink(onWhite(view->viewport()->grab().toImage())) > 0.002; }, 10000));
    dialog.grab().save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(QStringLiteral("question-sheet-preview.png")));
    // The sheet's own pages, for a person to look at.
    QPdfDocument* pdf = shownPdf(dialog);
    ASSERT_NE(pdf, nullptr);
    for (int page = 0; page < pdf->pageCount(); ++page)
        onWhite(pdf->render(page, QSize(595, 842)))
            .save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(QStringLiteral("question-sheet-page-%1.png").arg(page + 1)));
}
