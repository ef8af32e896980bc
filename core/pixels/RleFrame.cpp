#include "pixels/RleFrame.h"

#include "pixels/EncapsulatedFrames.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace scanshield::pixels::detail {

namespace {

using Failure = NativeFrameResult::Failure;
constexpr std::size_t kHeaderSize = 64;

std::uint32_t readLe32(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) | (std::uint32_t(p[3]) << 24);
}

// A fragment that begins an RLE frame: a segment count of 1..15 and the first segment at 64.
bool looksLikeRleStart(const std::uint8_t* data, std::size_t size)
{
    if (!data || size < 8)
        return false;
    const std::uint32_t segments = readLe32(data);
    return segments >= 1 && segments <= 15 && readLe32(data + 4) == kHeaderSize;
}

// PackBits: a header byte n, then n+1 literal bytes (n >= 0) or one byte repeated 1-n times
// (n < 0, except -128 which does nothing). Stops when `length` bytes are produced.
bool unpackSegment(const std::uint8_t* in, std::size_t inSize, std::uint8_t* out, std::size_t length)
{
    std::size_t read = 0, written = 0;
    while (written < length && read < inSize) {
        const auto header = static_cast<std::int8_t>(in[read++]);
        if (header >= 0) {
            const std::size_t count = std::size_t(header) + 1;
            if (read + count > inSize)
                return false;
            const std::size_t n = std::min(count, length - written);
            std::memcpy(out + written, in + read, n);
            read += count;
            written += n;
        } else if (header != -128) {
            if (read >= inSize)
                return false;
            const std::size_t count = std::size_t(1 - header);
            const std::size_t n = std::min(count, length - written);
            std::memset(out + written, in[read++], n);
            written += n;
        }
    }
    return written == length;
}

} // namespace

bool decodeRleFrame(const QByteArray& frame, int rows, int columns, int samplesPerPixel, int bytesPerSample,
                    std::vector<std::uint8_t>& out)
{
    const auto* data = reinterpret_cast<const std::uint8_t*>(frame.constData());
    const auto size = static_cast<std::size_t>(frame.size());
    if (rows <= 0 || columns <= 0 || samplesPerPixel <= 0 || bytesPerSample <= 0 || size < kHeaderSize)
        return false;
    const std::size_t segments = readLe32(data);
    const auto expected = static_cast<std::size_t>(samplesPerPixel) * static_cast<std::size_t>(bytesPerSample);
    if (segments != expected || segments > 15)
        return false;
    std::array<std::size_t, 16> offsets{};
    for (std::size_t i = 0; i < segments; ++i) {
        offsets[i] = readLe32(data + 4 + 4 * i);
        if (offsets[i] < kHeaderSize || offsets[i] >= size || (i > 0 && offsets[i] <= offsets[i - 1]))
            return false;
    }
    offsets[segments] = size;

    const std::size_t pixels = static_cast<std::size_t>(rows) * static_cast<std::size_t>(columns);
    std::vector<std::uint8_t> plane(pixels);
    out.assign(pixels * expected, 0);
    for (std::size_t segment = 0; segment < segments; ++segment) {
        if (!unpackSegment(data + offsets[segment], offsets[segment + 1] - offsets[segment], plane.data(), pixels))
            return false;
        // Segments run sample by sample, most significant byte first; the output is little endian.
        const std::size_t sample = segment / static_cast<std::size_t>(bytesPerSample);
        const std::size_t byte = static_cast<std::size_t>(bytesPerSample) - 1 - segment % static_cast<std::size_t>(bytesPerSample);
        std::uint8_t* target = out.data() + sample * static_cast<std::size_t>(bytesPerSample) + byte;
        const std::size_t stride = expected;
        for (std::size_t p = 0; p < pixels; ++p)
            target[p * stride] = plane[p];
    }
    return true;
}

bool canDecodeRleHere(DcmDataset& dataset)
{
    Uint16 bitsAllocated = 0;
    dataset.findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
    return bitsAllocated == 8 || bitsAllocated == 16;
}

NativeFrameResult rleFrameAsNative(DcmDataset& original, int frameIndex, int frameCount)
{
    DcmPixelSequence* sequence = encapsulatedPixelSequence(original);
    if (!sequence)
        return NativeFrameResult::failed(Failure::Damaged);
    const EncapsulatedFrame frame = encapsulatedFrame(*sequence, frameIndex, frameCount, looksLikeRleStart);
    if (frame.missing)
        return NativeFrameResult::failed(Failure::Missing);

    Uint16 rows = 0, columns = 0, samplesPerPixel = 1, bitsAllocated = 0, bitsStored = 0, pixelRepresentation = 0;
    original.findAndGetUint16(DCM_Rows, rows);
    original.findAndGetUint16(DCM_Columns, columns);
    original.findAndGetUint16(DCM_SamplesPerPixel, samplesPerPixel);
    original.findAndGetUint16(DCM_BitsAllocated, bitsAllocated);
    original.findAndGetUint16(DCM_BitsStored, bitsStored);
    original.findAndGetUint16(DCM_PixelRepresentation, pixelRepresentation);
    if (bitsAllocated != 8 && bitsAllocated != 16)
        return NativeFrameResult::failed(Failure::Unsupported);
    if (samplesPerPixel != 1 && samplesPerPixel != 3)
        return NativeFrameResult::failed(Failure::Unsupported);

    std::vector<std::uint8_t> bytes;
    if (!decodeRleFrame(frame.bytes, rows, columns, samplesPerPixel, bitsAllocated / 8, bytes))
        return NativeFrameResult::failed(Failure::Damaged);

    OFString photometric;
    original.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    NativeSamples samples;
    samples.width = columns;
    samples.height = rows;
    samples.samplesPerPixel = samplesPerPixel;
    samples.bitsAllocated = bitsAllocated;
    samples.bitsStored = bitsStored > 0 ? bitsStored : bitsAllocated;
    samples.isSigned = pixelRepresentation == 1;
    samples.photometric = photometric.empty() ? (samplesPerPixel == 3 ? "RGB" : "MONOCHROME2") : photometric.c_str();
    if (bitsAllocated == 8) {
        samples.bytes = std::move(bytes);
    } else {
        samples.words.resize(bytes.size() / 2);
        for (std::size_t i = 0; i < samples.words.size(); ++i)
            samples.words[i] = static_cast<std::uint16_t>(bytes[2 * i] | (bytes[2 * i + 1] << 8));
    }
    NativeFrameResult result;
    result.dataset = nativeFrameDataset(original, samples);
    return result;
}

} // namespace scanshield::pixels::detail
