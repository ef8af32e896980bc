#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <functional>

class DcmDataset;
class DcmPixelSequence;

namespace scanshield::pixels::detail {

// Collects the compressed bytes of one frame from encapsulated pixel data (PS3.5 A.4).
// The fragments of a frame are found, in this order, from: a single frame (all fragments),
// the Basic Offset Table, one fragment per frame, or fragments that start a new codestream
// (isFrameStart). Only the fragments of the asked frame are read from disk.
struct EncapsulatedFrame {
    QByteArray bytes;
    bool missing = false; // the file has fewer fragments than frames: it was cut short
};

using FrameStartTest = std::function<bool(const std::uint8_t* data, std::size_t size)>;

// The fragments of the dataset's encapsulated PixelData, in whatever transfer syntax the file
// was read (also one DCMTK has no name for, such as HTJ2K); nullptr when the pixels are native.
DcmPixelSequence* encapsulatedPixelSequence(DcmDataset& dataset);

EncapsulatedFrame encapsulatedFrame(DcmPixelSequence& sequence, int frameIndex, int frameCount,
                                    const FrameStartTest& isFrameStart);

} // namespace scanshield::pixels::detail
