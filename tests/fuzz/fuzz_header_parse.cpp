// Reading one file's header, as the disc index does: the fast walker with and without an
// element sink, the walk of a DICOMDIR's records, the prefix of a large archive entry, and
// the whole verdict on the file (FileClassifier: the fast walker, DCMTK for what it declines).
//
// Besides crashes, leaks and undefined behaviour, it checks two promises of HeaderParse.h:
// visiting with a sink never changes the outcome or the header fields, and the sink's calls
// are well nested (every sequence and item entered is left) whatever the bytes.
#include "FuzzSupport.h"

#include "exposure/AttributeCatalogue.h"
#include "exposure/ElementTally.h"
#include "media/ElementSink.h"
#include "media/FileClassifier.h"
#include "media/HeaderParse.h"
#include "media/RandomAccessBytes.h"

#include <cstdint>

using namespace scanshield;
using namespace scanshield::media;

namespace {

// Counts how deep the walker is and checks that it never leaves what it did not enter.
class NestingSink final : public ElementSink {
public:
    void beginFile(const QString&) override { fuzz::expectPromise(m_depth == 0 && !m_inFile, "files do not overlap"); m_inFile = true; }
    void element(const RawElement& element) override
    {
        fuzz::expectPromise(m_inFile, "elements come between beginFile and endFile");
        fuzz::expectPromise(element.value == nullptr || element.length <= kMaxVisitedValueBytes, "no value read beyond the limit");
        if (element.value && element.length > 0)
            m_sum += element.value[element.length - 1]; // reads the whole value: ASan checks the bounds
    }
    void enterSequence(std::uint32_t) override { ++m_depth; }
    void enterItem() override { ++m_depth; }
    void leaveItem() override { fuzz::expectPromise(--m_depth >= 0, "an item is left only after it was entered"); }
    void leaveSequence() override { fuzz::expectPromise(--m_depth >= 0, "a sequence is left only after it was entered"); }
    void endFile(bool) override
    {
        fuzz::expectPromise(m_inFile && m_depth == 0, "every sequence and item entered is left");
        m_inFile = false;
    }

private:
    int m_depth = 0;
    bool m_inFile = false;
    unsigned m_sum = 0;
};

bool sameHeader(const InstanceHeader& a, const InstanceHeader& b)
{
    return a.patientName == b.patientName && a.patientId == b.patientId && a.patientBirthDate == b.patientBirthDate &&
           a.patientSex == b.patientSex && a.studyInstanceUid == b.studyInstanceUid && a.studyDate == b.studyDate &&
           a.studyTime == b.studyTime && a.studyDescription == b.studyDescription &&
           a.accessionNumber == b.accessionNumber && a.seriesInstanceUid == b.seriesInstanceUid &&
           a.modality == b.modality && a.seriesDescription == b.seriesDescription && a.seriesNumber == b.seriesNumber &&
           a.sopClassUid == b.sopClassUid && a.sopInstanceUid == b.sopInstanceUid &&
           a.instanceNumber == b.instanceNumber && a.transferSyntaxUid == b.transferSyntaxUid &&
           a.specificCharacterSet == b.specificCharacterSet && a.rows == b.rows && a.columns == b.columns &&
           a.numberOfFrames == b.numberOfFrames && a.hasPixelData == b.hasPixelData &&
           a.burnedInAnnotation == b.burnedInAnnotation && a.imagePositionPatient == b.imagePositionPatient &&
           a.imageOrientationPatient == b.imageOrientationPatient;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::prepareProcess();
    const QByteArray input = fuzz::bytesOf(data, size);

    RandomAccessBytes plainBytes(input);
    const HeaderResult plain = parseHeaderFast(plainBytes);

    NestingSink nesting;
    RandomAccessBytes visitedBytes(input);
    nesting.beginFile(QStringLiteral("input"));
    const HeaderResult visited = parseHeaderFast(visitedBytes, &nesting);
    nesting.endFile(visited.elementsComplete);
    fuzz::expectPromise(plain.outcome == visited.outcome, "visiting does not change the outcome");
    fuzz::expectPromise(sameHeader(plain.header, visited.header), "visiting does not change the header fields");

    RandomAccessBytes directoryBytes(input);
    readReferencedFilesFast(directoryBytes);

    // An archive entry larger than what is held in memory: the first half stands for the prefix.
    RandomAccessBytes prefixBytes(input.left(input.size() / 2), input.size());
    nesting.beginFile(QStringLiteral("prefix"));
    nesting.endFile(parseHeaderFast(prefixBytes, &nesting).elementsComplete);

    // The whole verdict, with the exposure report's sink, as a disc scan makes it.
    fuzz::MemoryDisc disc(QStringLiteral("IM000001"), input);
    exposure::ElementTally tally(exposure::AttributeCatalogue::embedded());
    RandomAccessBytes classifiedBytes(input);
    classifyFile(SourceFile{QStringLiteral("IM000001"), input.size()}, classifiedBytes, disc, &tally);
    return 0;
}
