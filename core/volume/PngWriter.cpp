#include "volume/PngWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <array>

namespace scanshield::volume {

namespace {

// This file's words for people, filed under "PngWriter" by lupdate and at run time alike
// (docs/ARCHITECTURE.md, "Translations").
class PngWriterText {
    Q_DECLARE_TR_FUNCTIONS(PngWriter)
};

// CRC-32 as PNG (and zlib) define it: reflected polynomial 0xEDB88320, one table lookup per byte.
std::array<std::uint32_t, 256> makeCrcTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

std::uint32_t crc32(const QByteArray& bytes)
{
    static const std::array<std::uint32_t, 256> table = makeCrcTable();
    std::uint32_t c = 0xFFFFFFFFu;
    for (char byte : bytes)
        c = table[(c ^ std::uint8_t(byte)) & 0xFFu] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray& out, std::uint32_t v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

// A chunk: length, type, data, and the CRC of type and data.
void appendChunk(QByteArray& out, const char (&type)[5], const QByteArray& data)
{
    appendBigEndian(out, std::uint32_t(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    out.append(typed);
    appendBigEndian(out, crc32(typed));
}

} // namespace

QByteArray encodeRgbPng(int width, int height, const std::vector<std::uint8_t>& rgb)
{
    if (width <= 0 || height <= 0 || rgb.size() != 3 * std::size_t(width) * std::size_t(height))
        return {};

    QByteArray header;
    appendBigEndian(header, std::uint32_t(width));
    appendBigEndian(header, std::uint32_t(height));
    header.append(char(8)); // bits per channel
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // compression: deflate
    header.append(char(0)); // filter method 0
    header.append(char(0)); // no interlace

    // Each row carries the "Sub" filter (type 1): every byte minus the same channel of the
    // pixel to its left. Shaded skin changes slowly, so this halves the file for free.
    const std::size_t stride = 3 * std::size_t(width);
    QByteArray raw;
    raw.reserve(qsizetype((stride + 1) * std::size_t(height)));
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* row = rgb.data() + std::size_t(y) * stride;
        raw.append(char(1));
        for (std::size_t x = 0; x < stride; ++x)
            raw.append(char(std::uint8_t(row[x] - (x >= 3 ? row[x - 3] : 0))));
    }
    // qCompress gives a 4-byte big-endian length, then exactly the zlib stream IDAT wants.
    const QByteArray zlibStream = qCompress(raw).mid(4);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlibStream);
    appendChunk(png, "IEND", {});
    return png;
}

bool writeRgbPng(const QString& path, int width, int height, const std::vector<std::uint8_t>& rgb, QString* error)
{
    const QByteArray png = encodeRgbPng(width, height, rgb);
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (png.isEmpty())
        return fail(PngWriterText::tr("The picture is empty or its size does not match its pixels."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(PngWriterText::tr("The picture could not be saved as %1: %2").arg(path, file.errorString()));
    if (file.write(png) != png.size() || !file.commit())
        return fail(PngWriterText::tr("The picture could not be saved as %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace scanshield::volume
