#include "deid/DicomDirWriter.h"

#include "dicom/BoundedText.h"
#include "dicom/DcmtkSetup.h"

#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcdirrec.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace scanshield::deid {

namespace {

QString valueOf(DcmDataset& dataset, const DcmTagKey& tag)
{
    return QString::fromLatin1(dicom::boundedText(dataset, tag).value_or(QByteArray()).constData()).trimmed();
}

void put(DcmDirectoryRecord& record, const DcmTagKey& tag, const QString& value)
{
    record.putAndInsertString(tag, value.toLatin1().constData());
}

// The record type the standard gives an object of this SOP class (PS3.3 F.5); IMAGE for
// every image and anything else.
E_DirRecType recordTypeFor(const QString& sopClassUid)
{
    const QByteArray uid = sopClassUid.toLatin1();
    if (uid.startsWith("1.2.840.10008.5.1.4.1.1.88."))
        return uid == UID_KeyObjectSelectionDocumentStorage ? ERT_KeyObjectDoc : ERT_SRDocument;
    if (uid.startsWith("1.2.840.10008.5.1.4.1.1.11."))
        return ERT_Presentation;
    if (uid.startsWith("1.2.840.10008.5.1.4.1.1.104."))
        return ERT_EncapDoc;
    if (uid == UID_RTDoseStorage)
        return ERT_RTDose;
    if (uid == UID_RTStructureSetStorage)
        return ERT_RTStructureSet;
    if (uid == UID_RTPlanStorage)
        return ERT_RTPlan;
    if (uid == UID_RawDataStorage)
        return ERT_RawData;
    return ERT_Image;
}

} // namespace

DicomDirEntry DicomDirEntry::fromDataset(DcmDataset& dataset)
{
    DicomDirEntry entry;
    entry.sopClassUid = valueOf(dataset, DCM_SOPClassUID);
    entry.sopInstanceUid = valueOf(dataset, DCM_SOPInstanceUID);
    entry.patientName = valueOf(dataset, DCM_PatientName);
    entry.patientId = valueOf(dataset, DCM_PatientID);
    entry.studyUid = valueOf(dataset, DCM_StudyInstanceUID);
    entry.studyDate = valueOf(dataset, DCM_StudyDate);
    entry.studyTime = valueOf(dataset, DCM_StudyTime);
    entry.studyDescription = valueOf(dataset, DCM_StudyDescription);
    entry.studyId = valueOf(dataset, DCM_StudyID);
    entry.accessionNumber = valueOf(dataset, DCM_AccessionNumber);
    entry.seriesUid = valueOf(dataset, DCM_SeriesInstanceUID);
    entry.modality = valueOf(dataset, DCM_Modality);
    entry.seriesNumber = valueOf(dataset, DCM_SeriesNumber);
    entry.instanceNumber = valueOf(dataset, DCM_InstanceNumber);
    return entry;
}

bool writeDicomDir(const QString& path, const QList<DicomDirEntry>& entries, QString* error)
{
    dicom::ensureDcmtkReady();
    QFile::remove(path);
    DcmDicomDir dicomDir(OFFilename(QFile::encodeName(path).constData()), "SCANSHIELD");
    DcmDirectoryRecord& root = dicomDir.getRootRecord();
    QHash<QString, DcmDirectoryRecord*> patients;
    QHash<QString, DcmDirectoryRecord*> studies;
    QHash<QString, DcmDirectoryRecord*> series;
    for (const DicomDirEntry& entry : entries) {
        const QString patientKey = entry.patientId + QChar(0x1F) + entry.patientName;
        DcmDirectoryRecord*& patient = patients[patientKey];
        if (!patient) {
            patient = new DcmDirectoryRecord(ERT_Patient, nullptr, OFFilename());
            put(*patient, DCM_PatientName, entry.patientName);
            put(*patient, DCM_PatientID, entry.patientId.isEmpty() ? QStringLiteral("ANONYMOUS") : entry.patientId);
            root.insertSub(patient);
        }
        DcmDirectoryRecord*& study = studies[patientKey + QChar(0x1F) + entry.studyUid];
        if (!study) {
            study = new DcmDirectoryRecord(ERT_Study, nullptr, OFFilename());
            put(*study, DCM_StudyInstanceUID, entry.studyUid);
            put(*study, DCM_StudyDate, entry.studyDate);
            put(*study, DCM_StudyTime, entry.studyTime);
            put(*study, DCM_StudyDescription, entry.studyDescription);
            put(*study, DCM_StudyID, entry.studyId);
            put(*study, DCM_AccessionNumber, entry.accessionNumber);
            patient->insertSub(study);
        }
        DcmDirectoryRecord*& seriesRecord = series[patientKey + QChar(0x1F) + entry.studyUid + QChar(0x1F) + entry.seriesUid];
        if (!seriesRecord) {
            seriesRecord = new DcmDirectoryRecord(ERT_Series, nullptr, OFFilename());
            put(*seriesRecord, DCM_SeriesInstanceUID, entry.seriesUid);
            put(*seriesRecord, DCM_Modality, entry.modality);
            put(*seriesRecord, DCM_SeriesNumber, entry.seriesNumber);
            study->insertSub(seriesRecord);
        }
        QString fileId = entry.fileId;
        fileId.replace(QLatin1Char('/'), QLatin1Char('\\'));
        auto* instance = new DcmDirectoryRecord(recordTypeFor(entry.sopClassUid), nullptr, OFFilename());
        put(*instance, DCM_ReferencedFileID, fileId); // its components, backslash-separated
        put(*instance, DCM_ReferencedSOPClassUIDInFile, entry.sopClassUid);
        put(*instance, DCM_ReferencedSOPInstanceUIDInFile, entry.sopInstanceUid);
        put(*instance, DCM_ReferencedTransferSyntaxUIDInFile, entry.transferSyntaxUid);
        put(*instance, DCM_InstanceNumber, entry.instanceNumber);
        seriesRecord->insertSub(instance);
    }
    const OFCondition written = dicomDir.write(EXS_LittleEndianExplicit, EET_UndefinedLength, EGL_withoutGL);
    if (written.bad() && error)
        *error = QCoreApplication::translate("DiscCopier", "The copy's table of contents (DICOMDIR) could not be written: %1")
                     .arg(QString::fromLatin1(written.text()));
    return written.good();
}

} // namespace scanshield::deid
