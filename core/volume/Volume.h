#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace scanshield::volume {

// A point or a direction in the patient coordinate system (DICOM LPS: x towards the patient's
// left, y towards the back, z towards the head), in millimetres.
using Vec3 = std::array<double, 3>;

// A series as a 3D grid of values in patient coordinates: what the face pass, the 3D view and
// defacing work on. Voxel (i, j, k) is column i, row j of slice k; slices are ordered by
// their position along the stack direction, never by instance number.
//
// Values are the modality values rounded to 16 bits: Hounsfield units for CT (rescale slope
// and intercept applied), the stored values for MRI (clamped to the int16 range). 16 bits keep
// a 512x512x300 CT at 150 MB instead of 300.
struct Volume {
    int width = 0;   // columns, i
    int height = 0;  // rows, j
    int depth = 0;   // slices, k
    std::vector<std::int16_t> values; // index i + width * (j + height * k)

    Vec3 origin{};            // patient position of voxel (0, 0, 0)
    Vec3 rowDirection{};      // unit step of increasing i (Image Orientation first triple)
    Vec3 columnDirection{};   // unit step of increasing j (second triple)
    Vec3 sliceDirection{};    // unit step of increasing k: the slice normal, or along a tilted
                              // gantry's stack, from slice position to slice position
    Vec3 spacing{};           // mm per step along i, j, k (k: even after resampling)

    QString seriesUid;
    QString modality;         // "CT", "MR"

    bool isEmpty() const { return width <= 0 || height <= 0 || depth <= 0 || values.empty(); }
    std::size_t indexOf(int i, int j, int k) const
    {
        return std::size_t(i) + std::size_t(width) * (std::size_t(j) + std::size_t(height) * std::size_t(k));
    }
    std::int16_t at(int i, int j, int k) const { return values[indexOf(i, j, k)]; }
    // Patient coordinates of a (possibly fractional) voxel position.
    Vec3 toPatient(double i, double j, double k) const
    {
        Vec3 p{};
        for (int a = 0; a < 3; ++a)
            p[a] = origin[a] + i * spacing[0] * rowDirection[a] + j * spacing[1] * columnDirection[a] +
                   k * spacing[2] * sliceDirection[a];
        return p;
    }
    // The space one voxel takes, mm3: the three steps' volume, a tilted stack's slant included.
    double voxelVolumeMm3() const
    {
        const Vec3& r = rowDirection;
        const Vec3& c = columnDirection;
        const Vec3& s = sliceDirection;
        const double slant = s[0] * (r[1] * c[2] - r[2] * c[1]) + s[1] * (r[2] * c[0] - r[0] * c[2]) + s[2] * (r[0] * c[1] - r[1] * c[0]);
        return spacing[0] * spacing[1] * spacing[2] * (slant < 0 ? -slant : slant);
    }
};

} // namespace scanshield::volume
