#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

class DcmDataset;

namespace scanshield::pixels::detail {

// The samples of one frame decoded outside DCMTK (JPEG 2000 by OpenJPEG, RLE here), in the
// shape a native Explicit VR Little Endian dataset needs: interleaved, 8 or 16 bits.
struct NativeSamples {
    int width = 0;
    int height = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 8; // 8 or 16
    int bitsStored = 8;
    bool isSigned = false;
    std::string photometric;         // "MONOCHROME2", "RGB", "YBR_FULL", "PALETTE COLOR", ...
    std::vector<std::uint8_t> bytes;  // bitsAllocated 8
    std::vector<std::uint16_t> words; // bitsAllocated 16 (two's complement bit patterns when signed)
};

// One frame decoded outside DCMTK, ready for DicomImage, or why there is none.
struct NativeFrameResult {
    enum class Failure { None, Missing, Damaged, Unsupported };
    std::unique_ptr<DcmDataset> dataset;
    Failure failure = Failure::None;

    static NativeFrameResult failed(Failure why)
    {
        NativeFrameResult result;
        result.failure = why;
        return result;
    }
};

// A small single-frame dataset for DicomImage: the original's image pixel attributes, palettes,
// modality and VOI transforms (group 0028) and overlay planes (60xx), with the pixel
// description and PixelData replaced by `samples`. The original is not changed.
std::unique_ptr<DcmDataset> nativeFrameDataset(DcmDataset& original, const NativeSamples& samples);

} // namespace scanshield::pixels::detail
