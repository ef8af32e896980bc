#include "pixels/OverlayPlanes.h"

#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace scanshield::pixels::detail {

namespace {

// The attributes of one overlay plane, group 60xx (PS3.3 C.9.2).
struct Plane {
    int rows = 0;
    int columns = 0;
    int originRow = 1;    // 1-based, may be negative or beyond the picture
    int originColumn = 1;
    int firstFrame = 0;   // 0-based frame of the image the plane's first frame belongs to
    int frames = 1;
    const Uint8* bits = nullptr;
    unsigned long bitCount = 0;
};

bool readPlane(DcmItem& dataset, Uint16 group, Plane& plane)
{
    Uint16 rows = 0;
    Uint16 columns = 0;
    if (dataset.findAndGetUint16(DcmTagKey(group, 0x0010), rows).bad() ||
        dataset.findAndGetUint16(DcmTagKey(group, 0x0011), columns).bad() || rows == 0 || columns == 0)
        return false;
    plane.rows = rows;
    plane.columns = columns;
    Sint16 origin = 1;
    if (dataset.findAndGetSint16(DcmTagKey(group, 0x0050), origin, 0).good())
        plane.originRow = origin;
    if (dataset.findAndGetSint16(DcmTagKey(group, 0x0050), origin, 1).good())
        plane.originColumn = origin;
    Sint32 frames = 1;
    if (dataset.findAndGetSint32(DcmTagKey(group, 0x0015), frames).good() && frames > 0)
        plane.frames = frames;
    Uint16 firstFrame = 1;
    if (dataset.findAndGetUint16(DcmTagKey(group, 0x0051), firstFrame).good() && firstFrame > 0)
        plane.firstFrame = firstFrame - 1;

    DcmElement* data = nullptr;
    if (dataset.findAndGetElement(DcmTagKey(group, 0x3000), data).bad() || !data)
        return false;
    // OB and OW overlay data are the same little-endian bit stream; read the raw bytes.
    Uint8* bytes = nullptr;
    if (data->getUint8Array(bytes).bad() || !bytes) {
        Uint16* words = nullptr;
        if (data->getUint16Array(words).bad() || !words)
            return false;
        bytes = reinterpret_cast<Uint8*>(words);
    }
    plane.bits = bytes;
    plane.bitCount = static_cast<unsigned long>(data->getLength()) * 8UL;
    return true;
}

} // namespace

std::vector<std::uint8_t> overlayMask(DcmItem& dataset, int width, int height, int frame)
{
    std::vector<std::uint8_t> mask;
    if (width <= 0 || height <= 0)
        return mask;
    for (Uint16 group = 0x6000; group <= 0x601E; group += 2) {
        Plane plane;
        if (!readPlane(dataset, group, plane))
            continue;
        const int planeFrame = frame - plane.firstFrame;
        if (planeFrame < 0 || planeFrame >= plane.frames)
            continue;
        const unsigned long frameStart = static_cast<unsigned long>(planeFrame) * static_cast<unsigned long>(plane.rows) *
                                         static_cast<unsigned long>(plane.columns);
        for (int y = 0; y < plane.rows; ++y) {
            const int row = plane.originRow - 1 + y;
            if (row < 0 || row >= height)
                continue;
            for (int x = 0; x < plane.columns; ++x) {
                const int column = plane.originColumn - 1 + x;
                if (column < 0 || column >= width)
                    continue;
                const unsigned long bit = frameStart + static_cast<unsigned long>(y) * static_cast<unsigned long>(plane.columns) +
                                          static_cast<unsigned long>(x);
                if (bit >= plane.bitCount) // overlay data shorter than its size says
                    break;
                if ((plane.bits[bit / 8] >> (bit % 8)) & 1U) {
                    if (mask.empty())
                        mask.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);
                    mask[static_cast<std::size_t>(row) * static_cast<std::size_t>(width) + static_cast<std::size_t>(column)] = 1;
                }
            }
        }
    }
    return mask;
}

} // namespace scanshield::pixels::detail
