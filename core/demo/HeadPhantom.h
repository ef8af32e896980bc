#pragma once

// A synthetic head for the demo disc's CT series: a smooth implicit skin surface with a face
// (forehead, brow, orbits with globes, nose, cheeks, lips, chin, ears, neck), a skull shell,
// brain with ventricles, a mandible, a spine and an airway. Built from ellipsoids and tapered
// capsules blended with smooth unions so that a skin iso-surface at -500 HU, rendered from the
// front, reads as a face: this is what the face and defacing features need to be tested on,
// and no real face may ever ship with the project.

#include <cstdint>
#include <vector>

namespace scanshield::demo {

// Hounsfield units of the noise-free phantom at a patient point in LPS millimetres
// (x toward the patient's left, y toward posterior, z toward the head). The face looks
// toward -y; the head is centred near x = 0, the nose tip is at about y = -106, z = -5.
double headPhantomHu(double x, double y, double z);

// The phantom sampled on the axial grid of the demo CT series, with mild deterministic noise.
struct HeadVolume {
    int columns = 256;         // along +x (patient left)
    int rows = 256;            // along +y (posterior): row 0 is the most anterior
    int slices = 100;          // along +z, slice 0 is the most inferior
    double pixelSpacing = 1.0; // mm, rows and columns
    double sliceSpacing = 2.0; // mm
    double originX = -127.5;   // LPS position of the centre of pixel (row 0, column 0)
    double originY = -127.5;
    double firstZ = -100.0;       // z of slice 0
    std::vector<std::int16_t> hu; // (slice * rows + row) * columns + column

    double sliceZ(int slice) const { return firstZ + slice * sliceSpacing; }
    std::int16_t at(int column, int row, int slice) const
    {
        return hu[(static_cast<std::size_t>(slice) * static_cast<std::size_t>(rows)
                   + static_cast<std::size_t>(row))
                      * static_cast<std::size_t>(columns)
                  + static_cast<std::size_t>(column)];
    }
};

// Samples the phantom. Deterministic: the noise comes from a fixed seed per slice, and slices
// are computed on worker threads that never share state, so the result never depends on timing.
HeadVolume makeHeadVolume();

} // namespace scanshield::demo
