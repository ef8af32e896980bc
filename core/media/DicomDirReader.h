#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace scanshield::media {

// The files a DICOMDIR (or a vendor directory file such as Philips' DIRFILE) names, in the
// order of its records, as paths relative to the folder the DICOMDIR is in ('/' separated,
// as written: CD file IDs are usually upper case).
struct DicomDirContents {
    bool readable = false;
    QString error;            // DCMTK's words when not readable
    QStringList referencedFiles;
};

// The fast walker first (no DCMTK dictionary needed), DCMTK for anything it declines.
DicomDirContents readDicomDir(const QByteArray& bytes);
// DCMTK only: the reference the fast reading is tested against.
DicomDirContents readDicomDirWithDcmtk(const QByteArray& bytes);

} // namespace scanshield::media
