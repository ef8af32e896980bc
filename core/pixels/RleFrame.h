#pragma once

#include "pixels/NativeFrame.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace scanshield::pixels::detail {

// DICOM RLE (PS3.5 Annex G) decoded here rather than by DCMTK, whose RLE decoder in 3.6.7
// crashes on damaged segment data. Every segment is decoded with bounds checks.

// Decodes one compressed frame into little-endian interleaved samples
// (rows*columns*samplesPerPixel*bytesPerSample bytes). False when the data is malformed.
bool decodeRleFrame(const QByteArray& frame, int rows, int columns, int samplesPerPixel, int bytesPerSample,
                    std::vector<std::uint8_t>& out);

// True when RLE frames of this dataset can be decoded here (8 or 16 bits allocated).
bool canDecodeRleHere(DcmDataset& dataset);

NativeFrameResult rleFrameAsNative(DcmDataset& original, int frameIndex, int frameCount);

} // namespace scanshield::pixels::detail
