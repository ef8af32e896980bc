#include "pixels/SegmentedPalette.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <cmath>
#include <cstddef>
#include <vector>

namespace scanshield::pixels::detail {

namespace {

// Expands segments starting at `offset` into `lut`; stops after `maxSegments` (0 = no limit).
// Returns false on malformed data. `depth` guards against indirect segments pointing at themselves.
bool expandSegments(const Uint16* data, std::size_t size, std::size_t offset, std::size_t maxSegments,
                    std::vector<Uint16>& lut, std::size_t limit, int depth)
{
    if (depth > 4)
        return false;
    std::size_t segments = 0;
    while (offset + 1 < size && lut.size() <= limit) {
        const Uint16 opcode = data[offset];
        const Uint16 length = data[offset + 1];
        offset += 2;
        switch (opcode) {
        case 0: // discrete: `length` values follow
            if (offset + length > size)
                return false;
            lut.insert(lut.end(), data + offset, data + offset + length);
            offset += length;
            break;
        case 1: { // linear: from the last value to the next value in `length` steps
            if (lut.empty() || offset >= size)
                return false;
            const double y0 = lut.back();
            const double y1 = data[offset++];
            for (Uint16 i = 1; i <= length; ++i)
                lut.push_back(static_cast<Uint16>(std::lround(y0 + (y1 - y0) * i / length)));
            break;
        }
        case 2: { // indirect: repeat `length` segments found at a 32-bit word offset
            if (lut.empty() || offset + 1 >= size)
                return false;
            const std::size_t target = std::size_t(data[offset]) | (std::size_t(data[offset + 1]) << 16);
            offset += 2;
            if (target >= size || !expandSegments(data, size, target, length, lut, limit, depth + 1))
                return false;
            break;
        }
        default:
            return false;
        }
        if (maxSegments != 0 && ++segments == maxSegments)
            return true;
    }
    return true;
}

bool expandOne(DcmItem& dataset, const DcmTagKey& descriptorTag, const DcmTagKey& segmentedTag, const DcmTagKey& lutTag)
{
    if (dataset.tagExists(lutTag) || !dataset.tagExists(segmentedTag))
        return false;
    Uint16 entries = 0;
    if (dataset.findAndGetUint16(descriptorTag, entries, 0).bad()) {
        Sint16 signedEntries = 0;
        if (dataset.findAndGetSint16(descriptorTag, signedEntries, 0).bad())
            return false;
        entries = static_cast<Uint16>(signedEntries);
    }
    const std::size_t count = entries == 0 ? 65536 : entries;
    const Uint16* data = nullptr;
    unsigned long words = 0;
    if (dataset.findAndGetUint16Array(segmentedTag, data, &words).bad() || !data || words < 2)
        return false;
    std::vector<Uint16> lut;
    lut.reserve(count);
    if (!expandSegments(data, words, 0, 0, lut, count, 0) || lut.empty())
        return false;
    lut.resize(count, lut.back());
    return dataset.putAndInsertUint16Array(lutTag, lut.data(), static_cast<unsigned long>(lut.size())).good();
}

} // namespace

bool expandSegmentedPalettes(DcmItem& dataset)
{
    bool expanded = false;
    expanded |= expandOne(dataset, DCM_RedPaletteColorLookupTableDescriptor, DCM_SegmentedRedPaletteColorLookupTableData,
                          DCM_RedPaletteColorLookupTableData);
    expanded |= expandOne(dataset, DCM_GreenPaletteColorLookupTableDescriptor,
                          DCM_SegmentedGreenPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData);
    expanded |= expandOne(dataset, DCM_BluePaletteColorLookupTableDescriptor,
                          DCM_SegmentedBluePaletteColorLookupTableData, DCM_BluePaletteColorLookupTableData);
    return expanded;
}

} // namespace scanshield::pixels::detail
