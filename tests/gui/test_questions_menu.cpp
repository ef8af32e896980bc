// The Questions menu of the main window, as a person uses it on the demo disc: the questions
// open with the defacing question first (the disc shows a face), the sheet is previewed with
// them, and a question picked in the consent-form reader is shown in the questions window.
// The database is the test process's own (tests/gui/support/GuiTestMain.cpp).
#include "support/DemoWindow.h"
#include "ui/ConsentReaderDialog.h"
#include "ui/MainWindow.h"
#include "ui/QuestionAnswerBox.h"
#include "ui/QuestionSheetDialog.h"
#include "ui/QuestionStepPage.h"
#include "ui/QuestionsMenu.h"
#include "ui/QuestionsWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QPointer>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace scanshield;

namespace {

ui::QuestionStepPage* shownPage(ui::QuestionsWindow& window)
{
    return qobject_cast<ui::QuestionStepPage*>(window.findChild<QStackedWidget*>(QStringLiteral("stepPages"))->currentWidget());
}

void savePicture(QWidget& widget, const QString& name)
{
    widget.grab().save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(name));
}

} // namespace

TEST(QuestionsMenu, OpensTheQuestionsTailoredToTheDiscAndTheirSheet)
{
    ui::MainWindow window;
    window.show();
    ASSERT_FALSE(test::openDemoDiscAndWaitForReport(window).isEmpty());
    ui::QuestionsMenu* menu = window.questionsMenu();
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(window.menuBar()->actions().contains(menu->menuAction()));

    menu->questionsAction()->trigger();
    auto* questions = window.findChild<ui::QuestionsWindow*>();
    ASSERT_NE(questions, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(questions));
    EXPECT_TRUE(questions->isWindow()) << "a window of its own";
    const QList<checklist::AskedArea> areas = questions->askedAreas();
    ASSERT_FALSE(areas.isEmpty());
    EXPECT_EQ(areas.first().id, QStringLiteral("your_disc"));
    ASSERT_FALSE(areas.first().questions.isEmpty());
    EXPECT_EQ(areas.first().questions.first().question.id, QStringLiteral("anon_deface")) << "the demo head CT shows a face";
    EXPECT_TRUE(areas.first().questions.first().becauseOfYourDisc.contains(QStringLiteral("face")));
    savePicture(*questions, "questions-menu-window.png");

    // The sheet, from the window's button, previewed with the same first question.
    emit questions->printSheetRequested();
    auto* sheet = questions->findChild<ui::QuestionSheetDialog*>();
    ASSERT_NE(sheet, nullptr);
    EXPECT_TRUE(QTest::qWaitForWindowExposed(sheet));
    sheet->close();

    // A question picked in the consent-form reader is shown, with the keyboard on it.
    menu->consentFormAction()->trigger();
    auto* reader = window.findChild<ui::ConsentReaderDialog*>();
    ASSERT_NE(reader, nullptr);
    emit reader->questionChosen(QStringLiteral("consent_third_party"));
    ui::QuestionStepPage* page = shownPage(*questions);
    ASSERT_NE(page, nullptr);
    ASSERT_NE(page->box(QStringLiteral("consent_third_party")), nullptr);
    EXPECT_TRUE(QTest::qWaitFor([&] {
        return page->box(QStringLiteral("consent_third_party"))->isAncestorOf(QApplication::focusWidget());
    }));
    reader->close();
}

// Closing the main window closes the questions and saves them first: the database they save
// into closes after them.
TEST(QuestionsMenu, ClosesTheQuestionsWithTheMainWindow)
{
    auto window = std::make_unique<ui::MainWindow>();
    QPointer<ui::QuestionsWindow> questions = window->questionsMenu()->showQuestions();
    ASSERT_TRUE(questions);
    window.reset();
    EXPECT_TRUE(questions.isNull());
}
