#pragma once

#include <QList>
#include <QString>

class DcmDataset;

namespace scanshield::deid {

// One file of the copy as its DICOMDIR names it: where it is and the keys of its patient,
// study, series and own record.
struct DicomDirEntry {
    QString fileId; // "DICOM/ST000001/SE000001/IM000001"
    QString sopClassUid, sopInstanceUid, transferSyntaxUid;
    QString patientName, patientId;
    QString studyUid, studyDate, studyTime, studyDescription, studyId, accessionNumber;
    QString seriesUid, modality, seriesNumber;
    QString instanceNumber;

    // The keys read from a (written) dataset; fileId and transferSyntaxUid set by the caller.
    static DicomDirEntry fromDataset(DcmDataset& dataset);
};

// Writes a DICOMDIR (PS3.10, General Purpose CD-R layout) for files whose place in the
// patient / study / series hierarchy is already known, with DCMTK's DcmDicomDir and
// DcmDirectoryRecord. DCMTK's DicomDirInterface does the same from the files themselves
// but searches its records for every file added: 84 s for 5,000 files of one series.
// Here each record is found through a hash, so the cost grows with the number of files.
// Patients without an ID (the Basic Profile empties it) get "ANONYMOUS".
bool writeDicomDir(const QString& path, const QList<DicomDirEntry>& entries, QString* error);

} // namespace scanshield::deid
