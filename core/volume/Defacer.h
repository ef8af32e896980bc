#pragma once

// Defacing without a template, in the manner of quickshear (Schimke and Hale 2011): the brain
// (BrainMask.h) is seen from the side, the outline of that side view is wrapped in its convex
// hull, and the hull's edge that faces the face and the chin becomes a cut: everything in
// front of and below it is replaced by air. The brain lies entirely behind the cut, so no
// brain voxel changes; the face, the eyes, the jaw and, on CT, the facial bones go.
//
// The side view is taken in patient coordinates (DICOM LPS: anterior is -y, superior +z), not
// along a voxel axis, so axial, sagittal, coronal and gantry-tilted stacks all give the same
// plane. The cut is a plane in patient millimetres: it can be applied to the volume
// (defaceVolume) or to the original pictures of every file of the series (DefaceDicom.h).

#include "volume/VectorMath.h"
#include "volume/Volume.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace scanshield::volume {

struct SkinMask;

// How far in front of the brain's hull the cut lies. Quickshear keeps a buffer for the same
// reason: the brain mask's edge is a voxel or two uncertain, and the surface of the brain
// deserves a little tissue around it.
inline constexpr double kDefaultDefaceMarginMm = 5.0;

// The cut is the quickshear plane and, over the brows, a steeper cut (the brow cut). The
// quickshear plane rises forward as it goes up, so above the lowest front of the brain it
// passes in front of the skin and leaves the brows. The brow cut leans back kBrowCutDegrees
// from the vertical and lies the margin in front of the brain, slab by slab from left to right
// (kBrowSlabMm wide): the outer brows lie in front of the outer frontal lobes, which reach less
// far forward than the middle, so one plane for the whole head would leave them. Where there
// is no brain from left to right (the ears, beyond the skull) there is no brow cut. Whatever is
// removed (in front of either cut) never holds brain.
// The brow cut reaches back no further than kBrowCutDepthMm behind the frontal pole: the outer
// brows and the outer rims of the eye sockets lie 15-25 mm behind it, the ears and the back of
// the head far more.
inline constexpr double kBrowCutDegrees = 20.0;
inline constexpr double kBrowSlabMm = 5.0;
inline constexpr double kBrowCutDepthMm = 30.0;

struct DefacePlane {
    bool found = false;
    Vec3 point{};   // a point on the quickshear cut, patient mm
    Vec3 normal{};  // unit length, pointing to the side that is removed (front and below)

    // The brow cut: slab n covers patient x from browFirstX + n * kBrowSlabMm, 5 mm wide; a
    // point p of it is removed when dot(p, browNormal) > browReach[n] (the brain's furthest
    // reach along browNormal in that slab and its neighbours, plus the margin; -infinity:
    // no brain, no cut).
    bool hasBrowCut = false;
    Vec3 browNormal{}; // unit length, pointing to the side that is removed (front, a little below)
    double browFirstX = 0.0;
    std::vector<double> browReach;
    double browLeastReach = 0.0; // the smallest finite browReach
    double browFrontY = 0.0;     // the brow cut removes only points with y below this (in front)

    double marginMm = 0.0;
    QString reason; // why there is no plane, in plain words; empty when found

    // What the cut was made from, for reports and tests: the hull edge (patient mm, at the
    // brain's middle from left to right) and the angle of the normal below the anterior
    // direction (0: a vertical cut in front of the brain, 90: a horizontal cut under it).
    Vec3 hullEdgeFrom{};
    Vec3 hullEdgeTo{};
    double degreesBelowAnterior = 0.0;

    // Millimetres in front of the cut (positive: removed) of a patient point: the larger of
    // the distances in front of the quickshear plane and the brow cut.
    double signedDistance(const Vec3& p) const
    {
        const double quickshear = dot(p, normal) - dot(point, normal);
        if (!hasBrowCut)
            return quickshear;
        const double slab = std::floor((p[0] - browFirstX) / kBrowSlabMm);
        if (slab < 0 || slab >= double(browReach.size()) || p[1] >= browFrontY)
            return quickshear;
        return std::max(quickshear, dot(p, browNormal) - browReach[std::size_t(slab)]);
    }
    // True only when no point between a and b is removed: both lie behind the quickshear plane
    // (a plane: what holds for both ends holds between) and behind the least reach of the brow
    // cut (the brow cut removes less than that half-space). A quick test for a whole row or a
    // whole picture; false says nothing.
    bool keepsAllBetween(const Vec3& a, const Vec3& b) const
    {
        const double behind = dot(point, normal);
        if (dot(a, normal) > behind || dot(b, normal) > behind)
            return false;
        return !hasBrowCut || (dot(a, browNormal) <= browLeastReach && dot(b, browNormal) <= browLeastReach);
    }
    bool removes(const Vec3& p) const { return signedDistance(p) > 0.0; }
};

// The cut for a brain mask (BrainMask::inside, or any mask on the volume's grid, non-zero
// for brain): the hull edge of the brain's side view that faces the face, moved `marginMm`
// (at least 0) further forward.
// Not found, with a reason, when the mask is empty or does not fit the volume.
DefacePlane findDefacePlane(const Volume& volume, const std::vector<std::uint8_t>& brainMask,
                            double marginMm = kDefaultDefaceMarginMm);

// The value that means air in this volume: -1024 HU on CT (or the volume's minimum when that
// is higher), 0 on MRI (or the minimum when values go below 0).
std::int16_t defaceAirValue(const Volume& volume);

// How much of the head (its skin mask: skin and everything inside it) lies on the removed side
// of the cut, in millilitres. A head with its face holds a few hundred; a head that was defaced
// (by ScanShield or a tool like it) next to nothing, as its brain, and so the cut, did not move.
double headInFrontOfCutMl(const Volume& volume, const SkinMask& head, const DefacePlane& plane);

// Sets every voxel on the removed side of the plane to `air`; returns how many voxels changed
// value. Slices are cut on every core. Nothing changes when the plane was not found.
std::size_t defaceVolume(Volume& volume, const DefacePlane& plane, std::int16_t air);

} // namespace scanshield::volume
