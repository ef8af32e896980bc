#pragma once

#include "pixels/DicomImageFile.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QString>

namespace scanshield::viewer {

// A window on the modality values (Hounsfield units for CT): values below
// center - width/2 are black, above center + width/2 white, a straight ramp between
// (PS3.3 C.11.2.1.2, the "linear" VOI function).
struct Window {
    double center = 0.0;
    double width = 1.0;
    friend bool operator==(const Window&, const Window&) = default;
};

// Named windows a person can pick. The CT ones are the usual radiology settings in HU.
enum class WindowPreset {
    Default,    // the window stored in the file, else the picture's full range
    Brain,      // 40 / 80
    SoftTissue, // 50 / 400
    Lung,       // -600 / 1500
    Bone,       // 400 / 1800
    FullRange,  // everything from the darkest to the brightest value
};

QList<WindowPreset> allWindowPresets();

// True for the presets given in Hounsfield units (brain, soft tissue, lung, bone): they make
// sense on CT only.
bool isCtPreset(WindowPreset preset);

// Plain words for the menu: "Brain", "Soft tissue", "Lung", "Bone", "As stored", "Full range".
QString windowPresetName(WindowPreset preset);

// The window a preset means for this frame (Default and FullRange depend on the frame).
Window presetWindow(WindowPreset preset, const pixels::DecodedFrame& frame);

// The frame's own default window, made safe to use (width at least a hair above zero).
Window defaultWindow(const pixels::DecodedFrame& frame);

// Grey level 0..255 for one modality value under a window (no MONOCHROME1 inversion).
int windowedGrey(double value, const Window& window);

// Colour drawn where an overlay plane is set: a strong yellow, visible on grey and on colour.
QColor overlayColor();

// The frame as a picture: grey frames through the window (inverted for MONOCHROME1), colour
// frames as they are; overlay bits painted in overlayColor() when drawOverlay is set.
// A null QImage for an empty frame.
QImage renderFrame(const pixels::DecodedFrame& frame, const Window& window, bool drawOverlay = true);

// "40/80" with sensible rounding: whole numbers for CT-sized windows, decimals for tiny ones.
QString windowText(const Window& window);

} // namespace scanshield::viewer
