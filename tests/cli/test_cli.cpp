// scanshield-cli as a separate process: the documented JSON fields, exit codes and messages.
#include "support/TestData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SCANSHIELD_CLI_PATH), arguments);
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject parseJson(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return document.object();
}

} // namespace

TEST(Cli, MakesTheDemoDiscAndScansItAsJson)
{
    const QString disc = QDir(test::makeTempDir()).filePath("demo");
    const CliRun made = runCli({"make-demo-disc", disc});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();

    const CliRun scanned = runCli({"scan", disc, "--json"});
    ASSERT_EQ(scanned.exitCode, 0) << scanned.err.toStdString();
    const QJsonObject index = parseJson(scanned.out);
    EXPECT_GE(index.value("instances_total").toInt(), 100);
    EXPECT_EQ(index.value("files_total").toInt(),
              index.value("instances_total").toInt() + index.value("media_directories").toArray().size() +
                  index.value("problems").toArray().size());
    const QJsonArray patients = index.value("patients").toArray();
    ASSERT_EQ(patients.size(), 1);
    EXPECT_EQ(patients.first().toObject().value("name").toString(), QStringLiteral("Mustermann^Erika^Anne"));
    const QJsonArray studies = patients.first().toObject().value("studies").toArray();
    ASSERT_EQ(studies.size(), 2);
    int multiFrame = 0;
    for (const QJsonValue& study : studies) {
        EXPECT_FALSE(study.toObject().value("uid").toString().isEmpty());
        EXPECT_EQ(study.toObject().value("date").toString().size(), 8);
        for (const QJsonValue& series : study.toObject().value("series").toArray()) {
            const QJsonObject s = series.toObject();
            EXPECT_FALSE(s.value("uid").toString().isEmpty());
            EXPECT_FALSE(s.value("modality").toString().isEmpty());
            EXPECT_GT(s.value("instances").toInt(), 0);
            multiFrame += s.value("frames").toInt() > s.value("instances").toInt() ? 1 : 0;
        }
    }
    EXPECT_EQ(multiFrame, 1) << "the ultrasound cine is one file with many frames";
    // The text file outside DICOM is listed with what it is.
    bool readme = false;
    for (const QJsonValue& problem : index.value("problems").toArray())
        readme = readme || (problem.toObject().value("path").toString() == "README.TXT" &&
                            problem.toObject().value("reason").toString().contains("text file"));
    EXPECT_TRUE(readme);
}

TEST(Cli, ExitsWithTwoAndAClearMessageForAPathThatCannotBeRead)
{
    const CliRun run = runCli({"scan", "/nonexistent/cdrom", "--json"});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("Nothing was found at /nonexistent/cdrom")) << run.err.toStdString();
}

TEST(Cli, CompletesWithProblemsListedForABrokenDisc)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const CliRun run = runCli({"scan", test::sharedData("malformed_edge"), "--json"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray problems = parseJson(run.out).value("problems").toArray();
    EXPECT_GT(problems.size(), 400);
    for (const QJsonValue& problem : problems) {
        EXPECT_FALSE(problem.toObject().value("path").toString().isEmpty());
        EXPECT_FALSE(problem.toObject().value("reason").toString().isEmpty());
    }
}

TEST(Cli, PrintsAReadableSummaryWithoutJson)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const CliRun run = runCli({"scan", test::sharedData("malformed_edge/pydicom_charsets")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("Patient: Tarou Yamada (山田 太郎)")));
}

TEST(Cli, RejectsWrongArgumentsWithUsage)
{
    EXPECT_EQ(runCli({}).exitCode, 64);
    EXPECT_EQ(runCli({"scan"}).exitCode, 64);
    EXPECT_EQ(runCli({"frobnicate"}).exitCode, 64);
    EXPECT_EQ(runCli({"make-demo-disc"}).exitCode, 64);
}

TEST(Cli, ReportsWhatADiscRevealsAsJsonAndPdfWithoutADisplay)
{
    const QString dir = test::makeTempDir();
    const QString disc = QDir(dir).filePath("demo");
    ASSERT_EQ(runCli({"make-demo-disc", disc}).exitCode, 0);

    const CliRun json = runCli({"report", disc, "--json"});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonObject report = parseJson(json.out);
    const QJsonArray findings = report.value("findings").toArray();
    ASSERT_GT(findings.size(), 50);
    const QStringList categories = {"identity", "dates", "places", "people", "devices", "free_text", "private", "burned_in", "face", "outside_dicom"};
    bool patientName = false;
    for (const QJsonValue& value : findings) {
        const QJsonObject f = value.toObject();
        EXPECT_TRUE(categories.contains(f.value("category").toString())) << f.value("category").toString().toStdString();
        for (const char* key : {"category", "attribute", "name", "value", "files"})
            EXPECT_TRUE(f.contains(key)) << key;
        patientName = patientName || (f.value("attribute").toString() == "(0010,0010)" && f.value("value").toString() == "Mustermann^Erika^Anne" &&
                                      f.value("files").toArray().size() >= 100);
    }
    EXPECT_TRUE(patientName);
    for (const QString& category : categories)
        EXPECT_TRUE(report.value("summary").toObject().contains(category)) << category.toStdString();

    // The PDF needs no display: the CLI falls back to Qt's offscreen platform.
    const QString pdf = QDir(dir).filePath("report.pdf");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("DISPLAY");
    environment.remove("WAYLAND_DISPLAY");
    environment.remove("QT_QPA_PLATFORM");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SCANSHIELD_CLI_PATH), {"report", disc, "--pdf", pdf});
    ASSERT_TRUE(process.waitForFinished(300000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
}

// The commands that print nothing must not load Qt Gui or Tesseract: they made start-up a third
// of a warm scan (docs/PERFORMANCE.md). The dynamic loader lists what a program would load
// when LD_TRACE_LOADED_OBJECTS is set (what ldd does) and exits without running it.
TEST(Cli, LoadsNeitherQtGuiNorTesseractUntilAskedForAPdfOrOcr)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("LD_TRACE_LOADED_OBJECTS", "1");
    const CliRun traced = runCli({"--version"}, environment);
    const QString libraries = QString::fromLocal8Bit(traced.out);
    ASSERT_TRUE(libraries.contains("libQt6Core")) << libraries.toStdString();
    EXPECT_FALSE(libraries.contains("libQt6Gui")) << libraries.toStdString();
    EXPECT_FALSE(libraries.contains("libtesseract")) << libraries.toStdString();
}

TEST(Cli, SaysWhyAndWritesNothingWhenThePdfPartIsMissing)
{
    const QString dir = test::makeTempDir();
    const QString disc = QDir(dir).filePath("demo");
    ASSERT_EQ(runCli({"make-demo-disc", disc}).exitCode, 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("SCANSHIELD_MODULE_DIR", test::makeTempDir()); // an empty folder: no modules
    const QString pdf = QDir(dir).filePath("report.pdf");

    const CliRun run = runCli({"report", disc, "--pdf", pdf}, environment);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("scanshield_pdf.so")) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("reinstalling ScanShield")) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}

// The safe copy from the terminal: every header clean, the text burned into the ultrasound
// blacked out, the copy verified (exit 0), the original untouched.
TEST(Cli, AnonymizesTheDemoDiscAndVerifiesTheCopy)
{
    const QString dir = test::makeTempDir();
    const QString disc = QDir(dir).filePath("demo");
    ASSERT_EQ(runCli({"make-demo-disc", disc}).exitCode, 0);
    const QByteArray before = runCli({"scan", disc, "--json"}).out;
    const QString copy = QDir(dir).filePath("copy");

    // ScanShield's database goes to a folder of this test, not the person's.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString dataHome = QDir(dir).filePath("data-home");
    environment.insert("XDG_DATA_HOME", dataHome);
    const CliRun run = runCli({"anonymize", disc, "--output", copy, "--json"}, environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    const QJsonObject result = parseJson(run.out);
    EXPECT_GE(result.value("files_written").toInt(), 104);
    EXPECT_EQ(result.value("pictures_cleaned").toInt(), 2) << "the two ultrasound files";
    const QJsonObject verification = result.value("verification").toObject();
    EXPECT_TRUE(verification.value("passed").toBool());
    EXPECT_TRUE(verification.value("findings").toArray().isEmpty());

    EXPECT_EQ(runCli({"scan", disc, "--json"}).out, before) << "the original reads exactly as before";
    const CliRun copied = runCli({"scan", copy, "--json"});
    ASSERT_EQ(copied.exitCode, 0);
    EXPECT_FALSE(QString::fromUtf8(copied.out).contains("Mustermann", Qt::CaseInsensitive));
    EXPECT_TRUE(QFile::exists(QDir(copy).filePath("DICOMDIR")));
    // DCMTK's own tool opens the new DICOMDIR (scripts/install-deps.sh installs dcmtk).
    const QString dcmdump = QStandardPaths::findExecutable("dcmdump");
    ASSERT_FALSE(dcmdump.isEmpty()) << "dcmdump (Debian package dcmtk) is needed";
    QProcess dump;
    dump.start(dcmdump, {"-q", QDir(copy).filePath("DICOMDIR")});
    ASSERT_TRUE(dump.waitForFinished(60000));
    EXPECT_EQ(dump.exitCode(), 0) << dump.readAllStandardError().toStdString();
    EXPECT_GE(dump.readAllStandardOutput().count("ReferencedFileID"), 104);

    // The job is remembered, with nothing about the patient and not where the copy went.
    QFile database(QDir(dataHome).filePath("ScanShield/scanshield.sqlite"));
    ASSERT_TRUE(database.open(QIODevice::ReadOnly));
    QByteArray stored = database.readAll();
    QFile journal(database.fileName() + "-wal");
    if (journal.open(QIODevice::ReadOnly))
        stored += journal.readAll();
    EXPECT_TRUE(stored.contains("113100")) << "the job's options are in the database";
    EXPECT_FALSE(stored.contains("Mustermann"));
    EXPECT_FALSE(stored.contains(copy.toUtf8()));

    EXPECT_EQ(runCli({"anonymize", disc}).exitCode, 64) << "--output is required";
    const CliRun again = runCli({"anonymize", disc, "--output", copy}, environment);
    EXPECT_EQ(again.exitCode, 1) << "the folder now holds the copy";
    EXPECT_TRUE(again.err.contains("already holds files")) << again.err.toStdString();
}

// What goes into the copy can be chosen: a series left out is not in it, a picked file that
// is not a medical image is, and when that file names the patient the check says so and the
// copy is not called safe (exit 1).
TEST(Cli, AnonymizeCopiesOnlyWhatWasChosenAndChecksPickedFiles)
{
    const QString dir = test::makeTempDir();
    const QString disc = QDir(dir).filePath("demo");
    ASSERT_EQ(runCli({"make-demo-disc", disc}).exitCode, 0);
    const QJsonObject index = parseJson(runCli({"scan", disc, "--json"}).out);
    const QJsonObject firstSeries =
        index["patients"][0]["studies"][0]["series"][0].toObject();
    const QString leftOut = firstSeries.value("uid").toString();
    ASSERT_FALSE(leftOut.isEmpty());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", QDir(dir).filePath("data-home"));
    const QString copy = QDir(dir).filePath("copy");
    const CliRun run = runCli({"anonymize", disc, "--output", copy, "--json", "--leave-out-series", leftOut, "--include-file",
                               "README.TXT", "--skip-burned-in-text"},
                              environment);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject result = parseJson(run.out);
    EXPECT_EQ(result.value("files_written").toInt(),
              index.value("instances_total").toInt() - firstSeries.value("files").toArray().size());
    EXPECT_EQ(result.value("other_files_written").toInt(), 1);
    EXPECT_TRUE(QFile::exists(QDir(copy).filePath("OTHER/README.TXT")));
    bool readmeFlagged = false;
    for (const QJsonValue finding : result["verification"]["findings"].toArray())
        readmeFlagged = readmeFlagged || finding["files"].toArray().contains(QJsonValue("OTHER/README.TXT"));
    EXPECT_TRUE(readmeFlagged) << run.out.toStdString();
    EXPECT_FALSE(result["verification"]["passed"].toBool());
}

// The question sheet from the terminal: a PDF whose text, read back with pdftotext, starts
// with the defacing question for a disc with a head CT; a language without a translation is
// refused with the list of those there are.
TEST(Cli, PrintsTheQuestionSheetTailoredToADisc)
{
    const QString dir = test::makeTempDir();
    const QString disc = QDir(dir).filePath("demo");
    ASSERT_EQ(runCli({"make-demo-disc", disc}).exitCode, 0);
    const QString pdf = QDir(dir).filePath("sheet.pdf");
    const CliRun run = runCli({"sheet", "--output", pdf, "--disc", disc});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    const QString pdftotext = QStandardPaths::findExecutable("pdftotext");
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext (Debian package poppler-utils) is needed";
    QProcess read;
    read.start(pdftotext, {pdf, "-"});
    ASSERT_TRUE(read.waitForFinished(60000));
    const QString text = QString::fromUtf8(read.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.startsWith("Questions to ask about my images")) << text.left(200).toStdString();
    const qsizetype firstQuestion = text.indexOf("Will my head scan be defaced");
    ASSERT_GE(firstQuestion, 0);
    EXPECT_LT(firstQuestion, text.indexOf("Is any AI or computer-aided software used")) << "the face first";
    EXPECT_TRUE(text.contains("Your CT scan shows your face."));
    EXPECT_TRUE(text.contains("45 CFR 164.524"));

    const CliRun unknown = runCli({"sheet", "--output", pdf, "--lang", "xx"});
    EXPECT_EQ(unknown.exitCode, 64);
    EXPECT_TRUE(unknown.err.contains("no translation for \"xx\"")) << unknown.err.toStdString();
}

// The face from the terminal: on the demo disc the head CT, and only it, holds a face that can
// be rebuilt; its picture is written as a PNG without any display.
TEST(Cli, FindsTheFaceOfTheDemoHeadCtAndDrawsIt)
{
    const QString dir = test::makeTempDir();
    const QString disc = QDir(dir).filePath("demo");
    ASSERT_EQ(runCli({"make-demo-disc", disc}).exitCode, 0);
    const QString png = QDir(dir).filePath("face.png");
    const CliRun run = runCli({"face", disc, "--json", "--png", png});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    int visible = 0;
    for (const QJsonValue series : parseJson(run.out)["series"].toArray()) {
        if (!series["face_visible"].toBool())
            continue;
        ++visible;
        EXPECT_EQ(series["description"].toString(), "Kopf 2.0 H31s");
        EXPECT_TRUE(series["nose_found"].toBool());
        EXPECT_EQ(series["measures"]["landmarks_found"].toInt(), 4);
        EXPECT_FALSE(series["series_uid"].toString().isEmpty());
    }
    EXPECT_EQ(visible, 1);
    QFile picture(png);
    ASSERT_TRUE(picture.open(QIODevice::ReadOnly));
    EXPECT_TRUE(picture.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    EXPECT_GT(picture.size(), 20000) << "a drawn head, not an empty picture";
}

// Defacing from the terminal, on the real head volumes: every picture of both is cut, and the
// check of the copy measures both faces gone, the MRI's whole face and the upper face of the
// CT, which starts in the middle of the nose: the copy is safe. Looked at on its own, the copy
// shows no face either.
TEST(Cli, DefacesTheRealHeadVolumesAndMeasuresTheFaceGone)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString dir = test::makeTempDir();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_DATA_HOME", QDir(dir).filePath("data-home"));
    const QString copy = QDir(dir).filePath("copy");
    const CliRun run = runCli({"anonymize", test::sharedData("head_volumes"), "--output", copy, "--deface", "--json"}, environment);
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    const QJsonObject result = parseJson(run.out);
    EXPECT_EQ(result["pictures_defaced"].toInt(), 28 + 176);
    EXPECT_TRUE(result["verification"]["passed"].toBool());
    for (const QJsonValue finding : result["verification"]["findings"].toArray())
        ADD_FAILURE() << "left in the copy: " << finding["value"].toString().toStdString();

    const CliRun face = runCli({"face", copy, "--json"});
    ASSERT_EQ(face.exitCode, 0) << face.err.toStdString();
    int heads = 0;
    for (const QJsonValue series : parseJson(face.out)["series"].toArray()) {
        if (!series["head_volume"].toBool())
            continue;
        ++heads;
        EXPECT_FALSE(series["face_visible"].toBool()) << series["reason"].toString().toStdString();
        EXPECT_TRUE(series["reason"].toString().contains("cut away")) << series["reason"].toString().toStdString();
    }
    EXPECT_EQ(heads, 2);
}
