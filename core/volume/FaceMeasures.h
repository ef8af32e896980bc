#pragma once

// Is the face still there? The geometric proof for defacing (issue 5). Face detectors that
// Debian packages are too weak to be the judge, so the face is measured instead, the same
// way every time:
// - on the original head, the face region: the front of the face from a little above the
//   nasion down to the chin, out to the cheekbones and the outer corners of the eyes (never
//   the ears), as pixels of a frontal depth picture drawn with a fixed framing, and the
//   landmarks of its midline profile (nose tip, nasion, lips, chin);
// - on a candidate (a defaced copy) drawn with the same framing: how much of the region's
//   surface is still where it was, which landmarks survive, how much relief is left;
// - from these, the verdict faceVisible (the rule and why: judge() in FaceMeasures.cpp).
// The brain check (voxels of the brain changed: must be zero) is changedVoxelsInside.

#include "volume/FaceRegion.h"
#include "volume/SkinMask.h"
#include "volume/SoftwareRenderer.h"
#include "volume/Volume.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace scanshield::volume {

// A candidate's surface within this distance of the original counts as the original surface:
// more than the shift of a skin surface drawn from a re-thresholded copy (under a voxel), less
// than the few millimetres a face's shape is recognised by.
inline constexpr double kSurfaceToleranceMm = 2.5;
// A landmark survives when the candidate's skin passes this close to it.
inline constexpr double kLandmarkToleranceMm = 3.0;

struct LandmarkCheck {
    bool foundOnOriginal = false;
    bool survives = false;
    double distanceMm = 0; // from the landmark to the nearest candidate skin; inf if none near
};

struct FaceMeasures {
    bool measured = false;
    QString reason; // why nothing could be measured, in plain words

    std::size_t regionPixels = 0;
    std::size_t pixelsStillPresent = 0; // candidate skin within kSurfaceToleranceMm
    double shareStillPresent = 0;       // 0..1

    std::array<LandmarkCheck, kFaceLandmarkCount> landmarks;
    int landmarksFound = 0;    // on the original
    int landmarksSurviving = 0;

    // The face's relief: how far the region's skin stands in front of a smooth (quadratic)
    // surface fitted robustly through it, root mean square, in mm. The nose, the brows, the
    // lips and the chin make it; the roundness of a head and openings behind a cut do not.
    double reliefBeforeMm = 0;
    double reliefAfterMm = 0;

    bool faceVisible = true; // the verdict; true unless shown otherwise
    QString verdict;         // the verdict and why, in plain words

    RenderedImage candidateView; // the candidate drawn with the region's framing

    const LandmarkCheck& landmark(FaceLandmarkKind kind) const { return landmarks[std::size_t(kind)]; }
};

// The verdict's limits (the rule is at judge() in FaceMeasures.cpp). Relief: a face stands
// 5-5.5 mm (RMS) in front of the smooth surface through it (the real MPRAGE, the demo CT), a
// face without its nose tip still 3.8-4.8 mm, a defaced front 0.1-0.3 mm: relief of 2 mm or
// more is still a face.
inline constexpr double kFaceLikeReliefMm = 2.0;
inline constexpr double kMaxShareOfDefacedFace = 0.05;
inline constexpr int kMaxSurvivingLandmarksOfDefacedFace = 1;

// Measures the candidate (a defaced copy of `original`, on any grid: the comparison is in
// patient millimetres) against the region found on the original (findFaceRegion). A region
// never looked for (default-made: not found, no reason) is found here from `original`. When
// the region was not found, nothing is measured and the face counts as visible: a copy is
// never called faceless on a measure that was not made. About 0.2-0.4 s: one picture.
FaceMeasures measureFace(const Volume& original, const SkinMask& originalMask, const FaceRegion& region,
                         const Volume& candidate, const SkinMask& candidateMask);
// The same against a region already found (region.found): the original is not needed again.
FaceMeasures measureFace(const FaceRegion& region, const Volume& candidate, const SkinMask& candidateMask);
// The original measured against itself: share 1, its landmarks present, its relief.
FaceMeasures measureFace(const Volume& original, const SkinMask& originalMask, const FaceRegion& region);

// Voxels where `before` and `after` differ among those where `mask` is non-zero (the brain,
// for defacing: must be 0). Nothing (no count) when the grids or the mask's size differ.
std::optional<std::size_t> changedVoxelsInside(const Volume& before, const Volume& after,
                                               const std::vector<std::uint8_t>& mask);

// The region's outline and the landmarks drawn over a copy of a picture of the framing
// (for a person, or a test, to see what was measured): outline in yellow, landmarks found
// in green, landmarks lost in `measures` in red.
std::vector<std::uint8_t> drawFaceRegion(const RenderedImage& picture, const FaceRegion& region,
                                         const FaceMeasures* measures = nullptr);

} // namespace scanshield::volume
