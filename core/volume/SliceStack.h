#pragma once

// From the pictures of a series (SliceGeometry.h) to the plan of a volume: which pictures form
// the stack, in which order, how far apart, and how each slice of the evenly spaced volume is
// made from them. Geometry only: no pixel is read here, so the plan is cheap enough to judge
// every series of a disc (HeadVolumes.h) before any volume is built (VolumeBuilder.h).

#include "volume/SliceGeometry.h"
#include "volume/Volume.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace scanshield::volume {

struct StackPlan {
    // The pictures that form the stack, ordered by their position along the slice normal
    // (never by instance number), and the distance of each from the first along
    // sliceDirection, in mm.
    std::vector<SliceGeometry> slices;
    std::vector<double> distances;

    // Slice k of the volume is (1 - weight) * slices[lower] + weight * slices[upper].
    struct Sample {
        std::size_t lower = 0;
        std::size_t upper = 0;
        double weight = 0.0;
    };
    std::vector<Sample> samples; // one per slice of the volume

    Vec3 origin{};
    Vec3 rowDirection{};
    Vec3 columnDirection{};
    Vec3 normal{};         // rowDirection x columnDirection
    Vec3 sliceDirection{}; // from the first slice position to the last (tilted gantry: not the normal)
    Vec3 spacing{};        // mm per step of i, j, k
    bool pixelSpacingKnown = false; // false: 1 mm was assumed in-plane

    double tiltDegrees = 0.0;   // angle between sliceDirection and the normal
    double smallestGap = 0.0;   // between neighbouring pictures along sliceDirection, mm
    double largestGap = 0.0;
    double offLineMm = 0.0;     // farthest any picture lies from the line through first and last
    bool resampled = false;     // the gaps were uneven and the volume interpolates between pictures

    int picturesGiven = 0;
    int leftOutOtherShape = 0;  // a different size, direction or pixel size than most (scouts)
    int leftOutNoPosition = 0;  // no Image Position or Orientation
    int leftOutSamePlace = 0;   // a second picture where one already lies (echoes, time points)

    QString error; // plain words when no volume can be made from these pictures
    bool ok() const { return error.isEmpty(); }
    int depth() const { return int(samples.size()); }
    double coverageMm() const { return distances.empty() ? 0.0 : distances.back(); }
};

// Fewer pictures than this do not make a volume worth building.
inline constexpr int kDefaultMinimumSlices = 10;

StackPlan planStack(std::vector<SliceGeometry> pictures, int minimumSlices = kDefaultMinimumSlices);

} // namespace scanshield::volume
