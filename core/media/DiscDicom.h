#pragma once

#include "dicom/DicomBytes.h"
#include "media/DiscSource.h"

namespace scanshield::media {

// One file of a disc loaded by DCMTK: from its place on disk for a folder (DCMTK then reads
// large values lazily), from its bytes for an archive entry. Empty (file null) when it
// cannot be read.
dicom::LoadedDicom loadDicomFromDisc(DiscSource& source, const QString& path);

} // namespace scanshield::media
