// Inputs the fuzzers (tests/fuzz, docs/ROBUSTNESS.md) found to break ScanShield, kept in
// tests/fuzz/regressions/<target>/ and replayed here through the same code, so that each bug
// stays fixed in the ordinary test suite too (scripts/fuzz.sh also replays them). Each test
// failed before its fix.
#include "deid/AnonymizationPreview.h"
#include "deid/DatasetAnonymizer.h"
#include "deid/DeidOptions.h"
#include "deid/DiscCopy.h"
#include "dicom/DicomBytes.h"
#include "exposure/AttributeCatalogue.h"
#include "exposure/IdentityTokens.h"
#include "media/HeaderParse.h"
#include "media/RandomAccessBytes.h"
#include "media/DiscScanner.h"
#include "support/TestData.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <sys/resource.h>

#include <gtest/gtest.h>

using namespace scanshield;

namespace {

QByteArray regressionInput(const QString& target, const QString& name)
{
    const QDir regressions(QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(QStringLiteral("../fuzz/regressions")));
    QFile file(regressions.filePath(target + QLatin1Char('/') + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    return file.readAll();
}

deid::DeidOptions fixedOptions()
{
    deid::DeidOptions options = deid::DeidOptions::patientDefault();
    options.dateShiftDays = -500;
    options.uidSecret = QByteArrayLiteral("test secret");
    return options;
}

QString writeDisc(const QByteArray& file)
{
    const QString disc = test::makeTempDir();
    QFile out(QDir(disc).filePath(QStringLiteral("IM000001")));
    EXPECT_TRUE(out.open(QIODevice::WriteOnly) && out.write(file) == file.size());
    return disc;
}

// The most memory this process has held so far, in MiB (each ctest test is its own process).
long peakMemoryMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

// A 719-byte text file read as DICOM holds an "element" that claims 544 MB. The wizard's
// preview turned it into text, which made DCMTK allocate the 544 MB and then a 1.6 GB string
// of hex digits (libFuzzer: out-of-memory). Values that are data, or longer than a person
// could read in a table cell, are now described by their size and never read.
TEST(FuzzRegressions, PreviewDescribesAHugeClaimedValueWithoutReadingIt)
{
    const QByteArray input = regressionInput(QStringLiteral("fuzz_anonymize_file"), QStringLiteral("text-file-claims-544mb-value"));
    ASSERT_EQ(input.size(), 719);
    const dicom::LoadedDicom loaded = dicom::loadDicomBytes(input);
    ASSERT_TRUE(loaded.file);
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    const deid::DatasetAnonymizer anonymizer(catalogue, fixedOptions());

    const QList<deid::AttributeChange> changes = deid::previewAnonymization(*loaded.file->getDataset(), anonymizer, catalogue);

    const auto claimed = std::find_if(changes.begin(), changes.end(),
                                      [](const deid::AttributeChange& c) { return c.tag == QLatin1String("(6E49,7420)"); });
    ASSERT_NE(claimed, changes.end());
    EXPECT_EQ(claimed->kind, deid::AttributeChange::Kind::Removed);
    // "(544434536 byte(s) of data)", or its English plural when a translation is loaded.
    EXPECT_TRUE(claimed->before.startsWith(QLatin1String("(544434536 byte")) && claimed->before.endsWith(QLatin1String("of data)")))
        << qPrintable(claimed->before);
}

// A file whose rows, columns and frames are written as text of two thousand million each: the
// check "is the file smaller than its pixels?" multiplied them in a 64-bit integer, which
// overflowed (undefined behaviour; UBSan stopped the header fuzzer). Such a file is listed
// as cut short, like any image larger than its file.
TEST(FuzzRegressions, AnImpossiblyLargeImageIsCutShortWithoutOverflow)
{
    const QByteArray input = regressionInput(QStringLiteral("fuzz_header_parse"), QStringLiteral("image-size-overflows"));
    ASSERT_FALSE(input.isEmpty());
    const media::ScanResult scan = media::DiscScanner().scan(writeDisc(input));

    ASSERT_TRUE(scan.opened);
    EXPECT_EQ(scan.index.instancesTotal(), 0);
    ASSERT_EQ(scan.index.problems.size(), 1);
    EXPECT_EQ(scan.index.problems.first().kind, media::ProblemKind::CutShort);
}

// An archive (a tar, given the name disc.zip as the archive fuzzer names every input: the
// name makes ScanShield open it as an archive, libarchive finds the format) holding a
// damaged DICOMDIR on which DCMTK 3.6.7 throws std::out_of_range (from
// DcmByteString::verify while it reads a record). Nothing caught it, so reading the archive
// ended the whole program (std::terminate). Now the DICOMDIR is unreadable like any damaged
// file and the rest of the disc is read.
TEST(FuzzRegressions, ADicomDirOnWhichDcmtkThrowsDoesNotStopTheScan)
{
    const QByteArray input = regressionInput(QStringLiteral("fuzz_archive"), QStringLiteral("dicomdir-record-throws"));
    ASSERT_FALSE(input.isEmpty());
    const QString archive = QDir(test::makeTempDir()).filePath(QStringLiteral("disc.zip"));
    QFile file(archive);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(input) == input.size());
    file.close();

    const media::ScanResult scan = media::DiscScanner().scan(archive);

    EXPECT_TRUE(scan.opened) << qPrintable(scan.error);
    EXPECT_GT(scan.index.filesTotal, 0);
}

// A damaged file that DCMTK reads leniently (elements twice, meta elements in the dataset,
// lengths past the end) was anonymized and written by DCMTK into a file whose sequence ran
// past the end of the file: the copy held a file no reader takes whole, DCMTK included. The
// copier now reads each written file back and leaves out, with the reason, one that does not
// read. The options and text boxes are the ones the fuzzer used for this input.
TEST(FuzzRegressions, TheCopyHoldsOnlyFilesThatReadBack)
{
    const QByteArray input = regressionInput(QStringLiteral("fuzz_anonymize_file"), QStringLiteral("copy-written-with-broken-lengths"));
    ASSERT_FALSE(input.isEmpty());
    const QString disc = writeDisc(input);
    const media::ScanResult scan = media::DiscScanner().scan(disc);
    ASSERT_EQ(scan.index.instancesTotal(), 1) << "the damaged file is in the index, as the fuzzer met it";
    const media::IndexedInstance& instance = scan.index.patients.first().studies.first().series.first().instances.first();
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(disc, error);
    ASSERT_TRUE(source);

    deid::DeidOptions options = fixedOptions();
    options.dates = deid::DateHandling::RetainFullDates;
    options.retainPatientCharacteristics = options.retainDeviceIdentity = true;
    options.retainInstitutionIdentity = options.retainUids = true;
    deid::DiscCopier copier(exposure::AttributeCatalogue::embedded(), options);
    copier.setThreadCount(1);
    const int columns = instance.header.columns, rows = instance.header.rows;
    copier.setTextToBlackOut({{instance.path, {QRect(0, 0, 24, 12), QRect(columns - 10, rows - 10, 40, 40),
                                               QRect(columns / 2, rows / 2, 8, 8)}}});
    const QString copy = QDir(test::makeTempDir()).filePath(QStringLiteral("copy"));
    const deid::CopyResult result = copier.copy(scan.index, *source, copy, exposure::IdentityTokens::fromIndex(scan.index));

    ASSERT_TRUE(result.written) << qPrintable(result.error);
    EXPECT_EQ(result.filesWritten + result.notCopied.size(), 1);
    QDirIterator written(copy, {QStringLiteral("IM*")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (written.hasNext()) {
        media::RandomAccessBytes bytes(written.next());
        const media::HeaderOutcome outcome = media::parseHeaderFast(bytes).outcome;
        EXPECT_TRUE(outcome == media::HeaderOutcome::Ok || outcome == media::HeaderOutcome::Unsupported)
            << qPrintable(written.filePath());
        ++files;
    }
    EXPECT_EQ(files, result.filesWritten);
}

// A 2 KB file whose Specific Character Set claims 1.6 GB (its VR damaged, so DCMTK holds it
// as bytes). The anonymizer and the preview asked DCMTK for the character set as text: DCMTK
// loaded the 1.6 GB and wrote it as hex digits, 4.8 GB more (libFuzzer: out of memory). Now
// text is read only from values of a sane size (dicom/BoundedText.h), and the file is
// previewed and anonymized with little memory, as a file read from the disc.
TEST(FuzzRegressions, AHugeClaimedCharacterSetIsNotRead)
{
    const QByteArray input = regressionInput(QStringLiteral("fuzz_anonymize_file"), QStringLiteral("charset-claims-1600mb"));
    ASSERT_EQ(input.size(), 2304);
    const QString path = QDir(writeDisc(input)).filePath(QStringLiteral("IM000001"));
    const dicom::LoadedDicom loaded = dicom::loadDicomFile(path);
    ASSERT_TRUE(loaded.file);
    const exposure::AttributeCatalogue& catalogue = exposure::AttributeCatalogue::embedded();
    const deid::DatasetAnonymizer anonymizer(catalogue, fixedOptions());
    const long before = peakMemoryMiB();

    const QList<deid::AttributeChange> changes = deid::previewAnonymization(*loaded.file->getDataset(), anonymizer, catalogue);
    anonymizer.anonymize(*loaded.file->getDataset());

    EXPECT_FALSE(changes.isEmpty());
    EXPECT_LT(peakMemoryMiB() - before, 1024) << "MiB more than before the preview and the anonymization";
}
