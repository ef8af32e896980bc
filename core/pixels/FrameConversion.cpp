#include "pixels/FrameConversion.h"

#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmimgle/dipixel.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace scanshield::pixels::detail {

namespace {

template <typename T>
void toModalityValues(const void* data, std::size_t count, const ConversionSettings& settings,
                      std::vector<float>& out)
{
    const T* in = static_cast<const T*>(data);
    out.resize(count);
    if (settings.applyTransform && (settings.transform.slope != 1.0 || settings.transform.intercept != 0.0)) {
        const double slope = settings.transform.slope;
        const double intercept = settings.transform.intercept;
        for (std::size_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(static_cast<double>(in[i]) * slope + intercept);
    } else {
        for (std::size_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(in[i]);
    }
}

bool convertGrey(DicomImage& image, const ConversionSettings& settings, DecodedFrame& frame)
{
    const DiPixel* inter = image.getInterData();
    const std::size_t count = static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height);
    if (!inter || !inter->getData() || inter->getCount() < count)
        return false;
    const void* data = inter->getData();
    switch (inter->getRepresentation()) {
    case EPR_Uint8: toModalityValues<Uint8>(data, count, settings, frame.values); break;
    case EPR_Sint8: toModalityValues<Sint8>(data, count, settings, frame.values); break;
    case EPR_Uint16: toModalityValues<Uint16>(data, count, settings, frame.values); break;
    case EPR_Sint16: toModalityValues<Sint16>(data, count, settings, frame.values); break;
    case EPR_Uint32: toModalityValues<Uint32>(data, count, settings, frame.values); break;
    case EPR_Sint32: toModalityValues<Sint32>(data, count, settings, frame.values); break;
    default: return false;
    }

    float low = std::numeric_limits<float>::max();
    float high = std::numeric_limits<float>::lowest();
    for (const float v : frame.values) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    frame.minValue = low;
    frame.maxValue = high;
    frame.invertedGrayscale = image.getPhotometricInterpretation() == EPI_Monochrome1;
    if (settings.window.present()) {
        frame.defaultWindowCenter = settings.window.center;
        frame.defaultWindowWidth = settings.window.width;
    } else {
        frame.defaultWindowCenter = (static_cast<double>(low) + static_cast<double>(high)) / 2.0;
        // Tiny ranges are real (PET in proportional counts spans 0..0.002), so only a flat picture gets width 1.
        frame.defaultWindowWidth = high > low ? static_cast<double>(high) - static_cast<double>(low) : 1.0;
    }
    return true;
}

bool convertColour(DicomImage& image, DecodedFrame& frame)
{
    const std::size_t bytes = static_cast<std::size_t>(frame.width) * static_cast<std::size_t>(frame.height) * 3;
    if (image.getOutputDataSize(8) < bytes)
        return false;
    const void* rgb = image.getOutputData(8, 0, 0);
    if (!rgb)
        return false;
    frame.isColor = true;
    frame.rgb.resize(bytes);
    std::memcpy(frame.rgb.data(), rgb, bytes);
    image.deleteOutputData();
    frame.minValue = 0;
    frame.maxValue = 255;
    frame.defaultWindowCenter = 127.5;
    frame.defaultWindowWidth = 256;
    return true;
}

} // namespace

bool convertFirstFrame(DicomImage& image, const ConversionSettings& settings, DecodedFrame& frame)
{
    frame.width = static_cast<int>(image.getWidth());
    frame.height = static_cast<int>(image.getHeight());
    if (frame.width <= 0 || frame.height <= 0)
        return false;
    if (image.isMonochrome()) {
        if (!convertGrey(image, settings, frame))
            return false;
        return true;
    }
    return convertColour(image, frame);
}

} // namespace scanshield::pixels::detail
