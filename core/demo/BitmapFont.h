#pragma once

// A tiny 5x7 bitmap font, embedded as a table, for burning text into demo pixel data.
// core may not use QtGui (no QFont, no QPainter), yet the demo ultrasound image must carry
// readable burned-in text, so the glyphs live here as plain data.

#include <QString>

#include <cstdint>
#include <vector>

namespace scanshield::demo {

// Glyph cell size before scaling. Each glyph is drawn in a 5x7 box and advances by 6 columns.
inline constexpr int kGlyphWidth = 5;
inline constexpr int kGlyphHeight = 7;
inline constexpr int kGlyphAdvance = 6;

// True when the glyph for `c` is lit at (column, row), 0 <= column < 5, 0 <= row < 7.
// Lower-case letters use the upper-case glyphs; unknown characters are blank.
bool glyphPixel(QChar c, int column, int row);

// Width in pixels of `text` drawn at `scale` (no trailing gap after the last glyph).
int textWidth(const QString& text, int scale);

// An interleaved 8-bit image buffer (samplesPerPixel 1 or 3) that text can be drawn into.
struct PixelCanvas {
    int width = 0;
    int height = 0;
    int samplesPerPixel = 1;
    std::vector<std::uint8_t> pixels; // row-major, width*height*samplesPerPixel bytes
};

// Draws `text` with its top-left corner at (x, y), each font pixel as a scale x scale block in
// `color` (one value per sample; only the first samplesPerPixel are used). Clips at the edges.
void drawText(PixelCanvas& canvas, int x, int y, const QString& text, int scale,
              const std::uint8_t color[3]);

} // namespace scanshield::demo
