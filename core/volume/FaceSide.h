#pragma once

// Where the face is in a head volume. The header already says it: in DICOM patient
// coordinates (LPS) the face looks toward -y whatever the order of the voxels. This pass
// translates that into voxel terms and then checks it against the anatomy, because a wrong
// orientation in a header, or a volume that is not a head at all, must not silently send
// defacing to the back of the head: the nose has to be the most prominent narrow protrusion
// of the skin near the middle of the upper head, on the front and not on the back.

#include "volume/SkinMask.h"
#include "volume/Volume.h"

#include <QString>

namespace scanshield::volume {

// The voxel steps (di, dj, dk) that move a point by `patientVector` millimetres: the inverse
// of Volume::toPatient without its origin. Exact for tilted (non-orthogonal) stacks too.
// {0, 0, 0} when the volume's directions do not span space.
Vec3 patientToVoxelSteps(const Volume& volume, const Vec3& patientVector);
// The (fractional) voxel position of a patient point: the inverse of Volume::toPatient.
Vec3 patientToVoxel(const Volume& volume, const Vec3& patientPoint);

// The face must stand out of the skin by at least this much to count as a nose: the tip of a
// real nose is 20-35 mm in front of the skin 25-40 mm to each side of it, while a forehead or
// the back of a head stands out of its surroundings by a few millimetres only.
inline constexpr double kMinNoseProminenceMm = 12.0;

struct FaceSide {
    // What the header says: the patient direction the face looks toward (LPS: -y) ...
    Vec3 anterior{0.0, -1.0, 0.0};
    // ... and the same direction on the voxel grid: voxel steps per millimetre, and the voxel
    // axis (0 = i, 1 = j, 2 = k) that points closest to it, with its sign and how well it is
    // aligned (1 for a plain axial or sagittal stack, the cosine of the angle when tilted).
    Vec3 anteriorVoxelSteps{};
    int anteriorAxis = -1;
    int anteriorAxisSign = 0;
    double anteriorAxisAlignment = 0.0;

    // What the anatomy says.
    bool noseFound = false;           // a nose-like protrusion on the front of the head
    Vec3 noseTip{};                   // its most anterior point on the skin, patient mm
    double noseProminenceMm = 0.0;    // how far it stands in front of the skin beside it
    double backProminenceMm = 0.0;    // the same measure on the back of the head
    bool confirmed = false;           // a nose in front, nothing as nose-like behind
    double confidence = 0.0;          // 0..1
    QString reason;                   // why it is not confirmed, in plain words; empty if it is
};

// Looks for the face on the skin mask of the volume. A few tenths of a second for a
// 512x512x300 CT: one pass over the head's voxels.
FaceSide findFaceSide(const Volume& volume, const SkinMask& mask);

} // namespace scanshield::volume
