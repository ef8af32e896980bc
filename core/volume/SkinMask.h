#pragma once

// The head as a solid: which voxels of a volume lie inside the skin. The face pass, the
// renderer and defacing all start from it, so it has to be one clean piece: the largest
// connected body only (no noise specks, no separate ear plugs, no thin head-holder walls),
// with the cavities inside filled (sinuses, the dark skull of an MRI), so that its surface is
// the skin and not the airways.

#include "volume/Volume.h"

#include <cstdint>
#include <vector>

namespace scanshield::volume {

struct SkinMask {
    int width = 0;  // same grid as the volume it was made from
    int height = 0;
    int depth = 0;
    std::vector<std::uint8_t> inside; // 1 inside the head, 0 outside; indexed like Volume::values

    // The value the skin was cut at (Hounsfield units for CT, stored values for MRI); the
    // renderer draws the smooth iso-surface at this value of the volume's values, or for MRI
    // of smoothedValues.
    double threshold = 0;
    // MRI only: the values after a light 1-2-1 smoothing along each axis, which the mask was
    // cut from. MRI noise near the threshold would otherwise stick grains of sand onto the
    // skin. Empty for CT, whose noise is tiny next to the step from air to skin.
    std::vector<std::int16_t> smoothedValues;
    std::size_t voxelCount = 0; // voxels inside

    // Smallest voxel box holding the head (inclusive); meaningless when voxelCount is 0.
    int minI = 0, maxI = -1, minJ = 0, maxJ = -1, minK = 0, maxK = -1;

    bool isEmpty() const { return voxelCount == 0; }
    std::size_t indexOf(int i, int j, int k) const
    {
        return std::size_t(i) + std::size_t(width) * (std::size_t(j) + std::size_t(height) * std::size_t(k));
    }
    bool at(int i, int j, int k) const { return inside[indexOf(i, j, k)] != 0; }
};

// The values whose iso-surface at the mask's threshold is the skin, on the volume's grid:
// the mask's smoothedValues when it has them, else the volume's own values. A view: it must
// not outlive the volume or the mask.
struct SkinField {
    const std::int16_t* values = nullptr;
    int width = 0, height = 0, depth = 0;

    std::size_t indexOf(int i, int j, int k) const
    {
        return std::size_t(i) + std::size_t(width) * (std::size_t(j) + std::size_t(height) * std::size_t(k));
    }
    std::int16_t at(int i, int j, int k) const { return values[indexOf(i, j, k)]; }
};
SkinField skinField(const Volume& volume, const SkinMask& mask);

// CT is cut at kCtSkinThresholdHu, halfway between air (-1000) and soft tissue (0..60):
// the partial-volume middle of the skin. Fat (-100) and the bone inside stay inside.
inline constexpr double kCtSkinThresholdHu = -500.0;

// True for CT; for a volume with no modality, true when its values reach down to air in HU.
bool looksLikeCt(const Volume& volume);

// The value that separates air from the head: kCtSkinThresholdHu for CT. For MRI, whose
// values have no fixed meaning, a value just above the background noise: Otsu's method on
// the histogram finds the background, whose noise is then measured (see SkinMask.cpp).
double skinThreshold(const Volume& volume);

// Otsu's threshold of the volume's values: the cut that best separates them into two classes
// (for an MRI of the head: the dark background and everything else). Exposed for tests.
double otsuThreshold(const Volume& volume);

// For MRI a light smoothing first; then the threshold; an opening that cuts the head loose
// from thin things touching it (a CT head holder's walls, MRI noise); a 6-neighbour closing
// (bridges one-voxel gaps in thin skin, so that the hole filling is not defeated by a
// pinhole); the largest 6-connected component; then every cavity that does not reach the
// edge of the volume filled. About half a second for a 512x512x300 CT on one core.
SkinMask makeSkinMask(const Volume& volume);
SkinMask makeSkinMask(const Volume& volume, double threshold);

} // namespace scanshield::volume
