// The exposure report's header part: every element counted once per value, in the same pass
// as the disc scan. The fast walker's elements must be exactly DCMTK's, file by file, on every
// real file we have; the walk must not change what the index sees; and the report made in one
// pass must equal the report made by reading the files again.
#include "demo/DemoDisc.h"
#include "dicom/DicomBytes.h"
#include "exposure/DatasetWalk.h"
#include "exposure/ElementTally.h"
#include "exposure/ExposureScanner.h"
#include "media/DiscScanner.h"
#include "media/HeaderParse.h"
#include "media/DiscSource.h"
#include "media/RandomAccessBytes.h"
#include "support/TestData.h"

#include <dcmtk/dcmdata/dcfilefo.h>

#include <QDir>
#include <QDirIterator>

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <set>
#include <tuple>

using namespace scanshield;
using exposure::ElementTally;

namespace {

// One row of a tally in a form that does not depend on the order files were read in.
using RowKey = std::tuple<std::uint32_t, std::string, int, std::string, QByteArray, QString>;
struct RowCount {
    int occurrences = 0;
    std::set<std::vector<std::uint32_t>> paths;
    bool operator==(const RowCount&) const = default;
};
using TallyContents = std::map<RowKey, RowCount>;

// Two known, deliberate differences are left out of the comparison:
// - private elements of implicit VR files: DCMTK knows the VR of some vendors' elements
//   (its private dictionary), the walker reads them as UN and decides from the bytes whether
//   they are text, which reads more of them; so private rows are compared by tag, creator,
//   count and places;
// - the VR DCMTK gives binary values it does not know (UN for an overlay the walker calls OW),
//   or that depend on another element (US or SS by PixelRepresentation, which the walker
//   reads as US in implicit VR files): binary and number rows are compared without their VR.
TallyContents contentsOf(const ElementTally& tally)
{
    TallyContents contents;
    for (const ElementTally::Row& row : tally.rows()) {
        if (row.files.empty())
            continue;
        const bool isPrivate = (row.tag >> 16) & 1;
        const bool isBinary = row.kind == ElementTally::ValueKind::Binary || row.kind == ElementTally::ValueKind::Numbers;
        const RowKey key{row.tag, isPrivate || isBinary ? std::string() : std::string(row.vr, 2),
                         isPrivate ? -1 : int(row.kind), isPrivate ? std::string() : row.value,
                         isPrivate ? QByteArray() : tally.characterSets()[std::size_t(row.characterSet)],
                         row.privateCreator >= 0 ? tally.privateCreators()[row.privateCreator] : QString()};
        RowCount& count = contents[key];
        count.occurrences += row.occurrences;
        for (int path : row.paths)
            count.paths.insert(tally.paths()[std::size_t(path)]);
    }
    return contents;
}

// What one tally holds that the other does not.
std::string describe(const TallyContents& contents, const TallyContents& other)
{
    std::string text;
    for (const auto& [key, count] : contents)
        if (auto found = other.find(key); found == other.end() || !(found->second == count))
            text += QStringLiteral("(%1) %2 kind %3 len %4 x%5")
                    .arg(std::get<0>(key), 8, 16, QLatin1Char('0'))
                    .arg(QString::fromStdString(std::get<1>(key)))
                    .arg(std::get<2>(key))
                    .arg(std::get<3>(key).size())
                    .arg(count.occurrences)
                    .toStdString() +
                    " paths " + std::to_string(count.paths.size()) + " value " +
                    QByteArray::fromStdString(std::get<3>(key)).left(40).toHex().toStdString() + "\n";
    return text;
}

// The fast walker's tally of one file; nullopt when it leaves the file to DCMTK.
std::optional<TallyContents> fastTally(const QString& path)
{
    ElementTally tally(exposure::AttributeCatalogue::embedded());
    media::RandomAccessBytes bytes(path);
    tally.beginFile(path);
    const media::HeaderResult result = media::parseHeaderFast(bytes, &tally);
    const bool complete = result.outcome == media::HeaderOutcome::Ok && result.elementsComplete;
    tally.endFile(complete);
    if (!complete)
        return std::nullopt;
    return contentsOf(tally);
}

std::optional<TallyContents> dcmtkTally(const QString& path)
{
    const dicom::LoadedDicom loaded = dicom::loadDicomFile(path);
    if (!loaded.file || !loaded.readCompletely)
        return std::nullopt;
    ElementTally tally(exposure::AttributeCatalogue::embedded());
    exposure::walkWithDcmtk(*loaded.file, path, tally);
    return contentsOf(tally);
}

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".md")) && !path.endsWith(QLatin1String(".csv")) && !path.endsWith(QLatin1String(".json")))
            files.append(path);
    }
    files.sort();
    return files;
}

const QString& demoDisc()
{
    static const QString disc = [] {
        const QString dir = QDir(test::makeTempDir()).filePath(QStringLiteral("demo"));
        const demo::DemoDiscResult written = demo::writeDemoDisc(dir);
        EXPECT_TRUE(written.ok) << written.error.toStdString();
        return dir;
    }();
    return disc;
}

// Every file both readers read completely must give the same elements and values.
int expectSameElementsAsDcmtk(const QStringList& files)
{
    int compared = 0;
    for (const QString& path : files) {
        const std::optional<TallyContents> fast = fastTally(path);
        if (!fast)
            continue;
        const std::optional<TallyContents> reference = dcmtkTally(path);
        if (!reference)
            continue;
        ++compared;
        EXPECT_TRUE(*fast == *reference) << path.toStdString() << "\nfast walker:\n"
                                         << describe(*fast, *reference) << "DCMTK:\n" << describe(*reference, *fast);
    }
    return compared;
}

} // namespace

TEST(ElementTally, TheFastWalkerSeesEveryElementDcmtkSeesOnTheDemoDisc)
{
    const int compared = expectSameElementsAsDcmtk(filesUnder(demoDisc()));
    EXPECT_GE(compared, 100) << "the demo disc has over 100 DICOM files and a DICOMDIR";
}

TEST(ElementTally, TheFastWalkerSeesEveryElementDcmtkSeesOnEverySharedFile)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const int compared = expectSameElementsAsDcmtk(filesUnder(test::sharedDataDir()));
    EXPECT_GT(compared, 300);
}

// Visiting every element must not change a single verdict of the disc index.
TEST(ElementTally, VisitingElementsChangesNothingTheIndexSees)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    int files = 0;
    for (const QString& path : filesUnder(test::sharedDataDir()) + filesUnder(demoDisc())) {
        media::RandomAccessBytes plainBytes(path);
        const media::HeaderResult plain = media::parseHeaderFast(plainBytes);
        media::RandomAccessBytes visitedBytes(path);
        ElementTally tally(exposure::AttributeCatalogue::embedded());
        tally.beginFile(path);
        const media::HeaderResult visited = media::parseHeaderFast(visitedBytes, &tally);
        tally.endFile(false);
        SCOPED_TRACE(path.toStdString());
        ++files;
        EXPECT_EQ(int(plain.outcome), int(visited.outcome));
        EXPECT_EQ(plain.detail, visited.detail);
        EXPECT_EQ(plain.header.patientName, visited.header.patientName);
        EXPECT_EQ(plain.header.sopInstanceUid, visited.header.sopInstanceUid);
        EXPECT_EQ(plain.header.hasPixelData, visited.header.hasPixelData);
        EXPECT_EQ(plain.header.numberOfFrames, visited.header.numberOfFrames);
    }
    EXPECT_GT(files, 400);
}

TEST(ElementTally, OneRowPerValueWithEveryFileAndPlace)
{
    ElementTally tally(exposure::AttributeCatalogue::embedded());
    const std::uint8_t name[] = {'D', 'o', 'e', '^', 'J', 'a', 'n', 'e'};
    media::RawElement patientName;
    patientName.tag = 0x00100010;
    patientName.vr[0] = 'P';
    patientName.vr[1] = 'N';
    patientName.length = sizeof(name);
    patientName.value = name;
    for (const char* file : {"A", "B"}) {
        tally.beginFile(QString::fromLatin1(file));
        tally.element(patientName);
        tally.enterSequence(0x0040A370); // Referenced Request Sequence: the name again, nested
        tally.enterItem();
        tally.element(patientName);
        tally.leaveItem();
        tally.leaveSequence();
        tally.endFile(true);
    }
    // A file the walker could not finish leaves no trace.
    tally.beginFile(QStringLiteral("C"));
    tally.element(patientName);
    tally.endFile(false);

    ASSERT_EQ(tally.rows().size(), 1u);
    const ElementTally::Row& row = tally.rows().front();
    EXPECT_EQ(row.occurrences, 4);
    ASSERT_EQ(row.files.size(), 2u);
    EXPECT_EQ(tally.files()[row.files[0]], QStringLiteral("A"));
    EXPECT_EQ(tally.files()[row.files[1]], QStringLiteral("B"));
    EXPECT_EQ(row.paths.size(), 2u) << "the top level and inside the sequence";
    EXPECT_FALSE(tally.isComplete(QStringLiteral("C")));
    EXPECT_TRUE(tally.isComplete(QStringLiteral("A")));
}

TEST(ElementTally, NamesPrivateDataByTheCreatorOfItsOwnItem)
{
    ElementTally tally(exposure::AttributeCatalogue::embedded());
    const auto element = [](std::uint32_t tag, const char* vr, const char* text) {
        media::RawElement raw;
        raw.tag = tag;
        raw.vr[0] = vr[0];
        raw.vr[1] = vr[1];
        raw.length = std::uint32_t(std::strlen(text));
        raw.value = reinterpret_cast<const std::uint8_t*>(text);
        return raw;
    };
    tally.beginFile(QStringLiteral("A"));
    tally.element(element(0x00090010, "LO", "VENDOR ONE"));
    tally.element(element(0x00091001, "LO", "top"));
    tally.enterSequence(0x00091002);
    tally.enterItem();
    tally.element(element(0x00090010, "LO", "VENDOR TWO"));
    tally.element(element(0x00091001, "LO", "nested"));
    tally.leaveItem();
    tally.leaveSequence();
    tally.element(element(0x00091003, "LO", "after"));
    tally.endFile(true);

    std::map<std::string, QString> creatorOfValue;
    for (const ElementTally::Row& row : tally.rows())
        if ((row.tag & 0xFF00) != 0)
            creatorOfValue[row.value] = row.privateCreator >= 0 ? tally.privateCreators()[row.privateCreator] : QString();
    EXPECT_EQ(creatorOfValue["top"], QStringLiteral("VENDOR ONE"));
    EXPECT_EQ(creatorOfValue["nested"], QStringLiteral("VENDOR TWO"));
    EXPECT_EQ(creatorOfValue["after"], QStringLiteral("VENDOR ONE")) << "the item's creators end with the item";
}

// The report made while scanning equals the report made by reading the files again (what the
// window does after showing the disc).
TEST(ElementTally, TheReportInOnePassEqualsTheReportFromASecondReading)
{
    exposure::ExposureScanner scanner;
    scanner.setReadBurnedInText(false);
    const exposure::ExposureScanner::DiscExposure onePass = scanner.scanDisc(demoDisc());
    ASSERT_TRUE(onePass.scan.opened);

    const media::ScanResult scan = media::DiscScanner().scan(demoDisc());
    QString error;
    const std::unique_ptr<media::DiscSource> source = media::openDiscSource(demoDisc(), error);
    ASSERT_TRUE(source) << error.toStdString();
    const exposure::ExposureReport twoPasses = scanner.scan(scan.index, *source);

    ASSERT_EQ(onePass.report.findings.size(), twoPasses.findings.size());
    for (qsizetype i = 0; i < twoPasses.findings.size(); ++i) {
        const exposure::Finding& a = onePass.report.findings[i];
        const exposure::Finding& b = twoPasses.findings[i];
        SCOPED_TRACE(b.attribute.toStdString() + " " + b.value.toStdString());
        EXPECT_EQ(a.attribute, b.attribute);
        EXPECT_EQ(a.value, b.value);
        EXPECT_EQ(a.valueNote, b.valueNote);
        EXPECT_EQ(a.files, b.files);
        EXPECT_EQ(a.where, b.where);
        EXPECT_EQ(a.occurrences, b.occurrences);
        EXPECT_EQ(a.mentions, b.mentions);
    }
    EXPECT_EQ(onePass.report.filesExamined, twoPasses.filesExamined);
    EXPECT_EQ(onePass.report.name.places, twoPasses.name.places);
}
