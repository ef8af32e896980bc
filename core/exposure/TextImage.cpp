#include "exposure/TextImage.h"

#include "pixels/DicomImageFile.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace scanshield::exposure {

TextImage textImageFromFrame(const pixels::DecodedFrame& frame)
{
    TextImage image;
    if (frame.isEmpty())
        return image;
    const std::size_t count = static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height);
    image.width = frame.width;
    image.height = frame.height;
    image.pixels.resize(count);
    if (frame.isColor) {
        if (frame.rgb.size() < count * 3)
            return {};
        const std::uint8_t* rgb = frame.rgb.data();
        for (std::size_t i = 0; i < count; ++i, rgb += 3)
            image.pixels[i] = std::max({rgb[0], rgb[1], rgb[2]});
        return image;
    }
    if (frame.values.size() < count)
        return {};
    const float low = static_cast<float>(frame.minValue);
    const float high = static_cast<float>(frame.maxValue);
    const float scale = high > low ? 255.0F / (high - low) : 0.0F;
    const bool invert = frame.invertedGrayscale;
    for (std::size_t i = 0; i < count; ++i) {
        const float v = std::clamp((frame.values[i] - low) * scale, 0.0F, 255.0F);
        const auto level = static_cast<std::uint8_t>(v + 0.5F);
        image.pixels[i] = invert ? static_cast<std::uint8_t>(255 - level) : level;
    }
    return image;
}

bool isMostlyLight(const TextImage& image)
{
    if (image.isEmpty())
        return false;
    // The median from a sparse sample: every 7th pixel is plenty to tell a page from a scan.
    std::array<int, 256> histogram{};
    int samples = 0;
    for (std::size_t i = 0; i < image.pixels.size(); i += 7) {
        ++histogram[image.pixels[i]];
        ++samples;
    }
    int seen = 0;
    for (int level = 0; level < 256; ++level) {
        seen += histogram[static_cast<std::size_t>(level)];
        if (seen * 2 >= samples)
            return level >= 160;
    }
    return false;
}

void invertInPlace(TextImage& image)
{
    for (std::uint8_t& p : image.pixels)
        p = static_cast<std::uint8_t>(255 - p);
}

namespace {

// The minimum (or maximum) of each pixel's run of `size` neighbours along rows or columns.
template <typename Pick>
TextImage filterLine(const TextImage& in, int size, bool alongRows, Pick pick)
{
    TextImage out = in;
    const int radius = size / 2;
    const int length = alongRows ? in.width : in.height;
    const int lines = alongRows ? in.height : in.width;
    const std::size_t step = alongRows ? 1 : static_cast<std::size_t>(in.width);
    for (int line = 0; line < lines; ++line) {
        const std::size_t start = alongRows ? static_cast<std::size_t>(line) * static_cast<std::size_t>(in.width)
                                            : static_cast<std::size_t>(line);
        const std::uint8_t* src = &in.pixels[start];
        std::uint8_t* dst = &out.pixels[start];
        for (int i = 0; i < length; ++i) {
            std::uint8_t value = src[static_cast<std::size_t>(i) * step];
            const int from = std::max(0, i - radius);
            const int to = std::min(length - 1, i + radius);
            for (int j = from; j <= to; ++j)
                value = pick(value, src[static_cast<std::size_t>(j) * step]);
            dst[static_cast<std::size_t>(i) * step] = value;
        }
    }
    return out;
}

} // namespace

TextImage brightDetail(const TextImage& image, int size)
{
    if (image.isEmpty() || size < 3)
        return image;
    const auto darker = [](std::uint8_t a, std::uint8_t b) { return std::min(a, b); };
    const auto brighter = [](std::uint8_t a, std::uint8_t b) { return std::max(a, b); };
    const TextImage eroded = filterLine(filterLine(image, size, true, darker), size, false, darker);
    const TextImage opened = filterLine(filterLine(eroded, size, true, brighter), size, false, brighter);
    TextImage detail = image;
    for (std::size_t i = 0; i < detail.pixels.size(); ++i)
        detail.pixels[i] = static_cast<std::uint8_t>(image.pixels[i] - opened.pixels[i]);
    return detail;
}

TextImage smooth(const TextImage& image)
{
    if (image.width < 3 || image.height < 3)
        return image;
    TextImage out = image;
    for (int y = 1; y < image.height - 1; ++y)
        for (int x = 1; x < image.width - 1; ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    sum += image.at(x + dx, y + dy) * (dx == 0 ? 2 : 1) * (dy == 0 ? 2 : 1);
            out.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width) + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>((sum + 8) / 16);
        }
    return out;
}

TextImage withMargin(const TextImage& image, int margin, std::uint8_t fill)
{
    if (image.isEmpty() || margin <= 0)
        return image;
    TextImage out;
    out.width = image.width + 2 * margin;
    out.height = image.height + 2 * margin;
    out.pixels.assign(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height), fill);
    for (int y = 0; y < image.height; ++y) {
        const auto from = image.pixels.begin() + static_cast<std::ptrdiff_t>(y) * image.width;
        std::copy(from, from + image.width,
                  out.pixels.begin() + static_cast<std::ptrdiff_t>(y + margin) * out.width + margin);
    }
    return out;
}

TextImage shrinkKeepingBright(const TextImage& image, int factor)
{
    if (factor <= 1 || image.isEmpty())
        return image;
    TextImage out;
    out.width = (image.width + factor - 1) / factor;
    out.height = (image.height + factor - 1) / factor;
    out.pixels.assign(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height), 0);
    for (int y = 0; y < image.height; ++y) {
        std::uint8_t* row = &out.pixels[static_cast<std::size_t>(y / factor) * static_cast<std::size_t>(out.width)];
        const std::uint8_t* in = &image.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width)];
        for (int x = 0; x < image.width; ++x)
            row[x / factor] = std::max(row[x / factor], in[x]);
    }
    return out;
}

TextImage enlarge(const TextImage& image, int factor)
{
    if (factor <= 1 || image.isEmpty())
        return image;
    TextImage out;
    out.width = image.width * factor;
    out.height = image.height * factor;
    out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
    const double step = 1.0 / factor;
    for (int y = 0; y < out.height; ++y) {
        const double sy = std::clamp((y + 0.5) * step - 0.5, 0.0, double(image.height - 1));
        const int y0 = static_cast<int>(sy);
        const int y1 = std::min(y0 + 1, image.height - 1);
        const double fy = sy - y0;
        for (int x = 0; x < out.width; ++x) {
            const double sx = std::clamp((x + 0.5) * step - 0.5, 0.0, double(image.width - 1));
            const int x0 = static_cast<int>(sx);
            const int x1 = std::min(x0 + 1, image.width - 1);
            const double fx = sx - x0;
            const double top = image.at(x0, y0) * (1 - fx) + image.at(x1, y0) * fx;
            const double bottom = image.at(x0, y1) * (1 - fx) + image.at(x1, y1) * fx;
            out.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(out.width) + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>(std::lround(top * (1 - fy) + bottom * fy));
        }
    }
    return out;
}

} // namespace scanshield::exposure
