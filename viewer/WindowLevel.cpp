#include "viewer/WindowLevel.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace scanshield::viewer {

namespace {

// This file's words for people. lupdate and the running program both file them under
// "WindowLevel" (docs/ARCHITECTURE.md, "Translations").
class WindowLevelText {
    Q_DECLARE_TR_FUNCTIONS(WindowLevel)
};

constexpr double kMinimumWidth = 1e-6;

} // namespace

QList<WindowPreset> allWindowPresets()
{
    return {WindowPreset::Default, WindowPreset::Brain, WindowPreset::SoftTissue,
            WindowPreset::Lung,    WindowPreset::Bone,  WindowPreset::FullRange};
}

bool isCtPreset(WindowPreset preset)
{
    return preset == WindowPreset::Brain || preset == WindowPreset::SoftTissue ||
           preset == WindowPreset::Lung || preset == WindowPreset::Bone;
}

QString windowPresetName(WindowPreset preset)
{
    switch (preset) {
    case WindowPreset::Default: return WindowLevelText::tr("As stored");
    case WindowPreset::Brain: return WindowLevelText::tr("Brain");
    case WindowPreset::SoftTissue: return WindowLevelText::tr("Soft tissue");
    case WindowPreset::Lung: return WindowLevelText::tr("Lung");
    case WindowPreset::Bone: return WindowLevelText::tr("Bone");
    case WindowPreset::FullRange: return WindowLevelText::tr("Full range");
    }
    return {};
}

Window defaultWindow(const pixels::DecodedFrame& frame)
{
    Window window{frame.defaultWindowCenter, frame.defaultWindowWidth};
    if (!(window.width > kMinimumWidth) || !std::isfinite(window.width))
        window.width = frame.maxValue > frame.minValue ? frame.maxValue - frame.minValue : 1.0;
    if (!std::isfinite(window.center))
        window.center = (frame.minValue + frame.maxValue) / 2.0;
    return window;
}

Window presetWindow(WindowPreset preset, const pixels::DecodedFrame& frame)
{
    switch (preset) {
    case WindowPreset::Brain: return {40.0, 80.0};
    case WindowPreset::SoftTissue: return {50.0, 400.0};
    case WindowPreset::Lung: return {-600.0, 1500.0};
    case WindowPreset::Bone: return {400.0, 1800.0};
    case WindowPreset::FullRange: {
        const double width = frame.maxValue > frame.minValue ? frame.maxValue - frame.minValue : 1.0;
        return {(frame.minValue + frame.maxValue) / 2.0, width};
    }
    case WindowPreset::Default: break;
    }
    return defaultWindow(frame);
}

int windowedGrey(double value, const Window& window)
{
    const double width = std::max(window.width, kMinimumWidth);
    // PS3.3 C.11.2.1.2.1, with the output range 0..255.
    const double low = window.center - 0.5 - (width - 1.0) / 2.0;
    const double high = window.center - 0.5 + (width - 1.0) / 2.0;
    if (width <= 1.0) // the formula breaks down below width 1: a step at the center
        return value < window.center ? 0 : 255;
    if (value <= low)
        return 0;
    if (value > high)
        return 255;
    const double y = ((value - (window.center - 0.5)) / (width - 1.0) + 0.5) * 255.0;
    return std::clamp(static_cast<int>(std::lround(y)), 0, 255);
}

QColor overlayColor()
{
    return QColor(255, 210, 0);
}

QImage renderFrame(const pixels::DecodedFrame& frame, const Window& window, bool drawOverlay)
{
    if (frame.isEmpty())
        return {};
    const int w = frame.width;
    const int h = frame.height;
    const auto pixels = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    QImage image(w, h, QImage::Format_RGB32);
    if (image.isNull())
        return {};

    if (frame.isColor) {
        if (frame.rgb.size() < pixels * 3)
            return {};
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            const std::uint8_t* in = frame.rgb.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w) * 3;
            for (int x = 0; x < w; ++x, in += 3)
                line[x] = qRgb(in[0], in[1], in[2]);
        }
    } else {
        if (frame.values.size() < pixels)
            return {};
        // A straight ramp: precompute its ends, then one multiply per pixel.
        const double width = std::max(window.width, kMinimumWidth);
        const double low = window.center - 0.5 - (width - 1.0) / 2.0;
        const double high = window.center - 0.5 + (width - 1.0) / 2.0;
        const double scale = width > 1.0 ? 255.0 / (width - 1.0) : 0.0;
        const double offset = width > 1.0 ? (0.5 - (window.center - 0.5) / (width - 1.0)) * 255.0 : 0.0;
        const bool invert = frame.invertedGrayscale;
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            const float* in = frame.values.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
            for (int x = 0; x < w; ++x) {
                const double v = in[x];
                int grey;
                if (width <= 1.0)
                    grey = v < window.center ? 0 : 255;
                else if (v <= low)
                    grey = 0;
                else if (v > high)
                    grey = 255;
                else
                    grey = std::clamp(static_cast<int>(v * scale + offset + 0.5), 0, 255);
                if (invert)
                    grey = 255 - grey;
                line[x] = qRgb(grey, grey, grey);
            }
        }
    }

    if (drawOverlay && frame.overlay.size() >= pixels) {
        const QRgb mark = overlayColor().rgb();
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            const std::uint8_t* bits = frame.overlay.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(w);
            for (int x = 0; x < w; ++x)
                if (bits[x])
                    line[x] = mark;
        }
    }
    return image;
}

QString windowText(const Window& window)
{
    auto number = [&](double v) {
        if (std::abs(window.width) >= 10.0)
            return QString::number(std::lround(v));
        return QString::number(v, 'g', 3);
    };
    return QStringLiteral("%1/%2").arg(number(window.center), number(window.width));
}

} // namespace scanshield::viewer
