#pragma once

#include <cstdint>
#include <vector>

class DcmItem;

namespace scanshield::pixels::detail {

// Every overlay plane stored in the dataset's repeating groups 60xx, for one frame, merged into
// one mask of width*height bytes (1 where any plane is set), clipped to the picture. Empty when
// no plane covers the frame.
//
// Read here rather than through DicomImage::getOverlayData: DCMTK 3.6.7 frees that buffer with
// the wrong delete, which the sanitizer build reports. Planes hidden in unused bits of the pixel
// data (retired since 2004) are not read.
std::vector<std::uint8_t> overlayMask(DcmItem& dataset, int width, int height, int frame);

} // namespace scanshield::pixels::detail
