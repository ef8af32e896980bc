#include "pixels/EncapsulatedFrames.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>

#include <algorithm>
#include <vector>

namespace scanshield::pixels::detail {

namespace {

// The value of one pixel item (fragment), read on demand; empty when unreadable.
QByteArray fragmentBytes(DcmPixelSequence& sequence, unsigned long index)
{
    DcmPixelItem* item = nullptr;
    if (sequence.getItem(item, index).bad() || !item)
        return {};
    const Uint32 length = item->getLength();
    if (length == 0)
        return {};
    Uint8* data = nullptr;
    if (item->getUint8Array(data).bad() || !data)
        return {};
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
}

// The first bytes of one fragment, enough to recognise the start of a codestream; reads
// only those bytes even when the value still lies on disk.
QByteArray fragmentHead(DcmPixelSequence& sequence, unsigned long index, Uint32 count)
{
    DcmPixelItem* item = nullptr;
    if (sequence.getItem(item, index).bad() || !item)
        return {};
    const Uint32 n = std::min(count, item->getLength());
    if (n == 0)
        return {};
    QByteArray head(static_cast<qsizetype>(n), '\0');
    if (item->getPartialValue(head.data(), 0, n).bad())
        return {};
    return head;
}

// Offsets of frames from the Basic Offset Table (item 0), or empty when it is absent or broken.
std::vector<Uint32> basicOffsets(DcmPixelSequence& sequence, int frameCount)
{
    DcmPixelItem* table = nullptr;
    if (sequence.getItem(table, 0).bad() || !table)
        return {};
    const Uint32 length = table->getLength();
    if (length == 0 || length % 4 != 0 || length / 4 != static_cast<Uint32>(frameCount))
        return {};
    Uint8* data = nullptr;
    if (table->getUint8Array(data).bad() || !data)
        return {};
    std::vector<Uint32> offsets(length / 4);
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        const Uint8* p = data + i * 4; // always little endian in encapsulated transfer syntaxes
        offsets[i] = Uint32(p[0]) | (Uint32(p[1]) << 8) | (Uint32(p[2]) << 16) | (Uint32(p[3]) << 24);
        if (i > 0 && offsets[i] <= offsets[i - 1])
            return {};
    }
    return offsets;
}

EncapsulatedFrame joinFragments(DcmPixelSequence& sequence, unsigned long first, unsigned long endIndex)
{
    EncapsulatedFrame frame;
    for (unsigned long i = first; i < endIndex; ++i)
        frame.bytes.append(fragmentBytes(sequence, i));
    frame.missing = frame.bytes.isEmpty();
    return frame;
}

} // namespace

DcmPixelSequence* encapsulatedPixelSequence(DcmDataset& dataset)
{
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return nullptr;
    auto* pixelData = dynamic_cast<DcmPixelData*>(element);
    if (!pixelData)
        return nullptr;
    E_TransferSyntax stored = EXS_Unknown;
    const DcmRepresentationParameter* parameter = nullptr;
    pixelData->getOriginalRepresentationKey(stored, parameter);
    DcmPixelSequence* sequence = nullptr;
    if (pixelData->getEncapsulatedRepresentation(stored, parameter, sequence).bad())
        return nullptr;
    return sequence;
}

EncapsulatedFrame encapsulatedFrame(DcmPixelSequence& sequence, int frameIndex, int frameCount,
                                    const FrameStartTest& isFrameStart)
{
    const unsigned long items = sequence.card();
    EncapsulatedFrame none;
    none.missing = true;
    if (items < 2 || frameIndex < 0 || frameIndex >= frameCount)
        return none;
    const unsigned long fragments = items - 1; // item 0 is the offset table

    if (frameCount == 1)
        return joinFragments(sequence, 1, items);

    // Basic Offset Table: byte offsets of each frame's first fragment, counted from the first
    // fragment's item tag; every fragment takes 8 bytes of item header plus its value.
    const std::vector<Uint32> offsets = basicOffsets(sequence, frameCount);
    if (!offsets.empty()) {
        std::vector<Uint32> starts; // byte offset of each fragment
        Uint32 position = 0;
        for (unsigned long i = 1; i < items; ++i) {
            starts.push_back(position);
            DcmPixelItem* item = nullptr;
            if (sequence.getItem(item, i).bad() || !item)
                break;
            position += 8 + item->getLength();
        }
        auto fragmentAt = [&](Uint32 offset) -> long {
            for (std::size_t i = 0; i < starts.size(); ++i)
                if (starts[i] == offset)
                    return static_cast<long>(i) + 1;
            return -1;
        };
        const long first = fragmentAt(offsets[static_cast<std::size_t>(frameIndex)]);
        const long end = frameIndex + 1 < frameCount ? fragmentAt(offsets[static_cast<std::size_t>(frameIndex) + 1])
                                                     : static_cast<long>(items);
        if (first > 0 && end > first)
            return joinFragments(sequence, static_cast<unsigned long>(first), static_cast<unsigned long>(end));
        // A broken table: fall through to the other ways.
    }

    if (fragments == static_cast<unsigned long>(frameCount))
        return joinFragments(sequence, static_cast<unsigned long>(frameIndex) + 1, static_cast<unsigned long>(frameIndex) + 2);

    // Several fragments per frame without a table: a frame begins where a codestream begins.
    if (isFrameStart) {
        int frame = -1;
        unsigned long first = 0;
        for (unsigned long i = 1; i < items; ++i) {
            const QByteArray bytes = fragmentHead(sequence, i, 16);
            const bool starts = isFrameStart(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                             static_cast<std::size_t>(bytes.size()));
            if (starts || i == 1) {
                ++frame;
                if (frame == frameIndex + 1)
                    return joinFragments(sequence, first, i);
                if (frame == frameIndex)
                    first = i;
            }
        }
        if (frame == frameIndex)
            return joinFragments(sequence, first, items);
    }
    // Fewer fragments than frames: the later frames are not in the file.
    if (fragments < static_cast<unsigned long>(frameCount) && static_cast<unsigned long>(frameIndex) < fragments)
        return joinFragments(sequence, static_cast<unsigned long>(frameIndex) + 1, static_cast<unsigned long>(frameIndex) + 2);
    return none;
}

} // namespace scanshield::pixels::detail
