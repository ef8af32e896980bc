// The consent-form reader as a person uses it: the fictional sample form written as a real PDF,
// opened through QtPdf's text extraction, its phrases marked in the text shown (colour, bold
// and underline, exactly at the places found), the list grouped by kind, a place chosen from
// the list or clicked in the text showing why it matters and the questions to ask, and "Add
// this question" handing a question of the bank to whoever listens. A file that is not a PDF,
// a PDF locked with a password and a scan without text give a plain sentence, never a crash.
#include "checklist/ConsentPhrases.h"
#include "checklist/QuestionBank.h"
#include "checklist/pdf/ConsentFormPdf.h"
#include "support/TestData.h"
#include "ui/ConsentReaderDialog.h"
#include "ui/SampleConsentForm.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

const QString kNoTextMessage = QStringLiteral("This PDF has no text ScanShield can read; it may be a scan. Paste the text instead.");
const QString kNothingFound = QStringLiteral("ScanShield found none of the phrases it looks for. That does not mean the form is "
                                             "harmless; read it carefully.");

QString samplePdf()
{
    static const QString path = [] {
        // In the test's output folder, for a person to look at too.
        const QString file = QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(QStringLiteral("sample-consent-form.pdf"));
        QString error;
        EXPECT_TRUE(ui::writeSampleConsentFormPdf(file, &error)) << error.toStdString();
        return file;
    }();
    return path;
}

struct Reader {
    ui::ConsentReaderDialog dialog;
    QTextEdit* text = dialog.findChild<QTextEdit*>(QStringLiteral("consentText"));
    QTreeWidget* found = dialog.findChild<QTreeWidget*>(QStringLiteral("foundPhrases"));
    QLabel* message = dialog.findChild<QLabel*>(QStringLiteral("consentMessage"));
};

// The character format at `position` of the shown document, read from the text's fragments (a
// QTextCursor at the start of a line would report the line's first character instead).
QTextCharFormat formatAt(QTextDocument* document, int position)
{
    const QTextBlock block = document->findBlock(position);
    for (auto it = block.begin(); !it.atEnd(); ++it)
        if (it.fragment().contains(position))
            return it.fragment().charFormat();
    return block.charFormat();
}

bool isMarked(const QTextCharFormat& format)
{
    return format.fontUnderline() && format.fontWeight() == QFont::Bold && format.background().style() != Qt::NoBrush;
}

QTreeWidgetItem* kindItem(QTreeWidget* tree, const QString& kindName)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->text(0).startsWith(kindName + QStringLiteral(" — ")))
            return tree->topLevelItem(i);
    return nullptr;
}

QList<QPushButton*> visibleAddButtons(QDialog& dialog)
{
    QList<QPushButton*> buttons;
    for (QPushButton* button : dialog.findChildren<QPushButton*>(QStringLiteral("addQuestion")))
        if (button->isVisibleTo(&dialog))
            buttons << button;
    return buttons;
}

// A PDF whose page is only a picture, as a scanner makes it.
QString scannedPdf()
{
    const QString path = QDir(test::makeTempDir()).filePath(QStringLiteral("scan.pdf"));
    QImage picture(800, 1100, QImage::Format_RGB32);
    picture.fill(Qt::white);
    {
        QPainter painter(&picture);
        painter.setPen(Qt::black);
        painter.setFont(QFont(QStringLiteral("Sans"), 14));
        painter.drawText(QRect(40, 40, 720, 1000), Qt::TextWordWrap,
                         QStringLiteral("We may share your images with third parties and our affiliates."));
    }
    QPdfWriter writer(path);
    QPainter painter(&writer);
    painter.drawImage(QRect(0, 0, writer.width(), writer.height()), picture);
    painter.end();
    return path;
}

// A PDF locked with a password: the standard security handler with an owner and a user
// password that are not empty, so that no reader opens it without asking.
QString lockedPdf()
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const QByteArray hash32 = QByteArray(32, '\x5a').toHex();
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + hash32 + "> /U <" + QByteArray(32, '\x3c').toHex() + "> /P -44 >>",
    };
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    const QByteArray id = QByteArray(16, '\x11').toHex();
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 4 0 R /ID [<" + id + "> <" + id +
           ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    const QString path = QDir(test::makeTempDir()).filePath(QStringLiteral("locked.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    return path;
}

} // namespace

TEST(ConsentReader, MarksThePhrasesOfTheSamplePdfWhereQtPdfReadsThem)
{
    Reader reader;
    ASSERT_TRUE(reader.text && reader.found && reader.message);
    ASSERT_TRUE(reader.dialog.openPdf(samplePdf())) << reader.message->text().toStdString();

    // The shown text is the text QtPdf reads from the PDF, page by page.
    const checklist::ConsentFormText form = checklist::readConsentFormPdf(samplePdf());
    ASSERT_TRUE(form.ok()) << form.problem.toStdString();
    EXPECT_EQ(form.pageCount(), 2) << "the sample is a form of two pages";
    EXPECT_EQ(reader.text->toPlainText(), form.text);
    EXPECT_FALSE(form.text.contains(QChar(0xFFFE))) << "QtPdf's mark for a hyphen at a line's end is a hyphen again";

    const checklist::ConsentPhrases phrases = checklist::ConsentPhrases::embedded();
    const QList<checklist::PhraseMatch> matches = phrases.find(form.text, form.pageStarts);
    QSet<QString> kinds;
    QSet<int> pages;
    for (const checklist::PhraseMatch& match : matches) {
        kinds.insert(match.kindId);
        pages.insert(match.page);
    }
    EXPECT_EQ(kinds.size(), phrases.kinds().size()) << "the sample holds every kind of phrase";
    EXPECT_EQ(pages, (QSet<int>{1, 2}));

    // Each place is marked from its first to its last character, in its kind's colour, and the
    // character before it is not (unless it ends a line: a line break is no character to mark).
    QTextDocument* document = reader.text->document();
    int previousEnd = -1;
    for (const checklist::PhraseMatch& match : matches) {
        const QColor colour(phrases.kind(match.kindId)->colour);
        const QTextCharFormat first = formatAt(document, match.start);
        const QTextCharFormat last = formatAt(document, match.start + match.length - 1);
        EXPECT_TRUE(isMarked(first)) << match.words.toStdString();
        EXPECT_TRUE(isMarked(last)) << match.words.toStdString();
        EXPECT_EQ(first.background().color(), colour) << match.words.toStdString();
        EXPECT_EQ(first.foreground().color(), QColor(Qt::black)) << "black on a light colour, whatever the theme";
        if (match.start - 1 > previousEnd && form.text.at(match.start - 1) != QLatin1Char('\n')) {
            EXPECT_FALSE(isMarked(formatAt(document, match.start - 1))) << "before " << match.words.toStdString();
        }
        previousEnd = match.start + match.length - 1;
    }

    // The list: one entry per kind, each with its places.
    EXPECT_EQ(reader.found->topLevelItemCount(), kinds.size());
    int places = 0;
    for (int i = 0; i < reader.found->topLevelItemCount(); ++i)
        places += reader.found->topLevelItem(i)->childCount();
    EXPECT_EQ(places, matches.size());
    QTreeWidgetItem* thirdParties = kindItem(reader.found, QStringLiteral("Third parties"));
    ASSERT_NE(thirdParties, nullptr);
    EXPECT_TRUE(thirdParties->text(0).contains(QStringLiteral(" place"))) << thirdParties->text(0).toStdString();
    EXPECT_TRUE(reader.message->text().contains(QStringLiteral("sample-consent-form.pdf, 2 pages")) ||
                reader.message->text().contains(QStringLiteral("sample-consent-form.pdf, 2 page(s)")))
        << reader.message->text().toStdString();
}

TEST(ConsentReader, AChosenPlaceShowsWhyItMattersAndAddsItsQuestion)
{
    Reader reader;
    ASSERT_TRUE(reader.dialog.openPdf(samplePdf()));
    const checklist::ConsentPhrases phrases = checklist::ConsentPhrases::embedded();
    const checklist::PhraseKind* ai = phrases.kind(QStringLiteral("ai"));
    ASSERT_NE(ai, nullptr);
    QTreeWidgetItem* aiItem = kindItem(reader.found, ai->name);
    ASSERT_NE(aiItem, nullptr);
    ASSERT_GE(aiItem->childCount(), 2);

    // Choosing a place selects its words in the text and explains the kind.
    reader.found->setCurrentItem(aiItem->child(1));
    const QString selected = reader.text->textCursor().selectedText();
    EXPECT_TRUE(aiItem->child(1)->text(0).contains(selected.simplified())) << selected.toStdString();
    auto* title = reader.dialog.findChild<QLabel*>(QStringLiteral("phraseKindTitle"));
    auto* why = reader.dialog.findChild<QLabel*>(QStringLiteral("phraseKindWhy"));
    ASSERT_TRUE(title && why);
    EXPECT_EQ(title->text(), ai->name);
    EXPECT_EQ(why->text(), ai->why);

    // One "Add this question" per question of the kind, each a question of the bank.
    const QList<QPushButton*> buttons = visibleAddButtons(reader.dialog);
    ASSERT_EQ(buttons.size(), ai->questionIds.size());
    QSignalSpy chosen(&reader.dialog, &ui::ConsentReaderDialog::questionChosen);
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    ASSERT_EQ(chosen.count(), 1);
    const QString id = chosen.first().first().toString();
    EXPECT_EQ(id, ai->questionIds.first());
    EXPECT_NE(checklist::QuestionBank::embedded().find(id), nullptr);
    EXPECT_FALSE(buttons.first()->isEnabled()) << "a question is added once";

    // Clicking a marked phrase in the text chooses it in the list.
    QTreeWidgetItem* retention = kindItem(reader.found, phrases.kind(QStringLiteral("retention"))->name);
    ASSERT_NE(retention, nullptr);
    const QList<checklist::PhraseMatch> matches =
        phrases.find(reader.text->toPlainText(), checklist::readConsentFormPdf(samplePdf()).pageStarts);
    const auto firstRetention = std::find_if(matches.begin(), matches.end(),
                                             [](const checklist::PhraseMatch& m) { return m.kindId == QStringLiteral("retention"); });
    ASSERT_NE(firstRetention, matches.end());
    QTextCursor inside(reader.text->document());
    inside.setPosition(firstRetention->start + 2);
    reader.text->setTextCursor(inside);
    EXPECT_EQ(reader.found->currentItem(), retention->child(0));
    EXPECT_EQ(title->text(), phrases.kind(QStringLiteral("retention"))->name);
}

TEST(ConsentReader, TheListWorksWithTheKeyboard)
{
    Reader reader;
    ASSERT_TRUE(reader.dialog.openPdf(samplePdf()));
    reader.dialog.show();
    reader.dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&reader.dialog));
    // Tab leaves the form's text for the list (the text does not swallow Tab).
    reader.text->setFocus();
    QTest::keyClick(reader.text, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), reader.found);
    reader.found->setCurrentItem(reader.found->topLevelItem(0));
    // The kinds at a glance: Down goes to the next kind, Right opens it, Down again to its first place.
    QTest::keyClick(reader.found, Qt::Key_Down);
    QTreeWidgetItem* second = reader.found->topLevelItem(1);
    EXPECT_EQ(reader.found->currentItem(), second);
    auto* title = reader.dialog.findChild<QLabel*>(QStringLiteral("phraseKindTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(second->text(0).startsWith(title->text())) << "the kind is explained";
    QTest::keyClick(reader.found, Qt::Key_Right);
    QTest::keyClick(reader.found, Qt::Key_Down);
    EXPECT_EQ(reader.found->currentItem(), second->child(0));
    EXPECT_FALSE(reader.text->textCursor().selectedText().isEmpty()) << "the place is selected in the text";
    EXPECT_FALSE(visibleAddButtons(reader.dialog).isEmpty());
    EXPECT_FALSE(reader.text->accessibleName().isEmpty());
    EXPECT_FALSE(reader.found->accessibleName().isEmpty());
}

TEST(ConsentReader, TheSampleButtonOpensTheFictionalForm)
{
    Reader reader;
    auto* sample = reader.dialog.findChild<QPushButton*>(QStringLiteral("trySample"));
    ASSERT_NE(sample, nullptr);
    QTest::mouseClick(sample, Qt::LeftButton);
    EXPECT_TRUE(reader.text->toPlainText().contains(QStringLiteral("FICTIONAL SAMPLE")));
    EXPECT_GE(reader.found->topLevelItemCount(), 8);
    EXPECT_TRUE(reader.message->text().contains(QStringLiteral("sample consent form (fictional)"))) << reader.message->text().toStdString();
}

TEST(ConsentReader, PastedTextIsMarkedWithoutPages)
{
    Reader reader;
    reader.dialog.setText(QStringLiteral("Your images may be shared with our affiliates\r\nfor research."));
    ASSERT_EQ(reader.found->topLevelItemCount(), 2);
    EXPECT_EQ(reader.text->toPlainText(), QStringLiteral("Your images may be shared with our affiliates\nfor research."));
    EXPECT_TRUE(isMarked(formatAt(reader.text->document(), int(reader.text->toPlainText().indexOf(QStringLiteral("research"))))));
    QTreeWidgetItem* affiliates = kindItem(reader.found, QStringLiteral("Affiliates, partners and subsidiaries"));
    ASSERT_NE(affiliates, nullptr);
    EXPECT_EQ(affiliates->child(0)->text(0), QStringLiteral("“affiliates”")) << "no page for pasted text";
}

TEST(ConsentReader, SaysSoWhenNothingIsFound)
{
    Reader reader;
    reader.dialog.setText(QStringLiteral("Please arrive fifteen minutes before your scan and bring your list of medicines."));
    EXPECT_EQ(reader.found->topLevelItemCount(), 0);
    EXPECT_TRUE(reader.message->text().contains(kNothingFound)) << reader.message->text().toStdString();
}

TEST(ConsentReader, AFileThatIsNotAPdfGivesAPlainMessage)
{
    const QString path = QDir(test::makeTempDir()).filePath(QStringLiteral("form.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("This is a letter saved with the wrong name, not a PDF.\n");
    file.close();

    Reader reader;
    reader.dialog.setText(QStringLiteral("We share data with third parties."));
    EXPECT_FALSE(reader.dialog.openPdf(path));
    EXPECT_TRUE(reader.message->text().contains(QStringLiteral("not a PDF ScanShield can read"))) << reader.message->text().toStdString();
    EXPECT_TRUE(reader.text->toPlainText().isEmpty()) << "the earlier text is not left as if it were this file's";
    EXPECT_EQ(reader.found->topLevelItemCount(), 0);

    EXPECT_FALSE(reader.dialog.openPdf(QDir(test::makeTempDir()).filePath(QStringLiteral("missing.pdf"))));
    EXPECT_TRUE(reader.message->text().contains(QStringLiteral("cannot be found"))) << reader.message->text().toStdString();
}

TEST(ConsentReader, AScanWithoutTextGivesThePasteMessage)
{
    Reader reader;
    EXPECT_FALSE(reader.dialog.openPdf(scannedPdf()));
    EXPECT_TRUE(reader.message->text().contains(kNoTextMessage)) << reader.message->text().toStdString();
    reader.dialog.resize(1120, 760);
    reader.dialog.grab().save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(QStringLiteral("consent-reader-scan.png")));
}

TEST(ConsentReader, APasswordLockedPdfGivesAPlainMessage)
{
    const checklist::ConsentFormText form = checklist::readConsentFormPdf(lockedPdf());
    EXPECT_FALSE(form.ok());
    EXPECT_TRUE(form.problem.contains(QStringLiteral("locked with a password"))) << form.problem.toStdString();
    Reader reader;
    EXPECT_FALSE(reader.dialog.openPdf(lockedPdf()));
    EXPECT_TRUE(reader.message->text().contains(QStringLiteral("paste the text instead"))) << reader.message->text().toStdString();
}

TEST(ConsentReader, Screenshot)
{
    Reader reader;
    ASSERT_TRUE(reader.dialog.openPdf(samplePdf()));
    reader.dialog.resize(1120, 760);
    reader.dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&reader.dialog));
    const checklist::ConsentPhrases phrases = checklist::ConsentPhrases::embedded();
    QTreeWidgetItem* ai = kindItem(reader.found, phrases.kind(QStringLiteral("ai"))->name);
    ASSERT_NE(ai, nullptr);
    reader.found->setCurrentItem(ai->child(0));
    reader.found->scrollToItem(ai);
    QCoreApplication::sendPostedEvents(); // the layouts the new explanation asked for
    reader.dialog.grab().save(QDir(QStringLiteral(SCANSHIELD_GUI_TEST_OUTPUT_DIR)).filePath(QStringLiteral("consent-reader.png")));
}
