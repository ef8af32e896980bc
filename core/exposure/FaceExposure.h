#pragma once

#include "exposure/Finding.h"
#include "media/DiscIndex.h"

#include <QList>

namespace scanshield::exposure {

// The face in the report: every CT or MR series that is a 3D volume (at least
// kMinVolumeSlices images whose positions span at least kMinVolumeExtentMm) is a finding of
// the face category, because a 3D picture of the skin can be rebuilt from it.
// - A volume whose series or study description says it is of the head (head, brain, skull,
//   MPRAGE, Kopf, Schädel, crâne...) is red: "Your face can be rebuilt from this scan".
// - Any other volume is amber: "If this scan covers your head, ...".
// This first look uses only the index; measuring the face itself on the rebuilt surface is
// the job of core/volume (issue 5), which will replace the descriptions with geometry.
inline constexpr int kMinVolumeSlices = 20;
inline constexpr double kMinVolumeExtentMm = 60.0;
QList<Finding> faceFindings(const media::DiscIndex& index);

} // namespace scanshield::exposure
