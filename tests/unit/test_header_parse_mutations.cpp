// The header walker is our own parser, so it is hammered here with damaged copies of real
// files: every truncation point of a few files and thousands of deterministic byte flips.
// Each must end in an outcome (never a crash, a hang or an out-of-bounds read; the sanitizer
// build of issue 7 runs this too). libFuzzer targets come with issue 7.
#include "media/HeaderParse.h"
#include "media/RandomAccessBytes.h"
#include "support/TestData.h"

#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

#include <random>

using namespace scanshield::media;

namespace {

QList<QByteArray> sampleFiles(int count)
{
    QList<QByteArray> files;
    for (const char* folder : {"dicomdir_media/pydicom_dicomdirtests", "malformed_edge", "codecs_multiframe_burnedin"}) {
        QDirIterator it(scanshield::test::sharedData(folder), QDir::Files, QDirIterator::Subdirectories);
        int taken = 0;
        while (it.hasNext() && taken < count) {
            QFile file(it.next());
            if (file.size() > 0 && file.size() < 64 * 1024 && file.open(QIODevice::ReadOnly)) {
                files.append(file.readAll());
                ++taken;
            }
        }
    }
    return files;
}

bool isKnownOutcome(HeaderOutcome outcome)
{
    switch (outcome) {
    case HeaderOutcome::Ok:
    case HeaderOutcome::NotDicom:
    case HeaderOutcome::CutShort:
    case HeaderOutcome::Damaged:
    case HeaderOutcome::Unreadable:
    case HeaderOutcome::Unsupported:
        return true;
    }
    return false;
}

} // namespace

TEST(HeaderParseMutations, EveryTruncationEndsInAnOutcome)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QList<QByteArray> files = sampleFiles(4);
    ASSERT_FALSE(files.isEmpty());
    int cutShort = 0;
    for (const QByteArray& file : files)
        for (qsizetype length = 0; length < std::min<qsizetype>(file.size(), 4096); ++length) {
            RandomAccessBytes bytes(file.left(length));
            const HeaderResult result = parseHeaderFast(bytes);
            ASSERT_TRUE(isKnownOutcome(result.outcome));
            cutShort += result.outcome == HeaderOutcome::CutShort ? 1 : 0;
            RandomAccessBytes again(file.left(length));
            readReferencedFilesFast(again);
        }
    EXPECT_GT(cutShort, 100) << "truncated headers are recognised as cut short";
}

TEST(HeaderParseMutations, RandomByteFlipsNeverCrash)
{
    SCANSHIELD_REQUIRE_SHARED_DATA();
    const QList<QByteArray> files = sampleFiles(10);
    std::mt19937 random(20261124); // fixed seed: the same mutations on every run
    int outcomes[6] = {};
    for (const QByteArray& original : files)
        for (int round = 0; round < 200; ++round) {
            QByteArray mutated = original;
            const int flips = 1 + int(random() % 8);
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = qsizetype(random() % std::uint32_t(mutated.size()));
                // Lengths and tags are where parsers break: favour 0x00, 0xFF and small changes.
                const std::uint32_t kind = random() % 3;
                mutated[at] = kind == 0 ? char(0xFF) : kind == 1 ? char(0x00) : char(mutated[at] + 1);
            }
            RandomAccessBytes bytes(mutated);
            const HeaderResult result = parseHeaderFast(bytes);
            ASSERT_TRUE(isKnownOutcome(result.outcome));
            ++outcomes[int(result.outcome)];
            RandomAccessBytes again(mutated);
            readReferencedFilesFast(again);
        }
    EXPECT_GT(outcomes[int(HeaderOutcome::Ok)], 0);
    EXPECT_GT(outcomes[int(HeaderOutcome::CutShort)] + outcomes[int(HeaderOutcome::Damaged)], 0);
}
