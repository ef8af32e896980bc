#pragma once

#include <cstdint>
#include <vector>

namespace scanshield::pixels {
struct DecodedFrame;
}

namespace scanshield::exposure {

// An 8-bit grey picture, row-major, prepared for looking for text: what the text detector and
// the OCR engine read.
struct TextImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;

    bool isEmpty() const { return width <= 0 || height <= 0; }
    std::uint8_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)]; }
};

// A decoded frame as 8 bits, as it looks on screen (MONOCHROME1 inverted):
// - grey: the frame's whole value range (min..max) stretched to 0..255, so text drawn at the
//   highest value a scanner stores becomes 255 whatever the window;
// - colour: the brightest of the three channels, so that yellow, green or blue annotation on a
//   dark background stays bright (the luminance of pure blue would be nearly black).
TextImage textImageFromFrame(const pixels::DecodedFrame& frame);

// True when most of the picture is light (a scanned page, a screenshot of a form): text on it
// is then dark, and both the detector and the OCR turn the picture around.
bool isMostlyLight(const TextImage& image);
void invertInPlace(TextImage& image);

// What stands out brighter than its surroundings: the picture minus its opening with a
// size x size square (morphological white top-hat). Strokes thinner than `size` keep their
// contrast; the background they stand on, black or a coloured bar, becomes 0. Costs four
// passes of `size` comparisons per pixel.
TextImage brightDetail(const TextImage& image, int size);

// Softened by a 3x3 binomial filter: blocky screen fonts, enlarged, read better when smooth.
TextImage smooth(const TextImage& image);

// The picture inside a margin of `margin` pixels of level `fill`.
TextImage withMargin(const TextImage& image, int margin, std::uint8_t fill);

// Smaller by an integer factor, each output pixel the brightest of its block, so thin bright
// strokes survive.
TextImage shrinkKeepingBright(const TextImage& image, int factor);
// Larger by an integer factor, bilinear (OCR reads smooth letters better than blocky ones).
TextImage enlarge(const TextImage& image, int factor);

} // namespace scanshield::exposure
