#pragma once

// One writer per kind of object on the demo disc. Each writes its files below the disc root,
// appends their relative paths to `written`, and returns an empty string or a sentence saying
// what failed. The orchestration (which study, which series number) is in DemoDisc.cpp.

#include "demo/DemoDataset.h"

#include <QString>
#include <QStringList>

namespace scanshield::demo {
struct HeadVolume;
}

namespace scanshield::demo::detail {

struct WrittenFiles {
    QStringList imagePaths; // files with pixel data
    QStringList otherPaths; // DICOM files without pixels (the structured report)
};

// CT scouts: a lateral and a frontal projection of the head, RLE lossless compressed.
QString writeCtLocalizers(const HeadVolume& volume, const SeriesPlan& series, const QString& root,
                          WrittenFiles& written);

// The axial head CT, one file per slice, inferior to superior.
QString writeCtAxialSeries(const HeadVolume& volume, const SeriesPlan& series, const QString& root,
                           WrittenFiles& written);

// The radiologist's report on the CT as a Basic Text SR, naming the patient in its content.
QString writeHeadCtReport(const SeriesPlan& series, const SeriesPlan& ctSeries, int ctImageCount,
                          const QString& root, WrittenFiles& written);

// A single-frame RGB ultrasound image with the patient's name and birth date burned in.
QString writeUltrasoundImage(const SeriesPlan& series, const QString& root, WrittenFiles& written);

// An ultrasound cine loop: one multi-frame file.
QString writeUltrasoundCine(const SeriesPlan& series, const QString& root, WrittenFiles& written);

} // namespace scanshield::demo::detail
