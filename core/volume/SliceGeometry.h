#pragma once

// Where each picture of a series lies in the patient, read from the headers: the first step of
// turning a series into a volume (VolumeBuilder.h) and of telling head volumes from the rest
// (HeadVolumes.h).

#include "media/DiscIndex.h"
#include "media/DiscSource.h"
#include "volume/Volume.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

class DcmItem;

namespace scanshield::volume {

// One picture: a single-frame file, or one frame of a multi-frame file.
struct SliceGeometry {
    QString path;            // on the disc
    int frame = 0;           // 0-based frame within the file
    int instanceNumber = -1; // only to keep the order stable when positions tie
    int rows = 0;
    int columns = 0;
    // Image Position (Patient): the centre of the first pixel, LPS mm.
    std::optional<Vec3> position;
    // Image Orientation (Patient): the direction of a row, then of a column.
    std::optional<std::array<double, 6>> orientation;
    // Pixel Spacing as DICOM writes it: the distance between rows, then between columns (mm).
    std::optional<std::array<double, 2>> pixelSpacing;
    QString imageType;   // Image Type (or the frame's Frame Type), values joined by '\'
    QString sopClassUid;

    bool isPlaced() const { return position.has_value() && orientation.has_value(); }
    Vec3 rowDirection() const;    // unit length; zero when there is no orientation
    Vec3 columnDirection() const; // unit length; zero when there is no orientation
    Vec3 normal() const;          // rowDirection x columnDirection
    // Distance of the position along the normal: the order of slices in space.
    double positionAlongNormal() const;
};

// Every picture of a file DCMTK has loaded: one for a classic image; one per frame for a
// multi-frame file, whose geometry sits in the functional groups (Per-Frame Functional Groups
// first, then Shared: Plane Position, Plane Orientation, Pixel Measures), or at the top level
// for files that keep it there.
std::vector<SliceGeometry> slicesOfDataset(DcmItem& dataset, const QString& path);

// Reads one file of the disc with DCMTK, headers only (pixel data stays on disk for a folder).
// Empty, with `error` in plain words, when the file cannot be read.
std::vector<SliceGeometry> readSlicesOfFile(media::DiscSource& source, const QString& path, QString& error);

// The picture of a single-frame file as the disc index already knows it. The index holds
// position, orientation and size but neither the pixel spacing nor the image type.
SliceGeometry sliceFromIndex(const media::IndexedInstance& instance);

} // namespace scanshield::volume
