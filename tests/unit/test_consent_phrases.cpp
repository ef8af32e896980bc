// The phrases of a consent form (checklist/ConsentPhrases): every kind is found in sentences
// worded as real forms word them, an ordinary letter about a scan gives no hit, each place
// is exactly where the words are, and every question a kind points to is in the bank.
#include "checklist/ConsentPhrases.h"
#include "checklist/QuestionBank.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

const checklist::ConsentPhrases& phrases()
{
    static const checklist::ConsentPhrases embedded = checklist::ConsentPhrases::embedded();
    return embedded;
}

// "kind: words" for every place found, in the order of the text.
QStringList found(const QString& text)
{
    QStringList list;
    for (const checklist::PhraseMatch& match : phrases().find(text))
        list << match.kindId + QStringLiteral(": ") + match.words;
    return list;
}

} // namespace

TEST(ConsentPhrases, LoadsEveryKindTheIssueNames)
{
    ASSERT_TRUE(phrases().isValid()) << phrases().error().toStdString();
    QStringList ids;
    for (const checklist::PhraseKind& kind : phrases().kinds()) {
        ids << kind.id;
        EXPECT_FALSE(kind.name.isEmpty()) << kind.id.toStdString();
        EXPECT_GT(kind.why.size(), 40) << kind.id.toStdString() << ": a sentence on why it matters";
        EXPECT_TRUE(kind.colour.startsWith(QLatin1Char('#'))) << kind.id.toStdString();
    }
    EXPECT_EQ(ids, (QStringList{"third_parties", "ai", "research", "quality", "deidentified", "cloud", "affiliates", "sale",
                                "retention", "withdrawal"}));
}

TEST(ConsentPhrases, EveryLinkedQuestionIsInTheBank)
{
    const checklist::QuestionBank bank = checklist::QuestionBank::embedded();
    ASSERT_TRUE(bank.isValid()) << bank.error().toStdString();
    for (const checklist::PhraseKind& kind : phrases().kinds()) {
        ASSERT_FALSE(kind.questionIds.isEmpty()) << kind.id.toStdString();
        for (const QString& id : kind.questionIds)
            EXPECT_NE(bank.find(id), nullptr) << kind.id.toStdString() << " points to " << id.toStdString();
    }
}

TEST(ConsentPhrases, FindsThirdParties)
{
    EXPECT_EQ(found("We may disclose your images to third parties, including vendors and other organizations that provide "
                    "services to us, and to our business associates."),
              (QStringList{"third_parties: third parties", "third_parties: vendors", "third_parties: other organizations",
                           "third_parties: business associates"}));
    EXPECT_EQ(found("Information may be shared with a Third-Party service provider."),
              (QStringList{"third_parties: Third-Party", "third_parties: service provider"}));
}

TEST(ConsentPhrases, FindsAiMachineLearningAndAlgorithms)
{
    EXPECT_EQ(found("Images may be analyzed using artificial intelligence (AI), machine-learning algorithms and other "
                    "computer-aided detection software, and may be used to train, test and improve such tools."),
              (QStringList{"ai: artificial intelligence", "ai: AI", "ai: machine-learning", "ai: algorithms",
                           "ai: computer-aided detection", "ai: train, test"}));
    EXPECT_EQ(found("Deep learning models and automated analysis"),
              (QStringList{"ai: Deep learning", "ai: automated analysis"}));
}

TEST(ConsentPhrases, FindsResearch)
{
    EXPECT_EQ(found("Your images may be used for research, including clinical trials and future studies, and placed in an "
                    "imaging repository available to researchers."),
              (QStringList{"research: research", "research: clinical trials", "research: future studies",
                           "research: imaging repository", "research: researchers"}));
}

TEST(ConsentPhrases, FindsQualityImprovementAndOperations)
{
    EXPECT_EQ(found("We use information for health care operations, such as quality improvement and quality assurance "
                    "activities, and to improve our services."),
              (QStringList{"quality: health care operations", "quality: quality improvement", "quality: quality assurance",
                           "quality: improve our services"}));
    EXPECT_EQ(found("for Healthcare Operations and educational purposes"),
              (QStringList{"quality: Healthcare Operations", "quality: educational purposes"}));
}

TEST(ConsentPhrases, FindsDeIdentifiedAnonymizedAndAggregatedData)
{
    EXPECT_EQ(found("De-identified or anonymised data, pseudonymized records and aggregated statistics, or a limited data set."),
              (QStringList{"deidentified: De-identified", "deidentified: anonymised", "deidentified: pseudonymized",
                           "deidentified: aggregated", "deidentified: limited data set"}));
    // A PDF breaks lines anywhere, hyphenated words included.
    EXPECT_EQ(found("images that have been de-\nidentified"), (QStringList{"deidentified: de-\nidentified"}));
    EXPECT_EQ(found("deidentified"), (QStringList{"deidentified: deidentified"}));
}

TEST(ConsentPhrases, FindsCloudAndStorageElsewhere)
{
    EXPECT_EQ(found("Images are stored in a cloud-based system hosted by a vendor in remote data centers, and may be stored "
                    "outside the United States."),
              (QStringList{"cloud: cloud-based", "cloud: hosted", "third_parties: vendor", "cloud: remote data centers",
                           "cloud: stored outside the United States"}));
    EXPECT_EQ(found("off-site backup"), (QStringList{"cloud: off-site"}));
}

TEST(ConsentPhrases, FindsAffiliatesPartnersAndSubsidiaries)
{
    EXPECT_EQ(found("We may share information with our affiliates, subsidiaries, technology partners, our parent company, "
                    "and their successors and assigns."),
              (QStringList{"affiliates: affiliates", "affiliates: subsidiaries", "affiliates: technology partners",
                           "affiliates: parent company", "affiliates: successors and assigns"}));
}

TEST(ConsentPhrases, FindsSellingAndLicensing)
{
    EXPECT_EQ(found("De-identified data may be sold, licensed or otherwise commercialized, and the hospital may receive "
                    "royalties in exchange for payment."),
              (QStringList{"deidentified: De-identified", "sale: sold, licensed", "sale: commercialized", "sale: royalties",
                           "sale: in exchange for payment"}));
    EXPECT_EQ(found("These images may be licensed to companies. We do not sell your data; licensing fees apply."),
              (QStringList{"sale: be licensed", "third_parties: companies", "sale: sell", "sale: licensing"}));
}

TEST(ConsentPhrases, FindsHowLongItIsKept)
{
    EXPECT_EQ(found("Images are retained for a minimum of ten (10) years after your last visit; de-identified copies may be "
                    "kept indefinitely, in accordance with our retention policy."),
              (QStringList{"retention: retained", "retention: for a minimum of ten (10) years after", "deidentified: de-identified",
                           "retention: kept indefinitely", "retention: retention"}));
    EXPECT_EQ(found("stored for 7 years, then destroyed"), (QStringList{"retention: stored for 7 years", "retention: destroyed"}));
}

TEST(ConsentPhrases, FindsWithdrawalAndOptingOut)
{
    EXPECT_EQ(found("You may revoke this authorization or withdraw your consent at any time, or opt out of research. This "
                    "consent is irrevocable once data has been shared."),
              (QStringList{"withdrawal: revoke", "withdrawal: withdraw", "withdrawal: opt out", "research: research",
                           "withdrawal: irrevocable"}));
    EXPECT_EQ(found("If you change your mind, you may opt-out."),
              (QStringList{"withdrawal: change your mind", "withdrawal: opt-out"}));
}

// An ordinary letter about a scan uses words that sound close (study, partner, licensed,
// trained, years, data) in their everyday sense: nothing of it is a consent phrase.
TEST(ConsentPhrases, FindsNothingInAnOrdinaryLetterAboutAScan)
{
    const QString letter = QStringLiteral(
        "Dear Ms Example,\n"
        "Your doctor has asked for an MRI study of your left knee. MRI uses a strong magnet and radio waves to make "
        "pictures of the inside of your body. The scan does not hurt and takes about 30 minutes.\n"
        "Please arrive 15 minutes early and bring a list of your medicines. Tell the radiographer if you have a pacemaker, "
        "a metal implant, or if you could be pregnant. If you are over 65 years of age or have had kidney problems in the "
        "last 2 years, we may check a blood test first.\n"
        "A licensed and trained radiographer will help you onto the table. The machine is noisy; you will be given "
        "headphones. Your partner or a relative may wait with you. Some patients need an injection of contrast dye, "
        "which is given through a small needle in the arm.\n"
        "A radiologist, a doctor who specialises in reading scans, will look at your pictures and send a report to your "
        "doctor within seven days. The data from the scan become part of your medical record.\n"
        "You may eat and drink as usual. If you need to move your appointment, please call us.");
    EXPECT_EQ(found(letter), QStringList{});
}

TEST(ConsentPhrases, PlacesAreExactAndCarryTheirPage)
{
    const QString text = QStringLiteral("Page one talks about care.\n\nWe share data with Third Parties.\n\nYou may withdraw.");
    const int secondPage = int(text.indexOf(QStringLiteral("We share")));
    const int thirdPage = int(text.indexOf(QStringLiteral("You may")));
    const QList<checklist::PhraseMatch> matches = phrases().find(text, {0, secondPage, thirdPage});
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches[0].kindId, "third_parties");
    EXPECT_EQ(matches[0].start, text.indexOf(QStringLiteral("Third Parties")));
    EXPECT_EQ(matches[0].length, 13);
    EXPECT_EQ(matches[0].words, "Third Parties");
    EXPECT_EQ(matches[0].page, 2);
    EXPECT_EQ(matches[1].kindId, "withdrawal");
    EXPECT_EQ(matches[1].start, text.indexOf(QStringLiteral("withdraw")));
    EXPECT_EQ(matches[1].length, 8);
    EXPECT_EQ(matches[1].page, 3);
    // Pasted text has no pages.
    EXPECT_EQ(phrases().find(text).first().page, 0);
}

TEST(ConsentPhrases, NoTwoPlacesOverlapAndEachIsTheTextItself)
{
    const QString text = QStringLiteral(
        "Our parent company and third-party vendors may use AI models, trained and tested on de-identified images kept "
        "in the cloud for 20 years, for research and quality improvement, and may sell or license such data.");
    const QList<checklist::PhraseMatch> matches = phrases().find(text);
    ASSERT_GE(matches.size(), 10);
    int previousEnd = 0;
    for (const checklist::PhraseMatch& match : matches) {
        EXPECT_GE(match.start, previousEnd) << match.words.toStdString();
        EXPECT_EQ(text.mid(match.start, match.length), match.words);
        previousEnd = match.start + match.length;
    }
    // "parent company" is one place of the affiliates, not "company" of the third parties.
    EXPECT_EQ(matches.first().kindId, "affiliates");
    EXPECT_EQ(matches.first().words, "parent company");
}

TEST(ConsentPhrases, FindsWordsOnlyAsWholeWords)
{
    EXPECT_EQ(found("said, maintain, research-grade"), (QStringList{"research: research"}));
    EXPECT_EQ(found("salesman wholesale resold"), QStringList{});
}

TEST(ConsentPhrases, NormalizedTextKeepsPositionsOfAShownDocument)
{
    EXPECT_EQ(checklist::normalizedFormText(QStringLiteral("a\r\nb\rc\u0000d\te\f")), QStringLiteral("a\nb\ncd\te"));
    // QtPdf's mark for a hyphen that ended a line.
    const QString fromPdf = checklist::normalizedFormText(QStringLiteral("may be de") + QChar(0xFFFE) + QStringLiteral("identified"));
    EXPECT_EQ(fromPdf, QStringLiteral("may be de-identified"));
    EXPECT_EQ(found(fromPdf), (QStringList{"deidentified: de-identified"}));
}

TEST(ConsentPhrases, RefusesACatalogueWithABadPatternOrNoQuestion)
{
    const checklist::ConsentPhrases badPattern = checklist::ConsentPhrases::fromJson(
        R"({"kinds":[{"id":"k","name":"K","why":"w","colour":"#fff","questions":["q"],"patterns":["(unclosed"]}]})");
    EXPECT_FALSE(badPattern.isValid());
    EXPECT_TRUE(badPattern.error().contains("not valid")) << badPattern.error().toStdString();

    const checklist::ConsentPhrases matchesNothing = checklist::ConsentPhrases::fromJson(
        R"({"kinds":[{"id":"k","name":"K","why":"w","colour":"#fff","questions":["q"],"patterns":["x?"]}]})");
    EXPECT_FALSE(matchesNothing.isValid()) << "a pattern that matches an empty text";

    const checklist::ConsentPhrases noQuestion = checklist::ConsentPhrases::fromJson(
        R"({"kinds":[{"id":"k","name":"K","why":"w","colour":"#fff","questions":[],"patterns":["word"]}]})");
    EXPECT_FALSE(noQuestion.isValid());
}
