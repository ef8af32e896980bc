#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"
#include "media/DiscSource.h"

#include <QList>

#include <atomic>

namespace scanshield::exposure {

// The face in the report, one finding per CT or MR series from which a face can be rebuilt.
//
// Measured (the report a person reads): every series that is a head volume by its geometry
// (volume/HeadVolumes.h: slices, coverage, field of view; not its description) is rebuilt
// and its face looked for on the skin (volume/FacePass.h: the nose, the landmarks, or the
// upper face when the nose is cut off). A face found is red, with what was found in plain
// words; a head volume that could not be rebuilt is amber ("may include your head"), with
// why; a volume with no face (a chest, the top of a head) gives no finding. About 1-4 s per
// head volume: its pictures are read.
//
// Quick (the check of a copy, where faces have their own measure, deid/Defacing.h): from the
// index only, every CT or MR volume (at least kMinVolumeSlices images spanning at least
// kMinVolumeExtentMm), red when its description says head (head, brain, MPRAGE, Kopf...),
// amber otherwise.
inline constexpr int kMinVolumeSlices = 20;
inline constexpr double kMinVolumeExtentMm = 60.0;

QList<Finding> faceFindings(const media::DiscIndex& index, media::DiscSource& source,
                            const std::atomic_bool* cancel = nullptr);
QList<Finding> quickFaceFindings(const media::DiscIndex& index);

} // namespace scanshield::exposure
