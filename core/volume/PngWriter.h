#pragma once

// PNG files without Qt Gui: the command-line tool must not load Qt Gui (a test checks it),
// yet it writes the rendered face for the patient to look at. PNG is small enough to write by
// hand: the signature, an IHDR chunk, one IDAT chunk holding a zlib stream (from qCompress,
// Qt Core), an IEND chunk, and a CRC-32 after each.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace scanshield::volume {

// An 8-bit RGB PNG of a picture given as rows top first, 3 bytes per pixel. Empty when the
// sizes do not match the pixels.
QByteArray encodeRgbPng(int width, int height, const std::vector<std::uint8_t>& rgb);

// Writes encodeRgbPng's bytes to `path` all at once (QSaveFile): a failed or interrupted
// write never leaves a half-written picture behind. On failure returns false and says why.
bool writeRgbPng(const QString& path, int width, int height, const std::vector<std::uint8_t>& rgb,
                 QString* error = nullptr);

} // namespace scanshield::volume
