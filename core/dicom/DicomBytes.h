#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class DcmFileFormat;

namespace scanshield::dicom {

// A DICOM file loaded by DCMTK, from disk (opened read-only) or from bytes in memory (an entry
// of a ZIP or ISO). Values longer than a few KiB, the pixel data above all, stay on disk until
// asked for, so loading a file on disk does not read its pixels.
struct LoadedDicom {
    std::unique_ptr<DcmFileFormat> file; // what was read; null only when nothing could be
    bool readCompletely = false;         // DCMTK read to the end without complaint
    bool endedEarly = false;             // the data stops in the middle of an element
    bool couldNotOpen = false;           // the file is missing or unreadable
    QString errorText;                   // DCMTK's own words when not read completely
};

enum class EncodingGuess {
    // Read as the file declares (or DCMTK detects): what the index and the DICOMDIR use.
    AsDeclared,
    // When that fails, also read the dataset plainly in each uncompressed encoding and keep
    // the first reading that reaches the pixels: a person may still see a picture of a file
    // whose encoding DCMTK guesses wrongly (a dataset without preamble, for instance).
    TryPlainEncodings,
};

LoadedDicom loadDicomFile(const QString& path, EncodingGuess guess = EncodingGuess::AsDeclared);
LoadedDicom loadDicomBytes(const QByteArray& bytes, EncodingGuess guess = EncodingGuess::AsDeclared);

} // namespace scanshield::dicom
