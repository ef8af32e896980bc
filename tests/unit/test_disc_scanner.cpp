// Reading whole discs: DICOMDIR media, folders without one, ZIP and ISO images, broken files,
// names in many scripts, and the promise that the original is never touched.
#include "media/DiscScanner.h"
#include "media/IndexJson.h"
#include "support/ArchiveWriter.h"
#include "support/DiscScanHelpers.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QDirIterator>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace scanshield;
using namespace scanshield::media;
using scanshield::test::findInstance;
using scanshield::test::findProblem;
using scanshield::test::sharedData;

namespace {

int problemsOfKind(const DiscIndex& index, ProblemKind kind)
{
    int n = 0;
    for (const FileProblem& p : index.problems)
        n += p.kind == kind ? 1 : 0;
    return n;
}

// Every file on the disc ends in exactly one place.
void expectEveryFileAccountedFor(const DiscIndex& index)
{
    const int onDisc = index.instancesTotal() + int(index.mediaDirectories.size()) +
                       int(index.problems.size()) - problemsOfKind(index, ProblemKind::MissingFromDisc);
    EXPECT_EQ(onDisc, index.filesTotal);
}

} // namespace

TEST(DiscScanner, ReadsTheDicomdirMediaAndFindsEveryFile)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const ScanResult result = test::scanPath(sharedData("dicomdir_media/pydicom_dicomdirtests"));
    ASSERT_TRUE(result.opened) << result.error.toStdString();
    const DiscIndex& index = result.index;
    EXPECT_EQ(index.filesTotal, 91);
    expectEveryFileAccountedFor(index);
    EXPECT_EQ(problemsOfKind(index, ProblemKind::MissingFromDisc), 0);
    // DICOMDIR and its six variants, plus TINY_ALPHA's own.
    EXPECT_EQ(index.mediaDirectories.size(), 8);
    EXPECT_NE(findInstance(index, QStringLiteral("TINY_ALPHA/PT000000/ST000000/SE000000/IM00000J")), nullptr);
    const FileProblem* readme = findProblem(index, QStringLiteral("README.txt"));
    ASSERT_NE(readme, nullptr);
    EXPECT_EQ(readme->kind, ProblemKind::NotDicom);
    EXPECT_GE(index.patients.size(), 3);
}

TEST(DiscScanner, ListsFilesTheDicomdirNamesButTheDiscLacks)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const ScanResult result = test::scanPath(sharedData("malformed_edge/broken_media/wg04_rle_cd_DICOMDIR_only"));
    ASSERT_TRUE(result.opened);
    EXPECT_EQ(problemsOfKind(result.index, ProblemKind::MissingFromDisc), 20);
    EXPECT_EQ(result.index.instancesTotal(), 0);
    const FileProblem* missing = &result.index.problems.front();
    EXPECT_TRUE(missing->reason.contains(QStringLiteral("table of contents"))) << missing->reason.toStdString();
}

TEST(DiscScanner, AccountsForEveryMalformedFileWithAReason)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const ScanResult result = test::scanPath(sharedData("malformed_edge"));
    ASSERT_TRUE(result.opened);
    const DiscIndex& index = result.index;
    expectEveryFileAccountedFor(index);
    for (const FileProblem& p : index.problems)
        EXPECT_FALSE(p.reason.isEmpty()) << p.path.toStdString();

    const FileProblem* truncatedPixels = findProblem(index, QStringLiteral("pydicom/MR_truncated.dcm"));
    ASSERT_NE(truncatedPixels, nullptr);
    EXPECT_EQ(truncatedPixels->kind, ProblemKind::CutShort);
    const FileProblem* truncatedPlan = findProblem(index, QStringLiteral("pydicom/rtplan_truncated.dcm"));
    ASSERT_NE(truncatedPlan, nullptr);
    EXPECT_EQ(truncatedPlan->kind, ProblemKind::CutShort);
    // Files without preamble or meta header are still medical images.
    EXPECT_NE(findInstance(index, QStringLiteral("fo-dicom/CR-MONO1-10-chest.dcm")), nullptr);
    // This copy of no_meta.dcm starts with one stray byte, so no reader can find its elements.
    ASSERT_NE(findProblem(index, QStringLiteral("pydicom/no_meta.dcm")), nullptr);
    // Big endian goes through DCMTK.
    EXPECT_NE(findInstance(index, QStringLiteral("pydicom/MR_small_bigendian.dcm")), nullptr);
    // The Philips CD: its DICOMDIR names about 430 images that are not there.
    EXPECT_GT(problemsOfKind(index, ProblemKind::MissingFromDisc), 400);
    EXPECT_NE(findInstance(index, QStringLiteral("philips_ct_cd_dirfile_only/DICOM/S21570/S1000/I10")), nullptr);
}

TEST(DiscScanner, ShowsNamesInTheirOwnScript)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const ScanResult result = test::scanPath(sharedData("malformed_edge/pydicom_charsets"));
    ASSERT_TRUE(result.opened);
    const IndexedInstance* japanese = findInstance(result.index, QStringLiteral("chrH31.dcm"));
    ASSERT_NE(japanese, nullptr);
    EXPECT_EQ(japanese->header.patientName, QStringLiteral("Yamada^Tarou=山田^太郎=やまだ^たろう"));
    EXPECT_EQ(readablePersonName(japanese->header.patientName), QStringLiteral("Tarou Yamada (山田 太郎)"));
    const IndexedInstance* korean = findInstance(result.index, QStringLiteral("chrKoreanMulti.dcm"));
    ASSERT_NE(korean, nullptr);
    EXPECT_EQ(korean->header.patientName, QStringLiteral("김희중"));
    const IndexedInstance* russian = findInstance(result.index, QStringLiteral("chrRuss.dcm"));
    ASSERT_NE(russian, nullptr);
    EXPECT_EQ(russian->header.patientName, QStringLiteral("Люкceмбypг"));
}

TEST(DiscScanner, ReadsZipAndIsoImagesInPlaceLikeTheFolder)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString folder = sharedData("dicomdir_media/pydicom_dicomdirtests");
    const ScanResult fromFolder = test::scanPath(folder);
    for (const auto format : {test::ArchiveFormat::Zip, test::ArchiveFormat::Iso9660}) {
        const QString archive = QDir(test::makeTempDir()).filePath(format == test::ArchiveFormat::Zip ? "disc.zip" : "disc.iso");
        ASSERT_TRUE(test::writeArchive(folder, archive, format));
        const ScanResult fromArchive = test::scanPath(archive);
        ASSERT_TRUE(fromArchive.opened) << fromArchive.error.toStdString();
        EXPECT_EQ(fromArchive.index.filesTotal, fromFolder.index.filesTotal);
        EXPECT_EQ(fromArchive.index.instancesTotal(), fromFolder.index.instancesTotal());
        EXPECT_EQ(fromArchive.index.seriesTotal(), fromFolder.index.seriesTotal());
        EXPECT_EQ(fromArchive.index.mediaDirectories.size(), fromFolder.index.mediaDirectories.size());
        EXPECT_EQ(problemsOfKind(fromArchive.index, ProblemKind::MissingFromDisc), 0);
    }
}

TEST(DiscScanner, ReadsADicomdirFileAsItsWholeDisc)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const ScanResult result = test::scanPath(sharedData("dicomdir_media/pydicom_dicomdirtests/TINY_ALPHA/DICOMDIR"));
    ASSERT_TRUE(result.opened);
    EXPECT_EQ(result.index.instancesTotal(), 50);
}

TEST(DiscScanner, NeverChangesAByteOfTheOriginal)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString folder = sharedData("malformed_edge");
    const auto before = test::hashTree(folder);
    test::scanPath(folder);
    EXPECT_EQ(test::hashTree(folder), before);
}

TEST(DiscScanner, SaysClearlyWhenAPathCannotBeRead)
{
    const ScanResult result = test::scanPath(QStringLiteral("/nonexistent/disc"));
    EXPECT_FALSE(result.opened);
    EXPECT_TRUE(result.error.contains(QStringLiteral("Nothing was found"))) << result.error.toStdString();

    const QString notAnArchive = QDir(test::makeTempDir()).filePath("broken.zip");
    QFile file(notAnArchive);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("PK\x03\x04 this is not really a zip");
    file.close();
    const ScanResult broken = test::scanPath(notAnArchive);
    EXPECT_FALSE(broken.opened);
    EXPECT_FALSE(broken.error.isEmpty());
}

TEST(DiscScanner, StopsWhenCancelled)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    std::atomic_bool cancel{false};
    DiscScanner scanner;
    scanner.setCancelFlag(&cancel);
    int seen = 0;
    scanner.setProgressCallback([&](const ScanProgress& progress) {
        seen = progress.filesDone;
        if (progress.filesDone == 5)
            cancel = true;
    });
    const ScanResult result = scanner.scan(sharedData("dicomdir_media/pydicom_dicomdirtests"));
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(seen, 5);
}

TEST(DiscScanner, JsonHasTheDocumentedFields)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QJsonObject json = indexToJson(test::scanPath(sharedData("dicomdir_media/pydicom_dicomdirtests/TINY_ALPHA")).index);
    EXPECT_EQ(json.value("instances_total").toInt(), 50);
    EXPECT_EQ(json.value("files_total").toInt(), 52);
    const QJsonObject patient = json.value("patients").toArray().first().toObject();
    EXPECT_TRUE(patient.contains("name"));
    const QJsonObject study = patient.value("studies").toArray().first().toObject();
    for (const char* key : {"uid", "date", "description", "series"})
        EXPECT_TRUE(study.contains(key)) << key;
    const QJsonObject series = study.value("series").toArray().first().toObject();
    for (const char* key : {"uid", "modality", "description", "instances"})
        EXPECT_TRUE(series.contains(key)) << key;
    EXPECT_EQ(series.value("instances").toInt(), 50);
    const QJsonObject problem = json.value("problems").toArray().first().toObject();
    EXPECT_TRUE(problem.contains("path") && problem.contains("reason"));
}

// A CD written on one system and copied on another often changes the case of its names: the
// DICOMDIR still says IM00000A while the file is im00000a. Nothing may go missing.
TEST(DiscScanner, MatchesDicomdirNamesWhateverTheirCase)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QString source = sharedData("dicomdir_media/pydicom_dicomdirtests/TINY_ALPHA");
    const QString copy = test::makeTempDir();
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QString relative = QDir(source).relativeFilePath(path);
        if (relative != QLatin1String("DICOMDIR"))
            relative = relative.toLower();
        const QString target = QDir(copy).filePath(relative);
        QDir().mkpath(QFileInfo(target).path());
        ASSERT_TRUE(QFile::copy(path, target));
    }
    const ScanResult result = test::scanPath(copy);
    ASSERT_TRUE(result.opened);
    EXPECT_EQ(problemsOfKind(result.index, ProblemKind::MissingFromDisc), 0);
    EXPECT_EQ(result.index.instancesTotal(), 50);
    // The DICOMDIR's order is kept: the files it names are read first.
}
