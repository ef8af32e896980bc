#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace scanshield::pixels::detail {

// One JPEG 2000 picture decoded by OpenJPEG. Open DCMTK has no JPEG 2000 codec, so the
// fragments of a frame are handed here and the samples go back into a native dataset.
struct Jpeg2000Image {
    int width = 0;
    int height = 0;
    int components = 0;        // 1 for grey, 3 for colour
    int precision = 0;         // bits per sample in the codestream
    bool isSigned = false;     // the codestream's own sign (may disagree with PixelRepresentation)
    std::vector<std::int32_t> samples; // interleaved, width*height*components, full resolution
    QString error;             // empty when decoding worked; OpenJPEG's words, for logs only

    bool ok() const { return error.isEmpty() && !samples.empty(); }
};

// True when the bytes start like a JPEG 2000 codestream (SOC+SIZ) or a JP2 file (signature box).
bool looksLikeJpeg2000Start(const std::uint8_t* data, std::size_t size);

// Decodes a J2K codestream or a JP2 file held in memory. Never throws; components that are
// subsampled (XRsiz/YRsiz > 1) are brought to full resolution by repeating samples.
Jpeg2000Image decodeJpeg2000(const std::uint8_t* data, std::size_t size);

} // namespace scanshield::pixels::detail
