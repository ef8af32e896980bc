// The question bank and the sheet's contents (checklist/): the bank loads from its embedded
// data with every area the issue names; a disc with a face and text in its pictures puts the
// defacing question first with the reason; the sheet prints answers or lines to write on.
#include "checklist/QuestionBank.h"
#include "checklist/SheetHtml.h"
#include "checklist/Tailoring.h"
#include "support/ExposureHelpers.h"
#include "support/TestData.h"
#include "demo/DemoDisc.h"

#include <QDir>
#include <QSet>

#include <gtest/gtest.h>

using namespace scanshield;

TEST(QuestionBank, HoldsEveryAreaWithQuestionsAndWhyTheyMatter)
{
    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    ASSERT_TRUE(bank.isValid()) << bank.error().toStdString();
    QStringList ids;
    for (const checklist::QuestionArea& area : bank.areas()) {
        ids << area.id;
        EXPECT_GE(area.questions.size(), 4) << area.id.toStdString();
        EXPECT_FALSE(area.why.isEmpty()) << area.id.toStdString();
        for (const checklist::Question& q : area.questions)
            EXPECT_FALSE(q.why.isEmpty()) << q.id.toStdString();
    }
    EXPECT_EQ(ids, (QStringList{"ai_use", "anonymization", "consent", "cloud", "opt_out", "rights"}));
    // The rights name the law they rest on.
    for (const char* id : {"rights_copy", "rights_accounting", "rights_restriction"}) {
        const checklist::Question* q = bank.find(QString::fromLatin1(id));
        ASSERT_NE(q, nullptr) << id;
        EXPECT_TRUE(q->source.contains("45 CFR 164.5")) << id;
    }
    EXPECT_GE(bank.questionCount(), 30);
}

TEST(QuestionBank, RefusesABankWithAQuestionIdTwice)
{
    const QByteArray twice = R"({"areas":[{"id":"a","title":"A","why":"w","questions":[
        {"id":"q","text":"One?","why":"w"},{"id":"q","text":"Two?","why":"w"}]}]})";
    const checklist::QuestionBank bank = checklist::QuestionBank::fromJson(twice);
    EXPECT_FALSE(bank.isValid());
    EXPECT_TRUE(bank.error().contains("used twice")) << bank.error().toStdString();
}

// The demo disc has a head CT and the patient's name written into its ultrasound pictures.
TEST(Tailoring, PutsTheDefacingQuestionFirstForADiscWithAFace)
{
    const QString disc = QDir(test::makeTempDir()).filePath("demo");
    ASSERT_TRUE(demo::writeDemoDisc(disc).ok);
    const checklist::DiscConcerns concerns = checklist::concernsOf(test::scanAndReport(disc).report);
    EXPECT_TRUE(concerns.face);
    EXPECT_EQ(concerns.picturesWithText, 2);
    EXPECT_TRUE(concerns.textNamesPatient);

    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    const QList<checklist::AskedArea> areas = checklist::tailoredAreas(bank, concerns);
    ASSERT_FALSE(areas.isEmpty());
    EXPECT_EQ(areas.first().id, "your_disc");
    ASSERT_FALSE(areas.first().questions.isEmpty());
    EXPECT_EQ(areas.first().questions.first().question.id, "anon_deface");
    EXPECT_EQ(areas.first().questions.first().becauseOfYourDisc, "Your CT scan shows your face.");
    EXPECT_EQ(areas.first().questions.at(1).question.id, "anon_burned_in");
    // Every question of the bank is asked exactly once.
    QSet<QString> seen;
    int asked = 0;
    for (const checklist::AskedArea& area : areas)
        for (const checklist::AskedQuestion& q : area.questions) {
            seen.insert(q.question.id);
            ++asked;
        }
    EXPECT_EQ(asked, bank.questionCount());
    EXPECT_EQ(seen.size(), bank.questionCount());
}

TEST(Tailoring, KeepsTheBanksOrderWithoutConcerns)
{
    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    const QList<checklist::AskedArea> areas = checklist::tailoredAreas(bank, {});
    ASSERT_EQ(areas.size(), bank.areas().size());
    EXPECT_EQ(areas.first().id, "ai_use");
}

TEST(QuestionSheet, PrintsAnswersWhereGivenAndLinesElsewhere)
{
    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    checklist::SheetOptions options;
    options.appointment = "Dr Weber, MRI of the head";
    options.answers.insert("ai_used", {true, "Yes, a tool from ExampleCorp measures the brain.", "ask for the name"});
    const QString html = checklist::questionSheetHtml(checklist::tailoredAreas(bank, {}), options);
    EXPECT_TRUE(html.contains(checklist::questionSheetTitle()));
    EXPECT_TRUE(html.contains("Dr Weber, MRI of the head"));
    EXPECT_TRUE(html.contains("Yes, a tool from ExampleCorp measures the brain."));
    EXPECT_TRUE(html.contains("ask for the name"));
    EXPECT_GE(html.count("<hr/>"), 2 * (bank.questionCount() - 1)) << "two ruled lines for every unanswered question";
    EXPECT_TRUE(html.contains("font-size: 11pt"));

    options.largePrint = true;
    EXPECT_TRUE(checklist::questionSheetHtml(checklist::tailoredAreas(bank, {}), options).contains("font-size: 16pt"));
}
