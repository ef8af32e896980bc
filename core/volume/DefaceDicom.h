#pragma once

// Defacing applied to the original pictures of one DICOM file, for the safe copy: the cut
// (Defacer.h) is a plane in patient millimetres, so each pixel of each frame is placed in the
// patient from the file's own geometry (Image Position and Orientation (Patient), Pixel
// Spacing; for enhanced multi-frame files the per-frame and shared functional groups) and set
// to air when it lies in front of the cut. No pixel is resampled: the copy keeps the original
// grid and the original values everywhere behind the cut.

#include "volume/Defacer.h"

#include <QString>

#include <cstddef>

class DcmDataset;

namespace scanshield::volume {

// Defaces one dataset in place. Air is the stored value that the rescale (slope, intercept;
// per frame for enhanced files) maps to -1024 HU on CT, and to 0 (or the smallest value in the
// file when that is lower) on other modalities, clamped to what the pixels can hold; with a
// modality lookup table instead of a rescale, the file's smallest stored value.
// Monochrome 8- and 16-bit pixels, signed or unsigned, are handled. Compressed pixels are
// decoded first (DCMTK's RLE, JPEG and JPEG-LS decoders) and only when some pixel has to
// change; the dataset is then uncompressed and must be written losslessly (explicit VR
// little endian). *changedPixels (optional) counts the pixels whose value changed; a file
// that lies wholly behind the cut is left as it was and counts 0.
// False, with a sentence in *error (optional), when the file cannot be defaced (no position
// in the patient, colour pictures, pixels it cannot decode); the dataset must then not be
// written as defaced.
bool defaceDataset(DcmDataset& dataset, const DefacePlane& plane, QString* error, std::size_t* changedPixels);

} // namespace scanshield::volume
