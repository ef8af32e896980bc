#pragma once

// A picture of the skin, drawn on the CPU: no GL, no Qt Gui, no VTK, so the command-line tool
// and the tests can show a patient the face their scan holds, and a face detector can look at
// it, on a machine without a display. Rays are cast through the head mask; where a ray meets
// it, the smooth iso-surface of the scan's values at the mask's threshold (SkinField) is found
// with trilinear sampling, and shaded by its gradient (two lights, a little ambient, a little
// depth cue), in grey. Where the edge of the scan cuts the head (the neck), the cut is drawn
// flat. Orthographic, so that millimetres are the same across and down the picture.

#include "volume/SkinMask.h"
#include "volume/Volume.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace scanshield::volume {

struct RenderOptions {
    int width = 512;
    int height = 512;
    // Where the viewer stands, around the head's vertical axis (patient z): 0 in front of the
    // face, 90 at the patient's left, -90 at the right, 180 behind. Elevation raises the
    // viewer above the head (positive) or below it; the top of the head stays up.
    double azimuthDegrees = 0.0;
    double elevationDegrees = 0.0;
    // Framing. By default the whole head fills the picture with a margin. Give a centre (a
    // patient point, drawn in the middle) and a scale to frame several pictures alike.
    std::optional<Vec3> centre;
    double mmPerPixel = 0.0; // 0: fit the head
    int threads = 0;         // 0: one per processor core; the result never depends on it
};

struct RenderedImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgb; // top row first, 3 bytes per pixel; black where no skin
    // From the image plane to the skin along the view, in mm; infinity where no skin. Smaller
    // is closer to the viewer.
    std::vector<float> depthMm;

    // Where the picture lies in the patient, to map what is found in it (a face, a nose) back
    // into the volume: pixel (x, y) looks from pixelOrigin + x * pixelRight + y * pixelDown
    // along viewDirection, and meets the skin depthMm further on.
    Vec3 viewDirection{};
    Vec3 pixelOrigin{};
    Vec3 pixelRight{};
    Vec3 pixelDown{};
    double mmPerPixel = 0.0;

    bool isEmpty() const { return width <= 0 || height <= 0 || rgb.empty(); }
    float depthAt(int x, int y) const { return depthMm[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }
    std::uint8_t greyAt(int x, int y) const { return rgb[3 * (std::size_t(y) * std::size_t(width) + std::size_t(x))]; }
    // The patient point where the ray of a pixel's centre meets the skin (if depthAt is finite).
    Vec3 skinPointAt(double x, double y) const;
    // The pixel position (x, y) a patient point projects to.
    std::array<double, 2> project(const Vec3& patientPoint) const;
};

// Draws the skin of `mask` (made from `volume`) as seen from the options' viewpoint.
// About 0.1-0.3 s for 512x512 on two cores. Empty when the mask is empty or the size invalid.
RenderedImage renderSkin(const Volume& volume, const SkinMask& mask, const RenderOptions& options = {});

} // namespace scanshield::volume
