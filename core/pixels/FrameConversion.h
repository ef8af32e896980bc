#pragma once

#include "pixels/DicomImageFile.h"
#include "pixels/FrameAttributes.h"

class DicomImage;

namespace scanshield::pixels::detail {

// How the values DicomImage hands over still need to be treated.
struct ConversionSettings {
    ModalityTransform transform; // applied here when DicomImage was told to skip it
    bool applyTransform = true;
    WindowSetting window;        // the header's window for this frame, if any
};

// Turns the first frame held by a DicomImage into a DecodedFrame: modality values as float
// for grey pictures (from DicomImage's intermediate data, not its display output), 8-bit RGB
// for colour ones, and the overlay planes as one mask. Returns false when DicomImage holds no
// usable picture.
bool convertFirstFrame(DicomImage& image, const ConversionSettings& settings, DecodedFrame& frame);

} // namespace scanshield::pixels::detail
