#include "pixels/Jpeg2000Frame.h"

#include "pixels/EncapsulatedFrames.h"
#include "pixels/Jpeg2000Decoder.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

#include <algorithm>
#include <string>
#include <vector>

namespace scanshield::pixels::detail {

namespace {

using Failure = NativeFrameResult::Failure;

std::string photometricFor(DcmDataset& original, int components)
{
    OFString value;
    original.findAndGetOFString(DCM_PhotometricInterpretation, value);
    std::string photometric = value.c_str();
    photometric.erase(std::remove(photometric.begin(), photometric.end(), ' '), photometric.end());
    if (components == 1) {
        if (photometric == "MONOCHROME1")
            return photometric;
        if (photometric == "PALETTECOLOR")
            return "PALETTE COLOR";
        return "MONOCHROME2";
    }
    if (photometric == "YBR_FULL" || photometric == "YBR_FULL_422")
        return "YBR_FULL"; // chroma is at full resolution after decoding
    return "RGB";          // RGB, YBR_ICT, YBR_RCT (colour transform undone by OpenJPEG), or missing
}

// Reads the codestream's bit patterns under PixelRepresentation when the two disagree.
void applyHeaderSign(std::vector<std::int32_t>& values, bool codestreamSigned, bool headerSigned, int precision,
                     int bitsStored)
{
    if (codestreamSigned == headerSigned)
        return;
    if (headerSigned) {
        // Two's complement of min(BitsStored, precision) bits: 6192 in a 13-bit stream is -2000.
        const int bits = std::clamp(bitsStored > 0 ? std::min(bitsStored, precision) : precision, 2, 16);
        const std::int32_t mask = (1 << bits) - 1;
        const std::int32_t half = 1 << (bits - 1);
        for (auto& v : values) {
            v &= mask;
            if (v >= half)
                v -= (1 << bits);
        }
    } else {
        const std::int32_t mask = (1 << std::clamp(precision, 1, 16)) - 1;
        for (auto& v : values)
            v &= mask;
    }
}

} // namespace

NativeFrameResult jpeg2000FrameAsNative(DcmDataset& original, int frameIndex, int frameCount)
{
    DcmPixelSequence* sequence = encapsulatedPixelSequence(original);
    if (!sequence)
        return NativeFrameResult::failed(Failure::Damaged);
    const EncapsulatedFrame frame = encapsulatedFrame(*sequence, frameIndex, frameCount, looksLikeJpeg2000Start);
    if (frame.missing)
        return NativeFrameResult::failed(Failure::Missing);
    Jpeg2000Image image = decodeJpeg2000(reinterpret_cast<const std::uint8_t*>(frame.bytes.constData()),
                                         static_cast<std::size_t>(frame.bytes.size()));
    if (!image.ok())
        return NativeFrameResult::failed(Failure::Damaged);
    if (image.precision > 16)
        return NativeFrameResult::failed(Failure::Unsupported);

    Uint16 pixelRepresentation = 0;
    original.findAndGetUint16(DCM_PixelRepresentation, pixelRepresentation);
    Uint16 bitsStored = 0;
    original.findAndGetUint16(DCM_BitsStored, bitsStored);
    const bool colour = image.components == 3;
    const bool headerSigned = pixelRepresentation == 1;

    NativeSamples samples;
    samples.width = image.width;
    samples.height = image.height;
    samples.samplesPerPixel = image.components;
    samples.photometric = photometricFor(original, image.components);
    std::vector<std::int32_t>& values = image.samples;
    bool isSigned = image.isSigned;
    if (!colour) {
        applyHeaderSign(values, image.isSigned, headerSigned, image.precision, bitsStored);
        isSigned = headerSigned;
    }

    if (colour || (!isSigned && image.precision <= 8)) {
        // Colour samples deeper than 8 bits are brought down to 8.
        const int shift = std::max(0, image.precision - 8);
        samples.bitsAllocated = 8;
        samples.bitsStored = 8;
        samples.bytes.resize(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            samples.bytes[i] = static_cast<std::uint8_t>(std::clamp(values[i] >> shift, 0, 255));
    } else {
        // All 16 bits stored: the values are already what they mean, nothing for DCMTK to mask.
        samples.bitsAllocated = 16;
        samples.bitsStored = 16;
        samples.isSigned = isSigned;
        samples.words.resize(values.size());
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::int32_t v = isSigned ? std::clamp(values[i], -32768, 32767) : std::clamp(values[i], 0, 65535);
            samples.words[i] = static_cast<std::uint16_t>(v);
        }
    }
    NativeFrameResult result;
    result.dataset = nativeFrameDataset(original, samples);
    return result;
}

} // namespace scanshield::pixels::detail
