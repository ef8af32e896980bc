#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class DcmFileFormat;

namespace scanshield::pixels::detail {

// A DICOM file parsed by DCMTK for its pixels. Values of files on disk longer than a few KiB
// (the pixel data above all) stay on disk until a frame asks for them; files are opened
// read-only. When the normal reading fails (a dataset without preamble whose encoding DCMTK
// guesses wrongly, for instance), the plain encodings are tried one after the other.
struct LoadedDataset {
    std::unique_ptr<DcmFileFormat> file; // null only when nothing could be read at all
    bool readCompletely = false;         // DCMTK read to the end without complaint
    bool endedEarly = false;             // the data stops in the middle of an element
    bool couldNotOpen = false;           // the file is missing or unreadable
};

LoadedDataset loadDatasetFromFile(const QString& path);
LoadedDataset loadDatasetFromBytes(const QByteArray& bytes);

} // namespace scanshield::pixels::detail
