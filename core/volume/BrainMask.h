#pragma once

// The brain in a head volume: what defacing must never touch. Quickshear-style defacing
// (Defacer.h) cuts the head along a plane that lies in front of and below the brain, so all
// it needs is a mask that holds the whole brain (with the brainstem and cerebellum) and none
// of the face: no eyes, no nose, no tongue. A few millimetres of extra tissue around the
// brain only move the cut forward; a piece of the face in the mask would keep the face.
//
// How (no template, no atlas, in patient millimetres):
// - candidate tissue: CT, the intracranial soft-tissue range of Hounsfield units with no bone
//   in the cell; MRI, brighter than the lower of Otsu's two thresholds of the values inside
//   the head (the cut between CSF, bone and air spaces, and grey and white matter): the dark
//   skull and CSF around the brain separate it from the scalp;
// - the core: candidate tissue deeper inside the candidate tissue than a core depth. On CT,
//   where CSF is candidate tissue too and the brain is one solid body, the depth is large
//   enough to break every connection out of the skull, the foramen magnum included; on MRI,
//   whose brain is folded around dark sulci, a few millimetres break the thin bright bridges
//   (nerves, vessels, partial volume) to the orbits and the scalp. The eyes, the nose and the
//   tongue end as separate pieces or nothing at all;
// - the brain's core is the largest piece (CT: the largest of those walled in by bone on
//   most sides, so that a neck or a tongue cannot win);
// - it is grown back within the candidate tissue to the brain's surface, and only a few
//   millimetres past it, so that what leaks through a foramen stays short;
// - cavities are filled (ventricles, a bright vessel or calcification on CT), and the spinal
//   cord is cut off where the brain's horizontal section narrows to the brainstem's.
// The work is done on a grid of about kBrainGridMm, then carried back to every voxel.

#include "volume/SkinMask.h"
#include "volume/Volume.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace scanshield::volume {

// The intracranial soft-tissue range on CT: CSF (0..15 HU, with noise a little below 0),
// grey and white matter (20..45), fresh blood (up to about 80). Fat (-100) and bone (300 and
// more) are outside it.
inline constexpr double kCtBrainLowHu = -15.0;
inline constexpr double kCtBrainHighHu = 85.0;
// Bone on CT: the skull. A cell of the working grid with anything denser than kCtNearBoneHu
// in it is never brain, so that thin bone blurred by thick slices still separates the brain
// from the muscle beside it.
inline constexpr double kCtBoneHu = 300.0;
inline constexpr double kCtNearBoneHu = 150.0;

// Core depths and how far past the core the mask may grow again: the brain's own surface is
// the core depth away, the slack is for curved surfaces and thin lobes (temporal poles).
// The foramen magnum is about 30-35 mm wide: a core depth of 15 mm closes it.
inline constexpr double kCtCoreDepthMm = 15.0;
inline constexpr double kCtRegrowSlackMm = 8.0;
inline constexpr double kMriCoreDepthMm = 3.0;
inline constexpr double kMriRegrowSlackMm = 4.0;

// Below the level where the brain's horizontal section shrinks to this share of its largest
// section, what remains is the spinal cord (or a leak along it): it is not kept.
inline constexpr double kBrainstemSectionShare = 0.05;

// The working grid's cell size (a whole number of voxels per cell on each axis).
inline constexpr double kBrainGridMm = 1.5;

struct BrainMask {
    int width = 0;  // same grid as the volume it was made from
    int height = 0;
    int depth = 0;
    std::vector<std::uint8_t> inside; // 1 brain, 0 not; indexed like Volume::values

    std::size_t voxelCount = 0;
    double volumeMl = 0.0;     // voxelCount times the voxel's volume
    bool fromCt = false;       // which recipe made it
    double threshold = 0.0;    // MRI: the Otsu threshold used; CT: kCtBrainLowHu
    QString reason;            // empty when a brain was found; else why not, in plain words

    bool isEmpty() const { return voxelCount == 0; }
    std::size_t indexOf(int i, int j, int k) const
    {
        return std::size_t(i) + std::size_t(width) * (std::size_t(j) + std::size_t(height) * std::size_t(k));
    }
    bool at(int i, int j, int k) const { return inside[indexOf(i, j, k)] != 0; }
};

// The brain of a head CT or MRI (looksLikeCt decides which recipe). `head` is the skin mask
// of the same volume when the caller has it (MRI uses it; CT does not need it); without it,
// one is made. Empty, with a reason, when no brain-sized piece of tissue is found.
// Under a second for a 512x512x300 CT on two cores.
BrainMask makeBrainMask(const Volume& volume, const SkinMask* head = nullptr);

} // namespace scanshield::volume
