#include "media/FileClassifier.h"

#include "media/DcmtkHeaderReader.h"
#include "media/ElementSink.h"
#include "media/HeaderParse.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace scanshield::media {

namespace {

// A native (uncompressed) image whose file is smaller than its pixels must be cut short.
bool pixelsCutShort(const InstanceHeader& h, qint64 fileSize)
{
    static const QStringList kNative = {QStringLiteral("1.2.840.10008.1.2"), QStringLiteral("1.2.840.10008.1.2.1"),
                                        QStringLiteral("1.2.840.10008.1.2.2")};
    if (!h.hasPixelData || !h.isImage() || !kNative.contains(h.transferSyntaxUid))
        return false;
    // One bit per pixel is the least any image can use; a tighter check needs BitsAllocated.
    // In floating point: a damaged file may write rows, columns and frames as text of any size,
    // and their product overflowed a 64-bit integer (found by tests/fuzz/fuzz_header_parse).
    const double minimumBytes = double(h.rows) * double(h.columns) * double(h.numberOfFrames) / 8;
    return double(fileSize) < minimumBytes;
}

FileVerdict fromHeader(const SourceFile& file, const HeaderResult& result, RandomAccessBytes& bytes)
{
    switch (result.outcome) {
    case HeaderOutcome::Ok:
        if (result.header.isMediaDirectory())
            return ClassifiedDirectory{};
        if (pixelsCutShort(result.header, file.size))
            return makeProblem(file.path, ProblemKind::CutShort, {}, QStringLiteral("pixel data shorter than the image size"));
        return ClassifiedDicom{result.header};
    case HeaderOutcome::NotDicom: {
        if (file.size == 0)
            return makeProblem(file.path, ProblemKind::Empty);
        const std::uint8_t* head = bytes.at(0, std::min<qint64>(bytes.size(), 4096));
        const QByteArray firstBytes = head ? QByteArray(reinterpret_cast<const char*>(head), int(std::min<qint64>(bytes.size(), 4096))) : QByteArray();
        return OtherFile{file.path, file.size, classifyOtherFile(QFileInfo(file.path).fileName(), firstBytes)};
    }
    case HeaderOutcome::CutShort:
        return makeProblem(file.path, ProblemKind::CutShort, {}, result.detail);
    case HeaderOutcome::Unreadable:
        return makeProblem(file.path, ProblemKind::Unreadable, {}, result.detail);
    case HeaderOutcome::Damaged:
        return makeProblem(file.path, ProblemKind::Damaged, {}, result.detail);
    case HeaderOutcome::Unsupported:
        break;
    }
    return makeProblem(file.path, ProblemKind::Unsupported, {}, result.detail);
}

} // namespace

FileVerdict classifyFile(const SourceFile& file, RandomAccessBytes& bytes, DiscSource& source, ElementSink* sink)
{
    if (sink)
        sink->beginFile(file.path);
    HeaderResult result = parseHeaderFast(bytes, sink);
    const bool walkedByFastWalker = result.outcome == HeaderOutcome::Ok && result.elementsComplete;
    if (result.outcome == HeaderOutcome::CutShort && bytes.beyondPrefix())
        result.outcome = HeaderOutcome::Unsupported; // a huge header inside an archive entry
    if (result.outcome == HeaderOutcome::Unsupported) {
        // DCMTK reads what the fast walker declines: big endian, deflate, odd encodings.
        if (source.isArchive()) {
            QString error;
            const std::optional<QByteArray> whole = source.readFile(file.path, error);
            result = whole ? readHeaderWithDcmtk(*whole) : HeaderResult{HeaderOutcome::Unreadable, {}, error};
        } else {
            result = readHeaderWithDcmtk(source.localPath(file.path));
        }
    }
    FileVerdict verdict = fromHeader(file, result, bytes);
    if (sink)
        sink->endFile(walkedByFastWalker && (std::holds_alternative<ClassifiedDicom>(verdict) ||
                                             std::holds_alternative<ClassifiedDirectory>(verdict)));
    return verdict;
}

} // namespace scanshield::media
