// "Questions for your appointment" as a person uses it: one area at a time with the keyboard
// alone (tick "asked", type the answer and a note, go on to the next step), the answers there
// again when the window is opened anew on the same database (as after restarting the app),
// each appointment with its own answers, a disc with a face putting the defacing question
// first with the reason, and large text making every text bigger. Pictures of the window and
// of the appointment dialog are saved in the test's output folder.
#include "store/Appointments.h"
#include "store/Database.h"
#include "support/StorePrinting.h"
#include "support/TestData.h"
#include "ui/AppointmentBar.h"
#include "ui/AppointmentDialog.h"
#include "ui/QuestionAnswerBox.h"
#include "ui/QuestionStepPage.h"
#include "ui/QuestionsWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace scanshield;

namespace {

void savePicture(QWidget& widget, const QString& name)
{
    // As the person would see it: after the layouts that changes asked for were done.
    QCoreApplication::processEvents();
    widget.grab().save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(name));
}

// Keys go where the keyboard is, as when a person types.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
}

void type(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

ui::QuestionStepPage* shownPage(const ui::QuestionsWindow& window)
{
    return qobject_cast<ui::QuestionStepPage*>(window.findChild<QStackedWidget*>(QStringLiteral("stepPages"))->currentWidget());
}

QString stepText(const ui::QuestionsWindow& window)
{
    return window.findChild<QLabel*>(QStringLiteral("stepText"))->text();
}

QString freshDatabasePath()
{
    return QDir(test::makeTempDir()).filePath(QStringLiteral("scanshield.sqlite"));
}

// A window shown and active, so that its shortcuts and mnemonics answer, with normal text.
std::unique_ptr<ui::QuestionsWindow> openWindow(store::Database& database)
{
    auto window = std::make_unique<ui::QuestionsWindow>(database);
    window->show();
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

// Runs `fill` on the appointment dialog the bar opened, then presses its OK button.
void fillAppointmentDialog(ui::AppointmentBar& bar, const std::function<void(ui::AppointmentDialog&)>& fill)
{
    auto* dialog = bar.findChild<ui::AppointmentDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    fill(*dialog);
    QTest::keyClick(dialog, Qt::Key_Return); // OK is the default button
    EXPECT_TRUE(QTest::qWaitFor([&bar] { return bar.findChild<ui::AppointmentDialog*>() == nullptr; }));
    // Back to the window, as the window manager would do.
    bar.window()->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(bar.window()));
}

class QuestionsWindowTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("questions/largeText")); }
    void TearDown() override { QSettings().remove(QStringLiteral("questions/largeText")); }
};

} // namespace

TEST_F(QuestionsWindowTest, WalksEveryStepWithTheKeyboardAloneAndRemembersTheAnswers)
{
    const QString path = freshDatabasePath();
    store::Database database(path);
    ASSERT_TRUE(database.isOpen()) << database.error().toStdString();
    auto window = openWindow(database);
    auto* appointmentList = window->findChild<ui::AppointmentBar*>()->list();
    ASSERT_EQ(appointmentList->count(), 1) << "a first appointment is there to answer for at once";
    EXPECT_EQ(appointmentList->currentText(), QStringLiteral("My next appointment"));
    const int steps = int(window->askedAreas().size());
    ASSERT_EQ(steps, 6);
    EXPECT_TRUE(stepText(*window).startsWith(QStringLiteral("Step 1 of 6."))) << stepText(*window).toStdString();
    savePicture(*window, "questions-window-start.png");

    ASSERT_EQ(QApplication::focusWidget(), shownPage(*window)->boxes().first()->askedBox()) << "the keyboard starts at the first question";
    // Alt+S: the list of steps; Tab: the first question of the step shown.
    press(Qt::Key_S, Qt::AltModifier);
    ASSERT_EQ(QApplication::focusWidget(), window->findChild<QListWidget*>(QStringLiteral("stepList")));
    press(Qt::Key_Tab);
    ui::QuestionStepPage* page = shownPage(*window);
    ASSERT_EQ(QApplication::focusWidget(), page->boxes().first()->askedBox());

    // Every step: tick the first question, type its answer and a note, then on with Alt+N.
    for (int step = 0; step < steps; ++step) {
        page = shownPage(*window);
        ui::QuestionAnswerBox* first = page->boxes().first();
        ASSERT_EQ(QApplication::focusWidget(), first->askedBox()) << "step " << step;
        press(Qt::Key_Space);
        EXPECT_TRUE(first->askedBox()->isChecked());
        press(Qt::Key_Tab);
        ASSERT_EQ(QApplication::focusWidget(), first->answerEdit());
        type(QStringLiteral("Answer %1").arg(step + 1));
        press(Qt::Key_Tab);
        ASSERT_EQ(QApplication::focusWidget(), first->noteEdit());
        type(QStringLiteral("Note %1").arg(step + 1));
        if (step == 0) {
            // Tab through the rest of the step lands on Next (Back is off on the first step).
            for (int i = 0; i < page->boxes().size() * 3 - 2; ++i)
                press(Qt::Key_Tab);
            EXPECT_EQ(QApplication::focusWidget(), window->findChild<QPushButton*>(QStringLiteral("nextButton")));
            savePicture(*window, "questions-window-step1-answered.png");
        }
        if (step + 1 < steps) {
            press(Qt::Key_N, Qt::AltModifier); // the button's mnemonic clicks it a moment later
            ASSERT_TRUE(QTest::qWaitFor([&] { return shownPage(*window) != page; })) << "step " << step;
            EXPECT_TRUE(stepText(*window).startsWith(QStringLiteral("Step %1 of 6.").arg(step + 2))) << stepText(*window).toStdString();
        }
    }
    EXPECT_FALSE(window->findChild<QPushButton*>(QStringLiteral("nextButton"))->isEnabled()) << "no step after the last";
    savePicture(*window, "questions-window-last-step.png");
    EXPECT_TRUE(stepText(*window).contains(QStringLiteral("You have asked 6 of 32 questions."))) << stepText(*window).toStdString();
    // Back and forth with the keys that work while typing.
    press(Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_TRUE(stepText(*window).startsWith(QStringLiteral("Step 5 of 6.")));
    press(Qt::Key_Left, Qt::AltModifier);
    EXPECT_TRUE(stepText(*window).startsWith(QStringLiteral("Step 4 of 6.")));
    press(Qt::Key_Right, Qt::AltModifier);
    EXPECT_TRUE(stepText(*window).startsWith(QStringLiteral("Step 5 of 6.")));
    press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), shownPage(*window)->boxes().first()->answerEdit());
    press(Qt::Key_PageDown, Qt::ControlModifier); // also from inside an answer being typed
    EXPECT_TRUE(stepText(*window).startsWith(QStringLiteral("Step 6 of 6.")));

    // Typing in the last answer and closing straight away, without leaving the field.
    press(Qt::Key_Tab);
    type(QStringLiteral(" (still typing)"));
    window.reset();

    // The database has every answer, each saved as it was made.
    store::AppointmentBook book(database);
    const QList<store::Appointment> appointments = book.appointments();
    ASSERT_EQ(appointments.size(), 1);
    const QHash<QString, store::StoredAnswer> stored = book.answers(appointments.first().id);
    EXPECT_EQ(stored.size(), 6);
    EXPECT_EQ(stored.value("ai_used"), (store::StoredAnswer{true, "Answer 1", "Note 1"}));
    EXPECT_EQ(stored.value("rights_copy"), (store::StoredAnswer{true, "Answer 6 (still typing)", "Note 6"}));

    // "Restarting the app": a new database connection and a new window on the same file.
    store::Database reopened(path);
    auto again = openWindow(reopened);
    ASSERT_EQ(again->findChild<ui::AppointmentBar*>()->list()->count(), 1) << "no second first appointment";
    const checklist::SheetOptions sheet = again->sheetOptions();
    EXPECT_EQ(sheet.answers.size(), 6);
    EXPECT_EQ(sheet.answers.value("consent_research_qi").answer, QStringLiteral("Answer 3"));
    EXPECT_TRUE(stepText(*again).contains(QStringLiteral("You have asked 6 of 32 questions.")));
    ui::QuestionAnswerBox* firstBox = shownPage(*again)->boxes().first();
    EXPECT_TRUE(firstBox->askedBox()->isChecked());
    EXPECT_EQ(firstBox->answerEdit()->toPlainText(), QStringLiteral("Answer 1"));
    EXPECT_EQ(firstBox->noteEdit()->text(), QStringLiteral("Note 1"));
    EXPECT_EQ(again->findChild<QListWidget*>(QStringLiteral("stepList"))->item(0)->text(), QStringLiteral("1. Is AI used on my images?"))
        << "not every question of the first step was asked: no tick";
}

TEST_F(QuestionsWindowTest, ShowsEachAppointmentItsOwnAnswers)
{
    store::Database database(freshDatabasePath());
    auto window = openWindow(database);
    auto* bar = window->findChild<ui::AppointmentBar*>();
    ui::QuestionAnswerBox* first = shownPage(*window)->boxes().first();
    first->answerEdit()->setFocus();
    type(QStringLiteral("Only for the first"));
    first->askedBox()->setFocus(); // leaving the answer saves it

    // A second appointment, made in the dialog.
    bar->addButton()->click();
    fillAppointmentDialog(*bar, [](ui::AppointmentDialog& dialog) {
        dialog.titleEdit()->setText(QStringLiteral("Dr Weber, knee MRI"));
        dialog.dateKnownBox()->setChecked(true);
        dialog.dateEdit()->setDate(QDate(2026, 12, 3));
        dialog.placeEdit()->setText(QStringLiteral("St Anne's Hospital"));
        dialog.scanKindBox()->setCurrentText(QStringLiteral("MRI"));
        savePicture(dialog, "questions-appointment-dialog.png");
    });
    ASSERT_EQ(bar->list()->count(), 2);
    EXPECT_EQ(bar->current().title, QStringLiteral("Dr Weber, knee MRI"));
    EXPECT_EQ(bar->current().date, QDate(2026, 12, 3));
    EXPECT_TRUE(first->answerEdit()->toPlainText().isEmpty()) << "a new appointment starts with no answers";
    EXPECT_EQ(window->sheetOptions().appointment, QStringLiteral("Dr Weber, knee MRI, St Anne's Hospital, ") +
                                                      QLocale().toString(QDate(2026, 12, 3), QLocale::LongFormat));
    first->noteEdit()->setFocus();
    type(QStringLiteral("Only for the MRI"));
    press(Qt::Key_Return);

    bar->list()->setCurrentIndex(0);
    EXPECT_EQ(first->answerEdit()->toPlainText(), QStringLiteral("Only for the first"));
    EXPECT_TRUE(first->noteEdit()->text().isEmpty());
    bar->list()->setCurrentIndex(1);
    EXPECT_TRUE(first->answerEdit()->toPlainText().isEmpty());
    EXPECT_EQ(first->noteEdit()->text(), QStringLiteral("Only for the MRI"));

    // Renaming keeps its answers.
    bar->detailsButton()->click();
    fillAppointmentDialog(*bar, [](ui::AppointmentDialog& dialog) {
        EXPECT_EQ(dialog.placeEdit()->text(), QStringLiteral("St Anne's Hospital"));
        dialog.titleEdit()->setText(QStringLiteral("Knee MRI"));
        dialog.dateKnownBox()->setChecked(false);
    });
    EXPECT_EQ(bar->list()->currentText(), QStringLiteral("Knee MRI"));
    EXPECT_EQ(first->noteEdit()->text(), QStringLiteral("Only for the MRI"));
    EXPECT_EQ(window->sheetOptions().appointment, QStringLiteral("Knee MRI, St Anne's Hospital"));

    // Deleting asks first, then shows the appointment left, with its answers.
    bar->deleteButton()->click();
    auto* question = bar->findChild<QMessageBox*>();
    ASSERT_NE(question, nullptr);
    EXPECT_TRUE(question->text().contains(QStringLiteral("Knee MRI")));
    QPushButton* erase = nullptr;
    for (QAbstractButton* button : question->buttons())
        if (button->text() == QStringLiteral("Delete"))
            erase = qobject_cast<QPushButton*>(button);
    ASSERT_NE(erase, nullptr);
    erase->click();
    ASSERT_EQ(bar->list()->count(), 1);
    EXPECT_EQ(bar->list()->currentText(), QStringLiteral("My next appointment"));
    EXPECT_EQ(first->answerEdit()->toPlainText(), QStringLiteral("Only for the first"));
    store::AppointmentBook book(database);
    EXPECT_EQ(book.appointments().size(), 1);
}

TEST_F(QuestionsWindowTest, PutsTheDefacingQuestionFirstWithItsReasonForADiscWithAFace)
{
    store::Database database(freshDatabasePath());
    auto window = openWindow(database);
    // An answer given before the disc was read stays with its question.
    window->showQuestion(QStringLiteral("anon_deface"));
    EXPECT_EQ(shownPage(*window)->areaId(), QStringLiteral("anonymization"));
    ASSERT_EQ(QApplication::focusWidget(), shownPage(*window)->box(QStringLiteral("anon_deface"))->askedBox());
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    type(QStringLiteral("Not now. They will remove it if I ask in writing."));

    // What the demo disc shows: a head MRI, and the patient's name written into two pictures.
    checklist::DiscConcerns concerns;
    concerns.face = true;
    concerns.faceScan = QStringLiteral("MRI");
    concerns.picturesWithText = 2;
    concerns.textNamesPatient = true;
    window->setDiscConcerns(concerns);

    const QList<checklist::AskedArea> areas = window->askedAreas();
    ASSERT_EQ(areas.size(), 7);
    EXPECT_EQ(areas.first().id, QStringLiteral("your_disc"));
    ASSERT_EQ(areas.first().questions.size(), 2);
    EXPECT_EQ(areas.first().questions.first().question.id, QStringLiteral("anon_deface"));
    EXPECT_EQ(areas.first().questions.at(1).question.id, QStringLiteral("anon_burned_in"));
    EXPECT_TRUE(stepText(*window).startsWith(QStringLiteral("Step 1 of 7."))) << "the walk starts at the new first step";
    ui::QuestionStepPage* page = shownPage(*window);
    EXPECT_EQ(page->areaId(), QStringLiteral("your_disc"));
    ui::QuestionAnswerBox* deface = page->boxes().first();
    EXPECT_EQ(deface->questionId(), QStringLiteral("anon_deface"));
    const auto* reason = deface->findChild<QLabel*>(QStringLiteral("reason"));
    ASSERT_NE(reason, nullptr);
    EXPECT_TRUE(reason->isVisible());
    EXPECT_EQ(reason->text(), QStringLiteral("Because of your disc: Your MRI shows your face."));
    EXPECT_TRUE(deface->askedBox()->isChecked()) << "the answer survived the new order";
    EXPECT_EQ(deface->answerEdit()->toPlainText(), QStringLiteral("Not now. They will remove it if I ask in writing."));
    EXPECT_EQ(window->sheetOptions().answers.value(QStringLiteral("anon_deface")).asked, true);
    EXPECT_EQ(page->boxes().at(1)->findChild<QLabel*>(QStringLiteral("reason"))->text(),
              QStringLiteral("Because of your disc: Your details are written into 2 pictures on your disc."));
    auto* stepList = window->findChild<QListWidget*>(QStringLiteral("stepList"));
    EXPECT_EQ(stepList->item(0)->text(), QStringLiteral("1. Because of what is on your disc"));
    // Ticking the second one too marks the step done in the list.
    page->boxes().at(1)->askedBox()->setFocus();
    press(Qt::Key_Space);
    EXPECT_EQ(stepList->item(0)->text(), QStringLiteral("1. Because of what is on your disc ✓"));
    savePicture(*window, "questions-window-step1.png");

    // A question elsewhere is one call away.
    window->showQuestion(QStringLiteral("cloud_breach"));
    EXPECT_EQ(shownPage(*window)->areaId(), QStringLiteral("cloud"));
    EXPECT_EQ(QApplication::focusWidget(), shownPage(*window)->box(QStringLiteral("cloud_breach"))->askedBox());
}

TEST_F(QuestionsWindowTest, MakesEveryTextBiggerWithLargeTextAndRemembersIt)
{
    store::Database database(freshDatabasePath());
    auto window = openWindow(database);
    ui::QuestionStepPage* page = shownPage(*window);
    ui::QuestionAnswerBox* box = page->boxes().first();
    const auto* questionText = box->findChild<QLabel*>(QStringLiteral("questionText"));
    const auto* areaTitle = page->findChild<QLabel*>(QStringLiteral("areaTitle"));
    const qreal questionBefore = questionText->font().pointSizeF();
    const qreal titleBefore = areaTitle->font().pointSizeF();
    const qreal answerBefore = box->answerEdit()->font().pointSizeF();
    const qreal nextBefore = window->findChild<QPushButton*>(QStringLiteral("nextButton"))->font().pointSizeF();
    const int answerHeightBefore = box->answerEdit()->sizeHint().height();
    EXPECT_GT(titleBefore, questionBefore) << "the area's title stands out";
    EXPECT_FALSE(window->sheetOptions().largePrint);

    auto* largeText = window->findChild<QCheckBox*>(QStringLiteral("largeText"));
    press(Qt::Key_L, Qt::AltModifier); // the mnemonic clicks the box a moment later
    ASSERT_TRUE(QTest::qWaitFor([largeText] { return largeText->isChecked(); }));
    EXPECT_NEAR(questionText->font().pointSizeF(), questionBefore * 1.4, 0.01);
    EXPECT_NEAR(areaTitle->font().pointSizeF(), titleBefore * 1.4, 0.01);
    EXPECT_NEAR(box->answerEdit()->font().pointSizeF(), answerBefore * 1.4, 0.01);
    EXPECT_NEAR(window->findChild<QPushButton*>(QStringLiteral("nextButton"))->font().pointSizeF(), nextBefore * 1.4, 0.01);
    EXPECT_GT(box->answerEdit()->sizeHint().height(), answerHeightBefore) << "three lines of the answer still fit";
    EXPECT_TRUE(window->sheetOptions().largePrint) << "the sheet is printed large too";
    window->resize(1280, 900);
    savePicture(*window, "questions-window-large-text.png");

    // Remembered for the next time the window opens.
    window.reset();
    auto again = openWindow(database);
    EXPECT_TRUE(again->findChild<QCheckBox*>(QStringLiteral("largeText"))->isChecked());
    EXPECT_NEAR(shownPage(*again)->boxes().first()->findChild<QLabel*>(QStringLiteral("questionText"))->font().pointSizeF(),
                questionBefore * 1.4, 0.01);
    auto* largeAgain = again->findChild<QCheckBox*>(QStringLiteral("largeText"));
    press(Qt::Key_L, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([largeAgain] { return !largeAgain->isChecked(); }));
    EXPECT_NEAR(shownPage(*again)->boxes().first()->findChild<QLabel*>(QStringLiteral("questionText"))->font().pointSizeF(),
                questionBefore, 0.01);
}

TEST_F(QuestionsWindowTest, AsksForTheSheetAndTheConsentFormWithItsButtons)
{
    store::Database database(freshDatabasePath());
    auto window = openWindow(database);
    QSignalSpy print(window.get(), &ui::QuestionsWindow::printSheetRequested);
    QSignalSpy consent(window.get(), &ui::QuestionsWindow::readConsentFormRequested);
    ui::QuestionAnswerBox* first = shownPage(*window)->boxes().first();
    first->answerEdit()->setFocus();
    type(QStringLiteral("Typed just now"));
    // Whoever prints the sheet reads the answers from the database or from sheetOptions():
    // both have what was typed a moment ago.
    QObject::connect(window.get(), &ui::QuestionsWindow::printSheetRequested, window.get(), [&] {
        store::AppointmentBook book(database);
        EXPECT_EQ(book.answers(book.appointments().first().id).value("ai_used").answer, QStringLiteral("Typed just now"));
    });
    press(Qt::Key_P, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return print.count() == 1; }));
    EXPECT_EQ(window->sheetOptions().answers.value("ai_used").answer, QStringLiteral("Typed just now"));
    press(Qt::Key_R, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return consent.count() == 1; }));
}

TEST_F(QuestionsWindowTest, SaysWhenAnswersCannotBeSavedAndStillTakesThem)
{
    store::Database database(test::makeTempDir()); // a folder where the file should be
    ASSERT_FALSE(database.isOpen());
    auto window = openWindow(database);
    const auto* status = window->findChild<QLabel*>(QStringLiteral("saveStatus"));
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Your answers cannot be saved on this computer"))) << status->text().toStdString();
    ui::QuestionAnswerBox* first = shownPage(*window)->boxes().first();
    first->askedBox()->setFocus();
    press(Qt::Key_Space);
    EXPECT_TRUE(window->sheetOptions().answers.value("ai_used").asked) << "the sheet can still be printed with them";
}
