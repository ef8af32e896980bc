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

#include "volume/Volume.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace scanshield::volume {

// How far in front of the brain's hull the cut lies. Quickshear keeps a buffer for the same
// reason: the brain mask's edge is a voxel or two uncertain, and the surface of the brain
// deserves a little tissue around it.
inline constexpr double kDefaultDefaceMarginMm = 5.0;

struct DefacePlane {
    bool found = false;
    Vec3 point{};   // a point on the cut, patient mm
    Vec3 normal{};  // unit length, pointing to the side that is removed (front and below)
    double marginMm = 0.0;
    QString reason; // why there is no plane, in plain words; empty when found

    // What the cut was made from, for reports and tests: the hull edge (patient mm, at the
    // brain's middle from left to right) and the angle of the normal below the anterior
    // direction (0: a vertical cut in front of the brain, 90: a horizontal cut under it).
    Vec3 hullEdgeFrom{};
    Vec3 hullEdgeTo{};
    double degreesBelowAnterior = 0.0;

    // Millimetres in front of the cut (positive: removed) of a patient point.
    double signedDistance(const Vec3& p) const
    {
        return (p[0] - point[0]) * normal[0] + (p[1] - point[1]) * normal[1] + (p[2] - point[2]) * normal[2];
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

// Sets every voxel on the removed side of the plane to `air`; returns how many voxels changed
// value. Slices are cut on every core. Nothing changes when the plane was not found.
std::size_t defaceVolume(Volume& volume, const DefacePlane& plane, std::int16_t air);

} // namespace scanshield::volume
