#pragma once

#include "pixels/NativeFrame.h"

namespace scanshield::pixels::detail {

// One JPEG 2000 (or HTJ2K) frame decoded by OpenJPEG into a native dataset for DicomImage.
// Photometric interpretations that describe the codestream's colour transform (YBR_ICT,
// YBR_RCT) become RGB, because OpenJPEG already undid that transform.
//
// Signedness: when the codestream's sign and PixelRepresentation disagree, the header wins and
// the codestream's bit patterns are read under it, as GDCM, DCMTK and pydicom do (pydicom's
// J2K_pixelrep_mismatch.dcm, a real CT, has an unsigned 13-bit stream under a signed header).
NativeFrameResult jpeg2000FrameAsNative(DcmDataset& original, int frameIndex, int frameCount);

} // namespace scanshield::pixels::detail
