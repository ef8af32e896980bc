// The safe copy of a whole disc (core/deid/DiscCopy): a complete disc in a new folder, with a
// DICOMDIR DCMTK reads, nothing of the patient left in the headers, the original untouched,
// and nothing that looks finished when the copy is stopped.
#include "deid/CopyVerifier.h"
#include "deid/DiscCopy.h"
#include "demo/DemoDisc.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/ExposureScanner.h"
#include "exposure/IdentityTokens.h"
#include "media/DicomDirReader.h"
#include "media/DiscScanner.h"
#include "support/TestData.h"

#include "dicom/DicomBytes.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcstack.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <map>

using namespace scanshield;

namespace {

struct Original {
    QString dir;
    media::ScanResult scan;
    std::unique_ptr<media::DiscSource> source;
};

Original openDemoDisc(const QString& name)
{
    Original original;
    original.dir = QDir(test::makeTempDir()).filePath(name);
    EXPECT_TRUE(demo::writeDemoDisc(original.dir).ok);
    original.scan = media::DiscScanner().scan(original.dir);
    QString error;
    original.source = media::openDiscSource(original.dir, error);
    EXPECT_TRUE(original.source) << error.toStdString();
    return original;
}

// How many references (Referenced SOP Instance UID, at any depth) of a folder's files point to
// an image of the same folder.
int resolvedReferences(const QString& folder)
{
    QSet<QString> instances;
    QStringList references;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const dicom::LoadedDicom loaded = dicom::loadDicomFile(it.next());
        if (!loaded.file)
            continue;
        DcmDataset& dataset = *loaded.file->getDataset();
        OFString uid;
        if (dataset.findAndGetOFString(DCM_SOPInstanceUID, uid).good())
            instances.insert(QString::fromLatin1(uid.c_str()));
        DcmStack stack;
        while (dataset.search(DCM_ReferencedSOPInstanceUID, stack, ESM_afterStackTop, OFTrue).good()) {
            OFString reference;
            static_cast<DcmElement*>(stack.top())->getOFString(reference, 0);
            references << QString::fromLatin1(reference.c_str());
        }
    }
    int resolved = 0;
    for (const QString& reference : references)
        resolved += instances.contains(reference) ? 1 : 0;
    return resolved;
}

// Every byte of every file of a folder, one after the other.
QByteArray allBytes(const QString& folder)
{
    QByteArray bytes;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

} // namespace

TEST(DiscCopy, WritesACompleteAnonymizedDiscAndLeavesTheOriginalAlone)
{
    const Original original = openDemoDisc(QStringLiteral("original"));
    ASSERT_TRUE(original.source);
    const auto before = test::fingerprints(original.dir);
    const QString output = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
    const exposure::IdentityTokens patient = exposure::IdentityTokens::fromIndex(original.scan.index);

    const deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), deid::DeidOptions::patientDefault());
    const deid::CopyResult result = copier.copy(original.scan.index, *original.source, output, patient);
    ASSERT_TRUE(result.written) << result.error.toStdString();
    EXPECT_TRUE(result.notCopied.isEmpty()) << result.notCopied.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(test::fingerprints(original.dir), before) << "not one byte of the original changes";

    // A complete disc: every image, a DICOMDIR naming each file, a README, nothing else.
    const media::ScanResult copy = media::DiscScanner().scan(output);
    ASSERT_TRUE(copy.opened);
    EXPECT_EQ(copy.index.instancesTotal(), original.scan.index.instancesTotal());
    EXPECT_EQ(result.filesWritten, original.scan.index.instancesTotal());
    QFile dicomDir(QDir(output).filePath(QStringLiteral("DICOMDIR")));
    ASSERT_TRUE(dicomDir.open(QIODevice::ReadOnly));
    const media::DicomDirContents contents = media::readDicomDirWithDcmtk(dicomDir.readAll());
    EXPECT_EQ(contents.referencedFiles.size(), result.filesWritten) << "DCMTK reads the new DICOMDIR";
    EXPECT_TRUE(QFile::exists(QDir(output).filePath(QStringLiteral("README.TXT"))));
    EXPECT_EQ(copy.index.mediaDirectories.size(), 1);
    EXPECT_EQ(copy.index.otherFiles.size(), 1) << "only the README; the original's text files stay behind";
    EXPECT_EQ(copy.index.patients.size(), 1);
    ASSERT_FALSE(copy.index.patients.isEmpty());
    EXPECT_EQ(copy.index.patients.first().studies.size(), 2) << "studies and series still belong together";

    // Nothing of the patient in any header of the copy (text burned into the pictures is
    // the job of pixel cleaning, not checked here).
    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(false);
    const exposure::ExposureScanner::DiscExposure exposure = scanner.scanDisc(output);
    const demo::DemoIdentity& identity = demo::demoIdentity();
    for (const exposure::Finding& f : exposure.report.findings) {
        const std::string what = (f.attribute + " " + f.standardName + " = " + f.value).toStdString();
        for (const QString& planted : {QStringLiteral("Mustermann"), identity.patientId, identity.otherPatientId, identity.birthDate,
                                       identity.accessionNumber, identity.institution, identity.phone, identity.deviceSerial})
            EXPECT_FALSE(f.value.contains(planted, Qt::CaseInsensitive)) << what;
        EXPECT_NE(f.category, exposure::Category::Private) << what;
    }
    EXPECT_TRUE(QDir(output).entryList({QStringLiteral(".*scanshield-unfinished")}, QDir::Dirs | QDir::Hidden).isEmpty());
}

TEST(DiscCopy, AStoppedCopyLeavesNothingBehind)
{
    const Original original = openDemoDisc(QStringLiteral("original"));
    ASSERT_TRUE(original.source);
    const QString parent = test::makeTempDir();
    const QString output = QDir(parent).filePath(QStringLiteral("copy"));
    std::atomic_bool cancel = false;
    deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), deid::DeidOptions::patientDefault());
    copier.setCancelFlag(&cancel);
    copier.setProgressCallback([&cancel](int done, int) {
        if (done == 10)
            cancel = true;
    });
    const deid::CopyResult result = copier.copy(original.scan.index, *original.source, output,
                                                exposure::IdentityTokens::fromIndex(original.scan.index));
    EXPECT_FALSE(result.written);
    EXPECT_TRUE(result.cancelled);
    EXPECT_FALSE(result.error.isEmpty());
    EXPECT_FALSE(QFile::exists(output));
    EXPECT_TRUE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
        << "no half-written copy and no working folder";
}

TEST(DiscCopy, RefusesAFolderThatAlreadyHoldsFiles)
{
    const Original original = openDemoDisc(QStringLiteral("original"));
    ASSERT_TRUE(original.source);
    const QString output = test::makeTempDir();
    QFile keep(QDir(output).filePath(QStringLiteral("letter.txt")));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    const deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), deid::DeidOptions::patientDefault());
    const deid::CopyResult result = copier.copy(original.scan.index, *original.source, output,
                                                exposure::IdentityTokens::fromIndex(original.scan.index));
    EXPECT_FALSE(result.written);
    EXPECT_TRUE(result.error.contains(QStringLiteral("already holds files"))) << result.error.toStdString();
    EXPECT_EQ(QDir(output).entryList(QDir::Files).size(), 1) << "the person's file is untouched";
}

// Every file of the shared data goes through, or is named with the reason it could not; and
// no header of any copy keeps what identified the original (pictures are not read for text
// here: that is the CLI test's job on the demo disc).
TEST(DiscCopy, EveryFileOfTheSharedDataGoesThroughWithCleanHeaders)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(false);
    for (const QString& folder : {QStringLiteral("codecs_multiframe_burnedin"), QStringLiteral("deid_benchmark"),
                                  QStringLiteral("dicomdir_media"), QStringLiteral("head_volumes"), QStringLiteral("malformed_edge")}) {
        SCOPED_TRACE(folder.toStdString());
        const QString path = test::sharedData(folder);
        const exposure::ExposureScanner::DiscExposure original = scanner.scanDisc(path);
        ASSERT_TRUE(original.scan.opened);
        QString error;
        const std::unique_ptr<media::DiscSource> source = media::openDiscSource(path, error);
        ASSERT_TRUE(source) << error.toStdString();
        const QString output = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
        const deid::DeidOptions options = deid::DeidOptions::patientDefault();
        const deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), options);
        const deid::CopyResult copy = copier.copy(original.scan.index, *source, output,
                                                  exposure::IdentityTokens::fromReport(original.report));
        ASSERT_TRUE(copy.written) << copy.error.toStdString();
        EXPECT_EQ(copy.filesWritten + copy.notCopied.size(), original.scan.index.instancesTotal())
            << "every image is copied or named with its reason";
        for (const QString& reason : copy.notCopied)
            EXPECT_TRUE(reason.contains(QLatin1Char(':'))) << reason.toStdString();

        const deid::Verification verification = deid::verifyCopy(output, original.report, scanner, &options);
        for (const exposure::Finding& f : verification.findings)
            ADD_FAILURE() << "still in the copy: " << (f.attribute + " " + f.standardName + " = " + f.value).toStdString();
        EXPECT_FALSE(verification.passed) << "pictures not read for text: not called safe";
        EXPECT_FALSE(verification.note.isEmpty());
    }
}

// The copy is written on every core; which thread took which file changes nothing in it.
TEST(DiscCopy, TwoThreadsWriteTheSameCopyAsOne)
{
    const Original original = openDemoDisc(QStringLiteral("original"));
    ASSERT_TRUE(original.source);
    const deid::DeidOptions options = deid::DeidOptions::patientDefault(); // one secret, one date shift
    const exposure::IdentityTokens patient = exposure::IdentityTokens::fromIndex(original.scan.index);
    std::map<std::string, std::string> copies[2];
    QStringList dicomDirFiles[2];
    for (int threads : {1, 2}) {
        deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), options);
        copier.setThreadCount(threads);
        const QString output = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
        const deid::CopyResult result = copier.copy(original.scan.index, *original.source, output, patient);
        ASSERT_TRUE(result.written) << result.error.toStdString();
        copies[threads - 1] = test::fingerprints(output);
        // The DICOMDIR's own UID is new each time it is written; its records are compared.
        copies[threads - 1].erase("DICOMDIR");
        QFile dicomDir(QDir(output).filePath(QStringLiteral("DICOMDIR")));
        ASSERT_TRUE(dicomDir.open(QIODevice::ReadOnly));
        dicomDirFiles[threads - 1] = media::readDicomDirWithDcmtk(dicomDir.readAll()).referencedFiles;
    }
    EXPECT_EQ(dicomDirFiles[0], dicomDirFiles[1]);
    EXPECT_EQ(dicomDirFiles[0].size(), original.scan.index.instancesTotal());
    EXPECT_GT(copies[0].size(), 10u);
    EXPECT_EQ(copies[0].size(), copies[1].size());
    for (const auto& [file, sum] : copies[0])
        EXPECT_EQ(sum, copies[1][file]) << file;
}

// Only what the person chose goes into the copy: a series left out is not there, a file
// outside DICOM they picked is, unchanged, and the check of the copy reads it like any other.
TEST(DiscCopy, CopiesOnlyTheChosenSeriesAndThePickedOtherFiles)
{
    const Original original = openDemoDisc(QStringLiteral("original"));
    ASSERT_TRUE(original.source);
    const media::SeriesEntry& leftOut = original.scan.index.patients.first().studies.first().series.first();
    deid::CopySelection selection;
    selection.seriesLeftOut.insert(leftOut.uid);
    // The demo disc's README names the patient; AUTORUN.INF is not offered at all.
    selection.otherFiles = {QStringLiteral("README.TXT"), QStringLiteral("../../etc/passwd")};

    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(false);
    const exposure::ExposureScanner::DiscExposure report = scanner.scanDisc(original.dir);
    deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), deid::DeidOptions::patientDefault());
    copier.setSelection(selection);
    const QString output = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
    const deid::CopyResult result = copier.copy(original.scan.index, *original.source, output,
                                                exposure::IdentityTokens::fromReport(report.report));
    ASSERT_TRUE(result.written) << result.error.toStdString();
    EXPECT_EQ(result.filesWritten, original.scan.index.instancesTotal() - leftOut.instances.size());
    EXPECT_EQ(result.otherFilesWritten, 1);
    ASSERT_EQ(result.notCopied.size(), 1);
    EXPECT_TRUE(result.notCopied.first().contains(QStringLiteral("not a file of this disc")));

    QFile picked(QDir(output).filePath(QStringLiteral("OTHER/README.TXT")));
    QFile source(QDir(original.dir).filePath(QStringLiteral("README.TXT")));
    ASSERT_TRUE(picked.open(QIODevice::ReadOnly));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    EXPECT_EQ(picked.readAll(), source.readAll()) << "copied as it is";

    const media::ScanResult copy = media::DiscScanner().scan(output);
    EXPECT_EQ(copy.index.seriesTotal(), original.scan.index.seriesTotal() - 1);
    EXPECT_EQ(copy.index.instancesTotal(), result.filesWritten);

    const deid::Verification verification = deid::verifyCopy(output, report.report, scanner);
    bool readmeFlagged = false;
    for (const exposure::Finding& f : verification.findings)
        readmeFlagged = readmeFlagged || f.files.contains(QStringLiteral("OTHER/README.TXT"));
    EXPECT_TRUE(readmeFlagged) << "the picked file names the patient, and the check says so";
    EXPECT_FALSE(verification.passed);
}

// The report's references to the CT images still lead to them in the copy: every UID was
// replaced by the same new one wherever it occurs.
TEST(DiscCopy, ReferencesStillResolveInTheCopy)
{
    const Original original = openDemoDisc(QStringLiteral("original"));
    ASSERT_TRUE(original.source);
    const int before = resolvedReferences(original.dir);
    ASSERT_GT(before, 10) << "the demo report cites the CT images";
    const QString output = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
    const deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), deid::DeidOptions::patientDefault());
    ASSERT_TRUE(copier.copy(original.scan.index, *original.source, output,
                            exposure::IdentityTokens::fromIndex(original.scan.index)).written);
    EXPECT_EQ(resolvedReferences(output), before);
}

// The TCIA pseudo-PHI benchmark: not one planted identifier of its answer key is left in any
// byte of the copy. Kept on purpose, and so not looked for: times of day (dates are moved,
// times name nobody) and image comments that name nobody ("POST CONTRAST", a description).
TEST(DiscCopy, LeavesNoPlantedIdentifierOfTheBenchmarkInAnyByte)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString root = test::sharedData("deid_benchmark/tcia_pseudo_phi_flywheel");
    const QJsonObject instances = test::tciaPseudoPhiAnswerKey();
    ASSERT_EQ(instances.size(), 26);

    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(false);
    const QString disc = QDir(root).filePath("dicom");
    const exposure::ExposureScanner::DiscExposure report = scanner.scanDisc(disc);
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(disc, error);
    ASSERT_TRUE(source);
    const QString output = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
    const deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), deid::DeidOptions::patientDefault());
    const deid::CopyResult copy = copier.copy(report.scan.index, *source, output, exposure::IdentityTokens::fromReport(report.report));
    ASSERT_TRUE(copy.written) << copy.error.toStdString();
    EXPECT_EQ(copy.filesWritten, 26);
    const QByteArray bytes = allBytes(output);

    int looked = 0;
    for (const QJsonValue& instance : instances) {
        const QJsonObject phi = instance.toObject().value("phi").toObject();
        for (auto it = phi.begin(); it != phi.end(); ++it) {
            if (it.key().endsWith(QLatin1String("Time")) || it.key() == QLatin1String("ImageComments"))
                continue;
            const QByteArray value = it.value().toString().trimmed().toLatin1();
            if (value.size() < 4)
                continue;
            EXPECT_FALSE(bytes.contains(value)) << it.key().toStdString() << " = " << value.toStdString();
            ++looked;
        }
    }
    EXPECT_GT(looked, 26 * 25);
}

// Dates are moved by one offset; on a disc of several dates one moved date can land on
// another original date. The check must know it was moved: on the demo disc, moving every
// date 175 days back turns the ultrasound's 5 September 2023 into the CT's 14 March 2023.
TEST(DiscCopy, AMovedDateThatLandsOnAnotherOriginalDateIsNotALeak)
{
    const Original original = openDemoDisc(QStringLiteral("original"));
    ASSERT_TRUE(original.source);
    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(false);
    const exposure::ExposureScanner::DiscExposure report = scanner.scanDisc(original.dir);
    deid::DeidOptions options = deid::DeidOptions::patientDefault();
    options.dateShiftDays = -175;
    const QString output = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
    const deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), options);
    ASSERT_TRUE(copier.copy(original.scan.index, *original.source, output, exposure::IdentityTokens::fromReport(report.report)).written);

    const deid::Verification verification = deid::verifyCopy(output, report.report, scanner, &options);
    for (const exposure::Finding& f : verification.findings)
        EXPECT_NE(f.category, exposure::Category::Dates) << (f.attribute + " = " + f.value).toStdString();
    // Without knowing the offset, the same copy looks as if it kept the CT's date.
    bool flaggedWithoutOffset = false;
    for (const exposure::Finding& f : deid::verifyCopy(output, report.report, scanner).findings)
        flaggedWithoutOffset = flaggedWithoutOffset || (f.category == exposure::Category::Dates && f.value == "20230314");
    EXPECT_TRUE(flaggedWithoutOffset) << "the test's dates do collide";
}
