// The privacy report as a PDF, read back with QtPdf as a person's PDF viewer would: the right
// words on its pages, values hidden unless asked for, large print really larger.
#include "demo/DemoDisc.h"
#include "exposure/ExposureScanner.h"
#include "media/DiscScanner.h"
#include "report/ExposurePdf.h"
#include "support/ExposureHelpers.h"
#include "support/TestData.h"

#include <QDir>
#include <QPdfDocument>
#include <QPdfSelection>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

const test::ScannedDisc& demoDisc()
{
    static const test::ScannedDisc disc = [] {
        const QString dir = QDir(test::makeTempDir()).filePath("demo");
        EXPECT_TRUE(demo::writeDemoDisc(dir).ok);
        return test::scanAndReport(dir);
    }();
    return disc;
}

QString writePdf(const report::ReportOptions& options, const QString& name)
{
    const QString path = QDir(SCANSHIELD_GUI_TEST_OUTPUT_DIR).filePath(name);
    QString error;
    EXPECT_TRUE(report::writeExposurePdf(demoDisc().report, demoDisc().index, path, options, &error)) << error.toStdString();
    return path;
}

QString allText(QPdfDocument& pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char('\n');
    return text;
}

} // namespace

TEST(ExposurePdf, ReadsBackWithTheReportsWordsAndHiddenValues)
{
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(writePdf({}, QStringLiteral("exposure_report.pdf"))), QPdfDocument::Error::None);
    ASSERT_GE(pdf.pageCount(), 2);
    const QString text = allText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("What your imaging disc reveals about you")));
    EXPECT_TRUE(text.contains(QStringLiteral("Your name appears in")));
    EXPECT_TRUE(text.contains(QStringLiteral("At a glance")));
    EXPECT_TRUE(text.contains(QStringLiteral("Files outside the images")));
    EXPECT_FALSE(text.contains(QStringLiteral("Mustermann"), Qt::CaseInsensitive)) << "values stay hidden by default";

    const QImage firstPage = pdf.render(0, QSize(595, 842));
    ASSERT_FALSE(firstPage.isNull());
    int dark = 0;
    for (int y = 0; y < firstPage.height(); y += 2)
        for (int x = 0; x < firstPage.width(); x += 2)
            dark += qGray(firstPage.pixel(x, y)) < 128 ? 1 : 0;
    EXPECT_GT(dark, 500) << "the first page carries text";
}

TEST(ExposurePdf, ShowsValuesOnlyWhenAsked)
{
    report::ReportOptions options;
    options.showValues = true;
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(writePdf(options, QStringLiteral("exposure_report_values.pdf"))), QPdfDocument::Error::None);
    EXPECT_TRUE(allText(pdf).contains(QStringLiteral("Mustermann")));
}

TEST(ExposurePdf, LargePrintTakesMorePages)
{
    QPdfDocument normal;
    ASSERT_EQ(normal.load(writePdf({}, QStringLiteral("exposure_report.pdf"))), QPdfDocument::Error::None);
    report::ReportOptions options;
    options.largePrint = true;
    QPdfDocument large;
    ASSERT_EQ(large.load(writePdf(options, QStringLiteral("exposure_report_large.pdf"))), QPdfDocument::Error::None);
    EXPECT_GT(large.pageCount(), normal.pageCount());
}

TEST(ExposurePdf, SaysClearlyWhenItCannotBeSaved)
{
    QString error;
    EXPECT_FALSE(report::writeExposurePdf(demoDisc().report, demoDisc().index, QStringLiteral("/nonexistent/folder/report.pdf"), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot be saved"))) << error.toStdString();
}

// When the pictures could not be read for text, the printout says so rather than look clean.
TEST(ExposurePdf, SaysWhenBurnedInTextCouldNotBeChecked)
{
    exposure::ExposureReport report = demoDisc().report;
    report.burnedInNote = QStringLiteral("Text burned into the pictures could not be checked on this computer.");
    const QString path = QDir(SCANSHIELD_GUI_TEST_OUTPUT_DIR).filePath(QStringLiteral("exposure_report_note.pdf"));
    QString error;
    ASSERT_TRUE(report::writeExposurePdf(report, demoDisc().index, path, {}, &error)) << error.toStdString();
    QPdfDocument pdf;
    ASSERT_EQ(pdf.load(path), QPdfDocument::Error::None);
    EXPECT_TRUE(allText(pdf).simplified().contains(QStringLiteral("could not be checked on this computer")));
}
