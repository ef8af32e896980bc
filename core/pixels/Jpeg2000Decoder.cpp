#include "pixels/Jpeg2000Decoder.h"

#include <openjpeg.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace scanshield::pixels::detail {

namespace {

constexpr std::uint8_t kCodestreamStart[] = {0xFF, 0x4F, 0xFF, 0x51};
constexpr std::uint8_t kJp2Signature[] = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20};

// The read position over the bytes of one frame; OpenJPEG pulls from it through callbacks.
struct MemoryReader {
    const std::uint8_t* data = nullptr;
    std::size_t size = 0;
    std::size_t position = 0;
};

OPJ_SIZE_T readBytes(void* buffer, OPJ_SIZE_T count, void* user)
{
    auto* reader = static_cast<MemoryReader*>(user);
    if (reader->position >= reader->size)
        return static_cast<OPJ_SIZE_T>(-1); // OpenJPEG's end-of-stream signal
    const std::size_t n = std::min<std::size_t>(count, reader->size - reader->position);
    std::memcpy(buffer, reader->data + reader->position, n);
    reader->position += n;
    return n;
}

OPJ_OFF_T skipBytes(OPJ_OFF_T count, void* user)
{
    auto* reader = static_cast<MemoryReader*>(user);
    if (count < 0) {
        const auto back = static_cast<std::size_t>(-count);
        const std::size_t moved = std::min(back, reader->position);
        reader->position -= moved;
        return -static_cast<OPJ_OFF_T>(moved);
    }
    const std::size_t moved =
        std::min<std::size_t>(static_cast<std::size_t>(count), reader->size - std::min(reader->size, reader->position));
    reader->position += moved;
    return static_cast<OPJ_OFF_T>(moved);
}

OPJ_BOOL seekTo(OPJ_OFF_T offset, void* user)
{
    auto* reader = static_cast<MemoryReader*>(user);
    if (offset < 0 || static_cast<std::size_t>(offset) > reader->size)
        return OPJ_FALSE;
    reader->position = static_cast<std::size_t>(offset);
    return OPJ_TRUE;
}

void collectMessage(const char* message, void* user)
{
    auto* text = static_cast<QString*>(user);
    if (text->isEmpty() && message)
        *text = QString::fromUtf8(message).trimmed();
}

void ignoreMessage(const char*, void*) {}

struct CodecDeleter {
    void operator()(opj_codec_t* codec) const { opj_destroy_codec(codec); }
};
struct StreamDeleter {
    void operator()(opj_stream_t* stream) const { opj_stream_destroy(stream); }
};
struct ImageDeleter {
    void operator()(opj_image_t* image) const { opj_image_destroy(image); }
};

Jpeg2000Image failure(const QString& why)
{
    Jpeg2000Image image;
    image.error = why.isEmpty() ? QStringLiteral("OpenJPEG could not decode the codestream") : why;
    return image;
}

} // namespace

bool looksLikeJpeg2000Start(const std::uint8_t* data, std::size_t size)
{
    if (!data)
        return false;
    if (size >= sizeof kCodestreamStart && std::memcmp(data, kCodestreamStart, sizeof kCodestreamStart) == 0)
        return true;
    return size >= sizeof kJp2Signature && std::memcmp(data, kJp2Signature, sizeof kJp2Signature) == 0;
}

Jpeg2000Image decodeJpeg2000(const std::uint8_t* data, std::size_t size)
{
    if (!data || size < 8)
        return failure(QStringLiteral("no JPEG 2000 data"));

    // Some writers pad the front of a fragment; look for the codestream start nearby.
    std::size_t start = 0;
    while (start + 4 <= std::min<std::size_t>(size, 64) && !looksLikeJpeg2000Start(data + start, size - start))
        ++start;
    if (start + 4 > std::min<std::size_t>(size, 64))
        return failure(QStringLiteral("no JPEG 2000 codestream start marker"));

    const bool isJp2 = std::memcmp(data + start, kJp2Signature, 4) == 0 && size - start >= sizeof kJp2Signature &&
                       std::memcmp(data + start, kJp2Signature, sizeof kJp2Signature) == 0;
    std::unique_ptr<opj_codec_t, CodecDeleter> codec(opj_create_decompress(isJp2 ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    if (!codec)
        return failure(QStringLiteral("OpenJPEG could not create a decoder"));

    QString openJpegError;
    opj_set_error_handler(codec.get(), collectMessage, &openJpegError);
    opj_set_warning_handler(codec.get(), ignoreMessage, nullptr);
    opj_set_info_handler(codec.get(), ignoreMessage, nullptr);

    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!opj_setup_decoder(codec.get(), &parameters))
        return failure(openJpegError);

    MemoryReader reader{data + start, size - start, 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE));
    if (!stream)
        return failure(QStringLiteral("OpenJPEG could not create a stream"));
    opj_stream_set_user_data(stream.get(), &reader, nullptr);
    opj_stream_set_user_data_length(stream.get(), reader.size);
    opj_stream_set_read_function(stream.get(), readBytes);
    opj_stream_set_skip_function(stream.get(), skipBytes);
    opj_stream_set_seek_function(stream.get(), seekTo);

    opj_image_t* rawImage = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &rawImage)) {
        if (rawImage)
            opj_image_destroy(rawImage);
        return failure(openJpegError);
    }
    std::unique_ptr<opj_image_t, ImageDeleter> image(rawImage);
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return failure(openJpegError);

    if (image->numcomps < 1 || image->numcomps > 4 || !image->comps)
        return failure(QStringLiteral("unexpected number of components"));
    const opj_image_comp_t& first = image->comps[0];
    const auto width = static_cast<std::size_t>(first.w) * std::max<OPJ_UINT32>(first.dx, 1);
    const auto height = static_cast<std::size_t>(first.h) * std::max<OPJ_UINT32>(first.dy, 1);
    const std::size_t imageWidth = std::min<std::size_t>(width, image->x1 - image->x0);
    const std::size_t imageHeight = std::min<std::size_t>(height, image->y1 - image->y0);
    if (imageWidth == 0 || imageHeight == 0 || imageWidth > 65535 || imageHeight > 65535)
        return failure(QStringLiteral("unexpected picture size"));

    // Only grey (1) and colour (3) pictures are meaningful in DICOM; an alpha channel is dropped.
    const int components = image->numcomps >= 3 ? 3 : 1;
    for (int c = 0; c < components; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        if (!comp.data || comp.w == 0 || comp.h == 0 || comp.prec < 1 || comp.prec > 31)
            return failure(QStringLiteral("a component has no samples"));
    }

    Jpeg2000Image result;
    result.width = static_cast<int>(imageWidth);
    result.height = static_cast<int>(imageHeight);
    result.components = components;
    result.precision = static_cast<int>(first.prec);
    result.isSigned = first.sgnd != 0;
    result.samples.resize(imageWidth * imageHeight * static_cast<std::size_t>(components));
    for (int c = 0; c < components; ++c) {
        const opj_image_comp_t& comp = image->comps[c];
        result.precision = std::max(result.precision, static_cast<int>(comp.prec));
        const std::size_t dx = std::max<OPJ_UINT32>(comp.dx, 1);
        const std::size_t dy = std::max<OPJ_UINT32>(comp.dy, 1);
        for (std::size_t y = 0; y < imageHeight; ++y) {
            const std::size_t sy = std::min<std::size_t>(y / dy, comp.h - 1);
            const OPJ_INT32* row = comp.data + sy * comp.w;
            std::int32_t* out = result.samples.data() + (y * imageWidth) * static_cast<std::size_t>(components) + static_cast<std::size_t>(c);
            for (std::size_t x = 0; x < imageWidth; ++x) {
                const std::size_t sx = std::min<std::size_t>(x / dx, comp.w - 1);
                out[x * static_cast<std::size_t>(components)] = row[sx];
            }
        }
    }
    return result;
}

} // namespace scanshield::pixels::detail
