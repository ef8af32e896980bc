#pragma once

#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <QList>
#include <QString>

namespace scanshield::volume {

// Whether a series is a 3D scan from which a face can be rebuilt, judged by its geometry and
// coverage rather than by its description (which may be empty, in another language, or say
// "Routine"): a CT or MRI series whose main stack has at least kHeadMinimumSlices pictures,
// spans at least kHeadMinimumCoverageMm along the stack, and whose pictures are at least
// kHeadMinimumFieldOfViewMm wide both ways (a head is 180-200 mm wide). Scouts (Image Type
// LOCALIZER, or 1-3 pictures) and screen captures are not.
//
// Geometry alone cannot tell a head from a neck or a whole body that includes the head; a
// "yes" means "a face may be in this volume", which the face pass then looks for.
inline constexpr int kHeadMinimumSlices = 20;
inline constexpr double kHeadMinimumCoverageMm = 60.0;
inline constexpr double kHeadMinimumFieldOfViewMm = 150.0;

struct HeadVolumeVerdict {
    QString seriesUid;
    bool isHeadVolume = false;
    QString reason;          // plain words: why it is or is not
    int slices = 0;          // pictures in the series' main stack
    double coverageMm = 0.0; // length of that stack
    double widthMm = 0.0;    // field of view of one picture: along its rows
    double heightMm = 0.0;   //                                 along its columns
};

// Uses the positions, orientations and sizes the index holds; reads the header of the first
// picture of the stack with DCMTK for what the index lacks (pixel spacing, Image Type), and
// the headers of multi-frame files for their per-frame positions. Never reads pixel data.
HeadVolumeVerdict judgeHeadVolume(const media::SeriesEntry& series, media::DiscSource& source);

// One verdict per series of the disc, in the index's order.
QList<HeadVolumeVerdict> judgeHeadVolumes(const media::DiscIndex& index, media::DiscSource& source);

} // namespace scanshield::volume
