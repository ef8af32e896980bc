#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class DcmFileFormat;

namespace scanshield::dicom {

// Loads a whole DICOM file with DCMTK, from disk (read-only) or from bytes in memory (an
// entry of a ZIP or ISO). Values longer than maxReadLength stay on disk until asked for,
// so pixel data of a file on disk is not read. Returns nullptr and a DCMTK error text on failure.
struct LoadedDicom {
    std::unique_ptr<DcmFileFormat> file;
    QString errorText;      // DCMTK's own words, for advocates
    bool endedEarly = false; // the stream ended in the middle of the data
};

LoadedDicom loadDicomFile(const QString& path, unsigned maxReadLength = 4096);
LoadedDicom loadDicomBytes(const QByteArray& bytes, unsigned maxReadLength = 4096);

} // namespace scanshield::dicom
